import { dayNumberOf, weekdayOf, zonedDayOf } from '../../src/domain/calendar-days';
import type { DeliveryWindow, LocalDate } from '../../src/domain/delivery-window-types';

/**
 * Dates as customers read them ("Tue 25 Nov", "4pm"), always in the zone of
 * the state the parcel is going to: a Perth parcel delivered at 1am Perth
 * time was delivered on the Perth day, whatever zone the server runs in.
 * Built from cached Intl formatters and fixed names rather than a formatter
 * per call: every order answer writes several of these.
 */
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

type BusinessDaysWindow = Extract<DeliveryWindow, { kind: 'business_days' }>;
type CollectionWindow = Extract<DeliveryWindow, { kind: 'collection' }>;

/** The day a moment falls on in `timeZone`. */
export function dayOf(isoTime: string, timeZone: string): string {
  return localDay(zonedDayOf(new Date(isoTime), timeZone), timeZone);
}

/** A calendar day that is already local to `timeZone` (window days are): "Tue 25 Nov". */
export function localDay(date: LocalDate, _timeZone: string): string {
  const weekday = WEEKDAYS[weekdayOf(dayNumberOf(date))] ?? '';
  const month = MONTHS[Number(date.slice(5, 7)) - 1] ?? '';
  return `${weekday} ${Number(date.slice(8, 10))} ${month}`;
}

const timeFormatters = new Map<string, Intl.DateTimeFormat>();

function timeFormatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = timeFormatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit', hour12: true });
    timeFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** "4pm", or "4:30pm" when it is not on the hour. */
export function timeOf(isoTime: string, timeZone: string): string {
  let hour = '';
  let minute = '';
  let period = '';
  for (const part of timeFormatterFor(timeZone).formatToParts(new Date(isoTime))) {
    if (part.type === 'hour') hour = part.value;
    else if (part.type === 'minute') minute = part.value;
    else if (part.type === 'dayPeriod') period = part.value.toLowerCase();
  }
  return minute === '00' ? `${hour}${period}` : `${hour}:${minute}${period}`;
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
