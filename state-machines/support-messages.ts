import { z } from 'zod';
import type { AuState, CarrierAlert, CarrierCode, DeliveryZone, OrderSummary, ShipmentStatus } from '../src/domain/order';
import { ShipmentStatusSchema } from '../src/domain/order';
import type { OrderView, ShipmentView } from '../src/domain/order-view';
import type { SupportCase } from '../src/domain/support-case';
import {
  FollowUpTopicSchema,
  type NotUnderstoodReason,
  type OrderTopic,
  type OutOfScopeQuestion,
  type RemedyKind,
} from './customer-intent';
import type { HandoffSummary } from './handoff-summary';

/**
 * What the procedure says, as a key plus data and never as words: dialogs/
 * renders it for customers, the copilot renders the same step for agents.
 * Adding a key here without copy fails to compile in dialogs/ and fails a test.
 */
export type MessageDataByKey = {
  // collecting details and checking the order
  welcome: Record<string, never>;
  ask_for_details: { missing: 'both' | 'order_number' | 'contact'; problemNoted: OrderTopic | null };
  order_number_help: { typed: string | null };
  /** Not found and not matching are said the same way: which one it was would tell a guesser too much. */
  lookup_failed: { attemptsLeft: number };
  order_system_unavailable: Record<string, never>;
  too_many_attempts: Record<string, never>;
  /** Guessing limited beyond this conversation: the order has failed verification too often lately, or this person has. */
  verification_limited: { limit: 'order' | 'requester' };
  /** search: the customer named an item that is in several of these orders, or (no_match) that no recent order was found to have. */
  recent_orders: { orders: OrderSummary[]; search: 'several' | 'no_match' | null };
  pick_recent_order: Record<string, never>;
  // the order and its parcels
  order_status: { order: OrderView };
  parcel_status: { order: OrderView; shipment: ShipmentView };
  carrier_details: { shipments: ShipmentView[] };
  /** Where a home-delivery order is going ("which address is it going to again?"). */
  delivery_destination: { order: OrderView };
  status_meanings: { statuses: ShipmentStatus[] };
  click_and_collect_info: { order: OrderView };
  not_click_and_collect: Record<string, never>;
  which_parcel: { shipments: ShipmentView[] };
  // troubleshooting
  no_tracking_yet: { shipment: ShipmentView; overdue: boolean };
  tracking_available: { shipment: ShipmentView };
  /** trackingAsked: the customer said the tracking isn't moving, so how long updates take is part of the answer. */
  on_track: { order: OrderView; shipment: ShipmentView; trackingAsked: boolean };
  carrier_alerts: { shipment: ShipmentView };
  tracking_stale: { order: OrderView; shipment: ShipmentView };
  parcel_delayed: { shipment: ShipmentView };
  not_late_yet: { order: OrderView; shipment: ShipmentView };
  refund_for_cancelled: { shipments: ShipmentView[] };
  offer_remedy: { shipment: ShipmentView };
  choose_remedy: { shipment: ShipmentView };
  confirm_remedy: { shipment: ShipmentView; remedy: RemedyKind };
  remedy_requested: { shipment: ShipmentView; supportCase: SupportCase; remedy: RemedyKind };
  /** carrier: who would be asked to redirect a parcel already on its way, named so the customer knows who has it. */
  ask_new_address: { redirect: boolean; carrier: string | null };
  address_not_read: Record<string, never>;
  confirm_address: { address: string; redirect: boolean };
  address_change_requested: { supportCase: SupportCase; address: string };
  carrier_redirect_requested: { shipment: ShipmentView; supportCase: SupportCase; address: string };
  address_after_delivery: Record<string, never>;
  request_declined: { request: 'remedy' | 'address_change' | 'marketplace_ticket' };
  // escalating
  missing_parcel_tips: { shipment: ShipmentView };
  keep_looking: { shipment: ShipmentView };
  glad_found: Record<string, never>;
  not_delivered_yet: { shipment: ShipmentView };
  investigation_opened: { shipment: ShipmentView; supportCase: SupportCase; replyWithinBusinessDays: number };
  store_check_requested: { order: OrderView; supportCase: SupportCase };
  marketplace_explained: { shipments: ShipmentView[] };
  offer_marketplace_ticket: { shipment: ShipmentView };
  marketplace_ticket_opened: { shipment: ShipmentView; supportCase: SupportCase };
  no_marketplace_parcel: Record<string, never>;
  case_timeline: { cases: SupportCase[]; replyWithinBusinessDays: number };
  case_failed: Record<string, never>;
  handoff: { summary: HandoffSummary };
  with_a_person: Record<string, never>;
  // general questions, answered without details
  where_to_find_details: Record<string, never>;
  delivery_timeframes: { zone: DeliveryZone | null; speed: 'standard' | 'express' | null };
  collection_policy: Record<string, never>;
  carrier_disruptions: { carriers: CarrierCode[]; states: AuState[]; alerts: CarrierAlert[] };
  disruptions_unavailable: Record<string, never>;
  out_of_scope: { question: OutOfScopeQuestion };
  check_an_order: Record<string, never>;
  // the conversation itself
  anything_else: Record<string, never>;
  youre_welcome: Record<string, never>;
  what_else: Record<string, never>;
  not_understood: { reason: NotUnderstoodReason | 'unclear'; offerPerson: boolean };
  off_topic: Record<string, never>;
  goodbye: { firstName: string | null };
  restarted: Record<string, never>;
  conversation_reset: Record<string, never>;
};

export type MessageKey = keyof MessageDataByKey;

/** Every key at run time, so a test can prove each one has copy for each audience. */
export const MESSAGE_KEYS = [
  'welcome', 'ask_for_details', 'order_number_help', 'lookup_failed', 'order_system_unavailable', 'too_many_attempts', 'verification_limited',
  'recent_orders', 'pick_recent_order', 'order_status', 'parcel_status', 'carrier_details', 'delivery_destination', 'status_meanings', 'click_and_collect_info',
  'not_click_and_collect', 'which_parcel', 'no_tracking_yet', 'tracking_available', 'on_track', 'carrier_alerts',
  'tracking_stale', 'parcel_delayed', 'not_late_yet', 'refund_for_cancelled', 'offer_remedy', 'choose_remedy',
  'confirm_remedy', 'remedy_requested', 'ask_new_address', 'address_not_read', 'confirm_address',
  'address_change_requested', 'carrier_redirect_requested', 'address_after_delivery', 'request_declined',
  'missing_parcel_tips', 'keep_looking', 'glad_found', 'not_delivered_yet', 'investigation_opened',
  'store_check_requested', 'marketplace_explained', 'offer_marketplace_ticket', 'marketplace_ticket_opened',
  'no_marketplace_parcel', 'case_timeline', 'case_failed', 'handoff', 'with_a_person', 'where_to_find_details',
  'delivery_timeframes', 'collection_policy', 'carrier_disruptions', 'disruptions_unavailable', 'out_of_scope',
  'check_an_order', 'anything_else', 'youre_welcome', 'what_else', 'not_understood', 'off_topic', 'goodbye',
  'restarted', 'conversation_reset',
] as const satisfies readonly MessageKey[];

// Fails to compile when a key is added to MessageDataByKey but not to MESSAGE_KEYS.
type MissingFromList = Exclude<MessageKey, (typeof MESSAGE_KEYS)[number]>;
const everyKeyListed: MissingFromList extends never ? true : false = true;
void everyKeyListed;

export type SupportMessage = { [K in MessageKey]: { key: K; data: MessageDataByKey[K] } }[MessageKey];

/** The yes/no questions the procedure asks with two buttons. */
export const YES_NO_QUESTIONS = [
  'found_parcel',
  'want_remedy',
  'retry_lookup',
  'confirm_address_change',
  'confirm_remedy',
  'open_marketplace_ticket',
] as const;
export const YesNoQuestionSchema = z.enum(YES_NO_QUESTIONS);
export type YesNoQuestion = z.infer<typeof YesNoQuestionSchema>;

/** What the customer can click next; rendered as suggested actions. Kept in context, so a schema. */
export const OfferSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('topic'), topic: FollowUpTopicSchema }),
  z.object({ kind: z.literal('yes_no'), question: YesNoQuestionSchema }),
  z.object({
    kind: z.literal('shipment'),
    shipmentId: z.string(),
    index: z.number().int(),
    sellerName: z.string(),
    status: ShipmentStatusSchema,
  }),
  z.object({ kind: z.literal('order'), orderNumber: z.string() }),
  /** A refund, a return or an alternative: one button each. */
  z.object({ kind: z.literal('remedy') }),
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
