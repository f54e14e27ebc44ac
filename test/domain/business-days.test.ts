import Holidays from 'date-holidays';
import {
  addBusinessDays,
  businessDaysBetween,
  isBusinessDay,
  localDateIn,
  publicHolidayName,
} from '../../src/domain/business-days';

describe('localDateIn', () => {
  it('puts the same summer instant on different days in Sydney and Brisbane (no daylight saving in QLD)', () => {
    const instant = new Date('2026-12-01T13:30:00Z'); // 00:30 AEDT, 23:30 AEST
    expect(localDateIn(instant, 'NSW')).toBe('2026-12-02');
    expect(localDateIn(instant, 'QLD')).toBe('2026-12-01');
  });

  it('puts the same summer instant on different days in Sydney and Perth', () => {
    const instant = new Date('2026-12-01T15:30:00Z'); // 02:30 in Sydney, 23:30 in Perth
    expect(localDateIn(instant, 'NSW')).toBe('2026-12-02');
    expect(localDateIn(instant, 'WA')).toBe('2026-12-01');
  });

  it('agrees between Sydney and Brisbane in winter, when both are UTC+10', () => {
    const instant = new Date('2026-07-01T14:30:00Z');
    expect(localDateIn(instant, 'NSW')).toBe('2026-07-02');
    expect(localDateIn(instant, 'QLD')).toBe('2026-07-02');
  });

  it('handles the half-hour offset of Adelaide', () => {
    const instant = new Date('2026-12-01T13:15:00Z'); // 23:45 ACDT, 00:15 AEDT
    expect(localDateIn(instant, 'SA')).toBe('2026-12-01');
    expect(localDateIn(instant, 'NSW')).toBe('2026-12-02');
  });
});

describe('isBusinessDay and publicHolidayName', () => {
  it('skips weekends', () => {
    expect(isBusinessDay('2026-11-20', 'NSW')).toBe(true); // Friday
    expect(isBusinessDay('2026-11-21', 'NSW')).toBe(false);
    expect(isBusinessDay('2026-11-22', 'NSW')).toBe(false);
    expect(isBusinessDay('2026-11-23', 'NSW')).toBe(true);
  });

  it('closes Melbourne Cup day in Victoria but not in New South Wales', () => {
    expect(publicHolidayName('2026-11-03', 'VIC')).toBe('Melbourne Cup');
    expect(isBusinessDay('2026-11-03', 'VIC')).toBe(false);
    expect(publicHolidayName('2026-11-03', 'NSW')).toBeNull();
    expect(isBusinessDay('2026-11-03', 'NSW')).toBe(true);
  });

  it('closes Good Friday and Easter Monday everywhere', () => {
    for (const state of ['NSW', 'VIC', 'QLD', 'SA', 'WA', 'TAS', 'NT', 'ACT'] as const) {
      expect([state, publicHolidayName('2026-04-03', state)]).toEqual([state, 'Good Friday']);
      expect([state, isBusinessDay('2026-04-06', state)]).toEqual([state, false]);
    }
  });

  it("keeps Western Australia's King's Birthday in September and everyone else's in June (or October in QLD)", () => {
    expect(publicHolidayName('2026-09-28', 'WA')).toBe("King's Birthday");
    expect(isBusinessDay('2026-09-28', 'NSW')).toBe(true);
    expect(publicHolidayName('2026-06-08', 'NSW')).toBe("King's Birthday");
    expect(isBusinessDay('2026-06-08', 'WA')).toBe(true);
    expect(publicHolidayName('2026-10-05', 'QLD')).toBe("King's Birthday");
    expect(publicHolidayName('2026-10-05', 'NSW')).toBe('Labour Day');
    expect(isBusinessDay('2026-10-05', 'VIC')).toBe(true);
  });

  it('closes substitute days', () => {
    expect(publicHolidayName('2026-12-28', 'NSW')).toBe('Boxing Day (substitute day)');
    expect(isBusinessDay('2026-12-28', 'NSW')).toBe(false);
  });

  it('ignores holidays that are not public, such as the optional Easter Tuesday in Tasmania', () => {
    expect(isBusinessDay('2026-04-07', 'TAS')).toBe(true);
    expect(isBusinessDay('2026-08-03', 'NSW')).toBe(true); // NSW Bank Holiday: banks only
  });

  describe('part-day Christmas Eve and New Year\'s Eve holidays', () => {
    it('are still listed by date-holidays as public holidays starting in the evening', () => {
      // Guards the assumption below: if the library changes shape, this fails first.
      const sa = new Holidays('AU', 'SA').getHolidays(2026, 'en').filter((h) => h.date.startsWith('2026-12-31'));
      expect(sa).toEqual([expect.objectContaining({ type: 'public', date: '2026-12-31 19:00:00' })]);
      const qld = new Holidays('AU', 'QLD').getHolidays(2026, 'en').filter((h) => h.date.startsWith('2026-12-24'));
      expect(qld).toEqual([expect.objectContaining({ type: 'public', date: '2026-12-24 18:00:00' })]);
    });

    it('do not close the business day', () => {
      expect(isBusinessDay('2026-12-31', 'SA')).toBe(true);
      expect(isBusinessDay('2026-12-24', 'SA')).toBe(true);
      expect(isBusinessDay('2026-12-24', 'NT')).toBe(true);
      expect(isBusinessDay('2026-12-24', 'QLD')).toBe(true);
      expect(publicHolidayName('2026-12-24', 'QLD')).toBeNull();
    });
  });

  it('rejects malformed or impossible dates', () => {
    expect(() => isBusinessDay('2026-02-30', 'NSW')).toThrow('no such calendar day: "2026-02-30"');
    expect(() => isBusinessDay('3/11/2026', 'NSW')).toThrow(RangeError);
  });
});

describe('addBusinessDays', () => {
  it('steps over a weekend', () => {
    expect(addBusinessDays('2026-11-20', 1, 'NSW')).toBe('2026-11-23');
    expect(addBusinessDays('2026-11-19', 5, 'NSW')).toBe('2026-11-26');
  });

  it('counts the start as day 0 even on a weekend', () => {
    expect(addBusinessDays('2026-11-21', 0, 'NSW')).toBe('2026-11-21');
    expect(addBusinessDays('2026-11-21', 1, 'NSW')).toBe('2026-11-23');
  });

  it('skips the Easter long weekend', () => {
    expect(addBusinessDays('2026-04-02', 1, 'NSW')).toBe('2026-04-07');
  });

  it('skips Melbourne Cup day in Victoria only', () => {
    expect(addBusinessDays('2026-11-02', 1, 'VIC')).toBe('2026-11-04');
    expect(addBusinessDays('2026-11-02', 1, 'NSW')).toBe('2026-11-03');
  });

  it('skips the daylight-saving Sunday and the Labour Day Monday in NSW', () => {
    expect(addBusinessDays('2026-10-02', 1, 'NSW')).toBe('2026-10-06');
  });

  it('crosses Christmas and the new year', () => {
    expect(addBusinessDays('2026-12-24', 1, 'NSW')).toBe('2026-12-29');
    expect(addBusinessDays('2026-12-31', 1, 'NSW')).toBe('2027-01-04');
  });

  it('refuses negative or fractional counts', () => {
    expect(() => addBusinessDays('2026-11-20', -1, 'NSW')).toThrow(RangeError);
    expect(() => addBusinessDays('2026-11-20', 1.5, 'NSW')).toThrow(RangeError);
  });
});

describe('businessDaysBetween', () => {
  it('counts business days after the first date up to and including the second', () => {
    expect(businessDaysBetween('2026-11-02', '2026-11-09', 'NSW')).toBe(5);
    expect(businessDaysBetween('2026-11-02', '2026-11-09', 'VIC')).toBe(4);
    expect(businessDaysBetween('2026-11-20', '2026-11-20', 'NSW')).toBe(0);
  });

  it('is negative when the dates are the wrong way round', () => {
    expect(businessDaysBetween('2026-11-09', '2026-11-02', 'NSW')).toBe(-5);
  });

  it('undoes addBusinessDays', () => {
    const start = '2026-12-18';
    for (const n of [0, 1, 3, 7, 20]) {
      expect(businessDaysBetween(start, addBusinessDays(start, n, 'SA'), 'SA')).toBe(n);
    }
  });
});
