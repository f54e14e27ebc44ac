import { z } from 'zod';
import { CaseKindSchema } from '../domain/support-case';
import { SellerSchema, ShipmentStatusSchema } from '../domain/order';
import { ProcedureStepSchema } from '../../state-machines/support-procedure/procedure-steps';

/**
 * What the copilot shows the agent (contract v1.1). A schema so the OpenAPI
 * document describes exactly what is answered; fields may be added, none may
 * change meaning.
 */
export const ChecklistItemSchema = z.object({ id: ProcedureStepSchema, label: z.string(), done: z.boolean() });
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

export const SuggestedActionSchema = z.object({ id: z.string(), label: z.string() });
export type SuggestedAction = z.infer<typeof SuggestedActionSchema>;

export const OrderCardSchema = z.object({
  orderNumber: z.string(),
  verified: z.literal(true),
  customerFirstName: z.string().nullable(),
  fulfilment: z.enum(['home_delivery', 'click_and_collect']),
  shipments: z.array(
    z.object({
      shipmentId: z.string(),
      seller: SellerSchema,
      status: ShipmentStatusSchema,
      items: z.array(z.object({ name: z.string(), quantity: z.number().int() })),
      carrier: z.string().nullable(),
      trackingNumber: z.string().nullable(),
      trackingUrl: z.string().nullable(),
      /** Business days of the delivery state, inclusive; null when there is no window to give. */
      expectedDelivery: z.object({ from: z.iso.date(), to: z.iso.date() }).nullable(),
    }),
  ),
});
export type OrderCard = z.infer<typeof OrderCardSchema>;

export const CaseCardSchema = z.object({
  reference: z.string(),
  kind: CaseKindSchema,
  status: z.enum(['open', 'closed']),
  openedAt: z.string(),
  shipmentId: z.string().nullable(),
});

export const SuggestionSchema = z.object({
  sessionId: z.string(),
  step: ProcedureStepSchema,
  suggestedReply: z.string(),
  alternatives: z.array(z.string()),
  guidance: z.array(z.string()),
  checklist: z.array(ChecklistItemSchema),
  actions: z.array(SuggestedActionSchema),
  order: OrderCardSchema.nullable(),
  cases: z.array(CaseCardSchema),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

export const FindingSchema = z.object({
  severity: z.enum(['block', 'warn']),
  code: z.string(),
  message: z.string(),
});
export type Finding = z.infer<typeof FindingSchema>;
