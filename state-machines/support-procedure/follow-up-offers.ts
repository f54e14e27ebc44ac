import type { OrderView, ShipmentView } from '../../src/domain/order-view';
import type { SupportCase } from '../../src/domain/support-case';
import type { FollowUpTopic } from '../customer-intent';
import type { Offer } from '../support-messages';

/**
 * The follow-ups worth offering for this order as it is now: only problems
 * it can have (a delivered parcel can go missing, a late one is late), then
 * another order, a person and goodbye.
 */
export function followUpOffers(order: OrderView, cases: readonly SupportCase[]): Offer[] {
  const topics: FollowUpTopic[] = [];
  const has = (test: (s: ShipmentView) => boolean) => order.shipments.some(test);
  // A parcel already under investigation is not offered again; the customer can still ask.
  const investigated = (s: ShipmentView) => cases.some((c) => c.kind === 'missing_parcel_investigation' && c.shipmentId === s.shipmentId);
  if (has((s) => s.status === 'delivered' && !investigated(s))) topics.push('delivered_not_received');
  if (has((s) => s.conditions.delayed)) topics.push('parcel_delayed');
  if (has((s) => s.conditions.trackingNotUpdating)) topics.push('tracking_not_updating');
  if (has((s) => s.conditions.noTrackingYet)) topics.push('no_tracking_yet');
  if (has((s) => s.seller.type === 'marketplace') && !cases.some((c) => c.kind === 'marketplace_ticket')) topics.push('marketplace_question');
  if (order.fulfilment === 'click_and_collect') topics.push('click_and_collect');
  if (order.fulfilment === 'home_delivery' && !has((s) => s.conditions.delivered)) topics.push('wrong_address');
  topics.push('another_order', 'talk_to_person', 'done');
  return topics.map((topic) => ({ kind: 'topic', topic }));
}

/** One button per parcel the customer can pick, numbered as the question lists them. */
export function shipmentOffers(shipments: readonly ShipmentView[]): Offer[] {
  return shipments.map((s, index) => ({
    kind: 'shipment',
    shipmentId: s.shipmentId,
    index: index + 1,
    sellerName: s.seller.name,
    status: s.status,
  }));
}

/** A button per order, for a signed-in customer picking among their own. */
export function orderOffers(orders: ReadonlyArray<{ orderNumber: string }>): Offer[] {
  return orders.map((o) => ({ kind: 'order', orderNumber: o.orderNumber }));
}
