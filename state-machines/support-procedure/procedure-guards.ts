import { isOrderStale } from '../../src/domain/order-freshness';
import type { OrderTopic } from '../customer-intent';
import { itemWordsIn } from '../item-words';
import { asksAboutDeliveryProof, asksAboutTheCarrier, asksAboutTheOtherParcel, asksWhereItIsGoing, asksWhereItIsNow } from '../follow-up-questions';
import { isQuestionForm } from '../question-form';
import { candidatesFor, isDelivered, isOnItsWay, namesAnyParcel, otherParcelOf, parcelOfKind, type CandidateRule } from '../shipment-candidates';
import type { ShipmentView } from '../../src/domain/order-view';
import type { SupportContext } from '../support-context';
import type { SupportEvent } from '../support-events';
import {
  addressOf,
  addsDetail,
  answerOf,
  candidateNamedEarlier,
  chosenCandidate,
  detailsAfter,
  intentOf,
  isMessage,
  isThanksAlone,
  parcelNamedBy,
  questionOf,
  remedyOf,
  requireOrder,
  requireShipment,
  topicOf,
} from './event-readers';
import { lastStepOpenedCase } from './case-opened-steps';
import { problemAlreadyLogged } from './logged-problem';
import { MAX_FAILED_LOOKUPS } from './procedure-limits';

type On = { context: SupportContext; event: SupportEvent };

/** A message asking `asks` about a parcel of a kind: the one it names if of that kind, or the order's only one of that kind. */
const asksAboutAParcelOfKind =
  (asks: (text: string) => boolean, ofKind: (shipment: ShipmentView) => boolean) =>
  ({ context, event }: On): boolean =>
    context.order !== null &&
    isMessage(event) &&
    asks(event.text) &&
    parcelOfKind(parcelNamedBy(event, context.order.shipments), context.order.shipments, ofKind) !== null;

/* What the models make of a question they cannot place: nothing, a bare yes or no, a hello ("I am heading out later, will it still come today?"). */
const UNPLACED_QUESTION: ReadonlySet<string> = new Set(['none', 'affirm', 'deny', 'greeting']);
/* Topics that ask for information rather than report a problem: a general question in the same message is answered first. */
const INFORMATIONAL_TOPICS: ReadonlySet<OrderTopic> = new Set(['click_and_collect', 'status_meaning', 'which_carrier', 'case_timeline']);

/** A general question (answered without details), unless the same message reports a problem with the customer's own order. */
function asksGeneralQuestion({ context, event }: On): boolean {
  const question = questionOf(event);
  if (question === null) return false;
  const topic = topicOf(event);
  const noProblem = topic === null || INFORMATIONAL_TOPICS.has(topic);
  // "what does picking mean?" is general before the order is known, about the order after.
  if (question === 'status_meaning') return context.order === null && noProblem;
  return noProblem;
}

/* Messages that are plainly something else than asking about an order: a hello, thanks, goodbye, starting over, a person. */
const NOT_ABOUT_AN_ORDER: ReadonlySet<string> = new Set(['greeting', 'thanks', 'done', 'restart', 'talk_to_person', 'off_topic']);

/**
 * A signed-in customer's message that may be about one of their orders,
 * names no order number but words that could be an item ("where's my
 * lamp?", "and the sheets from Target?"), and is not being read again after
 * a search: their recent orders are read to find it. An intent the models
 * are unsure of does not stop it: if no order has the item, the message is
 * read again as it would have been.
 */
function namesItemToLookFor({ context, event }: On): boolean {
  if (!isMessage(event) || event.reread === true || context.recentOrders.length === 0) return false;
  const { orderNumber, contact, notUnderstood, question, answer, intent } = event.understanding;
  if (orderNumber !== null || contact !== null || notUnderstood !== null || question !== null || answer !== null) return false;
  return !NOT_ABOUT_AN_ORDER.has(intent) && itemWordsIn(event.text).length > 0;
}

/** Every question the procedure asks of the customer's words or of the order, by name. */
export const procedureGuards = {
  // --- the customer's details
  isLockedOut: ({ context }: On) => context.failedLookups >= MAX_FAILED_LOOKUPS,
  /** A new detail that completes the pair: a message that adds nothing never repeats a failed lookup. */
  completesDetails: ({ context, event }: On) => {
    const details = detailsAfter(context, event);
    return addsDetail(context, event) && details.orderNumber !== null && details.contact !== null;
  },
  typedInvalidOrderNumber: ({ event }: On) =>
    isMessage(event) && event.understanding.invalidOrderNumber !== null && event.understanding.orderNumber === null,
  addsDetails: ({ context, event }: On) => addsDetail(context, event),
  addsDetailsOrProblem: ({ context, event }: On) =>
    addsDetail(context, event) ||
    (topicOf(event) !== null && !asksGeneralQuestion({ context, event })) ||
    intentOf(event) === 'track_order' ||
    intentOf(event) === 'another_order',
  /** A new order number, no contact for it, and a contact that already proved an order in this conversation. */
  canTryVerifiedContact: ({ context, event }: On) =>
    isMessage(event) &&
    event.understanding.orderNumber !== null &&
    detailsAfter(context, event).contact === null &&
    context.verifiedContact !== null &&
    !context.recentOrders.some((o) => o.orderNumber === event.understanding.orderNumber),
  contactIsTentative: ({ context }: On) => context.contactIsTentative,
  asksToRetry: ({ context, event }: On) => answerOf(event) === 'yes' && context.orderNumber !== null && context.contact !== null,
  choseRecentOrder: ({ context, event }: On) => {
    const chosen = event.type === 'CHOOSE_ORDER' ? event.orderNumber : isMessage(event) ? event.understanding.orderNumber : null;
    return chosen !== null && context.recentOrders.some((o) => o.orderNumber === chosen);
  },
  isNewSignIn: ({ context }: On) => context.signedInCustomerId === null,
  /** A signed-in customer asking to check an order without naming one. */
  asksForTheirOrders: ({ context, event }: On) => intentOf(event) === 'track_order' && !addsDetail(context, event),
  hasRecentOrders: ({ context }: On) => context.recentOrders.length > 0,
  namesItemToLookFor,
  /** Once an order is known: an item that is in none of its parcels may be in another of the customer's orders. */
  namesItemOfAnotherOrder: (on: On) => {
    const { context, event } = on;
    const current = context.order;
    return (
      current !== null &&
      isMessage(event) &&
      context.recentOrders.some((o) => o.orderNumber !== current.orderNumber) &&
      namesItemToLookFor(on) &&
      !namesAnyParcel(event.text, current.shipments, event.understanding.carriers)
    );
  },
  /** The item this message names was looked for in the recent orders and is in none of them (a problem told with it is acknowledged as usual). */
  itemFoundNowhere: ({ event }: On) => isMessage(event) && event.reread === true && topicOf(event) === null,

  // --- what the customer meant
  isGreeting: ({ event }: On) => intentOf(event) === 'greeting',
  isOffTopic: ({ event }: On) => intentOf(event) === 'off_topic',
  saysYes: ({ event }: On) => answerOf(event) === 'yes',
  saysNo: ({ event }: On) => answerOf(event) === 'no',
  /** "how long does that usually take?" just after a case was opened, naming no place or speed: that case's timeline, not delivery times. */
  asksHowLongTheCaseTakes: ({ context, event }: On) =>
    lastStepOpenedCase(context.tried) &&
    questionOf(event) === 'delivery_timeframes' &&
    isMessage(event) &&
    event.understanding.zone === null &&
    event.understanding.speed === null,
  /** "yes please", "ok open it" just after a case was opened: the customer is agreeing to what is already under way. */
  confirmsCaseJustOpened: ({ context, event }: On) => answerOf(event) === 'yes' && lastStepOpenedCase(context.tried),
  saysThanksAlone: ({ event }: On) => isThanksAlone(event),
  /** "right, i'll wait in then": taken in, nothing asked and no answer to the question on screen. */
  acknowledges: ({ event }: On) => intentOf(event) === 'affirm' && answerOf(event) === null && isMessage(event) && !isQuestionForm(event.text),
  raisesProblem: ({ event }: On) => topicOf(event) !== null,
  asksGeneralQuestion,
  asksAboutDisruptions: (on: On) => asksGeneralQuestion(on) && questionOf(on.event) === 'carrier_disruptions',
  asksTopic: ({ event }: On, params: { topics: OrderTopic[] }) => {
    const topic = topicOf(event);
    return topic !== null && params.topics.includes(topic);
  },
  /** Tracking an order; "check another order" before any order is known means the same. */
  /** An unrecognised question once the order is known ("ok so it's not lost?") is about the order: its status answers it best. */
  asksSomethingElseAboutOrder: ({ context, event }: On) =>
    context.order !== null &&
    isMessage(event) &&
    UNPLACED_QUESTION.has(event.understanding.intent) &&
    event.understanding.answer === null &&
    event.understanding.notUnderstood === null &&
    isQuestionForm(event.text),
  tracksOrder: ({ context, event }: On) => intentOf(event) === 'track_order' || (context.order === null && intentOf(event) === 'another_order'),
  /** A question is pending, but the customer moved on to something else about the order. */
  switchesTopic: ({ context, event }: On) =>
    context.order !== null && (topicOf(event) !== null || intentOf(event) === 'track_order' || intentOf(event) === 'another_order'),
  // "what about the sheets I ordered?" is another order, unless the sheets are in this one.
  mentionsAnotherOrder: ({ context, event }: On) =>
    (intentOf(event) === 'another_order' && !(context.order !== null && parcelNamedBy(event, context.order.shipments) !== null)) ||
    (isMessage(event) && event.understanding.orderNumber !== null && event.understanding.orderNumber !== context.order?.orderNumber),
  /** "who signed for it?", "where did they leave it?" about a delivered parcel (the one named, or the only one delivered). */
  asksAboutDeliveryProof: asksAboutAParcelOfKind(asksAboutDeliveryProof, isDelivered),
  /** "the target parcel, when's that coming?": a question about one parcel named, other than who carries it. */
  asksAboutNamedParcel: ({ context, event }: On) =>
    context.order !== null &&
    isMessage(event) &&
    isQuestionForm(event.text) &&
    !asksAboutTheCarrier(event.text) &&
    parcelNamedBy(event, context.order.shipments) !== null,
  /** "where was it last scanned?" about a parcel on its way (the one named, or the only one). */
  asksWhereItIsNow: asksAboutAParcelOfKind(asksWhereItIsNow, isOnItsWay),
  /** "and the other one?" just after one of an order's two parcels was answered about. */
  asksAboutTheOtherParcel: ({ context, event }: On) =>
    context.order !== null && isMessage(event) && asksAboutTheOtherParcel(event.text) && otherParcelOf(context.shipmentId, context.order.shipments) !== null,
  asksWhereItIsGoing: ({ context, event }: On) => context.order?.fulfilment === 'home_delivery' && isMessage(event) && asksWhereItIsGoing(event.text),
  namesParcel: ({ context, event }: On) => context.order !== null && parcelNamedBy(event, context.order.shipments) !== null,
  givesAddress: ({ event }: On) => addressOf(event) !== null,
  namesRemedy: ({ event }: On) => remedyOf(event) !== null,
  remedyKnown: ({ context }: On) => context.remedy !== null,
  refusedRemedy: ({ context }: On) => context.remedyRefused,
  remedyAlreadyRequested: ({ context }: On) => problemAlreadyLogged(context, 'wants_remedy'),
  asksAboutLoggedProblem: ({ context, event }: On) => {
    const topic = topicOf(event);
    return topic !== null && problemAlreadyLogged(context, topic);
  },
  askedWithDetails: ({ context }: On, params: { question: NonNullable<SupportContext['askedWithDetails']> }) => context.askedWithDetails === params.question,
  problemIs: ({ context }: On, params: { topics: OrderTopic[] }) => context.problem !== null && params.topics.includes(context.problem),

  // --- the order and the parcel in question
  orderIsStale: ({ context, event }: On) =>
    event.type === 'TURN_STARTED' && context.order !== null && isOrderStale(context.order.assessedAt, event.at),
  isVerified: ({ context }: On) => context.verified && context.order !== null,
  hasCases: ({ context }: On) => context.cases.length > 0,
  isClickAndCollect: ({ context }: On) => requireOrder(context).fulfilment === 'click_and_collect',
  isMarketplaceParcel: ({ context }: On) => requireShipment(context).seller.type === 'marketplace',
  isDelayed: ({ context }: On) => requireShipment(context).conditions.delayed,
  hasAlerts: ({ context }: On) => requireShipment(context).alerts.length > 0,
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
  hasCancelledParcel: ({ context }: On) => candidatesFor.cancelled(requireOrder(context)).length > 0,
  candidateCountIs: ({ context }: On, params: { rule: CandidateRule; count: 0 | 1 }) =>
    candidatesFor[params.rule](requireOrder(context)).length === params.count,
  choseCandidate: ({ context, event }: On, params: { rule: CandidateRule }) => chosenCandidate(context, event, params.rule) !== null,
  customerNamedCandidate: ({ context }: On, params: { rule: CandidateRule }) => candidateNamedEarlier(context, params.rule) !== null,
};
