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

/* Words of item names that do not tell one item from another. */
const GENERIC_ITEM_WORDS = new Set(['anko', 'kmart', 'target', 'kids', 'set', 'size', 'pack', 'piece', 'with', 'and', 'for', 'the', 'pc', 'large', 'small', 'medium']);

/** What a parcel can be called by: a shipment of an order view, or of an order read only to find an item (procedure-io.ts). */
export type NameableParcel = {
  seller: { name: string };
  carrier: { name: string; code?: string } | null;
  items: ReadonlyArray<{ name: string }>;
};

/** A message read once for naming parcels: lower case, its words spaced out, and their stems. */
interface MessageWords {
  lower: string;
  /** " the one from little wattle ": words between single spaces, for whole-word phrases. */
  spaced: string;
  stems: ReadonlySet<string>;
}

function messageWords(text: string): MessageWords {
  const lower = text.toLowerCase();
  return { lower, spaced: ` ${lower.replace(/[^a-z0-9']+/g, ' ')} `, stems: new Set(wordsOf(text).map(stem)) };
}

/** A parcel named by one of its items ("the easel", "my towels"). */
function itemNamesIt(words: MessageWords, shipment: NameableParcel): boolean {
  return shipment.items.some((item) => wordsOf(item.name).some((word) => !GENERIC_ITEM_WORDS.has(word) && words.stems.has(stem(word))));
}

/**
 * How a customer may name a parcel without numbers: its seller, its carrier or one of its items.
 * `carriersNamed` are the carrier codes the understanding read in the message ("the aus post one"
 * is Australia Post by its own lexicon), so the carriers' other names are known in one place.
 */
function namesIt(words: MessageWords, shipment: NameableParcel, carriersNamed: readonly string[]): boolean {
  const { lower } = words;
  if (lower.includes(shipment.seller.name.toLowerCase())) return true;
  // "the one from Little Wattle": a seller of several words named by its first two.
  const sellerWords = shipment.seller.name.toLowerCase().split(/\s+/);
  if (sellerWords.length > 2 && words.spaced.includes(` ${sellerWords.slice(0, 2).join(' ')} `)) return true;
  if (shipment.carrier && (lower.includes(shipment.carrier.name.toLowerCase()) || carriersNamed.includes(shipment.carrier.code ?? ''))) return true;
  return itemNamesIt(words, shipment);
}

/**
 * The one parcel a message names by seller, carrier or item ("the easel",
 * "the Target parcel"), or null when it names none or several.
 */
export function parcelNamedIn<S extends NameableParcel>(text: string, shipments: readonly S[], carriersNamed: readonly string[] = []): S | null {
  const words = messageWords(text);
  const named = shipments.filter((s) => namesIt(words, s, carriersNamed));
  return named.length === 1 ? (named[0] ?? null) : null;
}

/** Parcels a question can be about: "who signed for it?" a delivered one, "where was it last scanned?" one on its way. */
export const isDelivered = (s: ShipmentView): boolean => s.status === 'delivered';
export const isOnItsWay = (s: ShipmentView): boolean => s.status === 'shipped' || s.status === 'out_for_delivery';

/** The parcel of that kind a message is about: the one it named (if of that kind), or the only one of that kind. */
export function parcelOfKind(named: ShipmentView | null, shipments: readonly ShipmentView[], ofKind: (s: ShipmentView) => boolean): ShipmentView | null {
  if (named !== null) return ofKind(named) ? named : null;
  const matching = shipments.filter(ofKind);
  return matching.length === 1 ? (matching[0] ?? null) : null;
}

/** Of two parcels, the one that is not this one ("and the other one?"); null with more or fewer. */
export function otherParcelOf<S extends { shipmentId: string }>(shipmentId: string | null, shipments: readonly S[]): S | null {
  if (shipmentId === null || shipments.length !== 2 || !shipments.some((s) => s.shipmentId === shipmentId)) return null;
  return shipments.find((s) => s.shipmentId !== shipmentId) ?? null;
}

/** Whether a message names any of these parcels, even if it names several. */
export function namesAnyParcel(text: string, shipments: readonly NameableParcel[], carriersNamed: readonly string[] = []): boolean {
  const words = messageWords(text);
  return shipments.some((s) => namesIt(words, s, carriersNamed));
}

/**
 * The orders a message is about when it names what was in them: those with an
 * item it names ("the lamp"); failing that, those with a parcel from a seller
 * or carrier it names ("the Target one"). Several orders can have a lamp.
 */
export function ordersNamedIn<O extends { shipments: readonly NameableParcel[] }>(text: string, orders: readonly O[]): O[] {
  const words = messageWords(text);
  const byItem = orders.filter((order) => order.shipments.some((s) => itemNamesIt(words, s)));
  return byItem.length > 0 ? byItem : orders.filter((order) => order.shipments.some((s) => namesIt(words, s, [])));
}

/**
 * A typed answer to "which parcel?": its number in the list ("2", "the second"),
 * or its seller, carrier or an item. Buttons send the shipment id directly.
 */
export function shipmentNamedIn(text: string, candidates: ShipmentView[], carriersNamed: readonly string[] = []): ShipmentView | null {
  const lower = text.toLowerCase();
  const ordinals = ['first', 'second', 'third', 'fourth', 'fifth'];
  const digit = /\b([1-9])\b/.exec(lower);
  if (digit?.[1]) return candidates[Number(digit[1]) - 1] ?? null;
  const ordinal = ordinals.findIndex((word) => lower.includes(word));
  if (ordinal >= 0) return candidates[ordinal] ?? null;
  return parcelNamedIn(text, candidates, carriersNamed);
}

export function shipmentById(order: OrderView | null, shipmentId: string | null): ShipmentView | null {
  return order?.shipments.find((s) => s.shipmentId === shipmentId) ?? null;
}
