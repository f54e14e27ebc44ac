import { procedureSetup } from './procedure-setup';

/**
 * The customer said goodbye. The verified order is kept: a later question
 * about it ("oh wait, when's it arriving?") is answered without asking for
 * details again. Otherwise a new message starts over, keeping only what
 * guards against guessing.
 */
export const closed = procedureSetup.createStateConfig({
  meta: { step: 'done' },
  entry: 'sayGoodbye',
  on: {
    TURN_STARTED: { guard: 'orderIsStale', target: 'refreshingOrder' },
    'customer.*': [
      { guard: 'saysThanksAlone', actions: 'sayGoodbye' },
      { guard: 'isVerified', target: 'awaitingFollowUp', actions: 'reraise' },
      { target: 'collectingDetails', actions: ['startOver', 'reraise'] },
    ],
    GOODBYE: { actions: 'sayGoodbye' },
  },
});
