import { assign } from 'xstate';
import { message } from '../support-messages';
import { agentCaseOpened } from './agent-case-opened';
import { answeringQuestions } from './general-questions';
import { procedureSetup } from './procedure-setup';

/** What the customer can do at any step, unless the step itself says otherwise. */
export const anytime = procedureSetup.createStateConfig({
  on: {
    RESTART: [
      // Starting over must not reset the lock on guessing; say so instead of pretending to start fresh.
      { guard: 'isLockedOut', target: '.lockedOut', reenter: true },
      { target: '.collectingDetails', actions: ['startOver', { type: 'reply', params: message('restarted', {}) }] },
    ],
    GOODBYE: { target: '.closed' },
    PERSON_REQUESTED: {
      target: '.handoff',
      actions: assign({ handoffReason: 'customer_asked', customerSaid: ({ context, event }) => context.customerSaid ?? event.text }),
    },
    ...agentCaseOpened,
    // A button from an earlier step, no longer on offer.
    CHOOSE_SHIPMENT: { actions: 'handleConfusion' },
    CHOOSE_ORDER: { actions: 'handleConfusion' },
    'customer.*': [
      ...answeringQuestions,
      { guard: 'saysThanksAlone', actions: [{ type: 'reply', params: message('youre_welcome', {}) }, 'understood', 'offerAgain'] },
      { guard: 'isOffTopic', actions: [{ type: 'reply', params: message('off_topic', {}) }, 'understood', 'offerAgain'] },
      { actions: 'handleConfusion' },
    ],
  },
}).on;
