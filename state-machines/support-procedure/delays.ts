import { and } from 'xstate';
import { message } from '../support-messages';
import { requireOrder, requireShipment } from './event-readers';
import { choosingParcel } from './choosing-parcel';
import { procedureSetup } from './procedure-setup';

/**
 * Late or not updating: the carrier's service alerts (already counted in the
 * window), the honest wait, and for a parcel past its window an offer of a
 * refund, return or alternative. A Marketplace parcel keeps its seller's
 * timeframe; the seller is contacted through a ticket instead.
 */
export const delays = procedureSetup.createStateConfig({
  meta: { step: 'troubleshoot' },
  initial: 'selecting',
  states: {
    ...choosingParcel('delay', 'judging', '#support-procedure.nothingInTransit'),
    judging: {
      entry: {
        type: 'replyIf',
        params: ({ context }) => {
          const shipment = requireShipment(context);
          return shipment.alerts.length > 0 ? message('carrier_alerts', { shipment }) : null;
        },
      },
      always: [
        {
          guard: 'isMarketplaceParcel',
          target: '#support-procedure.marketplace.offeringTicket',
          actions: { type: 'reply', params: ({ context }) => message('on_track', { order: requireOrder(context), shipment: requireShipment(context), trackingAsked: context.problem === 'tracking_not_updating' }) },
        },
        {
          // "I don't want a refund, I want the parcel": the delay is explained, nothing is offered.
          guard: and(['isDelayed', 'refusedRemedy']),
          target: '#support-procedure.awaitingFollowUp',
          actions: { type: 'reply', params: ({ context }) => message('parcel_delayed', { shipment: requireShipment(context) }) },
        },
        {
          // A refund, return or alternative already requested in this conversation: that request is what happens next.
          guard: and(['isDelayed', 'remedyAlreadyRequested']),
          target: '#support-procedure.awaitingFollowUp',
          actions: [{ type: 'reply', params: ({ context }) => message('parcel_delayed', { shipment: requireShipment(context) }) }, 'answerAboutCases'],
        },
        {
          guard: 'isDelayed',
          target: '#support-procedure.remedy.deciding',
          actions: { type: 'reply', params: ({ context }) => message('parcel_delayed', { shipment: requireShipment(context) }) },
        },
        {
          guard: 'isTrackingStale',
          target: '#support-procedure.awaitingFollowUp',
          actions: [
            { type: 'reply', params: ({ context }) => message('tracking_stale', { order: requireOrder(context), shipment: requireShipment(context) }) },
            { type: 'noteTried', params: { step: 'explained_tracking_not_updating' } },
          ],
        },
        { target: '#support-procedure.awaitingFollowUp', actions: { type: 'reply', params: ({ context }) => message('on_track', { order: requireOrder(context), shipment: requireShipment(context), trackingAsked: context.problem === 'tracking_not_updating' }) } },
      ],
    },
  },
});
