import { assign } from 'xstate';
import { message } from '../support-messages';
import { requireOrder } from './event-readers';
import { MAX_FAILED_LOOKUPS } from './procedure-limits';
import { procedureSetup } from './procedure-setup';

/**
 * Step 2: check the order system. The order is only shown once the details
 * match it; not found and not matching are both failed attempts, so the bot
 * cannot be used to find out which order numbers exist.
 */
export const checkingOrder = procedureSetup.createStateConfig({
  meta: { step: 'check_order' },
  tags: ['busy'],
  invoke: {
    src: 'lookUpOrder',
    input: ({ context }) => ({
      orderNumber: context.orderNumber ?? '',
      contact: context.contact,
      trustedCustomerId:
        context.signedInCustomerId !== null && context.recentOrders.some((o) => o.orderNumber === context.orderNumber)
          ? context.signedInCustomerId
          : null,
      alreadyVerified: false,
    }),
    onDone: [
      {
        guard: ({ event }) => event.output.kind === 'found',
        target: 'orderFound',
        actions: [
          assign({ order: ({ event }) => (event.output.kind === 'found' ? event.output.order : null), verified: true, confusion: 0 }),
          { type: 'noteTried', params: { step: 'verified_and_checked_order' } },
        ],
      },
      { guard: ({ event }) => event.output.kind === 'unavailable', target: 'collectingDetails', actions: 'sayOrderSystemUnavailable' },
      {
        target: 'collectingDetails',
        actions: [
          {
            // The last failed attempt says nothing here: the lock explains itself.
            type: 'replyIf',
            params: ({ context, event }) => {
              const attemptsLeft = Math.max(0, MAX_FAILED_LOOKUPS - context.failedLookups - 1);
              if (attemptsLeft === 0) return null;
              return event.output.kind === 'not_found'
                ? message('order_not_found', { orderNumber: context.orderNumber ?? '', attemptsLeft })
                : message('details_dont_match', { attemptsLeft });
            },
          },
          'countFailedLookup',
        ],
      },
    ],
    onError: { target: 'collectingDetails', actions: 'sayOrderSystemUnavailable' },
  },
});

/** Straight into the branch of the problem the customer already told us about; otherwise explain the order. */
export const orderFound = procedureSetup.createStateConfig({
  meta: { step: 'check_order' },
  always: [
    { guard: { type: 'problemIs', params: { topics: ['delivered_not_received'] } }, target: 'missingParcel' },
    { guard: { type: 'problemIs', params: { topics: ['parcel_delayed', 'tracking_not_updating'] } }, target: 'delays' },
    { guard: { type: 'problemIs', params: { topics: ['no_tracking_yet'] } }, target: 'noTracking' },
    { guard: { type: 'problemIs', params: { topics: ['wrong_address'] } }, target: 'wrongAddress' },
    { guard: { type: 'problemIs', params: { topics: ['marketplace_question'] } }, target: 'marketplace' },
    { target: 'explainingStatus' },
  ],
});

/** A customer back after a while is answered from today's order, not the one read then. */
export const refreshingOrder = procedureSetup.createStateConfig({
  meta: { step: 'check_order' },
  tags: ['busy'],
  invoke: {
    src: 'lookUpOrder',
    input: ({ context }) => ({ orderNumber: requireOrder(context).orderNumber, contact: null, trustedCustomerId: null, alreadyVerified: true }),
    onDone: [
      {
        guard: ({ event }) => event.output.kind === 'found',
        target: 'awaitingFollowUp',
        actions: assign({ order: ({ context, event }) => (event.output.kind === 'found' ? event.output.order : context.order) }),
      },
      // Unavailable now: the earlier reading is still the best answer there is.
      { target: 'awaitingFollowUp' },
    ],
    onError: { target: 'awaitingFollowUp' },
  },
});
