import type { AuState, IsoTime } from './order';

/** A calendar day (YYYY-MM-DD) in the delivery state's own time zone. */
export type LocalDate = string;

/**
 * What the customer can be told about when a shipment should arrive (or be
 * ready). Marketplace sellers set their own timeframes, so the domain says so
 * instead of inventing one.
 */
export type DeliveryWindow =
  | {
      kind: 'business_days';
      state: AuState;
      timeZone: string;
      /** First and last expected day, inclusive. */
      from: LocalDate;
      to: LocalDate;
      /** 'estimated_dispatch' when not yet dispatched: processing days were added first. */
      countedFrom: 'dispatch' | 'estimated_dispatch';
    }
  | {
      kind: 'collection';
      state: AuState;
      timeZone: string;
      /** When the Click & Collect order is expected to be ready (store local time rule). */
      readyFrom: IsoTime;
    }
  | { kind: 'seller_timeframe' }
  | { kind: 'none'; reason: 'cancelled' | 'delivered' | 'collected' | 'ready_to_collect' | 'express_not_offered' | 'unknown_zone' };
