import { z } from 'zod';
import { OrderSummarySchema } from '../src/domain/order';
import { OrderViewSchema } from '../src/domain/order-view';
import { SupportCaseSchema } from '../src/domain/support-case';
import { ContactDetailSchema, OrderTopicSchema, RemedyKindSchema, UnderstandingSchema } from './customer-intent';
import { HandoffReasonSchema } from './handoff-summary';
import { DisruptionsRequestSchema } from './procedure-io';
import { OfferSchema } from './support-messages';

/**
 * Everything the procedure remembers between turns. A schema, because it is
 * stored in snapshots and validated when a conversation is loaded back.
 */
export const SupportContextSchema = z.object({
  conversationId: z.string().nullable(),
  orderNumber: z.string().nullable(),
  contact: ContactDetailSchema.nullable(),
  /** The contact detail given last, kept for "same email as before" (for another order, or after a typo). */
  lastContact: ContactDetailSchema.nullable(),
  /** The contact detail that proved an order in this conversation; tried, quietly, for the customer's next order. */
  verifiedContact: ContactDetailSchema.nullable(),
  /** The contact being tried is that earlier one, not one the customer gave for this order: a mismatch is no failed attempt. */
  contactIsTentative: z.boolean(),
  signedInCustomerId: z.string().nullable(),
  recentOrders: z.array(OrderSummarySchema),
  /** What the customer wants about their order (a problem, request or question), remembered while details are collected. */
  problem: OrderTopicSchema.nullable(),
  /** The customer's own words about the problem, passed on to cases and people. */
  customerSaid: z.string().nullable(),
  /** The customer's words that named an item ("where's the easel?"): once their order is found, that item's parcel is the one answered about. */
  itemNamed: z.string().nullable(),
  /**
   * A signed-in customer's message held while their recent orders are read
   * for the item it names: taken as the pick of the order that has it, or
   * read again as if nothing had been looked for. Empty once settled.
   */
  itemSearch: z.object({ text: z.string(), understanding: UnderstandingSchema }).nullable(),
  failedLookups: z.number().int().nonnegative(),
  confusion: z.number().int().nonnegative(),
  order: OrderViewSchema.nullable(),
  verified: z.boolean(),
  /** The shipment the current branch is about. */
  shipmentId: z.string().nullable(),
  /** The new address of an address change, read back to the customer before it is logged. */
  pendingAddress: z.string().max(200).nullable(),
  /** The remedy the customer asked for (refund, return, alternative), confirmed before it is logged. */
  remedy: RemedyKindSchema.nullable(),
  /**
   * A question about this order asked with its details ("4000… how many days does standard delivery take?",
   * "… will the Queensland floods affect it?"), answered for the order once it is found.
   */
  askedWithDetails: z.enum(['delivery_timeframes', 'carrier_disruptions']).nullable(),
  /** The carriers and states the last disruptions answer covered: "what about aus post?" right after it asks about Australia Post there. */
  disruptionsChecked: DisruptionsRequestSchema.nullable(),
  /** The customer turned a remedy down ("I don't want a refund"): a late parcel is explained without offering one. */
  remedyRefused: z.boolean(),
  cases: z.array(SupportCaseSchema),
  tried: z.array(z.string()),
  handoffReason: HandoffReasonSchema.nullable(),
  /** The buttons last offered, offered again when a message is not understood. */
  offers: z.array(OfferSchema),
});
export type SupportContext = z.infer<typeof SupportContextSchema>;

export const SupportInputSchema = z.object({ conversationId: z.string().nullable() });
export type SupportInput = z.infer<typeof SupportInputSchema>;

export function initialContext(input: SupportInput): SupportContext {
  return {
    conversationId: input.conversationId,
    orderNumber: null,
    contact: null,
    lastContact: null,
    verifiedContact: null,
    contactIsTentative: false,
    signedInCustomerId: null,
    recentOrders: [],
    problem: null,
    customerSaid: null,
    itemNamed: null,
    itemSearch: null,
    failedLookups: 0,
    confusion: 0,
    order: null,
    verified: false,
    shipmentId: null,
    pendingAddress: null,
    remedy: null,
    remedyRefused: false,
    askedWithDetails: null,
    disruptionsChecked: null,
    cases: [],
    tried: [],
    handoffReason: null,
    offers: [],
  };
}

