import { randomInt } from 'node:crypto';
import type { CaseKind } from './support-case';

const PREFIX: Record<CaseKind, string> = {
  missing_parcel_investigation: 'MP',
  store_collection_check: 'SC',
  marketplace_ticket: 'MK',
  address_change: 'AC',
  carrier_redirect: 'CR',
  refund_or_alternative: 'RA',
};

/** No 0/O or 1/I: customers read references out over the phone. */
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

export function newCaseReference(kind: CaseKind): string {
  let body = '';
  for (let i = 0; i < 8; i += 1) body += ALPHABET[randomInt(ALPHABET.length)];
  return `${PREFIX[kind]}-${body}`;
}
