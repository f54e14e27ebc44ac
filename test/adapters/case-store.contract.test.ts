import { InMemoryCaseStore } from '../../src/adapters/in-memory-case-store';
import { PostgresCaseStore } from '../../src/adapters/postgres/postgres-case-store';
import type { OpenCaseRequest } from '../../src/domain/support-case';
import type { CaseStore } from '../../src/ports/case-store';
import type { Clock } from '../../src/ports/clock';
import { DATABASE_URL, freshSchema, testSkippedBecause } from '../support/durable-services';

/**
 * One contract, every case store: what the procedure and the agents rely on.
 * The PostgreSQL run uses a schema of its own, migrated as start-up migrates.
 */

class StepClock implements Clock {
  private current = new Date('2026-11-20T01:00:00.000Z');
  now(): Date {
    return new Date(this.current.getTime());
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

function request(overrides: Partial<OpenCaseRequest> = {}): OpenCaseRequest {
  return {
    kind: 'missing_parcel_investigation',
    orderNumber: '4000123462',
    shipmentId: 'S1',
    customerSaid: 'it says delivered but it is not here',
    details: null,
    conversationId: 'conversation-1',
    ...overrides,
  };
}

interface Subject {
  store: CaseStore;
  clock: StepClock;
  done(): Promise<void>;
}

const stores: Array<[string, (() => Promise<Subject>) | null]> = [
  [
    'in memory',
    async () => {
      const clock = new StepClock();
      return { store: new InMemoryCaseStore(clock), clock, done: async () => undefined };
    },
  ],
  [
    DATABASE_URL ? 'PostgreSQL' : 'PostgreSQL (skipped: DATABASE_URL is not set)',
    DATABASE_URL
      ? async () => {
          const clock = new StepClock();
          const db = await freshSchema();
          return { store: new PostgresCaseStore(db.pool, clock), clock, done: db.drop };
        }
      : null,
  ],
];

describe.each(stores)('case store contract: %s', (_name, make) => {
  const maybe = make === null ? testSkippedBecause('DATABASE_URL is not set') : test;
  let subject: Subject;
  beforeEach(async () => {
    if (make) subject = await make();
  });
  afterEach(async () => {
    if (make) await subject.done();
  });

  maybe('opening the same case twice returns the first one, with its reference and UTC opening time', async () => {
    const { supportCase: first, created } = await subject.store.open(request());
    subject.clock.advance(60_000);
    const repeat = await subject.store.open(request({ customerSaid: 'still nothing', conversationId: 'conversation-2' }));
    // Only the first call created it: what counts cases opened counts it once.
    expect(created).toBe(true);
    expect(repeat).toEqual({ supportCase: first, created: false });
    expect(first).toMatchObject({ kind: 'missing_parcel_investigation', status: 'open', orderNumber: '4000123462', shipmentId: 'S1' });
    expect(first.reference).toMatch(/^MP-[2-9A-HJ-NP-Z]{8}$/);
    expect(first.openedAt).toBe('2026-11-20T01:00:00.000Z');
    expect(await subject.store.casesForOrder('4000123462')).toEqual([first]);
  });

  maybe('a case about the whole order (no parcel) is also opened once', async () => {
    const whole = request({ kind: 'address_change', shipmentId: null, details: '1 New St, Parramatta NSW 2150' });
    const { supportCase: first } = await subject.store.open(whole);
    const { supportCase: again, created } = await subject.store.open(whole);
    expect(created).toBe(false);
    expect(again.reference).toBe(first.reference);
    expect(first.shipmentId).toBeNull();
  });

  maybe('another parcel, kind or order is another case, each with its own reference', async () => {
    const results = [
      await subject.store.open(request()),
      await subject.store.open(request({ shipmentId: 'S2' })),
      await subject.store.open(request({ kind: 'refund_or_alternative' })),
      await subject.store.open(request({ shipmentId: null, kind: 'refund_or_alternative' })),
      await subject.store.open(request({ orderNumber: '4000123470' })),
    ];
    expect(results.every((r) => r.created)).toBe(true);
    const opened = results.map((r) => r.supportCase);
    expect(new Set(opened.map((c) => c.reference)).size).toBe(5);
    expect(await subject.store.casesForOrder('4000123462')).toHaveLength(4);
    expect(await subject.store.casesForOrder('4000123470')).toEqual([opened[4]]);
    expect(await subject.store.casesForOrder('4999999999')).toEqual([]);
  });

  maybe('many opens of one case at once still make one case', async () => {
    const all = await Promise.all(Array.from({ length: 8 }, () => subject.store.open(request())));
    expect(new Set(all.map((r) => r.supportCase.reference)).size).toBe(1);
    expect(all.filter((r) => r.created)).toHaveLength(1);
    expect(await subject.store.casesForOrder('4000123462')).toHaveLength(1);
  });

  maybe('agents keep notes on a case, in the order they wrote them; an unknown reference takes none', async () => {
    const { supportCase: opened } = await subject.store.open(request());
    expect(await subject.store.notesOf(opened.reference)).toEqual([]);
    expect(await subject.store.addNote(opened.reference, 'Called Australia Post, awaiting photo')).toBe(true);
    subject.clock.advance(5 * 60_000);
    expect(await subject.store.addNote(opened.reference, 'Photo shows side gate')).toBe(true);
    expect(await subject.store.addNote('MP-NOSUCHXX', 'lost')).toBe(false);
    expect(await subject.store.notesOf(opened.reference)).toEqual([
      { text: 'Called Australia Post, awaiting photo', addedAt: '2026-11-20T01:00:00.000Z' },
      { text: 'Photo shows side gate', addedAt: '2026-11-20T01:05:00.000Z' },
    ]);
    expect(await subject.store.notesOf('MP-NOSUCHXX')).toEqual([]);
  });
});
