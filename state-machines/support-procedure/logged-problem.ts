import type { CaseKind } from '../../src/domain/support-case';
import type { OrderTopic } from '../customer-intent';
import { candidatesFor, type CandidateRule } from '../shipment-candidates';
import type { SupportContext } from '../support-context';

/* The cases that settle a problem, and which parcels can have it. Address changes are left out: a second new address is a new request. */
const SETTLED_BY: Partial<Record<OrderTopic, { kinds: readonly CaseKind[]; rule: CandidateRule }>> = {
  delivered_not_received: { kinds: ['missing_parcel_investigation', 'store_collection_check'], rule: 'missingParcel' },
  marketplace_question: { kinds: ['marketplace_ticket'], rule: 'marketplace' },
  wants_remedy: { kinds: ['refund_or_alternative'], rule: 'remedy' },
};

/**
 * Whether this conversation already logged a case for the problem on every
 * parcel that can have it: "how long will the investigation take and what if
 * they can't find it?" is about that case, not a new missing parcel.
 */
export function problemAlreadyLogged(context: SupportContext, topic: OrderTopic): boolean {
  const settledBy = SETTLED_BY[topic];
  const order = context.order;
  if (settledBy === undefined || order === null) return false;
  const cases = context.cases.filter((c) => settledBy.kinds.includes(c.kind) && c.orderNumber === order.orderNumber);
  if (cases.some((c) => c.shipmentId === null)) return true;
  const parcels = candidatesFor[settledBy.rule](order);
  return parcels.length > 0 && parcels.every((parcel) => cases.some((c) => c.shipmentId === parcel.shipmentId));
}
