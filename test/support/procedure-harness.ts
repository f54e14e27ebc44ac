import {
  DEFAULT_FIXTURES_DIR,
  FixtureCarrierAlertSource,
  FixtureOrderSource,
  loadFixtureOrders,
  type FixtureData,
} from '../../src/adapters/fixture-order-source';
import { InMemoryCaseStore } from '../../src/adapters/in-memory-case-store';
import { RateLimitedVerifications, inMemoryVerificationLimiters } from '../../src/adapters/rate-limited-verifications';
import { InMemoryConversationStore } from '../../src/adapters/in-memory-conversation-store';
import { CustomerConversations } from '../../src/conversation/customer-conversations';
import type { ProcedureLogger, ProcedurePorts } from '../../src/conversation/procedure-ports';
import { provideProcedure, type ProvidedProcedure } from '../../src/conversation/provide-procedure';
import { runSupportTurn, type TurnEvents, type TurnOutcome } from '../../src/conversation/run-support-turn';
import type { AssessmentRules } from '../../src/domain/assess-order';
import { defaultDeliveryTimeframes } from '../../src/domain/delivery-timeframes';
import { defaultPostcodeZoneRules } from '../../src/domain/delivery-zone';
import type { Order } from '../../src/domain/order';
import type { CaseNote, OpenCaseRequest, SupportCase } from '../../src/domain/support-case';
import type { CallContext } from '../../src/ports/call-context';
import type { CarrierAlertSource } from '../../src/ports/carrier-alert-source';
import type { CaseStore, OpenedCase } from '../../src/ports/case-store';
import type { Clock } from '../../src/ports/clock';
import type { VerificationLimiter } from '../../src/ports/verification-limiter';
import type { CustomerOrdersLookup, OrderLookup, OrderSource } from '../../src/ports/order-source';
import type { Understander } from '../../dialogs/understanding/customer-message-understander';
import { eventFromUnderstanding } from '../../state-machines/event-from-understanding';
import { OrderTopicSchema, QuestionSchema, plainUnderstanding, type CustomerIntent, type Understanding } from '../../state-machines/customer-intent';
import type { SupportEvent } from '../../state-machines/support-events';
import type { MessageKey, SupportMessage } from '../../state-machines/support-messages';
import { anOrder } from './order-builder';

/**
 * The support procedure wired as the bot wires it, but with fixture orders,
 * a clock the test controls, stores the test can look into and ports that
 * count their calls. Nothing is mocked: the fixture adapters are the real
 * adapters the bot runs with ORDER_SOURCE=fixtures.
 */

/** The instant the fixtures were recorded at (fixtures/anchor.json): Friday 20 Nov 2026, 12:00 in Sydney. */
export const FIXTURE_ANCHOR = new Date('2026-11-20T12:00:00+11:00');

export class ControlledClock implements Clock {
  private current: Date;

  constructor(start: Date = FIXTURE_ANCHOR) {
    this.current = new Date(start.getTime());
  }

  now(): Date {
    return new Date(this.current.getTime());
  }

  set(instant: Date): void {
    this.current = new Date(instant.getTime());
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/**
 * No fixture has several delivered parcels or several Marketplace parcels, so
 * the "which parcel?" question of those branches needs this built order:
 * S1 Kmart delivered, S2 Marketplace delivered, S3 Marketplace in transit,
 * S4 Kmart dispatched four days before the anchor and never scanned (its
 * tracking is overdue). Served by the fixture adapter next to the fixtures.
 */
export const MANY_PARCELS_ORDER: Order = anOrder({
  orderNumber: '4000999001',
  placedAt: '2026-11-14T09:00:00+11:00',
  customer: { firstName: 'Pat', email: 'pat.reed@example.com', phone: null },
  shipments: [
    {
      status: 'delivered',
      dispatchedAt: '2026-11-16T09:00:00+11:00',
      lastScanAt: '2026-11-18T14:00:00+11:00',
      deliveredAt: '2026-11-18T14:00:00+11:00',
      events: [
        { at: '2026-11-16T09:00:00+11:00', description: 'Shipping information received', location: 'Truganina VIC' },
        { at: '2026-11-18T14:00:00+11:00', description: 'Delivered', location: 'Parramatta NSW' },
      ],
    },
    {
      seller: { type: 'marketplace', name: 'Koala Crafts' },
      status: 'delivered',
      carrier: 'sendle',
      trackingNumber: 'SNDKC0001',
      dispatchedAt: '2026-11-16T11:00:00+11:00',
      lastScanAt: '2026-11-18T15:00:00+11:00',
      deliveredAt: '2026-11-18T15:00:00+11:00',
      events: [
        { at: '2026-11-16T11:00:00+11:00', description: 'Shipping information received', location: 'Alexandria NSW' },
        { at: '2026-11-18T15:00:00+11:00', description: 'Delivered', location: 'Parramatta NSW' },
      ],
    },
    {
      seller: { type: 'marketplace', name: 'Harbour Homewares' },
      carrier: 'aramex',
      trackingNumber: 'ARX7700112',
      dispatchedAt: '2026-11-19T10:00:00+11:00',
      lastScanAt: '2026-11-19T20:00:00+11:00',
      events: [
        { at: '2026-11-19T10:00:00+11:00', description: 'Shipping information received', location: 'Botany NSW' },
        { at: '2026-11-19T20:00:00+11:00', description: 'In transit', location: 'Botany NSW' },
      ],
    },
    {
      trackingNumber: '36LB45039999',
      dispatchedAt: '2026-11-16T10:00:00+11:00',
      lastScanAt: null,
      events: [],
    },
  ],
});

let fixtureData: FixtureData | null = null;

/** The fixtures directory, read and validated once per test file. */
export function loadedFixtureData(): FixtureData {
  fixtureData ??= loadFixtureOrders(DEFAULT_FIXTURES_DIR);
  return fixtureData;
}

/** The fixture data with extra orders (built in a test) served by the same fixture adapter. */
export function fixtureDataWith(extraOrders: readonly Order[]): FixtureData {
  const base = loadedFixtureData();
  return { ...base, orders: [...base.orders, ...extraOrders] };
}

/** An order source that counts lookups, so a test can prove none happened, and keeps the request each lookup served. */
export class CountingOrderSource implements OrderSource {
  findOrderCalls: string[] = [];
  findOrderRequests: Array<{ orderNumber: string; requestId: string | undefined }> = [];
  recentOrdersCalls: string[] = [];

  constructor(private readonly inner: OrderSource) {}

  findOrder(orderNumber: string, call: CallContext = {}): Promise<OrderLookup> {
    this.findOrderCalls.push(orderNumber);
    this.findOrderRequests.push({ orderNumber, requestId: call.requestId });
    return this.inner.findOrder(orderNumber);
  }

  recentOrdersOf(customerId: string): Promise<CustomerOrdersLookup> {
    this.recentOrdersCalls.push(customerId);
    return this.inner.recentOrdersOf(customerId);
  }
}

/** An order system that is down until `recover()` is called, then answers from the source it was put `over`. */
export class OutageOrderSource implements OrderSource {
  private down = true;
  private inner: OrderSource | null = null;

  over(inner: OrderSource): this {
    this.inner = inner;
    return this;
  }

  recover(): void {
    this.down = false;
  }

  async findOrder(orderNumber: string): Promise<OrderLookup> {
    if (this.down || this.inner === null) return { kind: 'unavailable', reason: 'connection refused (test outage)' };
    return this.inner.findOrder(orderNumber);
  }

  async recentOrdersOf(customerId: string): Promise<CustomerOrdersLookup> {
    if (this.down || this.inner === null) return { kind: 'unavailable', reason: 'connection refused (test outage)' };
    return this.inner.recentOrdersOf(customerId);
  }
}

/** A case system that fails every request, as a case API that is down would. */
export class FailingCaseStore implements CaseStore {
  attempts: OpenCaseRequest[] = [];

  async open(request: OpenCaseRequest): Promise<OpenedCase> {
    this.attempts.push(request);
    throw new Error('case system unavailable (test)');
  }

  async casesForOrder(): Promise<SupportCase[]> {
    return [];
  }

  async addNote(): Promise<boolean> {
    return false;
  }

  async notesOf(): Promise<CaseNote[]> {
    return [];
  }
}

/** Keeps what the procedure logged, so a test can check the engineer on call would see a failure. */
export class RecordingLogger implements ProcedureLogger {
  warnings: Array<{ details: object; message: string }> = [];

  warn(details: object, message: string): void {
    this.warnings.push({ details, message });
  }
}

export const ASSESSMENT_RULES: AssessmentRules = {
  timeframes: defaultDeliveryTimeframes,
  zoneRules: defaultPostcodeZoneRules,
};

export interface HarnessOptions {
  /** Defaults to the fixtures' anchor instant. */
  now?: Date;
  /** Orders built in the test, served next to the fixture orders. */
  extraOrders?: readonly Order[];
  /** Replaces the fixture order source, or wraps it (it is still wrapped in a counter). */
  orders?: OrderSource | ((fixtureOrders: OrderSource) => OrderSource);
  alerts?: CarrierAlertSource;
  /** Replaces the in-memory case store, or wraps it. */
  cases?: CaseStore | ((inMemory: CaseStore) => CaseStore);
  /** Failed verifications across conversations; in memory (as without Redis) unless given. */
  verifications?: VerificationLimiter;
}

export interface ProcedureHarness {
  clock: ControlledClock;
  data: FixtureData;
  /** Every order lookup goes through this counter. */
  orders: CountingOrderSource;
  /** The fixture store, whatever `cases` was given: look here for cases a fixture-backed test opened. */
  caseStore: InMemoryCaseStore;
  ports: ProcedurePorts;
  logger: RecordingLogger;
  procedure: ProvidedProcedure;
}

export function procedureHarness(options: HarnessOptions = {}): ProcedureHarness {
  const clock = new ControlledClock(options.now ?? FIXTURE_ANCHOR);
  const data = options.extraOrders ? fixtureDataWith(options.extraOrders) : loadedFixtureData();
  const fixtureOrders = new FixtureOrderSource({ data, clock });
  const chosen = typeof options.orders === 'function' ? options.orders(fixtureOrders) : (options.orders ?? fixtureOrders);
  const orders = new CountingOrderSource(chosen);
  const caseStore = new InMemoryCaseStore(clock);
  const logger = new RecordingLogger();
  const ports: ProcedurePorts = {
    orders,
    alerts: options.alerts ?? new FixtureCarrierAlertSource({ data, clock }),
    cases: typeof options.cases === 'function' ? options.cases(caseStore) : (options.cases ?? caseStore),
    verifications: options.verifications ?? new RateLimitedVerifications(inMemoryVerificationLimiters()),
    clock,
    rules: ASSESSMENT_RULES,
    logger,
  };
  return { clock, data, orders, caseStore, ports, logger, procedure: provideProcedure(ports) };
}

/**
 * One conversation run turn by turn with runSupportTurn. The envelope is kept
 * as JSON text between turns, as a durable store would keep it, so nothing
 * that does not survive serialisation can leak from one turn to the next.
 */
export class ConversationDriver {
  private savedJson: string | null = null;

  constructor(
    readonly harness: ProcedureHarness,
    readonly conversationId: string = 'conversation-1',
    private readonly understander: Understander | null = null,
  ) {}

  /** What a store would hand back: a fresh object parsed from the saved JSON. */
  stored(): unknown {
    return this.savedJson === null ? null : (JSON.parse(this.savedJson) as unknown);
  }

  /** The saved state value, as the next turn will restore it. */
  stateValue(): unknown {
    const stored = this.stored();
    if (stored === null || typeof stored !== 'object' || !('snapshot' in stored)) return null;
    const { snapshot } = stored;
    return snapshot !== null && typeof snapshot === 'object' && 'value' in snapshot ? snapshot.value : null;
  }

  send(...events: SupportEvent[]): Promise<TurnOutcome> {
    return this.turn(() => events);
  }

  /** Typed text, read by the real understander against what the conversation is waiting for. */
  say(text: string): Promise<TurnOutcome> {
    const { understander } = this;
    if (understander === null) throw new Error('this driver was created without an understander');
    return this.turn(async (expecting) => [eventFromUnderstanding(text, await understander.understand(text, { expecting }))]);
  }

  private async turn(events: TurnEvents): Promise<TurnOutcome> {
    const outcome = await runSupportTurn(this.harness.procedure, this.stored(), events, {
      conversationId: this.conversationId,
      clock: this.harness.clock,
    });
    this.savedJson = JSON.stringify(outcome.envelope);
    return outcome;
  }
}

/** The use case every channel shares, over the harness's ports and an in-memory (JSON) conversation store. */
export function customerConversations(harness: ProcedureHarness, understander: Understander) {
  const store = new InMemoryConversationStore(harness.clock);
  const conversations = new CustomerConversations({ procedure: harness.procedure, understander, store, clock: harness.clock });
  return { conversations, store };
}

// ------------------------------------------------------------------ events and replies

/**
 * An understanding as the NLU would produce it, for tests that drive the
 * machine without the NLU: an order topic or a question is also what the
 * message is about, as the real understander reports it.
 */
export function understood(intent: CustomerIntent, details: Partial<Omit<Understanding, 'intent'>> = {}): Understanding {
  const topic = OrderTopicSchema.safeParse(intent);
  const question = QuestionSchema.safeParse(intent);
  return {
    ...plainUnderstanding(intent, 1),
    topic: topic.success ? topic.data : null,
    question: question.success ? question.data : null,
    thanks: intent === 'thanks',
    answer: intent === 'affirm' ? 'yes' : intent === 'deny' ? 'no' : null,
    ...details,
  };
}

/** What the customer typed, as the event the use case would send (restart, person and goodbye become their own events). */
export function customerSays(text: string, intent: CustomerIntent, details: Partial<Omit<Understanding, 'intent'>> = {}): SupportEvent {
  return eventFromUnderstanding(text, understood(intent, details));
}

export function email(value: string): { kind: 'email'; value: string } {
  return { kind: 'email', value };
}

export function replyKeys(outcome: TurnOutcome): MessageKey[] {
  return outcome.replies.map((reply) => reply.key);
}

/** The turn's reply with this key; fails the test, naming what was said instead, when there is none. */
export function replyOf<K extends MessageKey>(outcome: TurnOutcome, key: K): Extract<SupportMessage, { key: K }> {
  const found = outcome.replies.find((reply): reply is Extract<SupportMessage, { key: K }> => reply.key === key);
  if (found === undefined) throw new Error(`no "${key}" reply; the turn said: ${replyKeys(outcome).join(', ') || '(nothing)'}`);
  return found;
}
