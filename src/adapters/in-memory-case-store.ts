import { caseIdempotencyKey, type CaseNote, type OpenCaseRequest, type SupportCase } from '../domain/support-case';
import { newCaseReference } from '../domain/case-reference';
import type { CaseStore, OpenedCase } from '../ports/case-store';
import type { Clock } from '../ports/clock';
import { answerLater } from './answer-later';

/** For local use and tests; a process restart forgets every case. */
export class InMemoryCaseStore implements CaseStore {
  private readonly byKey = new Map<string, SupportCase>();
  private readonly notes = new Map<string, CaseNote[]>();

  constructor(private readonly clock: Clock) {}

  async open(request: OpenCaseRequest): Promise<OpenedCase> {
    await answerLater();
    const key = caseIdempotencyKey(request);
    const existing = this.byKey.get(key);
    if (existing) return { supportCase: existing, created: false };
    const opened: SupportCase = {
      reference: newCaseReference(request.kind),
      kind: request.kind,
      status: 'open',
      orderNumber: request.orderNumber,
      shipmentId: request.shipmentId,
      openedAt: this.clock.now().toISOString(),
    };
    this.byKey.set(key, opened);
    return { supportCase: opened, created: true };
  }

  async casesForOrder(orderNumber: string): Promise<SupportCase[]> {
    await answerLater();
    return [...this.byKey.values()].filter((c) => c.orderNumber === orderNumber);
  }

  async addNote(reference: string, text: string): Promise<boolean> {
    await answerLater();
    const known = [...this.byKey.values()].some((c) => c.reference === reference);
    if (!known) return false;
    this.notes.set(reference, [...(this.notes.get(reference) ?? []), { text, addedAt: this.clock.now().toISOString() }]);
    return true;
  }

  async notesOf(reference: string): Promise<CaseNote[]> {
    await answerLater();
    return this.notes.get(reference) ?? [];
  }
}
