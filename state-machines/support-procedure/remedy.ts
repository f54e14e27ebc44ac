import { candidatesFor } from '../shipment-candidates';
import { message } from '../support-messages';
import { requireOrder, requireShipment } from './event-readers';
import { choosingParcel } from './choosing-parcel';
import { declining } from './declining';
import { openingCase } from './opening-case';
import { procedureSetup } from './procedure-setup';
import { switchingTopic } from './switching-topic';

const declined = declining('remedy');
/* The step the order card notes when it is shown (follow-up-routing.ts). */
const CARD_SHOWN = 'explained_status_and_tracking';

/**
 * A refund, a return or an alternative, for a parcel past its window. Asked
 * for or offered, it is confirmed before it is logged. A cancelled parcel's
 * refund needs no request; a parcel still on time needs none yet.
 */
export const remedy = procedureSetup.createStateConfig({
  meta: { step: 'troubleshoot' },
  initial: 'routing',
  states: {
    routing: {
      always: [{ guard: { type: 'candidateCountIs', params: { rule: 'remedy', count: 0 } }, target: 'nothingLate' }, { target: 'selecting' }],
    },
    nothingLate: {
      always: [
        {
          guard: 'hasCancelledParcel',
          target: '#support-procedure.awaitingFollowUp',
          actions: [
            // Asked with the details ("part of my order was cancelled?? 4000…"): what was cancelled and what is still coming, first.
            {
              type: 'replyIf',
              params: ({ context }) => (context.tried.includes(CARD_SHOWN) ? null : message('order_status', { order: requireOrder(context) })),
            },
            { type: 'noteTried', params: { step: CARD_SHOWN } },
            { type: 'reply', params: ({ context }) => message('refund_for_cancelled', { shipments: candidatesFor.cancelled(requireOrder(context)) }) },
          ],
        },
        {
          target: '#support-procedure.awaitingFollowUp',
          actions: {
            type: 'reply',
            params: ({ context }) => {
              const [onTheWay] = candidatesFor.delay(requireOrder(context));
              return onTheWay ? message('not_late_yet', { order: requireOrder(context), shipment: onTheWay }) : message('order_status', { order: requireOrder(context) });
            },
          },
        },
      ],
    },
    ...choosingParcel('remedy', 'deciding', 'nothingLate'),
    deciding: {
      always: [{ guard: 'remedyKnown', target: 'confirming' }, { target: 'offering' }],
    },
    offering: {
      entry: [
        { type: 'reply', params: ({ context }) => message('offer_remedy', { shipment: requireShipment(context) }) },
        { type: 'offer', params: [{ kind: 'yes_no', question: 'want_remedy' }] },
        { type: 'noteTried', params: { step: 'offered_refund_return_or_alternative' } },
      ],
      on: {
        'customer.*': [
          { guard: 'namesRemedy', target: 'confirming', actions: 'rememberRemedy' },
          { guard: 'saysYes', target: 'choosing', actions: 'understood' },
          declined,
          switchingTopic,
        ],
      },
    },
    choosing: {
      entry: [
        { type: 'reply', params: ({ context }) => message('choose_remedy', { shipment: requireShipment(context) }) },
        { type: 'offer', params: [{ kind: 'remedy' }] },
      ],
      on: {
        'customer.*': [
          { guard: 'namesRemedy', target: 'confirming', actions: 'rememberRemedy' },
          declined,
          switchingTopic,
        ],
      },
    },
    confirming: {
      entry: [
        { type: 'reply', params: ({ context }) => message('confirm_remedy', { shipment: requireShipment(context), remedy: context.remedy ?? 'refund' }) },
        { type: 'offer', params: [{ kind: 'yes_no', question: 'confirm_remedy' }] },
      ],
      on: {
        'customer.*': [
          { guard: 'saysYes', target: 'requesting', actions: ['understood', 'rememberRemedy'] },
          // A different remedy named ("actually, a replacement"): read back again.
          { guard: 'namesRemedy', target: 'confirming', reenter: true, actions: 'rememberRemedy' },
          declined,
          switchingTopic,
        ],
      },
    },
    requesting: openingCase('refund_or_alternative', 'shipment'),
  },
});
