import type { AuState } from './order';

/**
 * Each state's own IANA zone. Queensland, Western Australia and the Northern
 * Territory do not observe daylight saving, so a fixed "AEST" offset would put
 * parcels on the wrong day for half the year; always go through this table.
 */
export const STATE_TIME_ZONES: Readonly<Record<AuState, string>> = {
  NSW: 'Australia/Sydney',
  VIC: 'Australia/Melbourne',
  QLD: 'Australia/Brisbane',
  SA: 'Australia/Adelaide',
  WA: 'Australia/Perth',
  TAS: 'Australia/Hobart',
  NT: 'Australia/Darwin',
  ACT: 'Australia/Canberra',
};

export function timeZoneOf(state: AuState): string {
  return STATE_TIME_ZONES[state];
}
