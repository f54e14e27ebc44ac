import type { SupportContext } from '../support-context';
import { doing } from './action-creators';
import { caseOpenedMessage } from './case-opened-message';
import { rememberCase } from './case-request';
import { OPENED_STEP } from './case-opened-steps';
import { procedureSetup } from './procedure-setup';

/**
 * The agent opened the case (copilot action) instead of the customer asking
 * the bot: the procedure ends the same way the opening-case building block
 * does, so its record of cases is the one truth. The case is remembered (once:
 * the case store answers the same case again), the customer is told in the
 * same words, and whatever the branch was waiting for is over.
 */
const recordAgentCase = doing<undefined>()(({ context, event, enqueue }) => {
  if (event.type !== 'agent.caseOpened') return;
  const opened = event.supportCase;
  const aboutParcel: SupportContext = { ...context, shipmentId: opened.shipmentId ?? context.shipmentId };
  enqueue.assign({ cases: rememberCase(context.cases, opened), shipmentId: aboutParcel.shipmentId, tried: [...context.tried, OPENED_STEP[opened.kind]] });
  enqueue.emit({ type: 'reply', message: caseOpenedMessage(aboutParcel, opened) });
});

/** Handled at any step once the customer is verified; a case about another order (or before verification) is ignored. */
export const agentCaseOpened = procedureSetup.createStateConfig({
  on: {
    'agent.caseOpened': {
      guard: ({ context, event }) => context.verified && event.supportCase.orderNumber === context.order?.orderNumber,
      target: '.awaitingFollowUp',
      actions: recordAgentCase,
    },
  },
}).on;
