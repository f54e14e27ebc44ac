/**
 * Outcomes of reading from the order system, kept apart on purpose: a customer
 * must never hear "no such order" because the OMS was down or answered garbage.
 */
export type LookupFailure =
  | { kind: 'unavailable'; reason: string }
  | { kind: 'invalid_response'; reason: string };

export type NotFound = { kind: 'not_found' };
