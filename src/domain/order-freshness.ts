/**
 * How long an order read from the order system may be used to answer a
 * customer. Conversations can last months (Teams keeps them), and a parcel
 * that was in transit when the order was read may be delivered by now.
 */
export const ORDER_MAX_AGE_MS = 15 * 60 * 1000;

/** True when an order assessed at `assessedAt` is too old to answer from at `now`. */
export function isOrderStale(assessedAt: string, now: string, maxAgeMs: number = ORDER_MAX_AGE_MS): boolean {
  return Date.parse(now) - Date.parse(assessedAt) > maxAgeMs;
}
