import { fromPromise } from 'xstate';
import { assessOrder } from '../domain/assess-order';
import { AuStateSchema, type CarrierAlert } from '../domain/order';
import type { OpenCaseRequest, SupportCase } from '../domain/support-case';
import { contactMatchesOrder } from '../domain/verification';
import type { CarrierAlertsRequest, LookupOutcome, LookupRequest, RecentOrdersOutcome } from '../../state-machines/procedure-io';
import { supportProcedureMachine } from '../../state-machines/support-procedure/support-procedure.machine';
import type { ProcedurePorts } from './procedure-ports';

/** The procedure machine wired to real ports: the only place the machine meets I/O. */
export function provideProcedure(ports: ProcedurePorts) {
  return supportProcedureMachine.provide({
    actors: {
      lookUpOrder: fromPromise<LookupOutcome, LookupRequest>(async ({ input }) => {
        const lookup = await ports.orders.findOrder(input.orderNumber);
        switch (lookup.kind) {
          case 'not_found':
            return { kind: 'not_found' };
          case 'unavailable':
          case 'invalid_response':
            ports.logger.warn({ orderNumber: input.orderNumber, outcome: lookup.kind, reason: lookup.reason }, 'order lookup failed');
            return { kind: 'unavailable' };
          case 'found': {
            const trusted = input.alreadyVerified || input.trustedCustomerId !== null;
            const matches = input.contact !== null && contactMatchesOrder(lookup.order, input.contact);
            if (!trusted && !matches) return { kind: 'verification_failed' };
            return { kind: 'found', order: assessOrder(lookup.order, ports.rules, ports.clock.now()) };
          }
        }
      }),
      loadRecentOrders: fromPromise<RecentOrdersOutcome, { customerId: string }>(async ({ input }) => {
        const lookup = await ports.orders.recentOrdersOf(input.customerId);
        if (lookup.kind === 'found') return { kind: 'found', orders: lookup.orders };
        if (lookup.kind !== 'not_found') {
          ports.logger.warn({ outcome: lookup.kind, reason: lookup.reason }, 'recent orders lookup failed');
        }
        return { kind: 'unavailable' };
      }),
      openCase: fromPromise<SupportCase, OpenCaseRequest>(({ input }) => ports.cases.open(input)),
      loadCarrierAlerts: fromPromise<CarrierAlert[], CarrierAlertsRequest>(async ({ input }) => {
        const state = AuStateSchema.safeParse(input.state);
        if (!input.carrier || !state.success) return [];
        const lookup = await ports.alerts.alertsFor(input.carrier, state.data);
        if (lookup.kind === 'found') return lookup.alerts;
        ports.logger.warn({ carrier: input.carrier, outcome: lookup.kind, reason: lookup.reason }, 'carrier alerts lookup failed');
        return [];
      }),
    },
  });
}

export type ProvidedProcedure = ReturnType<typeof provideProcedure>;
