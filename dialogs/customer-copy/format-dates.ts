import { tz } from '@date-fns/tz';
import { format, parseISO } from 'date-fns';
import type { DeliveryWindow, LocalDate } from '../../src/domain/delivery-window-types';

/**
 * Dates as customers read them ("Tue 25 Nov", "4pm"), always in the zone of
 * the state the parcel is going to: a Perth parcel delivered at 1am Perth
 * time was delivered on the Perth day, whatever zone the server runs in.
 */
const DAY = 'EEE d MMM';

type BusinessDaysWindow = Extract<DeliveryWindow, { kind: 'business_days' }>;
type CollectionWindow = Extract<DeliveryWindow, { kind: 'collection' }>;

/** The day a moment falls on in `timeZone`. */
export function dayOf(isoTime: string, timeZone: string): string {
  return format(parseISO(isoTime), DAY, { in: tz(timeZone) });
}

/** A calendar day that is already local to `timeZone` (window days are). */
export function localDay(date: LocalDate, timeZone: string): string {
  return format(parseISO(date, { in: tz(timeZone) }), DAY, { in: tz(timeZone) });
}

/** "4pm", or "4:30pm" when it is not on the hour. */
export function timeOf(isoTime: string, timeZone: string): string {
  const zoned = { in: tz(timeZone) };
  const minutes = format(parseISO(isoTime), 'mm', zoned);
  return format(parseISO(isoTime), minutes === '00' ? 'haaa' : 'h:mmaaa', zoned);
}

/** "4pm Tue 25 Nov" */
export function timeAndDayOf(isoTime: string, timeZone: string): string {
  return `${timeOf(isoTime, timeZone)} ${dayOf(isoTime, timeZone)}`;
}

/**
 * The day as the sender wrote it, for times that come without a place (a
 * signed-in customer's order list has no state): the offset in the string is
 * the order system's choice, not the server's zone.
 */
export function dayAsWritten(isoTime: string): string {
  return localDay(isoTime.slice(0, 10), 'UTC');
}

/** "on Tue 25 Nov" for a one-day window, otherwise "between Tue 25 Nov and Thu 27 Nov". */
export function deliveryDays(window: BusinessDaysWindow): string {
  const from = localDay(window.from, window.timeZone);
  const to = localDay(window.to, window.timeZone);
  return window.from === window.to ? `on ${from}` : `between ${from} and ${to}`;
}

/** "ready from 4pm Tue 25 Nov" */
export function readyFrom(window: CollectionWindow): string {
  return `ready from ${timeAndDayOf(window.readyFrom, window.timeZone)}`;
}
