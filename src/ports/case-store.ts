import type { CaseNote, OpenCaseRequest, SupportCase } from '../domain/support-case';

/** What opening gave: the case, and whether this call created it (false: the same case was already open). */
export interface OpenedCase {
  supportCase: SupportCase;
  created: boolean;
}

/** Idempotent: opening the same kind of case for the same order and shipment again returns the first one. */
export interface CaseStore {
  open(request: OpenCaseRequest): Promise<OpenedCase>;
  casesForOrder(orderNumber: string): Promise<SupportCase[]>;
  /** Keeps an agent's note on the case; false when no case has this reference. */
  addNote(reference: string, text: string): Promise<boolean>;
  notesOf(reference: string): Promise<CaseNote[]>;
}
