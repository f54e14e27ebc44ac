import { z } from 'zod';
import { runSupportTurn } from '../../src/conversation/run-support-turn';
import type { OrderSource } from '../../src/ports/order-source';
import { PersistedSupportSnapshotSchema, readEnvelope, SnapshotEnvelopeSchema } from '../../state-machines/snapshot-envelope';
import type { SupportEvent } from '../../state-machines/support-events';
import { SUPPORT_MACHINE_ID, SUPPORT_MACHINE_VERSION } from '../../state-machines/support-procedure/machine-identity';
import {
  ConversationDriver,
  FIXTURE_ANCHOR,
  FailingCaseStore,
  customerSays,
  email,
  procedureHarness,
  replyKeys,
  replyOf,
} from '../support/procedure-harness';

/**
 * One turn of the procedure: restore the saved envelope, feed the events, wait
 * until settled, and hand back what was said with a new envelope to save.
 */

const notHere = customerSays("it says delivered but it isn't here", 'delivered_not_received');
const noahsDetails = customerSays('4000123462 noah.williams@example.com', 'track_order', {
  orderNumber: '4000123462',
  contact: email('noah.williams@example.com'),
});
const samsDetails = customerSays('4000123456 sam.nguyen@example.com', 'track_order', {
  orderNumber: '4000123456',
  contact: email('sam.nguyen@example.com'),
});
const no = customerSays('no', 'deny');

function turn(stored: unknown, events: SupportEvent[], harness = procedureHarness()) {
  return runSupportTurn(harness.procedure, stored, () => events, { conversationId: 'turns', clock: harness.clock });
}

/** A well-formed envelope as the current machine would save it, for tampering with. */
async function savedAtTips() {
  const driver = new ConversationDriver(procedureHarness());
  await driver.send(notHere);
  await driver.send(noahsDetails);
  const stored = driver.stored();
  const envelope = SnapshotEnvelopeSchema.parse(stored);
  return { driver, stored, envelope };
}

describe('saving and restoring a conversation', () => {
  test('saved at the tips question, restored through JSON by a new process, "no" opens the investigation', async () => {
    const { driver } = await savedAtTips();
    expect(driver.stateValue()).toEqual({ missingParcel: 'tips' });
    const json = JSON.stringify(driver.stored());

    // A new process: new wiring, new ports; only the JSON survives.
    const fresh = procedureHarness();
    const outcome = await turn(JSON.parse(json), [no], fresh);
    expect(replyKeys(outcome)).toEqual(['investigation_opened']);
    expect(replyOf(outcome, 'investigation_opened').data.supportCase).toMatchObject({
      kind: 'missing_parcel_investigation',
      orderNumber: '4000123462',
      shipmentId: 'S1',
    });
    expect(outcome.context.customerSaid).toBe("it says delivered but it isn't here");
    // The order came from the snapshot, not from a new lookup.
    expect(fresh.orders.findOrderCalls).toEqual([]);
    expect(await fresh.caseStore.casesForOrder('4000123462')).toHaveLength(1);
  });

  test('the envelope names the machine and its version, and when it was saved', async () => {
    const { envelope } = await savedAtTips();
    expect(envelope).toMatchObject({ machineId: SUPPORT_MACHINE_ID, version: SUPPORT_MACHINE_VERSION, savedAt: FIXTURE_ANCHOR.toISOString() });
  });

  test('a new conversation (nothing stored) starts without an apology', async () => {
    for (const stored of [null, undefined]) {
      const outcome = await turn(stored, [samsDetails]);
      expect(replyKeys(outcome)).toEqual(['order_status']);
    }
  });
});

describe('envelopes that cannot be used restart the conversation politely', () => {
  test('another version or another machine: conversation_reset, then the turn is handled from the start', async () => {
    const { envelope } = await savedAtTips();
    for (const outdated of [
      { ...envelope, version: 0 },
      { ...envelope, version: SUPPORT_MACHINE_VERSION + 1 },
      { ...envelope, machineId: 'some-other-procedure' },
    ]) {
      const outcome = await turn(JSON.parse(JSON.stringify(outdated)), [samsDetails]);
      expect(replyKeys(outcome)).toEqual(['conversation_reset', 'order_status']);
      expect(outcome.context.cases).toEqual([]);
    }
  });

  test('garbage of every shape: conversation_reset and no error', async () => {
    const { envelope } = await savedAtTips();
    const snapshot = z.record(z.string(), z.unknown()).parse(envelope.snapshot);
    const withSnapshot = (changed: unknown) => ({ ...envelope, snapshot: changed });
    const garbage: Array<[string, unknown]> = [
      ['a string', 'hello'],
      ['a number', 42],
      ['an empty object', {}],
      ['no snapshot', { machineId: SUPPORT_MACHINE_ID, version: SUPPORT_MACHINE_VERSION, savedAt: FIXTURE_ANCHOR.toISOString() }],
      ['a snapshot that is a string', withSnapshot('snapshot')],
      // Fields left out are ones still at their start (stored-context.ts), so the context is refused for wrong values instead.
      ['a context with fields of the wrong type', withSnapshot({ ...snapshot, context: { orderNumber: 4000123462, verified: 'yes' } })],
      ['a state that does not exist', withSnapshot({ ...snapshot, value: 'somewhereElse' })],
      ['a finished snapshot', withSnapshot({ ...snapshot, status: 'done' })],
      ['an actor in flight', withSnapshot({ ...snapshot, children: { lookUpOrder: { src: 'lookUpOrder', snapshot: {} } } })],
    ];
    for (const [what, stored] of garbage) {
      const outcome = await turn(stored, [samsDetails]);
      expect([what, replyKeys(outcome)]).toEqual([what, ['conversation_reset', 'order_status']]);
    }
  });

  test('an envelope that is fine except for its state works', async () => {
    // The check above is not simply rejecting everything built from this envelope.
    const { envelope } = await savedAtTips();
    const outcome = await turn(JSON.parse(JSON.stringify(envelope)), [no]);
    expect(replyKeys(outcome)).toEqual(['investigation_opened']);
  });
});

describe('only settled snapshots are saved', () => {
  test('after every turn of a conversation that looks orders up and opens cases, nothing is in flight', async () => {
    const driver = new ConversationDriver(procedureHarness());
    const turns: SupportEvent[][] = [
      [notHere],
      [noahsDetails],
      [no],
      [customerSays('my parcel is late', 'parcel_delayed')],
      [customerSays('check another order', 'another_order'), samsDetails],
      [customerSays('wrong address, it should go to 14 Riley St, Surry Hills NSW 2010', 'wrong_address', { address: '14 Riley St, Surry Hills NSW 2010' })],
      [customerSays('yes', 'affirm')],
      [{ type: 'SIGNED_IN', customerId: 'CUST-100002' }],
    ];
    for (const events of turns) {
      await driver.send(...events);
      const stored = driver.stored();
      const envelope = SnapshotEnvelopeSchema.parse(stored);
      // Saved snapshots leave out their status and children when active and empty; the reader puts them back.
      expect(PersistedSupportSnapshotSchema.parse(envelope.snapshot)).toMatchObject({ status: 'active', children: {} });
      expect(readEnvelope(stored).kind).toBe('usable');
    }
    expect(driver.harness.orders.findOrderCalls.length).toBeGreaterThanOrEqual(2);
    expect(await driver.harness.caseStore.casesForOrder('4000123456')).toHaveLength(1);
  });

  test('a turn whose lookup never settles fails instead of producing an envelope with the lookup in flight', async () => {
    const hanging: OrderSource = {
      findOrder: () => new Promise(() => undefined),
      recentOrdersOf: () => new Promise(() => undefined),
    };
    const harness = procedureHarness({ orders: hanging });
    const busy = jest.fn();
    await expect(
      runSupportTurn(harness.procedure, null, () => [samsDetails], { conversationId: 'hang', clock: harness.clock, settleTimeoutMs: 50, onBusy: busy }),
    ).rejects.toThrow(/timeout/i);
    expect(busy).toHaveBeenCalledTimes(1);
  });

  test('onBusy is called when the procedure starts waiting on a port, not for turns that need none', async () => {
    const harness = procedureHarness();
    const busy = jest.fn();
    const options = { conversationId: 'busy', clock: harness.clock, onBusy: busy };
    const first = await runSupportTurn(harness.procedure, null, () => [customerSays('hi', 'greeting')], options);
    expect(busy).not.toHaveBeenCalled();
    await runSupportTurn(harness.procedure, JSON.parse(JSON.stringify(first.envelope)), () => [samsDetails], options);
    expect(busy).toHaveBeenCalledTimes(1);
  });
});

describe('cases', () => {
  test('a case port that throws: the customer is told and handed to a person', async () => {
    const cases = new FailingCaseStore();
    const harness = procedureHarness({ cases });
    const driver = new ConversationDriver(harness);
    await driver.send(notHere);
    await driver.send(noahsDetails);
    const outcome = await driver.send(no);
    expect(replyKeys(outcome)).toEqual(['case_failed', 'handoff']);
    expect(outcome.handoff).toMatchObject({ reason: 'case_failed', orderNumber: '4000123462', verified: true });
    expect(outcome.step).toBe('escalate');
    expect(driver.stateValue()).toBe('withAPerson');
    expect(cases.attempts).toHaveLength(1);
  });

  test('the same case asked for twice, even from two conversations, is one case', async () => {
    const harness = procedureHarness();
    const references: string[] = [];
    for (const id of ['first-chat', 'second-chat']) {
      const driver = new ConversationDriver(harness, id);
      await driver.send(notHere);
      await driver.send(noahsDetails);
      references.push(replyOf(await driver.send(no), 'investigation_opened').data.supportCase.reference);
    }
    expect(new Set(references).size).toBe(1);
    expect(await harness.caseStore.casesForOrder('4000123462')).toHaveLength(1);
  });
});

describe('a customer who comes back later', () => {
  /** The order system as it changes: Sam's parcel is delivered while the customer is away. */
  class ChangingOrderSource implements OrderSource {
    delivered = false;
    constructor(private readonly fixtures: OrderSource) {}
    async findOrder(orderNumber: string) {
      const lookup = await this.fixtures.findOrder(orderNumber);
      if (lookup.kind !== 'found' || !this.delivered) return lookup;
      const shipments = lookup.order.shipments.map((s) => ({ ...s, status: 'delivered' as const, deliveredAt: s.lastScanAt }));
      return { kind: 'found' as const, order: { ...lookup.order, shipments } };
    }
    recentOrdersOf(customerId: string) {
      return this.fixtures.recentOrdersOf(customerId);
    }
  }

  function comingBack() {
    let source: ChangingOrderSource | undefined;
    const harness = procedureHarness({
      orders: (fixtures) => {
        source = new ChangingOrderSource(fixtures);
        return source;
      },
    });
    if (!source) throw new Error('the harness did not build the order source');
    return { driver: new ConversationDriver(harness), harness, source };
  }

  const whereIsIt = customerSays('where is it now?', 'track_order');

  test('is answered from the order as it is now, read again without asking for details', async () => {
    const { driver, harness, source } = comingBack();
    await driver.send(samsDetails);
    source.delivered = true;
    harness.clock.advance(3 * 60 * 60 * 1000);

    const outcome = await driver.send(whereIsIt);
    expect(replyOf(outcome, 'order_status').data.order.shipments[0]?.status).toBe('delivered');
    expect(harness.orders.findOrderCalls).toEqual(['4000123456', '4000123456']);
    expect(replyKeys(outcome)).not.toContain('ask_for_details');
  });

  test('within a few minutes the order read at the start still answers, without another lookup', async () => {
    const { driver, harness, source } = comingBack();
    await driver.send(samsDetails);
    source.delivered = true;
    harness.clock.advance(5 * 60 * 1000);

    const outcome = await driver.send(whereIsIt);
    expect(replyOf(outcome, 'order_status').data.order.shipments[0]?.status).toBe('shipped');
    expect(harness.orders.findOrderCalls).toHaveLength(1);
  });
});
