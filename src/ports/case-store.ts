import type { CaseNote, OpenCaseRequest, SupportCase } from '../domain/support-case';

/** Idempotent: opening the same kind of case for the same order and shipment again returns the first one. */
export interface CaseStore {
  open(request: OpenCaseRequest): Promise<SupportCase>;
  casesForOrder(orderNumber: string): Promise<SupportCase[]>;
  /** Keeps an agent's note on the case; false when no case has this reference. */
  addNote(reference: string, text: string): Promise<boolean>;
  notesOf(reference: string): Promise<CaseNote[]>;
}
