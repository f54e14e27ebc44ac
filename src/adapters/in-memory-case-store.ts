import { caseIdempotencyKey, type OpenCaseRequest, type SupportCase } from '../domain/support-case';
import { newCaseReference } from '../domain/case-reference';
import type { CaseStore } from '../ports/case-store';
import type { Clock } from '../ports/clock';

/** For local use and tests; a process restart forgets every case. */
export class InMemoryCaseStore implements CaseStore {
  private readonly byKey = new Map<string, SupportCase>();

  constructor(private readonly clock: Clock) {}

  async open(request: OpenCaseRequest): Promise<SupportCase> {
    const key = caseIdempotencyKey(request);
    const existing = this.byKey.get(key);
    if (existing) return existing;
    const opened: SupportCase = {
      reference: newCaseReference(request.kind),
      kind: request.kind,
      status: 'open',
      orderNumber: request.orderNumber,
      shipmentId: request.shipmentId,
      openedAt: this.clock.now().toISOString(),
    };
    this.byKey.set(key, opened);
    return opened;
  }

  async casesForOrder(orderNumber: string): Promise<SupportCase[]> {
    return [...this.byKey.values()].filter((c) => c.orderNumber === orderNumber);
  }
}
