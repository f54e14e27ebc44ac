import type { CaseStore } from '../ports/case-store';
import type { OrderSource } from '../ports/order-source';
import type { VerificationLimiter } from '../ports/verification-limiter';
import type { SupportMetrics } from './support-metrics';

/*
 * Ports with their use counted, wrapped once in the composition root, so no
 * adapter or procedure code knows about metrics.
 */

export function measuredOrderSource(orders: OrderSource, metrics: SupportMetrics): OrderSource {
  return {
    findOrder: async (orderNumber, call) => {
      try {
        const lookup = await orders.findOrder(orderNumber, call);
        metrics.lookups.inc({ outcome: lookup.kind });
        return lookup;
      } catch (error) {
        metrics.lookups.inc({ outcome: 'error' });
        throw error;
      }
    },
    recentOrdersOf: (customerId, call) => orders.recentOrdersOf(customerId, call),
  };
}

export function measuredCaseStore(cases: CaseStore, metrics: SupportMetrics): CaseStore {
  return {
    open: async (request) => {
      const opened = await cases.open(request);
      // The same case asked for again (a second click, a retried turn) is not another case.
      if (opened.created) metrics.casesOpened.inc({ kind: opened.supportCase.kind });
      return opened;
    },
    casesForOrder: (orderNumber) => cases.casesForOrder(orderNumber),
    addNote: (reference, text) => cases.addNote(reference, text),
    notesOf: (reference) => cases.notesOf(reference),
  };
}

export function measuredVerifications(limiter: VerificationLimiter, metrics: SupportMetrics): VerificationLimiter {
  return {
    limitFor: async (attempt) => {
      const limit = await limiter.limitFor(attempt);
      if (limit !== null) metrics.rateLimitedLookups.inc({ limit });
      return limit;
    },
    recordFailure: (attempt) => limiter.recordFailure(attempt),
  };
}
