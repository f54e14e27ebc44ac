import {
  dayAsWritten,
  dayOf,
  deliveryDays,
  localDay,
  readyFrom,
  timeAndDayOf,
  timeOf,
} from '../../../dialogs/customer-copy/format-dates';

describe('days in the state’s own zone', () => {
  const lateEveningUtc = '2026-11-24T17:30:00Z';

  test('one moment can fall on different days in Perth, Sydney and UTC', () => {
    expect(dayOf(lateEveningUtc, 'Australia/Perth')).toBe('Wed 25 Nov');
    expect(dayOf(lateEveningUtc, 'Australia/Sydney')).toBe('Wed 25 Nov');
    expect(dayOf(lateEveningUtc, 'UTC')).toBe('Tue 24 Nov');
    expect(dayOf('2026-11-24T15:30:00Z', 'Australia/Perth')).toBe('Tue 24 Nov');
    expect(dayOf('2026-11-24T15:30:00Z', 'Australia/Sydney')).toBe('Wed 25 Nov');
  });

  test('a local calendar day stays that day', () => {
    expect(localDay('2026-11-25', 'Australia/Perth')).toBe('Wed 25 Nov');
    expect(localDay('2026-11-25', 'Pacific/Kiritimati')).toBe('Wed 25 Nov');
  });

  test('times read like "4pm", with minutes only when they matter', () => {
    expect(timeOf('2026-11-20T16:00:00+08:00', 'Australia/Perth')).toBe('4pm');
    expect(timeOf('2026-11-20T10:30:00+10:00', 'Australia/Brisbane')).toBe('10:30am');
    expect(timeOf('2026-11-20T16:00:00+08:00', 'Australia/Sydney')).toBe('7pm');
    expect(timeAndDayOf('2026-11-20T16:00:00+08:00', 'Australia/Perth')).toBe('4pm Fri 20 Nov');
  });

  test('a day as the order system wrote it keeps the written date', () => {
    expect(dayAsWritten('2026-11-18T23:30:00+11:00')).toBe('Wed 18 Nov');
    expect(dayAsWritten('2026-11-18T00:10:00+11:00')).toBe('Wed 18 Nov');
  });
});

describe('window phrasing', () => {
  const window = (from: string, to: string) =>
    ({ kind: 'business_days', state: 'WA', timeZone: 'Australia/Perth', from, to, countedFrom: 'dispatch', carrierDelayBusinessDays: 0 }) as const;

  test('a range of days', () => {
    expect(deliveryDays(window('2026-11-25', '2026-11-27'))).toBe('between Wed 25 Nov and Fri 27 Nov');
  });

  test('a single day', () => {
    expect(deliveryDays(window('2026-11-25', '2026-11-25'))).toBe('on Wed 25 Nov');
  });

  test('collection readiness', () => {
    expect(readyFrom({ kind: 'collection', state: 'WA', timeZone: 'Australia/Perth', readyFrom: '2026-11-25T16:00:00+08:00' })).toBe(
      'ready from 4pm Wed 25 Nov',
    );
  });
});
