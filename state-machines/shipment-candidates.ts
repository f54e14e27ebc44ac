import type { OrderView, ShipmentView } from '../src/domain/order-view';

/** Which parcels each branch can be about; several candidates mean the customer picks one. */
export const candidatesFor = {
  missingParcel: (order: OrderView): ShipmentView[] => order.shipments.filter((s) => s.conditions.delivered),
  delay: (order: OrderView): ShipmentView[] =>
    order.shipments.filter((s) => !s.conditions.delivered && s.status !== 'cancelled' && s.status !== 'ready_to_collect'),
  noTracking: (order: OrderView): ShipmentView[] =>
    order.shipments.filter((s) => !s.conditions.delivered && s.status !== 'cancelled' && s.status !== 'ready_to_collect'),
  marketplace: (order: OrderView): ShipmentView[] => order.shipments.filter((s) => s.seller.type === 'marketplace'),
  inTransit: (order: OrderView): ShipmentView[] =>
    order.shipments.filter((s) => s.status === 'shipped' || s.status === 'out_for_delivery'),
};
export type CandidateRule = keyof typeof candidatesFor;

/**
 * A typed answer to "which parcel?": its number in the list ("2", "the second")
 * or its seller's name. Buttons send the shipment id directly.
 */
export function shipmentNamedIn(text: string, candidates: ShipmentView[]): ShipmentView | null {
  const lower = text.toLowerCase();
  const ordinals = ['first', 'second', 'third', 'fourth', 'fifth'];
  const digit = /\b([1-9])\b/.exec(lower);
  if (digit?.[1]) return candidates[Number(digit[1]) - 1] ?? null;
  const ordinal = ordinals.findIndex((word) => lower.includes(word));
  if (ordinal >= 0) return candidates[ordinal] ?? null;
  const bySeller = candidates.filter((s) => lower.includes(s.seller.name.toLowerCase()));
  return bySeller.length === 1 ? (bySeller[0] ?? null) : null;
}

export function shipmentById(order: OrderView | null, shipmentId: string | null): ShipmentView | null {
  return order?.shipments.find((s) => s.shipmentId === shipmentId) ?? null;
}
