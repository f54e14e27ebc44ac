import { assign } from 'xstate';
import { correctedAddress } from '../address-correction';
import { candidatesFor } from '../shipment-candidates';
import type { SupportContext } from '../support-context';
import type { SupportEvent } from '../support-events';
import { message } from '../support-messages';
import { isMessage, requireOrder } from './event-readers';
import { answeringQuestions } from './general-questions';
import { declining } from './declining';
import { openingCase } from './opening-case';
import { procedureSetup } from './procedure-setup';
import { switchingTopic } from './switching-topic';

const declined = declining('address_change');
const correctionOf = (context: SupportContext, event: SupportEvent): string | null =>
  isMessage(event) && context.pendingAddress !== null ? correctedAddress(context.pendingAddress, event.text) : null;
type WithContext = { context: Parameters<typeof requireOrder>[0] };
const redirect = ({ context }: WithContext) => candidatesFor.inTransit(requireOrder(context)).length > 0;
const redirectingCarrier = ({ context }: WithContext) => candidatesFor.inTransit(requireOrder(context))[0]?.carrier?.name ?? null;

/**
 * Wrong address: before dispatch the address can be changed; on the road the
 * carrier is asked to redirect; once delivered it is a missing parcel. The
 * new address is asked for and read back, and nothing is logged until the
 * customer confirms it.
 */
export const wrongAddress = procedureSetup.createStateConfig({
  meta: { step: 'troubleshoot' },
  initial: 'routing',
  states: {
    routing: {
      always: [
        { guard: 'isClickAndCollect', target: '#support-procedure.awaitingFollowUp', actions: 'sayClickAndCollect' },
        { guard: 'everythingDelivered', target: '#support-procedure.missingParcel', actions: { type: 'reply', params: message('address_after_delivery', {}) } },
        {
          target: 'gettingAddress',
          actions: assign({ shipmentId: ({ context }) => candidatesFor.inTransit(requireOrder(context))[0]?.shipmentId ?? null }),
        },
      ],
    },
    gettingAddress: {
      always: [{ guard: ({ context }) => context.pendingAddress !== null, target: 'confirming' }, { target: 'asking' }],
    },
    asking: {
      meta: { step: 'troubleshoot', expects: { kind: 'address' } },
      entry: { type: 'reply', params: (args) => message('ask_new_address', { redirect: redirect(args), carrier: redirectingCarrier(args) }) },
      on: {
        'customer.*': [
          { guard: 'givesAddress', target: 'confirming', actions: 'rememberAddress' },
          declined,
          switchingTopic,
          ...answeringQuestions,
          { actions: { type: 'reply', params: message('address_not_read', {}) } },
        ],
      },
    },
    confirming: {
      entry: [
        { type: 'reply', params: (args) => message('confirm_address', { address: args.context.pendingAddress ?? '', redirect: redirect(args) }) },
        { type: 'offer', params: [{ kind: 'yes_no', question: 'confirm_address_change' }] },
      ],
      on: {
        'customer.*': [
          // A corrected address ("no sorry, 54 Bourke St") is read back again.
          { guard: 'givesAddress', target: 'confirming', reenter: true, actions: 'rememberAddress' },
          // So is one number of it corrected ("its unit 4 not 3").
          {
            guard: ({ context, event }) => correctionOf(context, event) !== null,
            target: 'confirming',
            reenter: true,
            actions: assign({ pendingAddress: ({ context, event }) => correctionOf(context, event) ?? context.pendingAddress, confusion: 0 }),
          },
          { guard: 'saysYes', target: 'requesting', actions: 'understood' },
          declined,
          switchingTopic,
        ],
      },
    },
    requesting: {
      always: [{ guard: 'anythingInTransit', target: 'requestingRedirect' }, { target: 'requestingAddressChange' }],
    },
    requestingAddressChange: openingCase('address_change', 'order'),
    requestingRedirect: openingCase('carrier_redirect', 'shipment'),
  },
});
