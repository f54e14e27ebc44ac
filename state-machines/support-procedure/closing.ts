import { procedureSetup } from './procedure-setup';

/** The customer said goodbye. A new message starts over, keeping only what guards against guessing. */
export const closed = procedureSetup.createStateConfig({
  meta: { step: 'done' },
  entry: 'sayGoodbye',
  on: {
    'customer.*': [
      { guard: 'endsFollowUp', actions: 'sayGoodbye' },
      { target: 'collectingDetails', actions: ['startOver', 'reraise'] },
    ],
    GOODBYE: { actions: 'sayGoodbye' },
  },
});
