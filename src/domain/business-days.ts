import { calendarDayOf, dayNumberOf, weekdayOf, yearOfDay, zonedDayOf } from './calendar-days';
import type { LocalDate } from './delivery-window-types';
import type { AuState } from './order';
import { holidaysInTable, readPublicHolidayTable, type PublicHolidayTable } from './public-holiday-table';
import { publicHolidaysFromRules } from './public-holidays';
import { timeZoneOf } from './state-time-zones';

/**
 * Business days in one state's own calendar: weekends and that state's
 * full-day public holidays are skipped. Dates are plain calendar days
 * (YYYY-MM-DD) in the state's zone, so daylight saving never shifts a day.
 */

/** Holiday names by local date, per state and year. */
const holidaysByYear = new Map<string, ReadonlyMap<LocalDate, string>>();
/** The build's table, read on first use; null when there is none (tsx, tests). */
let table: PublicHolidayTable | null | undefined;

function holidaysIn(year: number, state: AuState): ReadonlyMap<LocalDate, string> {
  const key = `${state}:${year}`;
  let byDate = holidaysByYear.get(key);
  if (byDate === undefined) {
    if (table === undefined) table = readPublicHolidayTable();
    byDate = (table && holidaysInTable(table, year, state)) ?? publicHolidaysFromRules(year, state);
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
