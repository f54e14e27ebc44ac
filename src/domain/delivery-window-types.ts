import { z } from 'zod';
import { AuStateSchema, IsoTimeSchema } from './order';

/** A calendar day (YYYY-MM-DD) in the delivery state's own time zone. */
export const LocalDateSchema = z.iso.date();
export type LocalDate = z.infer<typeof LocalDateSchema>;

/**
 * What the customer can be told about when a shipment should arrive (or be
 * ready). Marketplace sellers set their own timeframes, so the domain says so
 * instead of inventing one. A schema rather than a bare type because windows
 * are kept in conversation snapshots, which are validated when loaded.
 */
export const DeliveryWindowSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('business_days'),
    state: AuStateSchema,
    timeZone: z.string(),
    /** First and last expected day, inclusive. */
    from: LocalDateSchema,
    to: LocalDateSchema,
    /** 'estimated_dispatch' when not yet dispatched: processing days were added first. */
    countedFrom: z.enum(['dispatch', 'estimated_dispatch']),
    /** Before dispatch: the processing days allowed before it leaves ("sent within 3 business days"); absent in snapshots saved before it was kept. */
    processingBusinessDays: z.number().int().nonnegative().optional(),
    /** Business days a carrier's service alert adds, already counted in from and to (0 without one). */
    carrierDelayBusinessDays: z.number().int().nonnegative(),
  }),
  z.object({
    kind: z.literal('collection'),
    state: AuStateSchema,
    timeZone: z.string(),
    /** When the Click & Collect order is expected to be ready (store local time rule). */
    readyFrom: IsoTimeSchema,
  }),
  z.object({ kind: z.literal('seller_timeframe') }),
  z.object({
    kind: z.literal('none'),
    reason: z.enum(['cancelled', 'delivered', 'collected', 'ready_to_collect', 'express_not_offered', 'unknown_zone']),
  }),
]);
export type DeliveryWindow = z.infer<typeof DeliveryWindowSchema>;
