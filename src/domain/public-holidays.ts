import type Holidays from 'date-holidays';
import { z } from 'zod';
import type { LocalDate } from './delivery-window-types';
import type { AuState } from './order';

const HOUR_MS = 3_600_000;

/*
 * date-holidays carries the rules and calendars of every country (with
 * astronomy for lunar ones): loading it was a tenth of a start-up. It is
 * loaded on first use, which is never when the table npm run build writes
 * (public-holiday-table.ts) holds the year.
 */
const HolidaysClassSchema = z.custom<typeof Holidays>((value) => typeof value === 'function', 'date-holidays exports no Holidays class');

/** date-holidays knows each state's rules; one instance per state is enough and building it is not free. */
const calendars = new Map<AuState, Holidays>();

function calendarOf(state: AuState): Holidays {
  let calendar = calendars.get(state);
  if (calendar === undefined) {
    const HolidaysClass = HolidaysClassSchema.parse(require('date-holidays'));
    calendar = new HolidaysClass('AU', state, { languages: 'en' });
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

/** A state's full-day public holidays in one year, by local date, worked out from date-holidays' rules. */
export function publicHolidaysFromRules(year: number, state: AuState): Map<LocalDate, string> {
  const byDate = new Map<LocalDate, string>();
  for (const holiday of calendarOf(state).getHolidays(year, 'en')) {
    const date = holiday.date.slice(0, 10);
    if (holiday.type === 'public' && isFullDay(holiday) && !byDate.has(date)) byDate.set(date, holiday.name);
  }
  return byDate;
}
