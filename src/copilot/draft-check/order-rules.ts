import * as chrono from 'chrono-node';
import { TZDate, tzOffset } from '@date-fns/tz';
import { format } from 'date-fns';
import { FINDING_MESSAGES } from '../../../dialogs/agent-copy/finding-messages';
import { timeZoneOf } from '../../domain/state-time-zones';
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
  const zone = timeZoneOf(order.state);
  const dates = chrono
    .parse(draft, { instant: now, timezone: tzOffset(zone, now) }, { forwardDate: true })
    .map((result) => ({ text: result.text, day: format(new TZDate(result.start.date().getTime(), zone), 'yyyy-MM-dd') }));
  if (dates.length === 0) return [];
  const pending = order.shipments.filter((s) => !settled(s.status));
  const today = format(new TZDate(now.getTime(), zone), 'yyyy-MM-dd');
  if (pending.length === 0) {
    return dates
      .filter((d) => d.day >= today)
      .map((d) => ({ severity: 'warn' as const, code: 'date_for_delivered_parcel', message: FINDING_MESSAGES.date_for_delivered_parcel(d.text) }));
  }
  const windows = pending.flatMap((s) => (s.window.kind === 'business_days' ? [{ from: s.window.from, to: s.window.to }] : []));
  if (windows.length === 0) return [];
  return dates
    .filter((d) => !windows.some((w) => d.day >= w.from && d.day <= w.to))
    .map((d) => ({
      severity: 'warn' as const,
      code: 'date_outside_window',
      message: FINDING_MESSAGES.date_outside_window(`${d.text} (${d.day})`, windows.map((w) => `${w.from} to ${w.to}`).join(' or ')),
    }));
};

/** Promises the procedure only makes once a case is open: a refund or replacement, or a reference. */
export const unsupportedPromises: DraftRule = (draft, { cases }) => {
  const open = cases.filter((c) => c.status === 'open');
  const findings: Finding[] = [];
  const promisesRefund = /\b(refund|replacement)\b[^.!?]*\b(approved|processed|issued|sent|on (its|it's) way|been arranged)\b|\b(we|I)('ll| will| have|'ve) (refund|replace)(ed)?\b/i.test(draft);
  const remedyCase = open.some((c) => c.kind === 'refund_or_alternative' || c.kind === 'missing_parcel_investigation' || c.kind === 'store_collection_check');
  if (promisesRefund && !remedyCase) findings.push({ severity: 'warn', code: 'refund_without_case', message: FINDING_MESSAGES.refund_without_case() });
  if (/\b(your|the) (reference|case number|ticket number)\b|\bI('ve| have) (opened|logged|raised)\b/i.test(draft) && open.length === 0) {
    findings.push({ severity: 'warn', code: 'case_not_open', message: FINDING_MESSAGES.case_not_open() });
  }
  return findings;
};
