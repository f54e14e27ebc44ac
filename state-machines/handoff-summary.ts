import { z } from 'zod';
import { SupportCaseSchema } from '../src/domain/support-case';
import { SellerSchema, ShipmentStatusSchema } from '../src/domain/order';
import { OrderTopicSchema } from './customer-intent';

export const HandoffReasonSchema = z.enum(['customer_asked', 'too_many_attempts', 'case_failed']);
export type HandoffReason = z.infer<typeof HandoffReasonSchema>;

/** What the person taking over needs so the customer does not have to repeat themselves. */
export const HandoffSummarySchema = z.object({
  reason: HandoffReasonSchema,
  verified: z.boolean(),
  orderNumber: z.string().nullable(),
  customerFirstName: z.string().nullable(),
  problem: OrderTopicSchema.nullable(),
  customerSaid: z.string().nullable(),
  shipments: z.array(
    z.object({
      shipmentId: z.string(),
      seller: SellerSchema,
      status: ShipmentStatusSchema,
      carrier: z.string().nullable(),
      trackingNumber: z.string().nullable(),
    }),
  ),
  tried: z.array(z.string()),
  openCases: z.array(SupportCaseSchema),
  failedLookups: z.number().int(),
});
export type HandoffSummary = z.infer<typeof HandoffSummarySchema>;
