import { not } from 'xstate';
import { candidatesFor } from '../shipment-candidates';
import { message } from '../support-messages';
import { requireOrder, requireShipment } from './event-readers';
import { choosingParcel } from './choosing-parcel';
import { openingCase } from './opening-case';
import { procedureSetup } from './procedure-setup';
import { switchingTopic } from './switching-topic';

/**
 * Delivered but not received: tips first (porch, neighbours, safe place,
 * missed-delivery card), then a missing-parcel investigation with the
 * carrier and a proof-of-delivery request. For Click & Collect, including
 * an order marked collected that the customer did not collect, the store checks.
 */
export const missingParcel = procedureSetup.createStateConfig({
  meta: { step: 'escalate' },
  initial: 'routing',
  states: {
    routing: {
      always: [{ guard: 'isClickAndCollect', target: 'requestingStoreCheck' }, { target: 'selecting' }],
    },
    ...choosingParcel('missingParcel', 'tips', 'notDeliveredYet'),
    notDeliveredYet: {
      always: [
        // "refund please, it never came" about a parcel still on its way and past its window: that is the delay, with its remedy.
        { guard: not({ type: 'candidateCountIs', params: { rule: 'remedy', count: 0 } } as const), target: '#support-procedure.delays' },
        {
          target: '#support-procedure.awaitingFollowUp',
          actions: {
            type: 'reply',
            params: ({ context }) => {
              const [inTransit] = candidatesFor.delay(requireOrder(context));
              return inTransit ? message('not_delivered_yet', { shipment: inTransit }) : message('order_status', { order: requireOrder(context) });
            },
          },
        },
      ],
    },
    tips: {
      entry: [
        { type: 'reply', params: ({ context }) => message('missing_parcel_tips', { shipment: requireShipment(context) }) },
        { type: 'offer', params: [{ kind: 'yes_no', question: 'found_parcel' }] },
        { type: 'noteTried', params: { step: 'missing_parcel_tips_given' } },
      ],
      on: {
        // The reply is read as the answer to "did you find it?" first: "nope, asked next door too", "found it behind the bins!".
        'customer.*': [
          { guard: 'saysYes', target: '#support-procedure.awaitingFollowUp', actions: ['understood', { type: 'reply', params: message('glad_found', {}) }] },
          { guard: 'saysNo', target: 'openingInvestigation', actions: ['understood', 'addCustomerWords'] },
          // "where did they leave it? is there a photo?" is a question, not an answer: the proof again, and the question stays open.
          { guard: 'asksAboutDeliveryProof', actions: ['understood', 'sayDeliveredParcel', 'offerAgain'] },
          // Saying again that it is missing ("that photo isn't even my house") answers the question too.
          {
            guard: { type: 'asksTopic', params: { topics: ['delivered_not_received'] } },
            target: 'openingInvestigation',
            actions: ['understood', 'addCustomerWords'],
          },
          switchingTopic,
          // "thanks, I'll go and have a look": the question stays open.
          {
            guard: 'saysThanksAlone',
            actions: ['understood', { type: 'reply', params: ({ context }) => message('keep_looking', { shipment: requireShipment(context) }) }, 'offerAgain'],
          },
        ],
      },
    },
    openingInvestigation: openingCase('missing_parcel_investigation', 'shipment'),
    requestingStoreCheck: openingCase('store_collection_check', 'order'),
  },
});
