import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AU_STATES } from '../../src/domain/order';
import { holidaysInTable, readPublicHolidayTable, writePublicHolidayTable } from '../../src/domain/public-holiday-table';
import { publicHolidaysFromRules } from '../../src/domain/public-holidays';

/*
 * `npm run build` writes every state's public holidays so start-ups need not
 * load date-holidays: the table must say exactly what the rules say.
 */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'public-holidays-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the public holiday table npm run build writes', () => {
  const years = [2025, 2026, 2027];

  it('holds, for every state and year, the same full-day holidays as the rules (names and dates)', () => {
    const file = path.join(dir, 'table.json');
    writePublicHolidayTable(file, years);
    const table = readPublicHolidayTable(file);
    if (table === null) throw new Error('no table was written');
    for (const state of AU_STATES) {
      for (const year of years) expect({ state, year, holidays: holidaysInTable(table, year, state) }).toEqual({ state, year, holidays: publicHolidaysFromRules(year, state) });
    }
    expect(holidaysInTable(table, 2026, 'NSW')?.get('2026-12-25')).toBe('Christmas Day');
    // Brisbane's Ekka and the Melbourne Cup are not everyone's: each state has its own list.
    expect(holidaysInTable(table, 2026, 'VIC')?.has('2026-11-03')).toBe(true);
    expect(holidaysInTable(table, 2026, 'NSW')?.has('2026-11-03')).toBe(false);
  });

  it('has no answer for a year it does not hold, so the rules are asked', () => {
    const file = path.join(dir, 'two-years.json');
    writePublicHolidayTable(file, [2026]);
    const table = readPublicHolidayTable(file);
    expect(table && holidaysInTable(table, 2031, 'QLD')).toBeNull();
  });

  it('is absent (null) where nothing was built, as under tsx', () => {
    expect(readPublicHolidayTable(path.join(dir, 'never-written.json'))).toBeNull();
  });

  it('stops start-up, naming the file, when the file is there but is not a table', () => {
    const file = path.join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify({ NSW: { 2026: { '2026-01-01': 1 } } }));
    expect(() => readPublicHolidayTable(file)).toThrow(/broken\.json is not a public holiday table; run npm run build again/);
  });
});
