import { z } from 'zod';
import { AuStateSchema, CarrierAlertSchema, CarrierCodeSchema, OrderSummarySchema } from '../src/domain/order';
import { OrderViewSchema } from '../src/domain/order-view';
import { ContactDetailSchema } from './customer-intent';

/**
 * What the machine asks of the outside world through its injected actors, and
 * what comes back. The composition root implements these with the ports.
 */
export const LookupRequestSchema = z.object({
  orderNumber: z.string(),
  contact: ContactDetailSchema.nullable(),
  /** Set only when the order was picked from a signed-in customer's own list. */
  trustedCustomerId: z.string().nullable(),
  /** A fresh read of an order this conversation has already verified. */
  alreadyVerified: z.boolean(),
});
export type LookupRequest = z.infer<typeof LookupRequestSchema>;

export const LookupOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('found'), order: OrderViewSchema }),
  z.object({ kind: z.literal('not_found') }),
  z.object({ kind: z.literal('verification_failed') }),
  z.object({ kind: z.literal('unavailable') }),
  /** Too many failed verifications of this order, or by this person, across conversations: only a person can help now. */
  z.object({ kind: z.literal('limited'), limit: z.enum(['order', 'requester']) }),
]);
export type LookupOutcome = z.infer<typeof LookupOutcomeSchema>;

export const RecentOrdersOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('found'), orders: z.array(OrderSummarySchema) }),
  z.object({ kind: z.literal('unavailable') }),
]);
export type RecentOrdersOutcome = z.infer<typeof RecentOrdersOutcomeSchema>;

/** A signed-in customer's own orders (from their list), read in full to find the one with an item they named. */
export const RecentOrderItemsRequestSchema = z.object({ orderNumbers: z.array(z.string()) });
export type RecentOrderItemsRequest = z.infer<typeof RecentOrderItemsRequestSchema>;

/** What each parcel can be called by: its seller, its carrier and its items; nothing else of the order is needed to find it. */
export const OrderItemsSchema = z.object({
  orderNumber: z.string(),
  shipments: z.array(
    z.object({
      shipmentId: z.string(),
      seller: z.object({ name: z.string() }),
      carrier: z.object({ name: z.string() }).nullable(),
      items: z.array(z.object({ name: z.string() })),
    }),
  ),
});
export type OrderItems = z.infer<typeof OrderItemsSchema>;
/** The orders that could be read; the others (order system down, circuit open) are simply not searched. */
export const RecentOrderItemsOutcomeSchema = z.object({ orders: z.array(OrderItemsSchema) });
export type RecentOrderItemsOutcome = z.infer<typeof RecentOrderItemsOutcomeSchema>;

/** The carriers' alerts in force for these carriers in these states (a general question: "any StarTrack delays in NSW?"). */
export const DisruptionsRequestSchema = z.object({ carriers: z.array(CarrierCodeSchema).min(1), states: z.array(AuStateSchema).min(1) });
export type DisruptionsRequest = z.infer<typeof DisruptionsRequestSchema>;
/** What was checked and what is in force, so the answer can say "no alerts for Aramex in NSW". */
export const DisruptionsOutcomeSchema = DisruptionsRequestSchema.extend({ alerts: z.array(CarrierAlertSchema) });
export type DisruptionsOutcome = z.infer<typeof DisruptionsOutcomeSchema>;

