import { z } from 'zod';
import { IsoTimeSchema } from './order';

export const CaseKindSchema = z.enum([
  'missing_parcel_investigation',
  'store_collection_check',
  'marketplace_ticket',
  'address_change',
  'carrier_redirect',
  'refund_or_alternative',
]);
export type CaseKind = z.infer<typeof CaseKindSchema>;

export const OpenCaseRequestSchema = z.object({
  kind: CaseKindSchema,
  orderNumber: z.string(),
  /** null when the case is about the whole order (an address change, say). */
  shipmentId: z.string().nullable(),
  /** The customer's own words, so the team handling it does not have to ask again. */
  customerSaid: z.string().max(2000),
  /** What the customer confirmed: the new address, the remedy asked for. */
  details: z.string().max(500).nullable(),
  conversationId: z.string().nullable(),
});
export type OpenCaseRequest = z.infer<typeof OpenCaseRequestSchema>;

export const SupportCaseSchema = z.object({
  reference: z.string(),
  kind: CaseKindSchema,
  status: z.enum(['open', 'closed']),
  orderNumber: z.string(),
  shipmentId: z.string().nullable(),
  openedAt: IsoTimeSchema,
});
export type SupportCase = z.infer<typeof SupportCaseSchema>;

/** A contact-centre agent's note, kept on the case for the team that handles it. */
export const CaseNoteSchema = z.object({
  text: z.string().min(1).max(2000),
  addedAt: IsoTimeSchema,
});
export type CaseNote = z.infer<typeof CaseNoteSchema>;

/** One case per kind, order and shipment: asking twice must not open two. */
export function caseIdempotencyKey(request: Pick<OpenCaseRequest, 'kind' | 'orderNumber' | 'shipmentId'>): string {
  return `${request.kind}:${request.orderNumber}:${request.shipmentId ?? '*'}`;
}
