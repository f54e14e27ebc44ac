import { z } from 'zod';
import timeframesJson from '../config/delivery-timeframes.json';
import { type DeliverySpeed, type DeliveryZone } from './order';
import { describeSchemaError } from './schema-error';

/**
 * The retailer's published delivery timeframes (order-api.md) as data, so a
 * deployment can change them with DELIVERY_TIMEFRAMES_FILE instead of a
 * release. Objects are strict: a misspelt key in a hand-edited file must fail
 * at start-up rather than silently fall back to nothing.
 */
const LocalTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour local time "HH:MM"');

const BusinessDaysSchema = z.number().int().nonnegative();

const BandSchema = z
  .strictObject({
    minBusinessDays: BusinessDaysSchema,
    maxBusinessDays: BusinessDaysSchema,
  })
  .refine((band) => band.minBusinessDays <= band.maxBusinessDays, {
    message: 'minBusinessDays must not exceed maxBusinessDays',
  });
export type DeliveryBand = z.infer<typeof BandSchema>;

/** `express: null` means the speed is not offered in that zone. */
const ZoneTimeframesSchema = z.strictObject({
  standard: BandSchema,
  express: BandSchema.nullable(),
});

export const DeliveryTimeframesSchema = z.strictObject({
  processingBusinessDays: BusinessDaysSchema,
  trackingGraceHours: z.number().int().nonnegative(),
  clickAndCollect: z.strictObject({
    cutoffLocalTime: LocalTimeSchema,
    sameDayReadyLocalTime: LocalTimeSchema,
    /** Days a ready order is held at the store before it is returned. */
    holdDays: z.number().int().positive(),
  }),
  homeDelivery: z.strictObject({
    metro: ZoneTimeframesSchema,
    regional: ZoneTimeframesSchema,
    remote: ZoneTimeframesSchema,
  }),
});
export type DeliveryTimeframes = z.infer<typeof DeliveryTimeframesSchema>;

/** Throws with every problem's path, so a bad config file names its own mistake. */
export function parseDeliveryTimeframes(json: unknown): DeliveryTimeframes {
  const result = DeliveryTimeframesSchema.safeParse(json);
  if (!result.success) {
    throw new Error(`Invalid delivery timeframes: ${describeSchemaError(result.error)}`);
  }
  return result.data;
}

export const defaultDeliveryTimeframes: DeliveryTimeframes = parseDeliveryTimeframes(timeframesJson);

/** The band for a zone and speed, or null when the table does not offer that speed there. */
export function timeframeFor(zone: DeliveryZone, speed: DeliverySpeed, timeframes: DeliveryTimeframes): DeliveryBand | null {
  return timeframes.homeDelivery[zone][speed];
}

/** Express availability follows the table, not a hard-coded "metro only". */
export function isExpressOffered(zone: DeliveryZone, timeframes: DeliveryTimeframes): boolean {
  return timeframeFor(zone, 'express', timeframes) !== null;
}
