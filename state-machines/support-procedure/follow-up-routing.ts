import { message } from '../support-messages';
import { requireOrder } from './event-readers';
import { followUpOffers } from './follow-up-offers';
import { procedureSetup } from './procedure-setup';

/** Steps 3 and 4: the order card with tracking links, status and window; then the customer's follow-up. */
export const explainingStatus = procedureSetup.createStateConfig({
  meta: { step: 'explain_status' },
  entry: [
    { type: 'reply', params: ({ context }) => message('order_status', { order: requireOrder(context) }) },
    { type: 'noteTried', params: { step: 'explained_status_and_tracking' } },
  ],
  always: [
    { guard: { type: 'problemIs', params: { topics: ['status_meaning'] } }, target: 'awaitingFollowUp', actions: 'sayStatusMeanings' },
    { guard: { type: 'problemIs', params: { topics: ['click_and_collect'] } }, target: 'awaitingFollowUp', actions: 'sayClickAndCollect' },
    { target: 'awaitingFollowUp' },
  ],
});

/** Where every branch returns: the order is known, and the customer picks what to do next. */
export const awaitingFollowUp = procedureSetup.createStateConfig({
  meta: { step: 'explain_status' },
  entry: ['clearTopic', { type: 'offer', params: ({ context }) => followUpOffers(requireOrder(context), context.cases) }],
  on: {
    TURN_STARTED: { guard: 'orderIsStale', target: 'refreshingOrder' },
    'customer.*': [
      { guard: 'mentionsAnotherOrder', target: 'anotherOrder' },
      { guard: { type: 'asksTopic', params: { topic: 'track_order' } }, target: 'explainingStatus', actions: 'understood', reenter: true },
      { guard: 'asksDelay', target: 'delays', actions: 'absorbDetails' },
      { guard: { type: 'asksTopic', params: { topic: 'no_tracking_yet' } }, target: 'noTracking', actions: 'absorbDetails' },
      { guard: { type: 'asksTopic', params: { topic: 'delivered_not_received' } }, target: 'missingParcel', actions: 'absorbDetails' },
      { guard: { type: 'asksTopic', params: { topic: 'wrong_address' } }, target: 'wrongAddress', actions: 'absorbDetails' },
      { guard: { type: 'asksTopic', params: { topic: 'marketplace_question' } }, target: 'marketplace', actions: 'absorbDetails' },
      { guard: { type: 'asksTopic', params: { topic: 'status_meaning' } }, target: 'awaitingFollowUp', reenter: true, actions: ['understood', 'sayStatusMeanings'] },
      { guard: { type: 'asksTopic', params: { topic: 'click_and_collect' } }, target: 'awaitingFollowUp', reenter: true, actions: ['understood', 'sayClickAndCollect'] },
      { guard: 'endsFollowUp', target: 'closed' },
      { guard: 'isGreeting', actions: ['understood', { type: 'reply', params: message('anything_else', {}) }] },
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
