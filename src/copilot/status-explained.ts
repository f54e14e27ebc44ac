import type { ShipmentStatus } from '../domain/order';
import type { OrderView, ShipmentView } from '../domain/order-view';
import type { MessageKey } from '../../state-machines/support-messages';
import { daysMentioned } from './dates-in-text';

/** How an agent (or the bot's words) says each status. */
const SAYS_STATUS: Record<ShipmentStatus, RegExp> = {
  processing: /\b(processing|order received|preparing|getting it ready|(hasn't|has not|not yet|not been) (been )?(shipped|sent|dispatched))\b/i,
  picking: /\b(being (picked|packed)|picking|packing|preparing)\b/i,
  ready_to_collect: /\bready (to|for) (collect|collection|pick ?up)\b/i,
  collected: /\b(collected|picked up)\b/i,
  shipped: /\b(on (its|it's) way|shipped|dispatched|in transit|running late|delayed)\b/i,
  out_for_delivery: /\bout for delivery\b/i,
  delivered: /\bdelivered\b/i,
  cancelled: /\bcancell?ed\b/i,
};

/** The procedure's messages that explain the status and timeframe. */
const STATUS_KEYS: ReadonlySet<MessageKey> = new Set<MessageKey>([
  'order_status',
  'parcel_status',
  'on_track',
  'tracking_stale',
  'parcel_delayed',
  'no_tracking_yet',
  'tracking_available',
  'not_late_yet',
  'not_delivered_yet',
  'click_and_collect_info',
]);

const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** A parcel still to arrive is explained by a day inside its window; one without a window by its status (or its seller's timeframe). */
function explainsParcel(shipment: ShipmentView, text: string, days: readonly string[]): boolean {
  const { window } = shipment;
  const pending = !['delivered', 'collected', 'cancelled'].includes(shipment.status);
  if (pending && window.kind === 'business_days') return days.some((day) => day >= window.from && day <= window.to);
  if (shipment.seller.type === 'marketplace' && /\bseller'?s? (own )?(timeframe|delivery time)/i.test(text)) return true;
  return SAYS_STATUS[shipment.status].test(text);
}

/**
 * Whether what the agent sent explains the status and timeframe: the
 * procedure's own explanation sent as suggested (or one of its versions), or
 * the agent's words carrying the facts for every parcel that is coming
 * (a day in its window, or its status when it has no window). A reply about
 * something else ("could you check with your neighbours?") does not.
 */
export function explainsStatus(sent: string, order: OrderView, now: Date, suggested: { keys: readonly MessageKey[]; texts: readonly string[] }): boolean {
  const explanation = suggested.keys.some((key) => STATUS_KEYS.has(key));
  if (explanation && suggested.texts.some((text) => text !== '' && squash(sent).includes(squash(text)))) return true;
  const days = daysMentioned(sent, order, now, false).map((d) => d.day);
  const parcels = order.shipments.filter((s) => s.status !== 'cancelled');
  return parcels.length > 0 && parcels.every((shipment) => explainsParcel(shipment, sent, days));
}
