import {
  createActor,
  createEmptyActor,
  fromPromise,
  toPromise,
  waitFor,
  type AnyActorLogic,
  type AnyActorScope,
  type SnapshotFrom,
} from 'xstate';
import { getShortestPaths, getStateNodes, type StatePath } from 'xstate/graph';
import { z } from 'zod';

import { carrierInfo } from '../../../src/domain/carriers';
import { CaseKindSchema, SupportCaseSchema } from '../../../src/domain/support-case';
import { CustomerIntentSchema, type ContactDetail } from '../../../state-machines/customer-intent';
import { DisruptionsOutcomeSchema, LookupOutcomeSchema, RecentOrderItemsOutcomeSchema, RecentOrdersOutcomeSchema } from '../../../state-machines/procedure-io';
import { parcelNamedIn } from '../../../state-machines/shipment-candidates';
import { SupportEventSchema, type SupportEvent } from '../../../state-machines/support-events';
import { supportProcedureMachine } from '../../../state-machines/support-procedure/support-procedure.machine';
import { FIXTURE_ANCHOR, MANY_PARCELS_ORDER, customerSays, email, loadedFixtureData, procedureHarness } from '../../support/procedure-harness';

/**
 * Paths generated from the machine itself: every state must be reachable,
 * and every generated path must play out the same on the running machine.
 *
 * xstate/graph walks the machine with pure transitions, so invoked actors
 * never run: the walk is fed their done events instead. Their outputs are the
 * real ones, computed by the procedure's own port wiring over the fixture
 * orders for exactly the input the machine gave the actor. Only failures the
 * fixtures cannot produce (order system down, a port throwing) are made up,
 * and paths using them are replayed with actors that give the same answers.
 */

type SupportSnapshot = SnapshotFrom<typeof supportProcedureMachine>;
type ActorEvent = { type: string; output?: unknown; error?: unknown };
type PathEvent = SupportEvent | ActorEvent;
type SupportPath = StatePath<SupportSnapshot, PathEvent>;

const ROOT_ID = supportProcedureMachine.id;
const INPUT = { conversationId: 'paths' };
const EXTRA_ORDERS = [MANY_PARCELS_ORDER];

/*
 * Reusing a contact from earlier in the conversation ("same email as
 * before", or quietly trying the contact that verified the last order) makes
 * every later state depend on which contact came before, which multiplies
 * the walk by the number of sample contacts. Both behaviours have their own
 * branch tests (collect-details.test.ts), so the walk and its replays run
 * the machine with quiet reuse off and without the "same as before" sample.
 */
const WALKED_GUARDS = { canTryVerifiedContact: () => false } as const;
const walkedMachine = supportProcedureMachine.provide({ guards: WALKED_GUARDS });

// The walk feeds actor done/error events, which are not SupportEvents: it sees the machine as plain actor logic.
const traversable: AnyActorLogic = walkedMachine;

const ActorDoneEventSchema = z.object({ type: z.string().startsWith('xstate.done.actor.'), output: z.unknown() });
const ActorErrorEventSchema = z.object({ type: z.string().startsWith('xstate.error.actor.'), error: z.unknown() });
const PathEventSchema = z.union([SupportEventSchema, ActorDoneEventSchema, ActorErrorEventSchema]);

const OUTPUT_SCHEMAS: Record<string, z.ZodType> = {
  lookUpOrder: LookupOutcomeSchema,
  loadRecentOrders: RecentOrdersOutcomeSchema,
  loadRecentOrderItems: RecentOrderItemsOutcomeSchema,
  openCase: SupportCaseSchema,
  loadDisruptions: DisruptionsOutcomeSchema,
};

/** Every invoke of the machine: its id (what done events are addressed to) and the port it calls. */
const INVOKES = new Map(
  getStateNodes(supportProcedureMachine.root).flatMap((node) =>
    node.invoke.map((invoke) => [invoke.id, { src: typeof invoke.src === 'string' ? invoke.src : 'inline', stateId: node.id }] as const),
  ),
);

const LEAF_STATES = getStateNodes(supportProcedureMachine.root)
  .filter((node) => node.type === 'atomic' || node.type === 'final')
  .map((node) => node.id);

/** Leaf state ids of a state value: 'missingParcel.tips' -> support-procedure.missingParcel.tips. */
function leafIdsOf(value: unknown, prefix: string = ROOT_ID): string[] {
  if (typeof value === 'string') return [`${prefix}.${value}`];
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leafIdsOf(child, `${prefix}.${key}`));
  }
  return [];
}

// ---------------------------------------------------------------- sample events

const fixtures = loadedFixtureData();
function emailOf(orderNumber: string): ContactDetail {
  const order = [...fixtures.orders, ...EXTRA_ORDERS].find((o) => o.orderNumber === orderNumber);
  if (!order) throw new Error(`no fixture order ${orderNumber}`);
  return email(order.customer.email.toLowerCase());
}

/** One order per kind of situation the procedure branches on. */
const SAMPLE_ORDERS = [
  '4000123456', // on time, in transit
  '4000123459', // delayed
  '4000123462', // delivered, "I don't have it"
  '4000123464', // processing, not dispatched
  '4000123466', // Click & Collect, ready
  '4000123469', // cancelled
  '4000123470', // mixed sellers and carriers, one Marketplace parcel
  MANY_PARCELS_ORDER.orderNumber, // several delivered, several Marketplace, tracking overdue
];

const MESSAGE_SAMPLES: SupportEvent[] = [
  // Every intent on its own; restart, talk_to_person and done become their own events.
  ...CustomerIntentSchema.options.filter((intent) => intent !== 'none').map((intent) => customerSays(`(${intent})`, intent)),
  // Not understood, for each reason.
  customerSays('(unclear)', 'none'),
  ...(['empty', 'too_long', 'emoji_only', 'other_language', 'gibberish'] as const).map((reason) =>
    customerSays(`(${reason})`, 'none', { notUnderstood: reason }),
  ),
  // Details: one at a time, both at once, wrong, unknown, malformed.
  customerSays('4000123456', 'track_order', { orderNumber: '4000123456' }),
  customerSays('sam.nguyen@example.com', 'track_order', { contact: emailOf('4000123456') }),
  ...SAMPLE_ORDERS.map((orderNumber) =>
    customerSays(`${orderNumber} ${emailOf(orderNumber).value}`, 'track_order', { orderNumber, contact: emailOf(orderNumber) }),
  ),
  customerSays('4000123456 someone.else@example.com', 'track_order', { orderNumber: '4000123456', contact: email('someone.else@example.com') }),
  customerSays('4000999999 sam.nguyen@example.com', 'track_order', { orderNumber: '4000999999', contact: emailOf('4000123456') }),
  customerSays('order 12345', 'track_order', { invalidOrderNumber: '12345' }),
  // A problem and the details in one message.
  customerSays('4000123462 noah.williams@example.com it says delivered but it is not here', 'delivered_not_received', {
    orderNumber: '4000123462',
    contact: emailOf('4000123462'),
  }),
  // General questions that need a lookup, an address, a remedy.
  customerSays('any startrack delays in nsw', 'carrier_disruptions', { carriers: ['startrack'], states: ['NSW'] }),
  customerSays('14 Riley St, Surry Hills NSW 2010', 'none', { address: '14 Riley St, Surry Hills NSW 2010' }),
  customerSays('a refund please', 'wants_remedy', { remedy: 'refund' }),
  customerSays('thanks', 'thanks'),
  // Answers to "which parcel?".
  customerSays('1', 'none'),
  customerSays('2', 'none'),
  customerSays('the third one', 'none'),
];

/**
 * A signed-in customer naming an item: in one of their orders, in none, and
 * (by seller) in several. Offered only where a signed-in customer's orders
 * are looked through for it (their list, or the follow-up question); what
 * item names do elsewhere has its own tests (finding-named-item.test.ts).
 */
const ITEM_SAMPLES: SupportEvent[] = [
  customerSays("where's my robot vacuum", 'track_order'),
  customerSays('the lamp', 'none'),
  customerSays('the kmart gift', 'none'),
];

const SHIPMENT_CHOICES: SupportEvent[] = ['S1', 'S2', 'S3', 'S4', 'S9'].map((shipmentId) => ({ type: 'CHOOSE_SHIPMENT', shipmentId }));
const ORDER_CHOICES: SupportEvent[] = ['4000123470', '4000123456'].map((orderNumber) => ({ type: 'CHOOSE_ORDER', orderNumber }));
/** What the turn runner sends before every turn: a day after the fixtures' orders were read, they are stale. */
const TURN_STARTS: SupportEvent[] = [
  { type: 'TURN_STARTED', at: FIXTURE_ANCHOR.toISOString() },
  { type: 'TURN_STARTED', at: new Date(FIXTURE_ANCHOR.getTime() + 24 * 60 * 60 * 1000).toISOString() },
];
/** Buttons: a follow-up topic and both answers to a yes/no question. */
const CHOICES: SupportEvent[] = [
  { type: 'customer.choice', text: 'My parcel is late', choice: { topic: 'parcel_delayed' } },
  { type: 'customer.choice', text: 'Yes please', choice: { answer: 'yes' } },
  { type: 'customer.choice', text: 'No, still missing', choice: { answer: 'no' } },
];
/** A sign-in comes with a signed-in customer's first turn (the machine ignores repeats), so it is offered at the opening only. */
const OPENING_EVENTS: SupportEvent[] = [
  { type: 'CONVERSATION_STARTED' },
  { type: 'SIGNED_IN', customerId: 'CUST-100002' },
  { type: 'SIGNED_IN', customerId: 'CUST-UNKNOWN' },
];

/**
 * Failures the fixtures cannot produce. The order system failing is offered
 * at the conversation's first lookup only, and a case or alert port failing
 * wherever one is called: enough to reach every state such a failure leads
 * to without multiplying the walk by every later context.
 */
function madeUpOutcomes(snapshot: SupportSnapshot, invokeId: string, src: string): ActorEvent[] {
  const failed: ActorEvent = { type: `xstate.error.actor.${invokeId}`, error: { message: `${src} failed (made up)` } };
  const unavailable: ActorEvent = { type: `xstate.done.actor.${invokeId}`, output: { kind: 'unavailable' } };
  const c = snapshot.context;
  const firstLookup = c.failedLookups === 0 && c.problem === null && c.tried.length === 0;
  switch (src) {
    case 'lookUpOrder':
      return firstLookup && c.signedInCustomerId === null ? [unavailable, failed] : [];
    case 'loadRecentOrders':
      return [unavailable, failed];
    default:
      return [failed];
  }
}

// ---------------------------------------------------------------- the walk

const realOutputs = new Map<string, unknown>();
const madeUp = new Set<string>();

const OpenCaseKeySchema = z.object({ kind: z.string(), orderNumber: z.string(), shipmentId: z.string().nullable() });
/** The case port is idempotent on kind, order and shipment (ports/case-store.ts): the customer's words do not change which case comes back. */
function outputKey(src: string, input: unknown): string {
  const keyed = src === 'openCase' ? OpenCaseKeySchema.parse(input) : input;
  return `${src}:${JSON.stringify(keyed)}`;
}

const wiring = procedureHarness({ extraOrders: EXTRA_ORDERS });

/** What the provided procedure's own actor for `src` answers to `input`, over the fixture adapters. */
async function realOutput(src: string, input: unknown): Promise<unknown> {
  const implementation = wiring.procedure.implementations.actors[src];
  const schema = OUTPUT_SCHEMAS[src];
  if (implementation === undefined || schema === undefined) throw new Error(`no actor ${src}`);
  const logic: AnyActorLogic = 'src' in implementation ? implementation.src : implementation;
  const actor = createActor(logic, { input });
  actor.start();
  const output: unknown = await toPromise(actor);
  return schema.parse(output);
}

async function learn(src: string, input: unknown): Promise<void> {
  const key = outputKey(src, input);
  if (!realOutputs.has(key)) realOutputs.set(key, await realOutput(src, input));
}

/**
 * Real answers for the inputs the samples can lead to, asked up front so the
 * walk rarely needs a second round. Anything missed is asked after a round.
 */
async function learnLikelyAnswers(): Promise<void> {
  const orderNumbers = new Set<string>(['4000123479', '4000123470']);
  const contacts = new Map<string, ContactDetail | null>([['none', null]]);
  for (const event of MESSAGE_SAMPLES) {
    if (event.type !== 'customer.message') continue;
    if (event.understanding.orderNumber) orderNumbers.add(event.understanding.orderNumber);
    if (event.understanding.contact) contacts.set(JSON.stringify(event.understanding.contact), event.understanding.contact);
  }
  for (const orderNumber of orderNumbers) {
    for (const contact of contacts.values()) {
      for (const trustedCustomerId of [null, 'CUST-100002']) await learn('lookUpOrder', { orderNumber, contact, trustedCustomerId, alreadyVerified: false });
    }
  }
  for (const customerId of ['CUST-100002', 'CUST-UNKNOWN']) await learn('loadRecentOrders', { customerId });
  // CUST-100002's orders, read for an item with none of them in view, or with the other one in view.
  for (const orderNumbers of [['4000123479', '4000123470'], ['4000123479'], ['4000123470']]) await learn('loadRecentOrderItems', { orderNumbers });
  const orders = [...fixtures.orders, ...EXTRA_ORDERS].filter((order) => orderNumbers.has(order.orderNumber));
  for (const kind of CaseKindSchema.options) {
    for (const order of orders) {
      for (const shipmentId of [null, ...order.shipments.map((s) => s.shipmentId)]) {
        await learn('openCase', { kind, orderNumber: order.orderNumber, shipmentId, customerSaid: '', details: null, conversationId: INPUT.conversationId });
      }
    }
  }
}

const ChildSnapshotSchema = z.object({ input: z.unknown() });

function eventsFor(snapshot: SupportSnapshot, wanted: Map<string, { src: string; input: unknown }>): PathEvent[] {
  const c = snapshot.context;
  const opening =
    snapshot.value === 'collectingDetails' &&
    c.orderNumber === null &&
    c.contact === null &&
    c.problem === null &&
    c.failedLookups === 0 &&
    c.signedInCustomerId === null;
  // A turn waits until the procedure is no longer busy before it sends anything else (run-support-turn.ts).
  const customerEvents = snapshot.hasTag('busy')
    ? []
    : [
        ...MESSAGE_SAMPLES,
        ...(c.recentOrders.length > 0 && (snapshot.matches('choosingRecentOrder') || snapshot.matches('awaitingFollowUp')) ? ITEM_SAMPLES : []),
        ...SHIPMENT_CHOICES,
        ...ORDER_CHOICES,
        ...(opening ? OPENING_EVENTS : []),
        ...TURN_STARTS,
        ...CHOICES,
      ];
  // Once a topic is held, a second one only changes which branch comes next: the branch tests cover that, the walk need not.
  const topicHeld = c.problem !== null && c.order === null;
  const events: PathEvent[] = customerEvents.filter(
    (event) => !(topicHeld && event.type === 'customer.message' && event.understanding.topic !== null) && snapshot.can(event),
  );
  for (const [invokeId, child] of Object.entries(snapshot.children)) {
    const invoke = INVOKES.get(invokeId);
    if (invoke === undefined || child === undefined) continue;
    const { input } = ChildSnapshotSchema.parse(child.getSnapshot());
    const key = outputKey(invoke.src, input);
    if (realOutputs.has(key)) events.push({ type: `xstate.done.actor.${invokeId}`, output: realOutputs.get(key) });
    else wanted.set(key, { src: invoke.src, input });
    for (const event of madeUpOutcomes(snapshot, invokeId, invoke.src)) {
      madeUp.add(JSON.stringify(event));
      events.push(event);
    }
  }
  return events;
}

/**
 * Two snapshots are the same state for the walk when everything a guard or an
 * actor input reads is the same; what only shapes replies (tried steps, cases,
 * alerts, confusion count) is left out so the walk stays finite, and so are
 * the earlier contacts, which nothing reads with quiet reuse off. Locked out,
 * only the failed lookups matter. A signed-in customer id only matters while
 * their order list is loading or on screen.
 */
function serializeState(snapshot: SupportSnapshot): string {
  const c = snapshot.context;
  if (snapshot.value === 'lockedOut') return JSON.stringify([snapshot.value, c.failedLookups]);
  const signedIn = snapshot.value === 'loadingRecentOrders' || c.recentOrders.length > 0 ? c.signedInCustomerId : null;
  return JSON.stringify([
    snapshot.value,
    c.orderNumber,
    c.contact,
    c.failedLookups,
    signedIn,
    c.recentOrders.map((o) => o.orderNumber),
    c.problem,
    c.order?.orderNumber ?? null,
    c.shipmentId,
    c.verified,
    c.pendingAddress,
    c.remedy,
    itemNamedKey(c.itemNamed),
    c.itemSearch?.text ?? null,
    Object.keys(snapshot.children),
  ]);
}

/** The parcels of the walk's orders that the words naming an item pick: all a guard or a reply can make of those words. */
const itemNamedKeys = new Map<string, string | null>();
function itemNamedKey(itemNamed: string | null): string | null {
  if (itemNamed === null) return null;
  const known = itemNamedKeys.get(itemNamed);
  if (known !== undefined) return known;
  const picked = [...fixtures.orders, ...EXTRA_ORDERS].map((order) => {
    const parcels = order.shipments.map((s) => ({ ...s, carrier: carrierInfo(s.carrier) }));
    return parcelNamedIn(itemNamed, parcels)?.shipmentId ?? '-';
  });
  const key = picked.every((id) => id === '-') ? null : picked.join('');
  itemNamedKeys.set(itemNamed, key);
  return key;
}

/** Walks until every actor the walk reached has had its real answer fed back (each round reaches further). */
async function walk(): Promise<SupportPath[]> {
  await learnLikelyAnswers();
  for (let round = 0; round < 12; round += 1) {
    const wanted = new Map<string, { src: string; input: unknown }>();
    const paths: SupportPath[] = getShortestPaths(traversable, {
      input: INPUT,
      events: (snapshot: SupportSnapshot) => eventsFor(snapshot, wanted),
      serializeState,
    });
    if (wanted.size === 0) return paths;
    for (const [key, { src, input }] of wanted) realOutputs.set(key, await realOutput(src, input));
  }
  throw new Error('the walk kept finding new actor inputs');
}

const actorScope: AnyActorScope = (() => {
  const self = createEmptyActor();
  return {
    self,
    id: 'paths',
    sessionId: 'paths',
    logger: () => undefined,
    defer: () => undefined,
    emit: () => undefined,
    system: self.system,
    stopChild: () => undefined,
    actionExecutor: () => undefined,
  };
})();

/** The machine's pure microsteps, taking the actor events the walk feeds it too (method parameters are bivariant). */
interface Microstepper {
  microstep(snapshot: SupportSnapshot, event: PathEvent, scope: AnyActorScope): SupportSnapshot[];
}
const microstepper: Microstepper = walkedMachine;

const eventsOf = (path: SupportPath): PathEvent[] => path.steps.slice(1).map((step) => PathEventSchema.parse(step.event));
const usesMadeUpOutcome = (path: SupportPath) => eventsOf(path).some((event) => madeUp.has(JSON.stringify(event)));
const isActorEvent = (event: PathEvent): event is ActorEvent =>
  event.type.startsWith('xstate.done.actor.') || event.type.startsWith('xstate.error.actor.');

// ---------------------------------------------------------------- replay

/** The machine with actors that answer what the path says they answered, in order. */
function scriptedProcedure(events: PathEvent[]) {
  const answers = events.filter(isActorEvent);
  const next = (src: string): unknown => {
    const index = answers.findIndex((event) => INVOKES.get(event.type.replace(/^xstate\.(done|error)\.actor\./, ''))?.src === src);
    const [answer] = answers.splice(index, 1);
    if (index < 0 || answer === undefined) throw new Error(`the path has no answer left for ${src}`);
    if (answer.type.startsWith('xstate.error.actor.')) throw new Error(`${src} failed (scripted)`);
    return answer.output;
  };
  return walkedMachine.provide({
    actors: {
      lookUpOrder: fromPromise(async () => LookupOutcomeSchema.parse(next('lookUpOrder'))),
      loadRecentOrders: fromPromise(async () => RecentOrdersOutcomeSchema.parse(next('loadRecentOrders'))),
      loadRecentOrderItems: fromPromise(async () => RecentOrderItemsOutcomeSchema.parse(next('loadRecentOrderItems'))),
      openCase: fromPromise(async () => SupportCaseSchema.parse(next('openCase'))),
      loadDisruptions: fromPromise(async () => DisruptionsOutcomeSchema.parse(next('loadDisruptions'))),
    },
  });
}

const MicrostepSchema = z.object({ type: z.literal('@xstate.microstep'), snapshot: z.object({ value: z.unknown() }) });

/**
 * Plays the path on a running actor: ordinary events are sent, actor events
 * are left to the real (or scripted) actors, and after every step the state
 * must be the one the walk predicted. Real actors can settle several steps
 * before the test looks, so every snapshot the actor goes through is kept
 * and the steps are matched against them in order. Returns a description of
 * the first difference, or null.
 */
async function replay(path: SupportPath, target: string): Promise<string | null> {
  const events = eventsOf(path);
  const expected = path.steps.slice(1).map((step) => step.state.value);
  const procedure = usesMadeUpOutcome(path) ? scriptedProcedure(events) : procedureHarness({ extraOrders: EXTRA_ORDERS }).procedure.provide({ guards: WALKED_GUARDS });
  const passed = new Set<string>();
  const actor = createActor(procedure, {
    input: INPUT,
    inspect: (inspection) => {
      const microstep = MicrostepSchema.safeParse(inspection);
      if (microstep.success) leafIdsOf(microstep.data.snapshot.value).forEach((id) => passed.add(id));
    },
  });
  const seen: Array<{ value: unknown; children: string[] }> = [];
  actor.subscribe((snapshot) => seen.push({ value: snapshot.value, children: Object.keys(snapshot.children) }));
  actor.start();
  leafIdsOf(actor.getSnapshot().value).forEach((id) => passed.add(id));
  let cursor = seen.length;
  try {
    for (const [i, event] of events.entries()) {
      let actual: unknown;
      if (isActorEvent(event)) {
        const invokeId = event.type.replace(/^xstate\.(done|error)\.actor\./, '');
        const from = cursor;
        const settled = (s: { children: string[] }) => !s.children.includes(invokeId);
        await waitFor(actor, () => seen.slice(from).some(settled), { timeout: 5000 });
        const index = from + seen.slice(from).findIndex(settled);
        actual = seen[index]?.value;
        cursor = index + 1;
      } else {
        actor.send(event);
        actual = actor.getSnapshot().value;
        cursor = seen.length;
      }
      leafIdsOf(actual).forEach((id) => passed.add(id));
      if (JSON.stringify(actual) !== JSON.stringify(expected[i])) {
        return `step ${i + 1} (${event.type}): expected ${JSON.stringify(expected[i])}, got ${JSON.stringify(actual)}`;
      }
    }
    return passed.has(target) ? null : `never passed through ${target}`;
  } finally {
    actor.stop();
  }
}

// ---------------------------------------------------------------- tests

/**
 * For each leaf state, the shortest path through it: a generated shortest path
 * to a walk state plus one event out of it, whose microsteps pass the leaf.
 * States left by an always-transition (routing, judging, handoff...) never
 * end a path, so they can only be seen on the way. Walk states are taken
 * nearest first; at equal length a path the fixtures can replay wins.
 */
function shortestThroughEachState(walked: SupportPath[]): Map<string, SupportPath> {
  const found = new Map<string, SupportPath>();
  const record = (id: string, path: SupportPath) => {
    const known = found.get(id);
    const better =
      known === undefined ||
      path.weight < known.weight ||
      (path.weight === known.weight && usesMadeUpOutcome(known) && !usesMadeUpOutcome(path));
    if (better) found.set(id, path);
  };
  const nearestFirst = [...walked].sort((a, b) => a.weight - b.weight);
  for (const path of nearestFirst) {
    const farthestNeeded = Math.max(...[...found.values()].map((p) => p.weight));
    if (found.size === LEAF_STATES.length && path.weight >= farthestNeeded) break;
    leafIdsOf(path.state.value).forEach((id) => record(id, path));
    for (const event of eventsFor(path.state, new Map())) {
      const microsteps = microstepper.microstep(path.state, event, actorScope);
      const next = microsteps.at(-1);
      if (next === undefined) continue;
      const extended: SupportPath = { state: next, steps: [...path.steps, { state: next, event }], weight: path.weight + 1 };
      new Set(microsteps.flatMap((s) => leafIdsOf(s.value))).forEach((id) => record(id, extended));
    }
  }
  return found;
}

let paths: SupportPath[] = [];
let shortestTo = new Map<string, SupportPath>();

beforeAll(async () => {
  paths = await walk();
  shortestTo = shortestThroughEachState(paths);
}, 120_000);

test('every leaf state of the machine is reached by a shortest path', () => {
  const report = LEAF_STATES.map((id) => {
    const path = shortestTo.get(id);
    const how = path ? eventsOf(path).map((e) => e.type.replace(/^xstate\.(done|error)\.actor\.0\.support-procedure\./, (m) => (m.includes('error') ? 'error:' : 'done:'))) : ['UNREACHED'];
    return `${id.replace(`${ROOT_ID}.`, '')}  <=  ${how.join(' > ') || '(initial)'}`;
  });
  console.log(`Support procedure: ${LEAF_STATES.length} leaf states, ${paths.length} distinct walk states\n${report.join('\n')}`);

  expect(LEAF_STATES.length).toBeGreaterThan(20);
  expect(LEAF_STATES.filter((id) => !shortestTo.has(id))).toEqual([]);
});

test('each state\'s shortest path plays out the same on the running machine', async () => {
  const differences: string[] = [];
  for (const [id, path] of shortestTo) {
    const difference = await replay(path, id);
    if (difference !== null) differences.push(`${id} (${usesMadeUpOutcome(path) ? 'scripted' : 'fixtures'}): ${difference}`);
  }
  expect(shortestTo.size).toBe(LEAF_STATES.length);
  expect(differences).toEqual([]);
});

test('the shortest path to each state with each sample order plays out the same', async () => {
  // Wider than one path per state: every branch the walk took with every sample order, e.g. tips for each delivered parcel.
  const byStateAndOrder = new Map<string, SupportPath>();
  for (const path of [...paths].sort((a, b) => a.weight - b.weight)) {
    const key = JSON.stringify([path.state.value, path.state.context.order?.orderNumber ?? null, path.state.context.shipmentId]);
    if (!byStateAndOrder.has(key)) byStateAndOrder.set(key, path);
  }
  const differences: string[] = [];
  for (const path of byStateAndOrder.values()) {
    const [target = ''] = leafIdsOf(path.state.value);
    const difference = await replay(path, target);
    if (difference !== null) differences.push(`${JSON.stringify(path.state.value)}: ${difference}`);
  }
  expect(byStateAndOrder.size).toBeGreaterThan(LEAF_STATES.length);
  expect(differences).toEqual([]);
});

test('paths that only use real answers replay on the fixture adapters', () => {
  const real = [...shortestTo.values()].filter((path) => !usesMadeUpOutcome(path));
  // Most of the procedure must be provable with fixture orders alone, not with made-up answers.
  expect(real.length).toBeGreaterThan(LEAF_STATES.length / 2);
});
