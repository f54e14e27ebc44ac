import type { LocalDate } from './delivery-window-types';

/**
 * Calendar days (YYYY-MM-DD) as plain day numbers. A calendar day's weekday
 * and its neighbours do not depend on any time zone, so day arithmetic runs in
 * UTC, where no day is 23 or 25 hours long; only turning an instant into a
 * state's day needs the zone (zonedDayOf). This keeps a window's dozens of
 * day steps off the time-zone machinery, which was a fifth of a turn's CPU.
 */
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01; rejects impossible dates such as 2026-02-30. */
export function dayNumberOf(date: LocalDate): number {
  const match = LOCAL_DATE.exec(date);
  if (match === null) throw new RangeError(`not a local date (YYYY-MM-DD): "${date}"`);
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (calendarDayOf(ms / DAY_MS) !== date) throw new RangeError(`no such calendar day: "${date}"`);
  return ms / DAY_MS;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Howard Hinnant's civil_from_days: the day number's YYYY-MM-DD without building a Date (a window takes dozens). */
export function calendarDayOf(dayNumber: number): LocalDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** An order system time (ISO 8601 with an offset, checked by the order schema) as a Date; no general-purpose parser needed. */
export function instantOf(isoTime: string): Date {
  return new Date(Date.parse(isoTime));
}

export function yearOfDay(dayNumber: number): number {
  return new Date(dayNumber * DAY_MS).getUTCFullYear();
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(dayNumber: number): number {
  return new Date(dayNumber * DAY_MS).getUTCDay();
}

/** One formatter per zone, built on first use: building an Intl formatter costs far more than using one. */
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = dayFormatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-AU', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Zone offsets and their changes fall on quarter hours everywhere (Adelaide is
 * +10:30, Eucla +8:45), so every instant in one quarter hour of one zone is on
 * the same local day; remembered, an order's many times cost one formatting each.
 */
const QUARTER_HOUR_MS = 900_000;
const MAX_REMEMBERED_QUARTERS = 20_000;
const dayOfQuarter = new Map<string, LocalDate>();

/** The calendar day an instant falls on in an IANA zone: 00:30 AEDT is already tomorrow in Sydney but not in Brisbane. */
export function zonedDayOf(instant: Date, timeZone: string): LocalDate {
  const key = `${timeZone}|${Math.floor(instant.getTime() / QUARTER_HOUR_MS)}`;
  const known = dayOfQuarter.get(key);
  if (known !== undefined) return known;
  const day = formatZonedDay(instant, timeZone);
  if (dayOfQuarter.size >= MAX_REMEMBERED_QUARTERS) dayOfQuarter.clear();
  dayOfQuarter.set(key, day);
  return day;
}

function formatZonedDay(instant: Date, timeZone: string): LocalDate {
  let year = '';
  let month = '';
  let day = '';
  for (const part of dayFormatterFor(timeZone).formatToParts(instant)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year}-${month}-${day}`;
}
