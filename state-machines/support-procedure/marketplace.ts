import { candidatesFor } from '../shipment-candidates';
import { message } from '../support-messages';
import { requireOrder } from './event-readers';
import { choosingParcel } from './choosing-parcel';
import { openingCase } from './opening-case';
import { procedureSetup } from './procedure-setup';

/** Marketplace parcels are sold and sent by other sellers: explain, then open a Marketplace support ticket. */
export const marketplace = procedureSetup.createStateConfig({
  meta: { step: 'escalate' },
  initial: 'explaining',
  states: {
    explaining: {
      always: [
        {
          guard: { type: 'candidateCountIs', params: { rule: 'marketplace', count: 0 } },
          target: '#support-procedure.awaitingFollowUp',
          actions: { type: 'reply', params: message('no_marketplace_parcel', {}) },
        },
        {
          target: 'selecting',
          actions: { type: 'reply', params: ({ context }) => message('marketplace_explained', { shipments: candidatesFor.marketplace(requireOrder(context)) }) },
        },
      ],
    },
    ...choosingParcel('marketplace', 'openingTicket', '#support-procedure.awaitingFollowUp'),
    openingTicket: openingCase('marketplace_ticket', 'shipment', 'marketplace_ticket_opened'),
  },
});
