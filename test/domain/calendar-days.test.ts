import { calendarDayOf, dayNumberOf, weekdayOf, yearOfDay, zonedDayOf } from '../../src/domain/calendar-days';

describe('calendar days', () => {
  it('steps across months, years and the February 29th of a leap year', () => {
    expect(calendarDayOf(dayNumberOf('2028-02-28') + 1)).toBe('2028-02-29');
    expect(calendarDayOf(dayNumberOf('2026-12-31') + 1)).toBe('2027-01-01');
    expect(yearOfDay(dayNumberOf('2027-01-01'))).toBe(2027);
  });

  it('knows the weekday of a day whatever zone the server runs in', () => {
    expect(weekdayOf(dayNumberOf('2026-11-24'))).toBe(2); // a Tuesday
    expect(weekdayOf(dayNumberOf('2026-11-29'))).toBe(0); // a Sunday
  });

  it('refuses days that do not exist or are not written YYYY-MM-DD', () => {
    expect(() => dayNumberOf('2026-02-30')).toThrow(/no such calendar day/);
    expect(() => dayNumberOf('24/11/2026')).toThrow(/not a local date/);
  });

  it("puts an instant on the zone's own day, with and without daylight saving", () => {
    // 13:30 UTC on 4 Oct 2026 is 00:30 on the 5th in Sydney (AEDT, +11) but 23:30 on the 4th in Brisbane (+10).
    const instant = new Date('2026-10-04T13:30:00Z');
    expect(zonedDayOf(instant, 'Australia/Sydney')).toBe('2026-10-05');
    expect(zonedDayOf(instant, 'Australia/Brisbane')).toBe('2026-10-04');
    expect(zonedDayOf(new Date('2026-07-01T15:59:00Z'), 'Australia/Perth')).toBe('2026-07-01');
    expect(zonedDayOf(new Date('2026-07-01T16:00:00Z'), 'Australia/Perth')).toBe('2026-07-02');
  });
});

describe('calendarDayOf', () => {
  it('agrees with the Date built-in on every day from 1999 to 2101', () => {
    const first = dayNumberOf('1999-01-01');
    const last = dayNumberOf('2101-12-31');
    for (let day = first; day <= last; day += 1) {
      expect(calendarDayOf(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
    }
  });

  it('puts the two sides of a quarter hour that crosses local midnight on different days', () => {
    // 13:29 and 13:30 UTC in January: 23:59 and 00:00 in Adelaide (+10:30).
    expect(zonedDayOf(new Date('2026-01-15T13:29:59Z'), 'Australia/Adelaide')).toBe('2026-01-15');
    expect(zonedDayOf(new Date('2026-01-15T13:30:00Z'), 'Australia/Adelaide')).toBe('2026-01-16');
  });
});
