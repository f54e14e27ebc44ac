import { z } from 'zod';
import zonesJson from '../config/postcode-zones.json';
import { AuStateSchema, PostcodeSchema, type DeliveryZone, type Order } from './order';
import { describeSchemaError } from './schema-error';

/**
 * Which postcodes count as metro or remote is a rules table kept as data
 * (src/config/postcode-zones.json) so it can be corrected without touching
 * code. Ranges are written "NNNN" or "NNNN-NNNN" because that is how postcode
 * lists are published and reviewed.
 */
const PostcodeRangeSchema = z
  .string()
  .regex(/^\d{4}(-\d{4})?$/, 'a postcode range is "NNNN" or "NNNN-NNNN"')
  .transform((text) => {
    const bounds = text.split('-').map(Number);
    const from = bounds[0] ?? Number.NaN;
    return { from, to: bounds[1] ?? from };
  })
  .refine((range) => range.from <= range.to, { message: 'a range must not end before it starts' });
export type PostcodeRange = z.infer<typeof PostcodeRangeSchema>;

const RangesSchema = z.array(PostcodeRangeSchema).min(1, 'at least one range');
/** Every rule says why, so a reviewer can challenge a range without guessing its intent. */
const WhySchema = z.string().min(1, 'say why this range is in the table');

export const PostcodeZoneRulesSchema = z.strictObject({
  source: z.string().min(1),
  metro: z.array(z.strictObject({ city: z.string().min(1), state: AuStateSchema, ranges: RangesSchema, why: WhySchema })),
  remote: z.array(z.strictObject({ area: z.string().min(1), state: AuStateSchema, ranges: RangesSchema, why: WhySchema })),
});
export type PostcodeZoneRules = z.infer<typeof PostcodeZoneRulesSchema>;

export function parsePostcodeZoneRules(json: unknown): PostcodeZoneRules {
  const result = PostcodeZoneRulesSchema.safeParse(json);
  if (!result.success) {
    throw new Error(`Invalid postcode zone rules: ${describeSchemaError(result.error)}`);
  }
  return result.data;
}

export const defaultPostcodeZoneRules: PostcodeZoneRules = parsePostcodeZoneRules(zonesJson);

function inAny(postcode: number, entries: ReadonlyArray<{ ranges: PostcodeRange[] }>): boolean {
  return entries.some((entry) => entry.ranges.some((range) => postcode >= range.from && postcode <= range.to));
}

/**
 * Remote is checked first: some remote communities share a postcode inside a
 * capital's block (NT 0822 sits inside Darwin's 0800-0832).
 * Throws on a malformed postcode: callers hold schema-validated addresses.
 */
export function zoneForPostcode(postcode: string, rules: PostcodeZoneRules): DeliveryZone {
  const parsed = PostcodeSchema.safeParse(postcode);
  if (!parsed.success) {
    throw new RangeError(`not an Australian postcode: "${postcode}"`);
  }
  const value = Number(parsed.data);
  if (inAny(value, rules.remote)) return 'remote';
  if (inAny(value, rules.metro)) return 'metro';
  return 'regional';
}

/**
 * The order system's own zone wins; the postcode table only fills the gap.
 * Null when there is nothing to deliver to (Click & Collect, or no address).
 */
export function deliveryZoneOf(order: Order, rules: PostcodeZoneRules): DeliveryZone | null {
  if (order.fulfilment !== 'home_delivery') return null;
  if (order.deliveryZone !== null) return order.deliveryZone;
  if (order.deliveryAddress === null) return null;
  if (!PostcodeSchema.safeParse(order.deliveryAddress.postcode).success) return null;
  return zoneForPostcode(order.deliveryAddress.postcode, rules);
}
