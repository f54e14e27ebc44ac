import { z } from 'zod';
import { CarrierAlertSchema, OrderSummarySchema } from '../src/domain/order';
import { OrderViewSchema } from '../src/domain/order-view';
import { SupportCaseSchema } from '../src/domain/support-case';
import { ContactDetailSchema, FollowUpTopicSchema } from './customer-intent';
import { HandoffReasonSchema } from './handoff-summary';
import { OfferSchema } from './support-messages';

/**
 * Everything the procedure remembers between turns. A schema, because it is
 * stored in snapshots and validated when a conversation is loaded back.
 */
export const SupportContextSchema = z.object({
  conversationId: z.string().nullable(),
  orderNumber: z.string().nullable(),
  contact: ContactDetailSchema.nullable(),
  signedInCustomerId: z.string().nullable(),
  recentOrders: z.array(OrderSummarySchema),
  /** The customer's problem, remembered while details are collected. */
  problem: FollowUpTopicSchema.nullable(),
  /** The customer's own words about the problem, passed on to cases and people. */
  customerSaid: z.string().nullable(),
  failedLookups: z.number().int().nonnegative(),
  confusion: z.number().int().nonnegative(),
  order: OrderViewSchema.nullable(),
  verified: z.boolean(),
  /** The shipment the current branch is about. */
  shipmentId: z.string().nullable(),
  alerts: z.array(CarrierAlertSchema),
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
    signedInCustomerId: null,
    recentOrders: [],
    problem: null,
    customerSaid: null,
    failedLookups: 0,
    confusion: 0,
    order: null,
    verified: false,
    shipmentId: null,
    alerts: [],
    cases: [],
    tried: [],
    handoffReason: null,
    offers: [],
  };
}

