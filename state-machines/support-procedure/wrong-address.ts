import { assign } from 'xstate';
import { candidatesFor } from '../shipment-candidates';
import { message } from '../support-messages';
import { requireOrder } from './event-readers';
import { openingCase } from './opening-case';
import { procedureSetup } from './procedure-setup';

/**
 * Wrong address: before dispatch the address can be changed; on the road the
 * carrier is asked to redirect; once delivered it is a missing parcel.
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
          guard: 'anythingInTransit',
          target: 'requestingRedirect',
          actions: assign({ shipmentId: ({ context }) => candidatesFor.inTransit(requireOrder(context))[0]?.shipmentId ?? null }),
        },
        { target: 'requestingAddressChange' },
      ],
    },
    requestingAddressChange: openingCase('address_change', 'order', 'address_change_requested'),
    requestingRedirect: openingCase('carrier_redirect', 'shipment', 'carrier_redirect_requested'),
  },
});
