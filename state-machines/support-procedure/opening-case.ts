import type { CaseKind } from '../../src/domain/support-case';
import { caseRequest } from './case-request';
import { OPENED_STEP } from './case-opened-steps';
import { procedureSetup } from './procedure-setup';

/**
 * Every request the procedure logs for the customer (investigation, store
 * check, ticket, address change, redirect, remedy) goes the same way: open the
 * case through the port (idempotent), remember it, tell the customer, and hand
 * over to a person when the case cannot be opened.
 */
export function openingCase(kind: CaseKind, about: 'shipment' | 'order') {
  return procedureSetup.createStateConfig({
    tags: ['busy'],
    invoke: {
      src: 'openCase',
      input: ({ context }) => caseRequest(context, kind, about === 'shipment' ? context.shipmentId : null),
      onDone: {
        target: '#support-procedure.awaitingFollowUp',
        actions: [{ type: 'caseOpened', params: ({ event }) => event.output }, { type: 'noteTried', params: { step: OPENED_STEP[kind] } }],
      },
      onError: '#support-procedure.caseFailed',
    },
  });
}
