import type { OrderView, ShipmentView } from '../src/domain/order-view';
import { stem, wordsOf } from './item-words';

const notSettled = (s: ShipmentView) => !s.conditions.delivered && s.status !== 'cancelled' && s.status !== 'ready_to_collect';

/** Which parcels each branch can be about; several candidates mean the customer picks one. */
export const candidatesFor = {
  missingParcel: (order: OrderView): ShipmentView[] => order.shipments.filter((s) => s.conditions.delivered),
  delay: (order: OrderView): ShipmentView[] => order.shipments.filter(notSettled),
  noTracking: (order: OrderView): ShipmentView[] => order.shipments.filter(notSettled),
  /** A refund, return or alternative is offered for a parcel past its window. */
  remedy: (order: OrderView): ShipmentView[] => order.shipments.filter((s) => s.conditions.delayed),
  marketplace: (order: OrderView): ShipmentView[] => order.shipments.filter((s) => s.seller.type === 'marketplace'),
  inTransit: (order: OrderView): ShipmentView[] =>
    order.shipments.filter((s) => s.status === 'shipped' || s.status === 'out_for_delivery'),
  cancelled: (order: OrderView): ShipmentView[] => order.shipments.filter((s) => s.status === 'cancelled'),
  notCancelled: (order: OrderView): ShipmentView[] => order.shipments.filter((s) => s.status !== 'cancelled'),
};
export type CandidateRule = keyof typeof candidatesFor;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/* What customers call the carriers besides their names ("the aus post one"). */
const CARRIER_NICKNAMES: Readonly<Record<string, RegExp>> = {
  'Australia Post': /\b(?:aus ?post|oz post|auspost)\b/,
  StarTrack: /\bstar ?track\b/,
  CouriersPlease: /\bcouriers? ?please\b/,
  'Team Global Express': /\b(?:tge|toll)\b/,
};

/* Words of item names that do not tell one item from another. */
const GENERIC_ITEM_WORDS = new Set(['anko', 'kmart', 'target', 'kids', 'set', 'size', 'pack', 'piece', 'with', 'and', 'for', 'the', 'pc', 'large', 'small', 'medium']);

/** What a parcel can be called by: a shipment of an order view, or of an order read only to find an item (procedure-io.ts). */
export type NameableParcel = {
  seller: { name: string };
  carrier: { name: string } | null;
  items: ReadonlyArray<{ name: string }>;
};

/** A parcel named by one of its items ("the easel", "my towels"). */
function itemNamesIt(words: ReadonlySet<string>, shipment: NameableParcel): boolean {
  return shipment.items.some((item) => wordsOf(item.name).some((word) => !GENERIC_ITEM_WORDS.has(word) && words.has(stem(word))));
}

/** How a customer may name a parcel without numbers: its seller, its carrier or one of its items. */
function namesIt(words: ReadonlySet<string>, lower: string, shipment: NameableParcel): boolean {
  if (lower.includes(shipment.seller.name.toLowerCase())) return true;
  // "the one from Little Wattle": a seller of several words named by its first two.
  const sellerWords = shipment.seller.name.toLowerCase().split(/\s+/);
  if (sellerWords.length > 2 && new RegExp(`\\b${escapeRegExp(sellerWords.slice(0, 2).join(' '))}\\b`).test(lower)) return true;
  if (shipment.carrier && (lower.includes(shipment.carrier.name.toLowerCase()) || (CARRIER_NICKNAMES[shipment.carrier.name]?.test(lower) ?? false))) return true;
  return itemNamesIt(words, shipment);
}

function stemmedWords(text: string): Set<string> {
  return new Set(wordsOf(text).map(stem));
}

/**
 * The one parcel a message names by seller, carrier or item ("the easel",
 * "the Target parcel"), or null when it names none or several.
 */
export function parcelNamedIn<S extends NameableParcel>(text: string, shipments: readonly S[]): S | null {
  const lower = text.toLowerCase();
  const words = stemmedWords(text);
  const named = shipments.filter((s) => namesIt(words, lower, s));
  return named.length === 1 ? (named[0] ?? null) : null;
}

/** The delivered parcel a message is about: the one it names, or the only one delivered. */
export function deliveredParcelIn(text: string, shipments: readonly ShipmentView[]): ShipmentView | null {
  const named = parcelNamedIn(text, shipments);
  if (named !== null) return named.status === 'delivered' ? named : null;
  const delivered = shipments.filter((s) => s.status === 'delivered');
  return delivered.length === 1 ? (delivered[0] ?? null) : null;
}

/** The parcel on its way a message is about: the one it names, or the only one on its way. */
export function parcelOnItsWayIn(text: string, shipments: readonly ShipmentView[]): ShipmentView | null {
  const onItsWay = (s: ShipmentView) => s.status === 'shipped' || s.status === 'out_for_delivery';
  const named = parcelNamedIn(text, shipments);
  if (named !== null) return onItsWay(named) ? named : null;
  const moving = shipments.filter(onItsWay);
  return moving.length === 1 ? (moving[0] ?? null) : null;
}

/** Of two parcels, the one that is not this one ("and the other one?"); null with more or fewer. */
export function otherParcelOf<S extends { shipmentId: string }>(shipmentId: string | null, shipments: readonly S[]): S | null {
  if (shipmentId === null || shipments.length !== 2 || !shipments.some((s) => s.shipmentId === shipmentId)) return null;
  return shipments.find((s) => s.shipmentId !== shipmentId) ?? null;
}

/** Whether a message names any of these parcels, even if it names several. */
export function namesAnyParcel(text: string, shipments: readonly NameableParcel[]): boolean {
  const lower = text.toLowerCase();
  const words = stemmedWords(text);
  return shipments.some((s) => namesIt(words, lower, s));
}

/**
 * The orders a message is about when it names what was in them: those with an
 * item it names ("the lamp"); failing that, those with a parcel from a seller
 * or carrier it names ("the Target one"). Several orders can have a lamp.
 */
export function ordersNamedIn<O extends { shipments: readonly NameableParcel[] }>(text: string, orders: readonly O[]): O[] {
  const lower = text.toLowerCase();
  const words = stemmedWords(text);
  const byItem = orders.filter((order) => order.shipments.some((s) => itemNamesIt(words, s)));
  return byItem.length > 0 ? byItem : orders.filter((order) => order.shipments.some((s) => namesIt(words, lower, s)));
}

/**
 * A typed answer to "which parcel?": its number in the list ("2", "the second"),
 * or its seller, carrier or an item. Buttons send the shipment id directly.
 */
export function shipmentNamedIn(text: string, candidates: ShipmentView[]): ShipmentView | null {
  const lower = text.toLowerCase();
  const ordinals = ['first', 'second', 'third', 'fourth', 'fifth'];
  const digit = /\b([1-9])\b/.exec(lower);
  if (digit?.[1]) return candidates[Number(digit[1]) - 1] ?? null;
  const ordinal = ordinals.findIndex((word) => lower.includes(word));
  if (ordinal >= 0) return candidates[ordinal] ?? null;
  return parcelNamedIn(text, candidates);
}

export function shipmentById(order: OrderView | null, shipmentId: string | null): ShipmentView | null {
  return order?.shipments.find((s) => s.shipmentId === shipmentId) ?? null;
}
