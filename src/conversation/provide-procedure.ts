import { fromPromise } from 'xstate';
import { assessOrder } from '../domain/assess-order';
import { alertsInForce } from '../domain/carrier-alerts';
import type { AuState, CarrierAlert, Order } from '../domain/order';
import type { OpenCaseRequest, SupportCase } from '../domain/support-case';
import { contactMatchesOrder } from '../domain/verification';
import { requestFields } from '../observability/request-context';
import type { CallContext } from '../ports/call-context';
import type {
  DisruptionsOutcome,
  DisruptionsRequest,
  LookupOutcome,
  LookupRequest,
  RecentOrderItemsOutcome,
  RecentOrderItemsRequest,
  RecentOrdersOutcome,
} from '../../state-machines/procedure-io';
import { supportProcedureMachine } from '../../state-machines/support-procedure/support-procedure.machine';
import type { ProcedurePorts } from './procedure-ports';
import { recentOrderItems } from './recent-order-items';
import { afterTurnSaved, turnScopeOf } from './turn-scope';

/** The state whose alerts apply to the order: where it is delivered, or the store it is collected from. */
function stateOf(order: Order): AuState | null {
  return (order.fulfilment === 'click_and_collect' ? order.collectionStore : order.deliveryAddress)?.state ?? null;
}

/** The alerts of every carrier still carrying one of the order's parcels; a failed read only costs the warning. */
async function alertsForOrder(order: Order, ports: ProcedurePorts, call: CallContext): Promise<CarrierAlert[]> {
  const state = stateOf(order);
  const unsettled = order.shipments.filter((s) => s.deliveredAt === null && s.status !== 'cancelled' && s.status !== 'delivered' && s.status !== 'collected');
  const carriers = [...new Set(unsettled.flatMap((s) => (s.carrier ? [s.carrier] : [])))];
  if (state === null) return [];
  const lookups = await Promise.all(carriers.map((carrier) => ports.alerts.alertsFor(carrier, state, call)));
  return lookups.flatMap((lookup, index) => {
    if (lookup.kind === 'found') return lookup.alerts;
    ports.logger.warn({ ...requestFields(call), carrier: carriers[index], outcome: lookup.kind, reason: lookup.reason }, 'carrier alerts lookup failed');
    return [];
  });
}

/** "Any StarTrack delays in NSW?": every carrier and state asked about, alerts in force only, each alert once. */
async function disruptions(request: DisruptionsRequest, ports: ProcedurePorts, call: CallContext): Promise<DisruptionsOutcome> {
  const now = ports.clock.now();
  const pairs = request.carriers.flatMap((carrier) => request.states.map((state) => ({ carrier, state })));
  const lookups = await Promise.all(pairs.map(({ carrier, state }) => ports.alerts.alertsFor(carrier, state, call)));
  const failed = lookups.filter((lookup) => lookup.kind !== 'found');
  if (failed.length === lookups.length) throw new Error(`carrier alerts unavailable: ${failed.map((f) => f.reason).join('; ')}`);
  if (failed.length > 0) ports.logger.warn({ ...requestFields(call), failed: failed.length, of: lookups.length }, 'some carrier alerts lookups failed');
  const inForce = lookups.flatMap((lookup, index) => {
    const pair = pairs[index];
    return lookup.kind === 'found' && pair ? alertsInForce(lookup.alerts, pair.carrier, pair.state, now) : [];
  });
  const unique = new Map(inForce.map((alert) => [`${alert.carrier}|${alert.headline}|${alert.from}`, alert]));
  return { ...request, alerts: [...unique.values()] };
}

/** The request a turn's actor serves (its system is the turn's, turn-scope.ts), for the ports it calls. */
function callOf(actorSystem: object): CallContext {
  return requestFields(turnScopeOf(actorSystem));
}

/** The procedure machine wired to real ports: the only place the machine meets I/O. */
export function provideProcedure(ports: ProcedurePorts) {
  return supportProcedureMachine.provide({
    actors: {
      lookUpOrder: fromPromise<LookupOutcome, LookupRequest>(async ({ input, system }) => {
        const scope = turnScopeOf(system);
        const call = callOf(system);
        const trusted = input.alreadyVerified || input.trustedCustomerId !== null;
        const attempt = { orderNumber: input.orderNumber, requester: scope?.requester ?? null };
        if (!trusted) {
          const limit = await ports.verifications.limitFor(attempt);
          if (limit !== null) return { kind: 'limited', limit };
        }
        // Counted once the turn is saved: a turn run again after losing a save race must not count its failure twice.
        const countFailure = () => afterTurnSaved(scope, () => ports.verifications.recordFailure(attempt));
        const lookup = await ports.orders.findOrder(input.orderNumber, call);
        switch (lookup.kind) {
          case 'not_found':
            if (!trusted) await countFailure();
            return { kind: 'not_found' };
          case 'unavailable':
          case 'invalid_response':
            ports.logger.warn({ ...requestFields(call), orderNumber: input.orderNumber, outcome: lookup.kind, reason: lookup.reason }, 'order lookup failed');
            return { kind: 'unavailable' };
          case 'found': {
            const matches = input.contact !== null && contactMatchesOrder(lookup.order, input.contact);
            if (!trusted && !matches) {
              await countFailure();
              return { kind: 'verification_failed' };
            }
            // Alerts are read only for a verified customer's order: they change the window the customer is told.
            const alerts = await alertsForOrder(lookup.order, ports, call);
            return { kind: 'found', order: assessOrder(lookup.order, ports.rules, ports.clock.now(), alerts) };
          }
        }
      }),
      loadRecentOrders: fromPromise<RecentOrdersOutcome, { customerId: string }>(async ({ input, system }) => {
        const call = callOf(system);
        const lookup = await ports.orders.recentOrdersOf(input.customerId, call);
        if (lookup.kind === 'found') return { kind: 'found', orders: lookup.orders };
        if (lookup.kind !== 'not_found') {
          ports.logger.warn({ ...requestFields(call), outcome: lookup.kind, reason: lookup.reason }, 'recent orders lookup failed');
        }
        return { kind: 'unavailable' };
      }),
      loadRecentOrderItems: fromPromise<RecentOrderItemsOutcome, RecentOrderItemsRequest>(({ input, system }) => recentOrderItems(input, ports, callOf(system))),
      openCase: fromPromise<SupportCase, OpenCaseRequest>(async ({ input }) => (await ports.cases.open(input)).supportCase),
      loadDisruptions: fromPromise<DisruptionsOutcome, DisruptionsRequest>(({ input, system }) => disruptions(input, ports, callOf(system))),
    },
  });
}

export type ProvidedProcedure = ReturnType<typeof provideProcedure>;
