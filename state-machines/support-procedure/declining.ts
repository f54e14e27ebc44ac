import { message, type MessageDataByKey } from '../support-messages';
import { procedureSetup } from './procedure-setup';

type Request = MessageDataByKey['request_declined']['request'];

/**
 * The customer says no to a request the bot offered or read back: say it is
 * left as it is, and read whatever else the message said in the follow-up
 * ("not a refund, just tell me where it is"). A refused remedy is not
 * offered again for this order.
 */
export function declining(request: Request) {
  return procedureSetup.createStateConfig({
    on: {
      'customer.*': {
        guard: 'saysNo',
        target: '#support-procedure.awaitingFollowUp',
        actions: [
          'understood',
          { type: 'reply', params: message('request_declined', { request }) },
          ...(request === 'remedy' ? (['noteRemedyRefused'] as const) : []),
          'raiseTheRest',
        ],
      },
    },
  }).on['customer.*'];
}
