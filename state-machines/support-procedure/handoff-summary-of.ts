import type { HandoffReason, HandoffSummary } from '../handoff-summary';
import type { SupportContext } from '../support-context';

/**
 * What the person taking over is told. Order details only once the customer
 * was verified: before that, the order number is only what they typed.
 */
export function handoffSummaryOf(context: SupportContext, reason: HandoffReason): HandoffSummary {
  const order = context.verified ? context.order : null;
  return {
    reason,
    verified: context.verified,
    orderNumber: context.verified ? (order?.orderNumber ?? null) : context.orderNumber,
    customerFirstName: order?.firstName ?? null,
    problem: context.problem,
    customerSaid: context.customerSaid,
    shipments: (order?.shipments ?? []).map((s) => ({
      shipmentId: s.shipmentId,
      seller: s.seller,
      status: s.status,
      carrier: s.carrier?.name ?? null,
      trackingNumber: s.trackingNumber,
    })),
    tried: context.tried,
    openCases: context.cases.filter((c) => c.status === 'open'),
    failedLookups: context.failedLookups,
  };
}
