import type { OpenCaseRequest, SupportCase } from '../domain/support-case';

/** Idempotent: opening the same kind of case for the same order and shipment again returns the first one. */
export interface CaseStore {
  open(request: OpenCaseRequest): Promise<SupportCase>;
  casesForOrder(orderNumber: string): Promise<SupportCase[]>;
}
