import { isOrderStale } from '../../src/domain/order-freshness';
import type { FollowUpTopic } from '../customer-intent';
import { candidatesFor, type CandidateRule } from '../shipment-candidates';
import type { SupportContext } from '../support-context';
import type { SupportEvent } from '../support-events';
import { chosenCandidate, detailsAfter, intentOf, isFollowUpTopic, isMessage, problemOf, requireOrder, requireShipment } from './event-readers';
import { MAX_FAILED_LOOKUPS } from './procedure-limits';

type On = { context: SupportContext; event: SupportEvent };

/** Every question the procedure asks of the customer's words or of the order, by name. */
export const procedureGuards = {
  // --- the customer's details
  isLockedOut: ({ context }: On) => context.failedLookups >= MAX_FAILED_LOOKUPS,
  completesDetails: ({ context, event }: On) => {
    const details = detailsAfter(context, event);
    return details.orderNumber !== null && details.contact !== null;
  },
  typedInvalidOrderNumber: ({ event }: On) =>
    isMessage(event) && event.understanding.invalidOrderNumber !== null && event.understanding.orderNumber === null,
  addsDetails: ({ event }: On) => isMessage(event) && (event.understanding.orderNumber !== null || event.understanding.contact !== null),
  addsDetailsOrProblem: ({ event }: On) =>
    (isMessage(event) && (event.understanding.orderNumber !== null || event.understanding.contact !== null)) ||
    isFollowUpTopic(intentOf(event)) ||
    intentOf(event) === 'track_order',
  asksToRetry: ({ context, event }: On) => intentOf(event) === 'affirm' && context.orderNumber !== null && context.contact !== null,
  choseRecentOrder: ({ context, event }: On) => {
    const chosen = event.type === 'CHOOSE_ORDER' ? event.orderNumber : isMessage(event) ? event.understanding.orderNumber : null;
    return chosen !== null && context.recentOrders.some((o) => o.orderNumber === chosen);
  },
  isNewSignIn: ({ context }: On) => context.signedInCustomerId === null,
  hasRecentOrders: ({ context }: On) => context.recentOrders.length > 0,

  // --- what the customer meant
  isGreeting: ({ event }: On) => intentOf(event) === 'greeting',
  isOffTopic: ({ event }: On) => intentOf(event) === 'off_topic',
  isAffirm: ({ event }: On) => intentOf(event) === 'affirm',
  isDeny: ({ event }: On) => intentOf(event) === 'deny',
  raisesProblem: ({ event }: On) => problemOf(event) !== null,
  /** "Thanks", or "no" to "anything else?": nothing more to do. */
  endsFollowUp: ({ event }: On) => intentOf(event) === 'thanks' || intentOf(event) === 'deny',
  switchesTopic: ({ context, event }: On) =>
    context.order !== null && (isFollowUpTopic(intentOf(event)) || intentOf(event) === 'track_order'),
  asksTopic: ({ event }: On, params: { topic: FollowUpTopic | 'track_order' }) => intentOf(event) === params.topic,
  asksDelay: ({ event }: On) => intentOf(event) === 'parcel_delayed' || intentOf(event) === 'tracking_not_updating',
  mentionsAnotherOrder: ({ context, event }: On) =>
    intentOf(event) === 'another_order' ||
    (isMessage(event) && event.understanding.orderNumber !== null && event.understanding.orderNumber !== context.order?.orderNumber),
  problemIs: ({ context }: On, params: { topics: FollowUpTopic[] }) => context.problem !== null && params.topics.includes(context.problem),

  // --- the order and the parcel in question
  orderIsStale: ({ context, event }: On) =>
    event.type === 'TURN_STARTED' && context.order !== null && isOrderStale(context.order.assessedAt, event.at),
  isClickAndCollect: ({ context }: On) => requireOrder(context).fulfilment === 'click_and_collect',
  isDelayed: ({ context }: On) => requireShipment(context).conditions.delayed,
  isTrackingStale: ({ context }: On) => requireShipment(context).conditions.trackingNotUpdating,
  trackingOverdue: ({ context }: On) => {
    const { conditions } = requireShipment(context);
    return (
      conditions.noTrackingYet &&
      conditions.trackingExpectedBy !== null &&
      Date.parse(conditions.trackingExpectedBy) < Date.parse(requireOrder(context).assessedAt)
    );
  },
  hasNoTrackingYet: ({ context }: On) => requireShipment(context).conditions.noTrackingYet,
  notDispatched: ({ context }: On) => requireShipment(context).dispatchedAt === null,
  everythingDelivered: ({ context }: On) =>
    requireOrder(context).shipments.every((s) => s.conditions.delivered || s.status === 'cancelled'),
  anythingInTransit: ({ context }: On) => candidatesFor.inTransit(requireOrder(context)).length > 0,
  candidateCountIs: ({ context }: On, params: { rule: CandidateRule; count: 0 | 1 }) =>
    candidatesFor[params.rule](requireOrder(context)).length === params.count,
  choseCandidate: ({ context, event }: On, params: { rule: CandidateRule }) => chosenCandidate(context, event, params.rule) !== null,
};
