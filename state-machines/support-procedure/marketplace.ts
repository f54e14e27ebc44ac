import { candidatesFor } from '../shipment-candidates';
import { message } from '../support-messages';
import { requireOrder, requireShipment } from './event-readers';
import { choosingParcel } from './choosing-parcel';
import { declining } from './declining';
import { openingCase } from './opening-case';
import { procedureSetup } from './procedure-setup';
import { switchingTopic } from './switching-topic';

/**
 * Marketplace parcels are sold and sent by other sellers with their own
 * carriers and timelines: explain, then offer a Marketplace support ticket,
 * through which the seller is contacted, and open it when the customer agrees.
 */
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
    ...choosingParcel('marketplace', 'offeringTicket', '#support-procedure.awaitingFollowUp'),
    offeringTicket: {
      entry: [
        { type: 'reply', params: ({ context }) => message('offer_marketplace_ticket', { shipment: requireShipment(context) }) },
        { type: 'offer', params: [{ kind: 'yes_no', question: 'open_marketplace_ticket' }] },
      ],
      on: {
        'customer.*': [
          { guard: 'saysYes', target: 'openingTicket', actions: ['understood', 'addCustomerWords'] },
          declining('marketplace_ticket'),
          switchingTopic,
        ],
      },
    },
    openingTicket: openingCase('marketplace_ticket', 'shipment'),
  },
});
