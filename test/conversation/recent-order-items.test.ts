import { HttpOrderSource } from '../../src/adapters/http-order-source';
import { OmsHttpClient } from '../../src/adapters/oms-http-client';
import { recentOrderItems } from '../../src/conversation/recent-order-items';
import { RECENT_ORDERS_LIMIT, type OrderLookup, type OrderSource } from '../../src/ports/order-source';
import { procedureHarness, RecordingLogger } from '../support/procedure-harness';
import { respond, startScriptedHttpServer } from '../support/scripted-http-server';

/** An order source whose lookups all wait until the test lets them answer, so it can see which were asked for together. */
class GatedOrderSource implements OrderSource {
  asked: string[] = [];
  private release: () => void = () => undefined;
  private readonly gate = new Promise<void>((resolve) => {
    this.release = resolve;
  });

  constructor(private readonly inner: OrderSource) {}

  async findOrder(orderNumber: string): Promise<OrderLookup> {
    this.asked.push(orderNumber);
    await this.gate;
    return this.inner.findOrder(orderNumber);
  }

  recentOrdersOf = (customerId: string) => this.inner.recentOrdersOf(customerId);

  open(): void {
    this.release();
  }
}

const fixtureOrders = () => procedureHarness().ports.orders;

describe('reading a signed-in customer\'s recent orders for a named item', () => {
  test('asks for every order at once, and gives back what each parcel can be called by', async () => {
    const gated = new GatedOrderSource(fixtureOrders());
    const search = recentOrderItems({ orderNumbers: ['4000123470', '4000123479'] }, { orders: gated, logger: new RecordingLogger() });
    // Both were asked for before either answered.
    await new Promise((resolve) => setImmediate(resolve));
    expect(gated.asked.sort()).toEqual(['4000123470', '4000123479']);
    gated.open();

    const { orders } = await search;
    const vacuumOrder = orders.find((o) => o.orderNumber === '4000123479');
    expect(vacuumOrder?.shipments.flatMap((s) => s.items.map((i) => i.name))).toEqual(['Anko Laundry Basket', 'Anko Robot Vacuum']);
    expect(orders.find((o) => o.orderNumber === '4000123470')?.shipments.map((s) => s.carrier?.name ?? null)).toEqual(['Australia Post', 'StarTrack', null]);
    // Nothing else of the orders leaves the search: no e-mail, phone or address.
    expect(JSON.stringify(orders)).not.toMatch(/@|Example St|04\d\d/);
  });

  test('reads no more orders than the contract lists, and each once', async () => {
    const harness = procedureHarness();
    const many = ['4000123456', '4000123456', '4000123459', '4000123462', '4000123464', '4000123466', '4000123469', '4000123470'];
    await recentOrderItems({ orderNumbers: many }, { orders: harness.orders, logger: harness.logger });
    expect(harness.orders.findOrderCalls).toHaveLength(RECENT_ORDERS_LIMIT);
    expect(new Set(harness.orders.findOrderCalls).size).toBe(RECENT_ORDERS_LIMIT);
  });

  test('an order that cannot be read is left out of the search and logged, never reported as missing', async () => {
    const logger = new RecordingLogger();
    const inner = fixtureOrders();
    const flaky: OrderSource = {
      findOrder: async (orderNumber) => (orderNumber === '4000123479' ? { kind: 'unavailable', reason: 'OMS answered HTTP 503' } : inner.findOrder(orderNumber)),
      recentOrdersOf: (customerId) => inner.recentOrdersOf(customerId),
    };
    const { orders } = await recentOrderItems({ orderNumbers: ['4000123470', '4000123479', '4000999999'] }, { orders: flaky, logger });
    expect(orders.map((o) => o.orderNumber)).toEqual(['4000123470']);
    expect(logger.warnings.map((w) => w.details)).toEqual([
      { orderNumber: '4000123479', outcome: 'unavailable', reason: 'OMS answered HTTP 503' },
      { orderNumber: '4000999999', outcome: 'not_found', reason: 'listed for the customer but not found' },
    ]);
  });

  describe('over the order system client', () => {
    test("every read carries the customer's request id, and an open circuit keeps further reads from the order system", async () => {
      const server = await startScriptedHttpServer();
      try {
        server.otherwise(respond.status(503));
        const client = new OmsHttpClient({ baseUrl: server.baseUrl, timeoutMs: 1000, maxRetries: 0, breaker: { threshold: 2, halfOpenAfterMs: 60_000 } });
        const orders = new HttpOrderSource(client);
        const ports = { orders, logger: new RecordingLogger() };

        const first = await recentOrderItems({ orderNumbers: ['4000123470', '4000123479'] }, ports, { requestId: 'turn-42' });
        expect(first.orders).toEqual([]);
        expect(server.requests.map((r) => r.headers['x-request-id'])).toEqual(['turn-42', 'turn-42']);

        // Two failures opened the circuit: the next search is answered without calling the order system.
        const second = await recentOrderItems({ orderNumbers: ['4000123470', '4000123479'] }, ports);
        expect(second.orders).toEqual([]);
        expect(server.requests).toHaveLength(2);
        expect(ports.logger.warnings.at(-1)?.details).toMatchObject({ outcome: 'unavailable', reason: expect.stringMatching(/circuit is open/) });
      } finally {
        await server.close();
      }
    });
  });
});
