import type { Finding } from '../suggestion';
import type { DraftFacts, DraftRule } from './draft-facts';
import { otherCustomerContact, unverifiedOrderDetails } from './identity-rules';
import { carrierMismatch, promisedDates, statusContradiction, trackingNumberMismatch, unsupportedPromises } from './order-rules';

const RULES: readonly DraftRule[] = [
  unverifiedOrderDetails,
  otherCustomerContact,
  trackingNumberMismatch,
  carrierMismatch,
  statusContradiction,
  promisedDates,
  unsupportedPromises,
];

/** Everything that would hurt if the agent sent this draft, blocking findings first; empty when nothing was found. */
export function checkDraft(draft: string, facts: DraftFacts): Finding[] {
  const findings = RULES.flatMap((rule) => rule(draft, facts));
  return [...findings.filter((f) => f.severity === 'block'), ...findings.filter((f) => f.severity === 'warn')];
}
