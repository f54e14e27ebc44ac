import { assessOrder } from '../../src/domain/assess-order';
import { defaultDeliveryTimeframes } from '../../src/domain/delivery-timeframes';
import { defaultPostcodeZoneRules } from '../../src/domain/delivery-zone';
import { CarrierAlertSchema, OrderSummarySchema, type CarrierAlert, type Order } from '../../src/domain/order';
import { OrderViewSchema, type OrderView, type ShipmentView } from '../../src/domain/order-view';
import { SupportCaseSchema, type CaseKind, type SupportCase } from '../../src/domain/support-case';
import { HandoffSummarySchema } from '../../state-machines/handoff-summary';
import { message, type MessageDataByKey, type MessageKey, type SupportMessage } from '../../state-machines/support-messages';
import { aCollectionOrder, anOrder } from './order-builder';

/*
 * One realistic, schema-valid message for every key, for tests that must
 * cover them all (copy for customers, copy for agents). Orders go through the
 * real assessOrder with the published timeframes, so views are what the
 * procedure would really hold.
 */

/** The instant samples are judged at: the day after the builder's default dispatch. */
export const SAMPLE_NOW = new Date('2026-11-20T12:00:00+11:00');

export function viewOf(order: Order, now: Date = SAMPLE_NOW, alerts: readonly CarrierAlert[] = []): OrderView {
  const view = assessOrder(order, { timeframes: defaultDeliveryTimeframes, zoneRules: defaultPostcodeZoneRules }, now, alerts);
  return OrderViewSchema.parse(view);
}

/** An Australia Post alert in force in NSW (the builder's default delivery state) on the sample day. */
export const NSW_WEATHER_ALERT: CarrierAlert = CarrierAlertSchema.parse({
  carrier: 'auspost',
  states: ['NSW'],
  headline: 'Severe weather in NSW',
  detail: 'Deliveries in affected areas may be delayed.',
  from: '2026-11-19T00:00:00+11:00',
  until: null,
  expectedDelayBusinessDays: 2,
});

export function onlyShipment(view: OrderView): ShipmentView {
  const [first] = view.shipments;
  if (!first) throw new Error('an order view always has a shipment');
  return first;
}

export function aCase(kind: CaseKind, overrides: Partial<SupportCase> = {}): SupportCase {
  return SupportCaseSchema.parse({
    reference: 'MP-7Q4K2PXA',
    kind,
    status: 'open',
    orderNumber: '4000123456',
    shipmentId: 'S1',
    openedAt: '2026-11-20T12:00:00+11:00',
    ...overrides,
  });
}

/** Kmart by Australia Post in transit, plus a Marketplace seller still preparing theirs. */
export function aMixedOrderView(): OrderView {
  return viewOf(
    anOrder({
      shipments: [
        {},
        {
          seller: { type: 'marketplace', name: 'Little Wattle Toys' },
          status: 'processing',
          items: [{ sku: 'MP-1', name: 'Wooden Stacking Rainbow', quantity: 1 }],
          carrier: null,
          trackingNumber: null,
          dispatchedAt: null,
          lastScanAt: null,
          events: [],
        },
      ],
    }),
  );
}

const inTransit = () => onlyShipment(viewOf(anOrder()));

const delivered = () =>
  onlyShipment(
    viewOf(
      anOrder({
        shipments: [
          {
            status: 'delivered',
            deliveredAt: '2026-11-20T09:20:00+11:00',
            lastScanAt: '2026-11-20T09:20:00+11:00',
            proofOfDelivery: { kind: 'safe_drop', note: 'Left at side gate', url: null },
          },
        ],
      }),
    ),
  );

const withAlert = () => onlyShipment(viewOf(anOrder(), SAMPLE_NOW, [NSW_WEATHER_ALERT]));
const late = () => onlyShipment(viewOf(anOrder(), new Date('2026-12-10T12:00:00+11:00')));

const SAMPLES: { [K in MessageKey]: () => MessageDataByKey[K] } = {
  welcome: () => ({}),
  ask_for_details: () => ({ missing: 'both', problemNoted: 'delivered_not_received' }),
  order_number_help: () => ({ typed: '12-34' }),
  lookup_failed: () => ({ attemptsLeft: 1 }),
  order_system_unavailable: () => ({}),
  too_many_attempts: () => ({}),
  verification_limited: () => ({ limit: 'order' }),
  recent_orders: () => ({
    orders: [OrderSummarySchema.parse({ orderNumber: '4000123456', placedAt: '2026-11-18T10:21:00+11:00', status: 'shipped', itemCount: 2 })],
    search: null,
  }),
  pick_recent_order: () => ({}),
  order_status: () => ({ order: aMixedOrderView() }),
  parcel_status: () => ({ order: aMixedOrderView(), shipment: inTransit() }),
  carrier_details: () => ({ shipments: aMixedOrderView().shipments }),
  delivery_destination: () => ({ order: aMixedOrderView() }),
  anything_else: () => ({}),
  youre_welcome: () => ({}),
  what_else: () => ({}),
  status_meanings: () => ({ statuses: ['shipped', 'processing'] }),
  click_and_collect_info: () => ({ order: viewOf(aCollectionOrder()) }),
  not_click_and_collect: () => ({}),
  which_parcel: () => ({ shipments: aMixedOrderView().shipments }),
  no_tracking_yet: () => ({ shipment: inTransit(), overdue: false }),
  tracking_available: () => ({ shipment: inTransit() }),
  on_track: () => ({ order: viewOf(anOrder()), shipment: inTransit(), trackingAsked: false }),
  carrier_alerts: () => ({ shipment: withAlert() }),
  tracking_stale: () => ({ order: viewOf(anOrder()), shipment: onlyShipment(viewOf(anOrder(), new Date('2026-11-23T12:00:00+11:00'))) }),
  parcel_delayed: () => ({ shipment: late() }),
  not_late_yet: () => ({ order: viewOf(anOrder()), shipment: inTransit() }),
  refund_for_cancelled: () => ({ shipments: [inTransit()] }),
  offer_remedy: () => ({ shipment: late() }),
  choose_remedy: () => ({ shipment: late() }),
  confirm_remedy: () => ({ shipment: late(), remedy: 'refund' }),
  remedy_requested: () => ({ shipment: late(), supportCase: aCase('refund_or_alternative', { reference: 'RA-7Q4K2PXA' }), remedy: 'refund' }),
  ask_new_address: () => ({ redirect: false, carrier: null }),
  address_not_read: () => ({}),
  confirm_address: () => ({ address: '14 Riley St, Surry Hills NSW 2010', redirect: true }),
  request_declined: () => ({ request: 'address_change' }),
  missing_parcel_tips: () => ({ shipment: delivered() }),
  keep_looking: () => ({ shipment: delivered() }),
  glad_found: () => ({}),
  not_delivered_yet: () => ({ shipment: inTransit() }),
  investigation_opened: () => ({ shipment: delivered(), supportCase: aCase('missing_parcel_investigation'), replyWithinBusinessDays: 2 }),
  store_check_requested: () => ({
    order: viewOf(aCollectionOrder()),
    supportCase: aCase('store_collection_check', { reference: 'SC-7Q4K2PXA', shipmentId: null }),
  }),
  marketplace_explained: () => ({ shipments: aMixedOrderView().shipments.filter((s) => s.seller.type === 'marketplace') }),
  offer_marketplace_ticket: () => ({ shipment: aMixedOrderView().shipments[1] ?? inTransit() }),
  marketplace_ticket_opened: () => ({
    shipment: aMixedOrderView().shipments[1] ?? inTransit(),
    supportCase: aCase('marketplace_ticket', { reference: 'MK-7Q4K2PXA', shipmentId: 'S2' }),
  }),
  no_marketplace_parcel: () => ({}),
  case_timeline: () => ({ cases: [aCase('missing_parcel_investigation')], replyWithinBusinessDays: 2 }),
  address_change_requested: () => ({
    supportCase: aCase('address_change', { reference: 'AC-7Q4K2PXA', shipmentId: null }),
    address: '14 Riley St, Surry Hills NSW 2010',
  }),
  carrier_redirect_requested: () => ({
    shipment: inTransit(),
    supportCase: aCase('carrier_redirect', { reference: 'CR-7Q4K2PXA' }),
    address: '14 Riley St, Surry Hills NSW 2010',
  }),
  address_after_delivery: () => ({}),
  case_failed: () => ({}),
  handoff: () => ({
    summary: HandoffSummarySchema.parse({
      reason: 'customer_asked',
      verified: true,
      orderNumber: '4000123456',
      customerFirstName: 'Sam',
      problem: 'parcel_delayed',
      customerSaid: 'where is my parcel',
      shipments: [],
      tried: ['verified_and_checked_order'],
      openCases: [],
      failedLookups: 0,
    }),
  }),
  with_a_person: () => ({}),
  where_to_find_details: () => ({}),
  delivery_timeframes: () => ({ zone: 'remote', speed: null }),
  collection_policy: () => ({}),
  carrier_disruptions: () => ({ carriers: ['auspost'], states: ['NSW'], alerts: [NSW_WEATHER_ALERT] }),
  disruptions_unavailable: () => ({}),
  out_of_scope: () => ({ question: 'returns_question' }),
  check_an_order: () => ({}),
  not_understood: () => ({ reason: 'gibberish', offerPerson: true }),
  off_topic: () => ({}),
  goodbye: () => ({ firstName: 'Sam' }),
  restarted: () => ({}),
  conversation_reset: () => ({}),
};

export function sampleMessage<K extends MessageKey>(key: K): SupportMessage {
  return message(key, SAMPLES[key]());
}
