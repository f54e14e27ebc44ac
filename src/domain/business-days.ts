import Holidays from 'date-holidays';
import { calendarDayOf, dayNumberOf, weekdayOf, yearOfDay, zonedDayOf } from './calendar-days';
import type { LocalDate } from './delivery-window-types';
import type { AuState } from './order';
import { timeZoneOf } from './state-time-zones';

/**
 * Business days in one state's own calendar: weekends and that state's
 * full-day public holidays are skipped. Dates are plain calendar days
 * (YYYY-MM-DD) in the state's zone, so daylight saving never shifts a day.
 */

const HOUR_MS = 3_600_000;

/** date-holidays knows each state's rules; one instance per state is enough and building it is not free. */
const calendars = new Map<AuState, Holidays>();
/** Holiday names by local date, per state and year. */
const holidaysByYear = new Map<string, ReadonlyMap<LocalDate, string>>();

function calendarOf(state: AuState): Holidays {
  let calendar = calendars.get(state);
  if (calendar === undefined) {
    calendar = new Holidays('AU', state, { languages: 'en' });
    calendars.set(state, calendar);
  }
  return calendar;
}

/**
 * Only full-day public holidays close a business day. date-holidays also lists
 * the part-day Christmas Eve / New Year's Eve holidays (from 18:00 or 19:00 in
 * QLD, SA and NT) as 'public'; parcels still move that day, so they are
 * dropped: a full day starts at local midnight and lasts at least 23 hours
 * (23 or 25 on a daylight-saving change day).
 */
function isFullDay(holiday: { date: string; start: Date; end: Date }): boolean {
  const startsAtMidnight = holiday.date.slice(11, 19) === '00:00:00';
  return startsAtMidnight && holiday.end.getTime() - holiday.start.getTime() >= 23 * HOUR_MS;
}

function holidaysIn(year: number, state: AuState): ReadonlyMap<LocalDate, string> {
  const key = `${state}:${year}`;
  let byDate = holidaysByYear.get(key);
  if (byDate === undefined) {
    const built = new Map<LocalDate, string>();
    for (const holiday of calendarOf(state).getHolidays(year, 'en')) {
      const date = holiday.date.slice(0, 10);
      if (holiday.type === 'public' && isFullDay(holiday) && !built.has(date)) {
        built.set(date, holiday.name);
      }
    }
    byDate = built;
    holidaysByYear.set(key, byDate);
  }
  return byDate;
}

/** The calendar day an instant falls on in the state, e.g. 00:30 AEDT is already tomorrow in Sydney but not in Brisbane. */
export function localDateIn(instant: Date, state: AuState): LocalDate {
  return zonedDayOf(instant, timeZoneOf(state));
}

function isBusinessDayNumber(dayNumber: number, state: AuState): boolean {
  const weekday = weekdayOf(dayNumber);
  if (weekday === 0 || weekday === 6) return false;
  return !holidaysIn(yearOfDay(dayNumber), state).has(calendarDayOf(dayNumber));
}

export function publicHolidayName(date: LocalDate, state: AuState): string | null {
  return holidaysIn(yearOfDay(dayNumberOf(date)), state).get(date) ?? null;
}

export function isBusinessDay(date: LocalDate, state: AuState): boolean {
  return isBusinessDayNumber(dayNumberOf(date), state);
}

/**
 * The n-th business day after start. Start is day 0 whether or not it is a
 * business day itself: a parcel dispatched on a Saturday is one business day
 * old on Monday.
 */
export function addBusinessDays(start: LocalDate, n: number, state: AuState): LocalDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`business days to add must be a whole number >= 0, got ${n}`);
  let day = dayNumberOf(start);
  let remaining = n;
  while (remaining > 0) {
    day += 1;
    if (isBusinessDayNumber(day, state)) remaining -= 1;
  }
  return calendarDayOf(day);
}

/**
 * Business days d with from < d <= to, i.e. how many business days have passed
 * since `from` by the end of `to`; negative when `to` is before `from`. It is
 * the inverse of addBusinessDays when `to` is a business day.
 */
export function businessDaysBetween(from: LocalDate, to: LocalDate, state: AuState): number {
  const start = dayNumberOf(from);
  const end = dayNumberOf(to);
  if (end < start) return -businessDaysBetween(to, from, state);
  let count = 0;
  for (let day = start + 1; day <= end; day += 1) {
    if (isBusinessDayNumber(day, state)) count += 1;
  }
  return count;
}
