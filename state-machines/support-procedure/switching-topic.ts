import { procedureSetup } from './procedure-setup';

/**
 * A question is pending, but the customer moved on to another follow-up:
 * answer that instead (the message is raised again in the follow-up state).
 */
export const switchingTopic = procedureSetup.createStateConfig({
  on: { 'customer.*': { guard: 'switchesTopic', target: '#support-procedure.awaitingFollowUp', actions: 'reraise' } },
}).on['customer.*'];
