import path from 'node:path';
import { z } from 'zod';
import { readBuildOutput, writeBuildOutput } from '../config/build-output';
import type { LocalDate } from './delivery-window-types';
import { AU_STATES, AuStateSchema, type AuState } from './order';
import { publicHolidaysFromRules } from './public-holidays';

/*
 * Every state's public holidays for the years around the build, worked out
 * from date-holidays' rules by `npm run build` and written beside the compiled
 * code, so a start-up does not load date-holidays. A year the table lacks (and
 * every year under tsx, where there is no table) is worked out from the rules.
 */

/** Where `npm run build` writes the table: beside this module's compiled code in dist/. */
export const PUBLIC_HOLIDAY_TABLE_FILE = path.join(__dirname, 'public-holidays.json');

const HolidaysOfYearSchema = z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.string());
const PublicHolidayTableSchema = z.record(AuStateSchema, z.record(z.string().regex(/^\d{4}$/), HolidaysOfYearSchema));
export type PublicHolidayTable = z.infer<typeof PublicHolidayTableSchema>;

/** The table at `file`; null when there is none. A file that is there but is not a table stops start-up. */
export function readPublicHolidayTable(file: string = PUBLIC_HOLIDAY_TABLE_FILE): PublicHolidayTable | null {
  return readBuildOutput(file, PublicHolidayTableSchema, 'a public holiday table');
}

/** The state's holidays of that year by local date, or null when the table does not hold the year. */
export function holidaysInTable(table: PublicHolidayTable, year: number, state: AuState): Map<LocalDate, string> | null {
  const holidays = table[state][String(year)];
  return holidays === undefined ? null : new Map(Object.entries(holidays));
}

export function writePublicHolidayTable(file: string, years: readonly number[]): void {
  const table = PublicHolidayTableSchema.parse(
    Object.fromEntries(
      AU_STATES.map((state) => [state, Object.fromEntries(years.map((year) => [String(year), Object.fromEntries(publicHolidaysFromRules(year, state))]))]),
    ),
  );
  writeBuildOutput(file, table);
}
