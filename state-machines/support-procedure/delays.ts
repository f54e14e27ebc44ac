import { assign } from 'xstate';
import { message } from '../support-messages';
import { requireOrder, requireShipment } from './event-readers';
import { choosingParcel } from './choosing-parcel';
import { openingCase } from './opening-case';
import { procedureSetup } from './procedure-setup';
import { switchingTopic } from './switching-topic';

/**
 * Late or not updating: the carrier's service alerts, the honest wait, and
 * for a parcel past its window, an offer of a refund, return or alternative.
 */
export const delays = procedureSetup.createStateConfig({
  meta: { step: 'troubleshoot' },
  initial: 'selecting',
  states: {
    ...choosingParcel('delay', 'loadingAlerts', '#support-procedure.nothingInTransit'),
    loadingAlerts: {
      tags: ['busy'],
      invoke: {
        src: 'loadCarrierAlerts',
        input: ({ context }) => ({ carrier: requireShipment(context).carrier?.code ?? '', state: requireOrder(context).state }),
        onDone: { target: 'judging', actions: assign({ alerts: ({ event }) => event.output }) },
        // Alerts only add context; without them the customer still gets an honest answer.
        onError: { target: 'judging', actions: assign({ alerts: [] }) },
      },
    },
    judging: {
      entry: {
        type: 'replyIf',
        params: ({ context }) =>
          context.alerts.length > 0 ? message('carrier_alerts', { shipment: requireShipment(context), alerts: context.alerts }) : null,
      },
      always: [
        { guard: 'isDelayed', target: 'offeringRemedy', actions: { type: 'reply', params: ({ context }) => message('parcel_delayed', { shipment: requireShipment(context) }) } },
        {
          guard: 'isTrackingStale',
          target: '#support-procedure.awaitingFollowUp',
          actions: [
            { type: 'reply', params: ({ context }) => message('tracking_stale', { shipment: requireShipment(context) }) },
            { type: 'noteTried', params: { step: 'explained_tracking_not_updating' } },
          ],
        },
        { target: '#support-procedure.awaitingFollowUp', actions: { type: 'reply', params: ({ context }) => message('on_track', { shipment: requireShipment(context) }) } },
      ],
    },
    offeringRemedy: {
      entry: [
        { type: 'reply', params: ({ context }) => message('offer_remedy', { shipment: requireShipment(context) }) },
        { type: 'offer', params: [{ kind: 'yes_no', question: 'want_remedy' }] },
        { type: 'noteTried', params: { step: 'offered_refund_return_or_alternative' } },
      ],
      on: {
        'customer.*': [
          { guard: 'isAffirm', target: 'requestingRemedy', actions: 'understood' },
          { guard: 'isDeny', target: '#support-procedure.awaitingFollowUp', actions: ['understood', { type: 'reply', params: message('remedy_declined', {}) }] },
          switchingTopic,
        ],
      },
    },
    requestingRemedy: openingCase('refund_or_alternative', 'shipment', 'refund_or_alternative_requested'),
  },
});
