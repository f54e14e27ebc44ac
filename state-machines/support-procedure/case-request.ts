import type { CaseKind, OpenCaseRequest, SupportCase } from '../../src/domain/support-case';
import type { SupportContext } from '../support-context';
import { requireOrder } from './event-readers';

/** What the case system needs to open a case: the order, the parcel when it is about one, and the customer's own words. */
export function caseRequest(context: SupportContext, kind: CaseKind, shipmentId: string | null): OpenCaseRequest {
  return {
    kind,
    orderNumber: requireOrder(context).orderNumber,
    shipmentId,
    customerSaid: (context.customerSaid ?? '').slice(0, 2000),
    conversationId: context.conversationId,
  };
}

/** The case store is idempotent, so the same case can come back; it is remembered once. */
export function rememberCase(cases: readonly SupportCase[], opened: SupportCase): SupportCase[] {
  return cases.some((c) => c.reference === opened.reference) ? [...cases] : [...cases, opened];
}
