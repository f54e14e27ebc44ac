import { and, not } from 'xstate';
import { message } from '../support-messages';
import { requireOrder } from './event-readers';
import { followUpOffers } from './follow-up-offers';
import { answeringQuestions, followUpOnDisruptions } from './general-questions';
import { procedureSetup } from './procedure-setup';

/** Steps 3 and 4: the order card with tracking links, status and window; then the customer's follow-up. */
export const explainingStatus = procedureSetup.createStateConfig({
  meta: { step: 'explain_status' },
  entry: ['sayOrderStatus', { type: 'noteTried', params: { step: 'explained_status_and_tracking' } }],
  always: [
    { guard: { type: 'problemIs', params: { topics: ['status_meaning'] } }, target: 'awaitingFollowUp', actions: 'sayStatusMeanings' },
    { guard: { type: 'problemIs', params: { topics: ['click_and_collect'] } }, target: 'awaitingFollowUp', actions: 'sayClickAndCollect' },
    { guard: { type: 'askedWithDetails', params: { question: 'delivery_timeframes' } }, target: 'awaitingFollowUp', actions: 'sayOrderTimeframes' },
    { guard: { type: 'askedWithDetails', params: { question: 'carrier_disruptions' } }, target: 'checkingDisruptions' },
    // A parcel past its window: the article's next step is to offer a refund, return or alternative.
    // Not when the customer has already said no to one ("I don't want a refund, I want the parcel").
    { guard: and([{ type: 'candidateCountIs', params: { rule: 'remedy', count: 1 } } as const, not('refusedRemedy')]), target: 'remedy' },
    { target: 'awaitingFollowUp' },
  ],
});

/**
 * Where every branch returns: the order is known, and whatever the customer
 * says next is about it (or about another order, or a general question).
 * The buttons ask "anything else?", so a bare "no" ends the chat; thanks alone does not.
 */
export const awaitingFollowUp = procedureSetup.createStateConfig({
  meta: { step: 'explain_status', expects: { kind: 'yes_no', reading: 'anything_else' } },
  entry: ['clearTopic', { type: 'offer', params: ({ context }) => followUpOffers(requireOrder(context), context.cases) }],
  on: {
    TURN_STARTED: { guard: 'orderIsStale', target: 'refreshingOrder' },
    'customer.*': [
      followUpOnDisruptions,
      // "and the sheets from Target?", in none of this order's parcels: a signed-in customer's other orders are read for it.
      { guard: 'namesItemOfAnotherOrder', target: 'findingNamedItem', actions: 'holdItemSearch' },
      { guard: 'asksAboutTheOtherParcel', actions: ['understood', 'sayOtherParcel', 'offerAgain'] },
      { guard: 'mentionsAnotherOrder', target: 'anotherOrder' },
      { guard: 'asksHowLongTheCaseTakes', actions: ['understood', 'answerAboutCases', 'offerAgain'] },
      ...answeringQuestions,
      // A problem already logged in this conversation: what happens with that case, not the same steps again.
      { guard: 'asksAboutLoggedProblem', actions: ['understood', 'answerAboutCases', 'offerAgain'] },
      // A question about one fact of the order ("which address is it going to?", "who signed for it?", "the target parcel, when's that coming?").
      { guard: 'asksWhereItIsGoing', actions: ['understood', 'sayDestination', 'offerAgain'] },
      { guard: 'asksWhereItIsNow', actions: ['understood', 'sayWhereItIsNow', 'offerAgain'] },
      { guard: { type: 'asksTopic', params: { topics: ['parcel_delayed', 'tracking_not_updating'] } }, target: 'delays', actions: 'absorbDetails' },
      { guard: { type: 'asksTopic', params: { topics: ['no_tracking_yet'] } }, target: 'noTracking', actions: 'absorbDetails' },
      { guard: { type: 'asksTopic', params: { topics: ['delivered_not_received'] } }, target: 'missingParcel', actions: 'absorbDetails' },
      { guard: { type: 'asksTopic', params: { topics: ['wrong_address'] } }, target: 'wrongAddress', actions: 'absorbDetails' },
      { guard: { type: 'asksTopic', params: { topics: ['marketplace_question'] } }, target: 'marketplace', actions: 'absorbDetails' },
      { guard: { type: 'asksTopic', params: { topics: ['wants_remedy'] } }, target: 'remedy', actions: 'absorbDetails' },
      // After the problems: "can you get proof of delivery? I never got it" is the missing parcel's branch.
      { guard: 'asksAboutDeliveryProof', actions: ['understood', 'sayDeliveredParcel', 'offerAgain'] },
      { guard: 'asksAboutNamedParcel', actions: ['understood', 'sayParcelStatus', 'offerAgain'] },
      { guard: { type: 'asksTopic', params: { topics: ['which_carrier'] } }, actions: ['understood', 'sayCarrierDetails', 'offerAgain'] },
      { guard: { type: 'asksTopic', params: { topics: ['case_timeline'] } }, actions: ['understood', 'answerAboutCases', 'offerAgain'] },
      { guard: { type: 'asksTopic', params: { topics: ['status_meaning'] } }, actions: ['understood', 'sayStatusMeanings', 'offerAgain'] },
      { guard: { type: 'asksTopic', params: { topics: ['click_and_collect'] } }, actions: ['understood', 'sayClickAndCollect', 'offerAgain'] },
      // "where's the easel?", "and the laundry baskets?": that parcel, not the whole order again.
      { guard: 'namesParcel', actions: ['understood', 'sayParcelStatus', 'offerAgain'] },
      { guard: 'tracksOrder', target: 'explainingStatus', actions: 'understood', reenter: true },
      { guard: 'asksSomethingElseAboutOrder', target: 'explainingStatus', actions: 'understood', reenter: true },
      { guard: 'saysThanksAlone', actions: ['understood', { type: 'reply', params: message('youre_welcome', {}) }, 'offerAgain'] },
      { guard: 'saysNo', target: 'closed' },
      { guard: 'confirmsCaseJustOpened', actions: ['understood', 'answerAboutCases', 'offerAgain'] },
      { guard: 'saysYes', actions: ['understood', { type: 'reply', params: message('what_else', {}) }, 'offerAgain'] },
      { guard: 'isGreeting', actions: ['understood', { type: 'reply', params: message('anything_else', {}) }, 'offerAgain'] },
      { guard: 'acknowledges', actions: ['understood', { type: 'reply', params: message('anything_else', {}) }, 'offerAgain'] },
    ],
  },
});

/** A branch found nothing to chase (no parcel on its way): the order's status is the answer. */
export const nothingInTransit = procedureSetup.createStateConfig({
  meta: { step: 'explain_status' },
  entry: { type: 'reply', params: ({ context }) => message('order_status', { order: requireOrder(context) }) },
  always: 'awaitingFollowUp',
});

export const anotherOrder = procedureSetup.createStateConfig({
  meta: { step: 'collect_details' },
  entry: [
    'forgetOrder',
    { type: 'noteTried', params: { step: 'switched_to_another_order' } },
    // The new message may already carry the new order number: let collection read it.
    'reraise',
  ],
  // A signed-in customer picks from their own orders again rather than proving who they are.
  always: [{ guard: 'hasRecentOrders', target: 'choosingRecentOrder' }, { target: 'collectingDetails' }],
});
