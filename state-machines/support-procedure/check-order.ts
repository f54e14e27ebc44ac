import { and, assign } from 'xstate';
import type { OrderTopic } from '../customer-intent';
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
          'rememberVerifiedContact',
          { type: 'noteTried', params: { step: 'verified_and_checked_order' } },
        ],
      },
      { guard: ({ event }) => event.output.kind === 'unavailable', target: 'collectingDetails', actions: 'sayOrderSystemUnavailable' },
      // Limited across conversations: said plainly, with a person offered; the contact is dropped so nothing is tried again by itself.
      {
        guard: ({ event }) => event.output.kind === 'limited',
        target: 'collectingDetails',
        actions: [
          assign({ contact: null, contactIsTentative: false }),
          { type: 'reply', params: ({ event }) => message('verification_limited', { limit: event.output.kind === 'limited' ? event.output.limit : 'order' }) },
          { type: 'offer', params: [{ kind: 'topic', topic: 'talk_to_person' }] },
        ],
      },
      // The earlier contact did not fit this order (or there is no such order: the same words either way).
      {
        guard: 'contactIsTentative',
        target: 'collectingDetails',
        actions: ['dropTentativeContact', { type: 'reply', params: message('ask_for_details', { missing: 'contact', problemNoted: null }) }],
      },
      {
        target: 'collectingDetails',
        actions: [
          {
            // Same words whether the order does not exist or the details do not match it; the last attempt says nothing here, the lock explains itself.
            type: 'replyIf',
            params: ({ context }) => {
              const attemptsLeft = Math.max(0, MAX_FAILED_LOOKUPS - context.failedLookups - 1);
              return attemptsLeft === 0 ? null : message('lookup_failed', { attemptsLeft });
            },
          },
          'countFailedLookup',
        ],
      },
    ],
    onError: { target: 'collectingDetails', actions: 'sayOrderSystemUnavailable' },
  },
});

/* Problems of a parcel on its way, which a Click & Collect order with nothing on the road can only mean about collecting it. */
const WAITING_TOPICS: OrderTopic[] = ['parcel_delayed', 'tracking_not_updating', 'no_tracking_yet'];

/** Straight into what the customer already told us about: a problem's branch, or the answer to their question. */
export const orderFound = procedureSetup.createStateConfig({
  meta: { step: 'check_order' },
  always: [
    { guard: { type: 'problemIs', params: { topics: ['delivered_not_received'] } }, target: 'missingParcel' },
    // "is my scooter still at Chermside? been a few days": a Click & Collect order with nothing on the road is about collecting it (ready? held until?).
    {
      guard: and([
        { type: 'problemIs', params: { topics: WAITING_TOPICS } } as const,
        'isClickAndCollect',
        { type: 'candidateCountIs', params: { rule: 'delay', count: 0 } } as const,
      ]),
      target: 'explainingStatus',
      actions: assign({ problem: 'click_and_collect' }),
    },
    { guard: { type: 'problemIs', params: { topics: ['parcel_delayed', 'tracking_not_updating'] } }, target: 'delays' },
    { guard: { type: 'problemIs', params: { topics: ['no_tracking_yet'] } }, target: 'noTracking' },
    { guard: { type: 'problemIs', params: { topics: ['wrong_address'] } }, target: 'wrongAddress' },
    { guard: { type: 'problemIs', params: { topics: ['marketplace_question'] } }, target: 'marketplace' },
    { guard: { type: 'problemIs', params: { topics: ['wants_remedy'] } }, target: 'remedy' },
    { guard: { type: 'problemIs', params: { topics: ['which_carrier'] } }, target: 'awaitingFollowUp', actions: 'sayCarrierDetails' },
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
