import { tzOffset } from '@date-fns/tz';
import { AU_STATES } from '../../src/domain/order';
import { STATE_TIME_ZONES, timeZoneOf } from '../../src/domain/state-time-zones';

describe('state time zones', () => {
  it('maps every state to its capital zone', () => {
    expect(AU_STATES.map(timeZoneOf)).toEqual([
      'Australia/Sydney',
      'Australia/Melbourne',
      'Australia/Brisbane',
      'Australia/Adelaide',
      'Australia/Perth',
      'Australia/Hobart',
      'Australia/Darwin',
      'Australia/Canberra',
    ]);
    expect(Object.keys(STATE_TIME_ZONES).sort()).toEqual([...AU_STATES].sort());
  });

  it('gives summer offsets that include daylight saving only where it is observed', () => {
    const midSummer = new Date('2026-01-15T00:00:00Z');
    const offsetHours = (state: (typeof AU_STATES)[number]) => tzOffset(timeZoneOf(state), midSummer) / 60;
    expect(offsetHours('NSW')).toBe(11);
    expect(offsetHours('VIC')).toBe(11);
    expect(offsetHours('ACT')).toBe(11);
    expect(offsetHours('TAS')).toBe(11);
    expect(offsetHours('SA')).toBe(10.5);
    expect(offsetHours('QLD')).toBe(10);
    expect(offsetHours('NT')).toBe(9.5);
    expect(offsetHours('WA')).toBe(8);
  });
});
