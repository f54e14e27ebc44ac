import type { CaseKind, OpenCaseRequest, SupportCase } from '../../src/domain/support-case';
import type { SupportContext } from '../support-context';
import { requireOrder } from './event-readers';

/** What the customer confirmed for this kind of case, so the team acting on it has it in writing. */
function confirmedDetails(context: SupportContext, kind: CaseKind): string | null {
  switch (kind) {
    case 'address_change':
    case 'carrier_redirect':
      return context.pendingAddress === null ? null : `New address: ${context.pendingAddress}`;
    case 'refund_or_alternative':
      return context.remedy === null ? null : `Customer asked for: ${context.remedy}`;
    default:
      return null;
  }
}

/** What the case system needs to open a case: the order, the parcel when it is about one, and the customer's own words. */
export function caseRequest(context: SupportContext, kind: CaseKind, shipmentId: string | null): OpenCaseRequest {
  return {
    kind,
    orderNumber: requireOrder(context).orderNumber,
    shipmentId,
    customerSaid: (context.customerSaid ?? '').slice(0, 2000),
    details: confirmedDetails(context, kind),
    conversationId: context.conversationId,
  };
}

/** The case store is idempotent, so the same case can come back; it is remembered once. */
export function rememberCase(cases: readonly SupportCase[], opened: SupportCase): SupportCase[] {
  return cases.some((c) => c.reference === opened.reference) ? [...cases] : [...cases, opened];
}
