import { assign } from 'xstate';
import type { SupportContext } from '../support-context';
import { message } from '../support-messages';
import { orderOffers } from './follow-up-offers';
import { followUpOnDisruptions } from './general-questions';
import { isMessage } from './event-readers';
import { procedureSetup } from './procedure-setup';

/**
 * Step 1 of the article: the order number, and the email or phone used at
 * checkout. A signed-in customer picks from their own recent orders instead.
 */
export const collectingDetails = procedureSetup.createStateConfig({
  meta: { step: 'collect_details', expects: { kind: 'details' } },
  always: { guard: 'isLockedOut', target: 'lockedOut' },
  on: {
    CONVERSATION_STARTED: { actions: { type: 'reply', params: message('welcome', {}) } },
    SIGNED_IN: { guard: 'isNewSignIn', target: 'loadingRecentOrders', actions: assign({ signedInCustomerId: ({ event }) => event.customerId }) },
    'customer.*': [
      followUpOnDisruptions,
      // A signed-in customer naming one of their own orders needs no contact detail, here as on the list.
      { guard: 'choseRecentOrder', target: 'checkingOrder', actions: 'absorbDetails' },
      { guard: 'completesDetails', target: 'checkingOrder', actions: 'absorbDetails' },
      { guard: 'canTryVerifiedContact', target: 'checkingOrder', actions: ['absorbDetails', 'useVerifiedContact'] },
      { guard: 'asksToRetry', target: 'checkingOrder', actions: 'understood' },
      {
        guard: 'typedInvalidOrderNumber',
        actions: [
          'absorbDetails',
          { type: 'reply', params: ({ event }) => message('order_number_help', { typed: isMessage(event) ? event.understanding.invalidOrderNumber : null }) },
        ],
      },
      // A general question ("what does picking mean?") is answered without details: it goes on to `anytime`.
      { guard: 'addsDetailsOrProblem', actions: ['absorbDetails', 'askForMissingDetails'] },
      { guard: 'isGreeting', actions: ['understood', 'askForMissingDetails'] },
    ],
  },
});

export const loadingRecentOrders = procedureSetup.createStateConfig({
  meta: { step: 'collect_details' },
  tags: ['busy'],
  invoke: {
    src: 'loadRecentOrders',
    input: ({ context }) => ({ customerId: context.signedInCustomerId ?? '' }),
    onDone: [
      {
        guard: ({ event }) => event.output.kind === 'found' && event.output.orders.length > 0,
        target: 'choosingRecentOrder',
        actions: assign({ recentOrders: ({ event }) => (event.output.kind === 'found' ? event.output.orders : []) }),
      },
      { target: 'collectingDetails', actions: 'askForMissingDetails' },
    ],
    onError: { target: 'collectingDetails', actions: 'askForMissingDetails' },
  },
});

const listAllOrders = [
  { type: 'reply', params: ({ context }: { context: SupportContext }) => message('recent_orders', { orders: context.recentOrders, search: null }) },
  { type: 'offer', params: ({ context }: { context: SupportContext }) => orderOffers(context.recentOrders) },
] as const;

export const choosingRecentOrder = procedureSetup.createStateConfig({
  meta: { step: 'collect_details' },
  on: {
    CHOOSE_ORDER: {
      guard: 'choseRecentOrder',
      target: 'checkingOrder',
      actions: assign({ orderNumber: ({ event }) => event.orderNumber, contact: null }),
    },
    'customer.*': [
      // absorbDetails keeps a problem said in the same message as the pick ("4000123478, it never came").
      { guard: 'choseRecentOrder', target: 'checkingOrder', actions: 'absorbDetails' },
      { guard: 'completesDetails', target: 'checkingOrder', actions: 'absorbDetails' },
      { guard: 'addsDetails', target: 'collectingDetails', actions: ['absorbDetails', 'askForMissingDetails'] },
      // "where's my lamp?": the list says no item names, so the orders are read to find it.
      { guard: 'namesItemToLookFor', target: 'findingNamedItem', actions: 'holdItemSearch' },
      {
        guard: 'itemFoundNowhere',
        actions: ['understood', { type: 'reply', params: ({ context }) => message('recent_orders', { orders: context.recentOrders, search: 'no_match' }) }, 'offerAgain'],
      },
      // "can you check one of my orders": the list again.
      {
        guard: 'asksForTheirOrders',
        actions: ['understood', { type: 'reply', params: ({ context }) => message('recent_orders', { orders: context.recentOrders, search: null }) }, 'offerAgain'],
      },
      // The list is on screen and asks already; a problem is acknowledged and kept.
      { guard: 'raisesProblem', actions: ['absorbDetails', 'askForMissingDetails', 'offerAgain'] },
      { guard: 'addsDetailsOrProblem', actions: ['absorbDetails', 'offerAgain'] },
    ],
  },
  /*
   * A signed-in "hi" can arrive in the same turn as the list, which answers
   * it; a "hey there" in a later turn gets a hello and the same choice. A
   * search for a named item comes back to `listed`, having said what it found.
   */
  initial: 'justListed',
  states: {
    justListed: {
      entry: listAllOrders,
      on: {
        TURN_STARTED: 'listed',
        'customer.*': { guard: 'isGreeting', actions: 'understood' },
      },
    },
    listed: {
      on: {
        'customer.*': { guard: 'isGreeting', actions: ['understood', { type: 'reply', params: message('pick_recent_order', {}) }, 'offerAgain'] },
      },
    },
  },
});
