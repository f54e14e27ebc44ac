import * as chrono from 'chrono-node';
import { TZDate, tzOffset } from '@date-fns/tz';
import { format } from 'date-fns/format';
import type { OrderView } from '../domain/order-view';
import { timeZoneOf } from '../domain/state-time-zones';

export interface MentionedDay {
  text: string;
  /** The calendar day in the delivery state, yyyy-MM-dd, comparable with delivery windows. */
  day: string;
}

/**
 * The dates an agent's words name, read with chrono-node in the delivery
 * state's time zone relative to the Clock's now ("Friday" means that state's
 * Friday). `forward`: a date without a year is the next one (a promise);
 * otherwise the nearest one (an explanation may name a window that has passed).
 */
export function daysMentioned(text: string, order: OrderView, now: Date, forward: boolean): MentionedDay[] {
  const zone = timeZoneOf(order.state);
  const dayOf = (date: Date) => format(new TZDate(date.getTime(), zone), 'yyyy-MM-dd');
  return chrono
    .parse(text, { instant: now, timezone: tzOffset(zone, now) }, { forwardDate: forward })
    .flatMap((result) => [result.start, ...(result.end ? [result.end] : [])].map((component) => ({ text: result.text, day: dayOf(component.date()) })));
}

/** Today in the delivery state. */
export function todayFor(order: OrderView, now: Date): string {
  return format(new TZDate(now.getTime(), timeZoneOf(order.state)), 'yyyy-MM-dd');
}

/**
 * The days a draft promises: dates from today on. A written date already past
 * ("it was collected on 16 Nov", "it was due 29 Oct") is history, not a
 * promise; a weekday or relative word ("Friday", "next week") means the next one.
 */
export function promisedDays(text: string, order: OrderView, now: Date): MentionedDay[] {
  const today = todayFor(order, now);
  const forward = daysMentioned(text, order, now, true);
  return daysMentioned(text, order, now, false).flatMap((nearest, index) => {
    if (nearest.day >= today) return [nearest];
    const next = forward[index];
    return next !== undefined && next.text === nearest.text && !/\d/.test(nearest.text) ? [next] : [];
  });
}
