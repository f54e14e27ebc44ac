import { FINDING_MESSAGES } from '../../../dialogs/agent-copy/finding-messages';
import { promisedDays } from '../dates-in-text';
import type { Finding } from '../suggestion';
import { trackingLikeTokens, type DraftRule } from './draft-facts';
import { CARRIER_WORDS } from './identity-rules';

const settled = (status: string) => status === 'delivered' || status === 'collected' || status === 'cancelled';

/** A tracking number that is not one of the order's: the agent has another order open, or mistyped it. */
export const trackingNumberMismatch: DraftRule = (draft, { order }) => {
  if (order === null) return [];
  const onOrder = order.shipments.flatMap((s) => (s.trackingNumber ? [s.trackingNumber.toUpperCase()] : []));
  return trackingLikeTokens(draft)
    .filter((token) => !onOrder.includes(token) && token !== order.orderNumber)
    .map((token) => ({ severity: 'block' as const, code: 'tracking_number_mismatch', message: FINDING_MESSAGES.tracking_number_mismatch(token, onOrder.join(', ')) }));
};

/** A carrier named in the draft that carries none of the order's parcels. */
export const carrierMismatch: DraftRule = (draft, { order }) => {
  const named = CARRIER_WORDS.exec(draft)?.[0];
  if (order === null || named === undefined) return [];
  const carriers = order.shipments.flatMap((s) => (s.carrier ? [s.carrier.name] : []));
  const squash = (name: string) => name.toLowerCase().replace(/\s+/g, '');
  const matches = carriers.some((c) => squash(c).includes(squash(named)) || (squash(named) === 'auspost' && squash(c) === 'australiapost'));
  return matches ? [] : [{ severity: 'warn', code: 'carrier_mismatch', message: FINDING_MESSAGES.carrier_mismatch(named, [...new Set(carriers)].join(', ')) }];
};

/** "It was delivered" for an order nothing of which was delivered, or "on its way" when everything was. */
export const statusContradiction: DraftRule = (draft, { order }) => {
  if (order === null) return [];
  const anyDelivered = order.shipments.some((s) => s.status === 'delivered' || s.status === 'collected');
  const allSettled = order.shipments.every((s) => settled(s.status));
  const saysDelivered = /\b(was|been|got|has been|is) (delivered|collected)\b/i.test(draft) && !/\b(not|n't|marked( as)?|says|shows( as)?) (been )?(delivered|collected)\b/i.test(draft);
  const saysOnTheWay = /\b(on (its|it's) way|out for delivery|in transit|will (arrive|be delivered))\b/i.test(draft);
  const findings: Finding[] = [];
  if (saysDelivered && !anyDelivered) findings.push({ severity: 'warn', code: 'status_not_delivered', message: FINDING_MESSAGES.status_not_delivered() });
  if (saysOnTheWay && allSettled) findings.push({ severity: 'warn', code: 'status_already_delivered', message: FINDING_MESSAGES.status_already_delivered() });
  return findings;
};

/**
 * Dates the draft promises, read with chrono-node in the delivery state's
 * time zone relative to the Clock's now ("Friday" means that state's Friday),
 * against the windows of the parcels still to arrive.
 */
export const promisedDates: DraftRule = (draft, { order, now }) => {
  if (order === null) return [];
  const dates = promisedDays(draft, order, now);
  if (dates.length === 0) return [];
  const pending = order.shipments.filter((s) => !settled(s.status));
  if (pending.length === 0) {
    return dates.map((d) => ({ severity: 'warn' as const, code: 'date_for_delivered_parcel', message: FINDING_MESSAGES.date_for_delivered_parcel(d.text) }));
  }
  const windowed = pending.filter((s) => s.window.kind === 'business_days');
  const windows = windowed.flatMap((s) => (s.window.kind === 'business_days' ? [{ from: s.window.from, to: s.window.to }] : []));
  if (windows.length === 0) return [];
  // Why the window is what it is: a carrier alert already counted in it, or a parcel already past it.
  const why = windowed.every((s) => s.conditions.delayed) ? 'late' : windowed.some((s) => s.alerts.length > 0) ? 'alert' : null;
  return dates
    .filter((d) => !windows.some((w) => d.day >= w.from && d.day <= w.to))
    .map((d) => ({
      severity: 'warn' as const,
      code: 'date_outside_window',
      message: FINDING_MESSAGES.date_outside_window(`${d.text} (${d.day})`, windows.map((w) => `${w.from} to ${w.to}`).join(' or '), why),
    }));
};

/**
 * Promises the procedure only makes once a case is open: a refund or
 * replacement already approved needs an open refund request; "we'll refund
 * or replace it" also fits an investigation or a store check (their outcome);
 * a reference needs a case.
 */
export const unsupportedPromises: DraftRule = (draft, { cases }) => {
  const open = cases.filter((c) => c.status === 'open');
  const findings: Finding[] = [];
  const approved = /\b(refund|replacement)\b[^.!?]*\b(approved|processed|issued|sent|on (its|it's) way|been arranged)\b|\b(we|I)('ve| have) (refunded|replaced)\b/i.test(draft);
  const promised = /\b(we|I)('ll| will) (refund|replace)\b/i.test(draft);
  const refundCase = open.some((c) => c.kind === 'refund_or_alternative');
  const outcomeCase = refundCase || open.some((c) => c.kind === 'missing_parcel_investigation' || c.kind === 'store_collection_check');
  if ((approved && !refundCase) || (promised && !outcomeCase)) findings.push({ severity: 'warn', code: 'refund_without_case', message: FINDING_MESSAGES.refund_without_case() });
  if (/\b(your|the) (reference|case number|ticket number)\b|\bI('ve| have) (opened|logged|raised)\b/i.test(draft) && open.length === 0) {
    findings.push({ severity: 'warn', code: 'case_not_open', message: FINDING_MESSAGES.case_not_open() });
  }
  return findings;
};
