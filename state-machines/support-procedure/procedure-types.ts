import { fromPromise, setup } from 'xstate';
import type { OpenCaseRequest, SupportCase } from '../../src/domain/support-case';
import type { DisruptionsOutcome, DisruptionsRequest, LookupOutcome, LookupRequest } from '../procedure-io';
import type { RecentOrderItemsOutcome, RecentOrderItemsRequest, RecentOrdersOutcome } from '../procedure-io';
import type { SupportContext, SupportInput } from '../support-context';
import type { SupportEvent } from '../support-events';
import type { SupportEmitted } from '../support-messages';
import type { ProcedureStateMeta, ProcedureTag } from './procedure-steps';

const notProvided = (port: string) => async (): Promise<never> => {
  throw new Error(`${port} was not provided to the support procedure machine`);
};

/**
 * The procedure's types and the ports it calls. The ports are placeholders
 * here: src/conversation/provide-procedure.ts injects the real ones, so the
 * machine itself never does I/O.
 */
export const procedureTypes = setup({
  types: {
    context: {} as SupportContext,
    events: {} as SupportEvent,
    input: {} as SupportInput,
    emitted: {} as SupportEmitted,
    tags: {} as ProcedureTag,
    meta: {} as ProcedureStateMeta,
  },
  actors: {
    lookUpOrder: fromPromise<LookupOutcome, LookupRequest>(notProvided('lookUpOrder')),
    loadRecentOrders: fromPromise<RecentOrdersOutcome, { customerId: string }>(notProvided('loadRecentOrders')),
    loadRecentOrderItems: fromPromise<RecentOrderItemsOutcome, RecentOrderItemsRequest>(notProvided('loadRecentOrderItems')),
    openCase: fromPromise<SupportCase, OpenCaseRequest>(notProvided('openCase')),
    loadDisruptions: fromPromise<DisruptionsOutcome, DisruptionsRequest>(notProvided('loadDisruptions')),
  },
});
