import { message } from '../support-messages';
import { requireOrder, requireShipment } from './event-readers';
import { choosingParcel } from './choosing-parcel';
import { procedureSetup } from './procedure-setup';

/**
 * No tracking yet: usual for up to 48 hours after the shipping email; past
 * that it is treated as tracking that is not updating, alerts and all.
 */
export const noTracking = procedureSetup.createStateConfig({
  meta: { step: 'troubleshoot' },
  initial: 'selecting',
  states: {
    ...choosingParcel('noTracking', 'judging', '#support-procedure.nothingInTransit'),
    judging: {
      always: [
        {
          guard: 'trackingOverdue',
          target: '#support-procedure.delays.judging',
          actions: { type: 'reply', params: ({ context }) => message('no_tracking_yet', { shipment: requireShipment(context), overdue: true }) },
        },
        {
          guard: 'hasNoTrackingYet',
          target: '#support-procedure.awaitingFollowUp',
          actions: { type: 'reply', params: ({ context }) => message('no_tracking_yet', { shipment: requireShipment(context), overdue: false }) },
        },
        {
          guard: 'notDispatched',
          target: '#support-procedure.awaitingFollowUp',
          actions: { type: 'reply', params: ({ context }) => message('on_track', { order: requireOrder(context), shipment: requireShipment(context), trackingAsked: context.problem === 'tracking_not_updating' }) },
        },
        {
          target: '#support-procedure.awaitingFollowUp',
          actions: { type: 'reply', params: ({ context }) => message('tracking_available', { shipment: requireShipment(context) }) },
        },
      ],
    },
  },
});
