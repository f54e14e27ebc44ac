import type { CarrierAlert, OrderSummary, ShipmentStatus } from '../src/domain/order';
import type { OrderView, ShipmentView } from '../src/domain/order-view';
import type { SupportCase } from '../src/domain/support-case';
import { z } from 'zod';
import { ShipmentStatusSchema } from '../src/domain/order';
import { FollowUpTopicSchema, type FollowUpTopic, type NotUnderstoodReason } from './customer-intent';
import type { HandoffSummary } from './handoff-summary';

/**
 * What the procedure says, as a key plus data and never as words: dialogs/
 * renders it for customers, the copilot renders the same step for agents.
 * Adding a key here without copy fails to compile in dialogs/ and fails a test.
 */
export type MessageDataByKey = {
  welcome: Record<string, never>;
  ask_for_details: { missing: 'both' | 'order_number' | 'contact'; problemNoted: FollowUpTopic | null };
  order_number_help: { typed: string | null };
  order_not_found: { orderNumber: string; attemptsLeft: number };
  details_dont_match: { attemptsLeft: number };
  order_system_unavailable: Record<string, never>;
  too_many_attempts: Record<string, never>;
  recent_orders: { orders: OrderSummary[] };
  order_status: { order: OrderView };
  anything_else: Record<string, never>;
  status_meanings: { statuses: ShipmentStatus[] };
  click_and_collect_info: { order: OrderView };
  not_click_and_collect: Record<string, never>;
  which_parcel: { shipments: ShipmentView[] };
  no_tracking_yet: { shipment: ShipmentView; overdue: boolean };
  tracking_available: { shipment: ShipmentView };
  on_track: { shipment: ShipmentView };
  carrier_alerts: { shipment: ShipmentView; alerts: CarrierAlert[] };
  tracking_stale: { shipment: ShipmentView };
  parcel_delayed: { shipment: ShipmentView };
  offer_remedy: { shipment: ShipmentView };
  remedy_requested: { shipment: ShipmentView; supportCase: SupportCase };
  remedy_declined: Record<string, never>;
  missing_parcel_tips: { shipment: ShipmentView };
  glad_found: Record<string, never>;
  not_delivered_yet: { shipment: ShipmentView };
  investigation_opened: { shipment: ShipmentView; supportCase: SupportCase; replyWithinBusinessDays: number };
  store_check_requested: { order: OrderView; supportCase: SupportCase };
  marketplace_explained: { shipments: ShipmentView[] };
  marketplace_ticket_opened: { shipment: ShipmentView; supportCase: SupportCase };
  no_marketplace_parcel: Record<string, never>;
  address_change_requested: { supportCase: SupportCase };
  carrier_redirect_requested: { shipment: ShipmentView; supportCase: SupportCase };
  address_after_delivery: Record<string, never>;
  case_failed: Record<string, never>;
  handoff: { summary: HandoffSummary };
  with_a_person: Record<string, never>;
  not_understood: { reason: NotUnderstoodReason | 'unclear'; offerPerson: boolean };
  off_topic: Record<string, never>;
  goodbye: { firstName: string | null };
  restarted: Record<string, never>;
  conversation_reset: Record<string, never>;
};

export type MessageKey = keyof MessageDataByKey;

/** Every key at run time, so a test can prove each one has copy for each audience. */
export const MESSAGE_KEYS = [
  'welcome', 'ask_for_details', 'order_number_help', 'order_not_found', 'details_dont_match',
  'order_system_unavailable', 'too_many_attempts', 'recent_orders', 'order_status', 'anything_else',
  'status_meanings', 'click_and_collect_info', 'not_click_and_collect', 'which_parcel', 'no_tracking_yet',
  'tracking_available', 'on_track', 'carrier_alerts', 'tracking_stale', 'parcel_delayed', 'offer_remedy',
  'remedy_requested', 'remedy_declined', 'missing_parcel_tips', 'glad_found', 'not_delivered_yet',
  'investigation_opened', 'store_check_requested', 'marketplace_explained', 'marketplace_ticket_opened',
  'no_marketplace_parcel', 'address_change_requested', 'carrier_redirect_requested', 'address_after_delivery',
  'case_failed', 'handoff', 'with_a_person', 'not_understood', 'off_topic', 'goodbye', 'restarted',
  'conversation_reset',
] as const satisfies readonly MessageKey[];

// Fails to compile when a key is added to MessageDataByKey but not to MESSAGE_KEYS.
type MissingFromList = Exclude<MessageKey, (typeof MESSAGE_KEYS)[number]>;
const everyKeyListed: MissingFromList extends never ? true : false = true;
void everyKeyListed;

export type SupportMessage = { [K in MessageKey]: { key: K; data: MessageDataByKey[K] } }[MessageKey];

/** What the customer can click next; rendered as suggested actions. Kept in context, so a schema. */
export const OfferSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('topic'), topic: FollowUpTopicSchema }),
  z.object({ kind: z.literal('yes_no'), question: z.enum(['found_parcel', 'want_remedy', 'retry_lookup']) }),
  z.object({
    kind: z.literal('shipment'),
    shipmentId: z.string(),
    index: z.number().int(),
    sellerName: z.string(),
    status: ShipmentStatusSchema,
  }),
  z.object({ kind: z.literal('order'), orderNumber: z.string() }),
]);
export type Offer = z.infer<typeof OfferSchema>;

export function message<K extends MessageKey>(key: K, data: MessageDataByKey[K]): SupportMessage {
  return { key, data } as SupportMessage;
}

/** What the running procedure emits: something to say, buttons to show, a handoff to a person. */
export type SupportEmitted =
  | { type: 'reply'; message: SupportMessage }
  | { type: 'offer'; offers: Offer[] }
  | { type: 'handoff'; summary: HandoffSummary };
