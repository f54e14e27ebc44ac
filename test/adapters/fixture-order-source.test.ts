import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  DEFAULT_FIXTURES_DIR,
  FixtureCarrierAlertSource,
  FixtureOrderSource,
  InvalidFixtureError,
  loadFixtureOrders,
  type FixtureData,
} from '../../src/adapters/fixture-order-source';
import { OrderSchema, type CarrierAlert, type Order } from '../../src/domain/order';
import type { Clock } from '../../src/ports/clock';

const DAY = 24 * 3600_000;
const data = loadFixtureOrders(DEFAULT_FIXTURES_DIR);
const recordedAt = data.recordedAt.getTime();

function clockAt(ms: number): Clock & { set(ms: number): void } {
  let now = ms;
  return { now: () => new Date(now), set: (next) => (now = next) };
}

function recordedOrder(orderNumber: string): Order {
  const order = data.orders.find((o) => o.orderNumber === orderNumber);
  if (order === undefined) throw new Error(`no fixture ${orderNumber}`);
  return order;
}

async function found(source: FixtureOrderSource, orderNumber: string): Promise<Order> {
  const result = await source.findOrder(orderNumber);
  if (result.kind !== 'found') throw new Error(`expected ${orderNumber} to be found, got ${result.kind}`);
  return result.order;
}

describe('loadFixtureOrders on the real fixtures directory', () => {
  test('reads the anchor instant, every order file, the alerts and the customers', () => {
    expect(data.recordedAt.toISOString()).toBe('2026-11-20T01:00:00.000Z');
    expect(data.orders.length).toBe(fs.readdirSync(path.join(DEFAULT_FIXTURES_DIR, 'orders')).filter((f) => f.endsWith('.json')).length);
    expect(data.alerts.length).toBeGreaterThan(0);
    expect(data.customers.get('CUST-100001')).toContain('4000123456');
  });
});

describe('FixtureOrderSource.findOrder', () => {
  test('40 days after the anchor, the on-time order is still dispatched the same time before now', async () => {
    const now = recordedAt + 40 * DAY;
    const source = new FixtureOrderSource({ data, clock: clockAt(now) });
    const order = await found(source, '4000123456');
    const recorded = recordedOrder('4000123456').shipments[0]?.dispatchedAt ?? '';
    const shifted = order.shipments[0]?.dispatchedAt ?? '';
    expect(now - Date.parse(shifted)).toBe(recordedAt - Date.parse(recorded));
    expect(recordedAt - Date.parse(recorded)).toBe(19 * 3600_000 + 58 * 60_000);
    expect(now - Date.parse(order.placedAt)).toBe(recordedAt - Date.parse(recordedOrder('4000123456').placedAt));
    expect(OrderSchema.safeParse(order).success).toBe(true);
  });

  test('the delayed order stays 25 days past dispatch even when loaded months earlier than recorded', async () => {
    const now = recordedAt - 200 * DAY;
    const order = await found(new FixtureOrderSource({ data, clock: clockAt(now) }), '4000123459');
    expect(now - Date.parse(order.shipments[0]?.dispatchedAt ?? '')).toBe(25 * DAY);
  });

  test('a long-running process sees times follow the clock, not the start-up time', async () => {
    const clock = clockAt(recordedAt);
    const source = new FixtureOrderSource({ data, clock });
    const first = await found(source, '4000123457');
    clock.set(recordedAt + 3 * DAY);
    const later = await found(source, '4000123457');
    expect(Date.parse(later.placedAt) - Date.parse(first.placedAt)).toBe(3 * DAY);
  });

  test('an unknown order number is not_found', async () => {
    const source = new FixtureOrderSource({ data, clock: clockAt(recordedAt) });
    await expect(source.findOrder('4000999999')).resolves.toEqual({ kind: 'not_found' });
  });
});

describe('FixtureOrderSource.recentOrdersOf', () => {
  test("a signed-in customer's orders come newest first, summarised", async () => {
    const now = recordedAt + 10 * DAY;
    const source = new FixtureOrderSource({ data, clock: clockAt(now) });
    const result = await source.recentOrdersOf('CUST-100001');
    expect(result).toEqual({
      kind: 'found',
      orders: [
        { orderNumber: '4000123456', placedAt: new Date(Date.parse('2026-11-18T10:21:00+11:00') + 10 * DAY).toISOString(), status: 'shipped', itemCount: 2 },
        { orderNumber: '4000123476', placedAt: expect.any(String), status: 'shipped', itemCount: 1 },
        { orderNumber: '4000123478', placedAt: expect.any(String), status: 'delivered', itemCount: 1 },
      ],
    });
  });

  test('a mixed order is summarised by the shipment the customer is still waiting for', async () => {
    const source = new FixtureOrderSource({ data, clock: clockAt(recordedAt) });
    const result = await source.recentOrdersOf('CUST-100002');
    if (result.kind !== 'found') throw new Error(result.kind);
    expect(result.orders.map((o) => [o.orderNumber, o.status, o.itemCount])).toEqual([
      ['4000123479', 'shipped', 3],
      ['4000123470', 'processing', 4],
    ]);
  });

  test('at most 5, the newest ones', async () => {
    const base = recordedOrder('4000123456');
    const orders = [3, 9, 1, 7, 5, 2, 8].map((daysAgo) => ({
      ...base,
      orderNumber: `40000000${daysAgo}0`,
      placedAt: new Date(recordedAt - daysAgo * DAY).toISOString(),
    }));
    const many: FixtureData = { ...data, orders, customers: new Map([['C1', orders.map((o) => o.orderNumber)]]) };
    const result = await new FixtureOrderSource({ data: many, clock: clockAt(recordedAt) }).recentOrdersOf('C1');
    if (result.kind !== 'found') throw new Error(result.kind);
    expect(result.orders.map((o) => o.orderNumber)).toEqual(['4000000010', '4000000020', '4000000030', '4000000050', '4000000070']);
  });

  test.each(['CUST-999999', 'constructor', ''])('unknown customer %p is not_found', async (customerId) => {
    const source = new FixtureOrderSource({ data, clock: clockAt(recordedAt) });
    await expect(source.recentOrdersOf(customerId)).resolves.toEqual({ kind: 'not_found' });
  });
});

describe('FixtureCarrierAlertSource on the real fixtures', () => {
  // Whatever day it is, the recorded alerts keep their place relative to now.
  const source = new FixtureCarrierAlertSource({ data, clock: clockAt(recordedAt + 123 * DAY) });
  const headlines = async (carrier: string, state: Parameters<FixtureCarrierAlertSource['alertsFor']>[1]) => {
    const result = await source.alertsFor(carrier, state);
    if (result.kind !== 'found') throw new Error(result.kind);
    return result.alerts.map((a) => a.headline);
  };

  test('an alert for one state applies there and nowhere else', async () => {
    await expect(headlines('auspost', 'QLD')).resolves.toEqual(['Flooding in North Queensland']);
    await expect(headlines('auspost', 'NSW')).resolves.toEqual([]);
  });

  test('an alert with no states applies in every state', async () => {
    for (const state of ['NSW', 'WA', 'TAS', 'NT'] as const) {
      await expect(headlines('startrack', state)).resolves.toEqual(['High parcel volumes across the StarTrack network']);
    }
  });

  test('another carrier\'s alert is not given', async () => {
    await expect(headlines('teamglobalexpress', 'QLD')).resolves.toEqual([]);
  });

  test('an expired alert and one not started yet are left out', async () => {
    await expect(headlines('couriersplease', 'VIC')).resolves.toEqual([]);
    await expect(headlines('aramex', 'NSW')).resolves.toEqual([]);
  });

  test('returned alerts carry times shifted to now', async () => {
    const result = await source.alertsFor('auspost', 'QLD');
    if (result.kind !== 'found') throw new Error(result.kind);
    const recorded = data.alerts.find((a) => a.carrier === 'auspost');
    expect(Date.parse(result.alerts[0]?.from ?? '') - Date.parse(recorded?.from ?? '')).toBe(123 * DAY);
  });
});

describe('FixtureCarrierAlertSource active window', () => {
  const alert = (fromOffset: number, untilOffset: number | null): CarrierAlert => ({
    carrier: 'sendle',
    states: [],
    headline: `from ${fromOffset} until ${untilOffset}`,
    detail: '',
    from: new Date(recordedAt + fromOffset).toISOString(),
    until: untilOffset === null ? null : new Date(recordedAt + untilOffset).toISOString(),
    expectedDelayBusinessDays: null,
  });

  test('active from its start (inclusive) until its end (exclusive), open-ended when until is null', async () => {
    const alerts = [alert(0, 1), alert(-2, 0), alert(1, 2), alert(-5, null), alert(1, null)];
    const source = new FixtureCarrierAlertSource({ data: { ...data, alerts }, clock: clockAt(recordedAt + 7 * DAY) });
    const result = await source.alertsFor('sendle', 'SA');
    if (result.kind !== 'found') throw new Error(result.kind);
    expect(result.alerts.map((a) => a.headline)).toEqual(['from 0 until 1', 'from -5 until null']);
  });
});

describe('loadFixtureOrders on a broken fixtures directory', () => {
  let dir: string;

  function write(relative: string, content: unknown): void {
    const file = path.join(dir, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  }

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fixtures-'));
    write('anchor.json', { recordedAt: '2026-11-20T12:00:00+11:00', why: 'test' });
    write('carrier-alerts.json', { alerts: [] });
    write('customers.json', { customers: { C1: ['4000123456'] } });
    write('orders/4000123456-good.json', recordedOrder('4000123456'));
  });

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a valid directory loads', () => {
    expect(loadFixtureOrders(dir).orders.map((o) => o.orderNumber)).toEqual(['4000123456']);
  });

  test('an invalid order names the file and the field', () => {
    const bad = structuredClone(recordedOrder('4000123457'));
    Object.assign(bad.shipments[0] ?? {}, { status: 'lost_in_space' });
    write('orders/4000123457-bad-status.json', bad);
    expect(() => loadFixtureOrders(dir)).toThrow(InvalidFixtureError);
    expect(() => loadFixtureOrders(dir)).toThrow(/4000123457-bad-status\.json.*shipments\.0\.status/);
  });

  test('a file that is not JSON names the file', () => {
    write('orders/4000123457-truncated.json', '{ "orderNumber": "4000123457", ');
    expect(() => loadFixtureOrders(dir)).toThrow(/4000123457-truncated\.json/);
  });

  test('a file whose name does not start with its order number is refused', () => {
    write('orders/4000111111-copy.json', { ...recordedOrder('4000123457') });
    expect(() => loadFixtureOrders(dir)).toThrow(/4000111111-copy\.json.*orderNumber/);
  });

  test('two files with the same order number are refused', () => {
    write('orders/4000123456-again.json', recordedOrder('4000123456'));
    expect(() => loadFixtureOrders(dir)).toThrow(/4000123456-good\.json.*4000123456-again\.json|4000123456-again\.json.*4000123456-good\.json/);
  });

  test('an alert with a bad state names carrier-alerts.json and the field', () => {
    write('carrier-alerts.json', { alerts: [{ ...data.alerts[0], states: ['QLD', 'Queensland'] }] });
    expect(() => loadFixtureOrders(dir)).toThrow(/carrier-alerts\.json.*alerts\.0\.states\.1/);
  });

  test('a customer listing an order that has no file names customers.json, the customer and the order', () => {
    write('customers.json', { customers: { C1: ['4000123456', '4000765432'] } });
    expect(() => loadFixtureOrders(dir)).toThrow(/customers\.json.*C1.*4000765432/);
  });

  test('a missing anchor names anchor.json', () => {
    fs.rmSync(path.join(dir, 'anchor.json'));
    expect(() => loadFixtureOrders(dir)).toThrow(/anchor\.json/);
  });
});
