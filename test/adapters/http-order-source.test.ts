import pino from 'pino';
import { HttpOrderSource } from '../../src/adapters/http-order-source';
import { OmsHttpClient, type OmsHttpClientOptions } from '../../src/adapters/oms-http-client';
import { refusedBaseUrl, respond, startScriptedHttpServer, type ScriptedHttpServer } from '../support/scripted-http-server';

/** The Order example of shared/contracts/order-api.md, plus a field the bot does not know. */
function contractOrder(): Record<string, unknown> {
  return {
    orderNumber: '4000123456',
    placedAt: '2026-11-18T10:21:00+11:00',
    customer: { firstName: 'Sam', email: 'sam.nguyen@example.com', phone: '0412 345 678' },
    fulfilment: 'home_delivery',
    deliverySpeed: 'standard',
    deliveryAddress: { line1: '12 Example St', suburb: 'Parramatta', state: 'NSW', postcode: '2150' },
    deliveryZone: 'metro',
    collectionStore: null,
    loyaltyTier: 'gold',
    shipments: [contractShipment()],
  };
}

function contractShipment(): Record<string, unknown> {
  return {
    shipmentId: 'S1',
    seller: { type: 'kmart', name: 'Kmart' },
    status: 'shipped',
    items: [{ sku: '43012345', name: 'Anko Bath Towel', quantity: 2 }],
    carrier: 'auspost',
    trackingNumber: '36LB45032230',
    trackingUrl: null,
    dispatchedAt: '2026-11-19T16:02:00+11:00',
    lastScanAt: '2026-11-19T21:40:00+11:00',
    readyForCollectionAt: null,
    deliveredAt: null,
    events: [
      { at: '2026-11-19T16:02:00+11:00', description: 'Shipping information received', location: 'Truganina VIC' },
      { at: '2026-11-19T21:40:00+11:00', description: 'In transit', location: 'Sunshine West VIC' },
    ],
    proofOfDelivery: null,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let server: ScriptedHttpServer;

beforeEach(async () => {
  server = await startScriptedHttpServer();
});

afterEach(async () => {
  await server.close();
});

function clientFor(baseUrl: string, overrides: Partial<OmsHttpClientOptions> = {}): OmsHttpClient {
  return new OmsHttpClient({
    baseUrl,
    token: 'test-token',
    timeoutMs: 1000,
    maxRetries: 2,
    backoff: { initialDelayMs: 1, maxDelayMs: 5 },
    breaker: { threshold: 100, halfOpenAfterMs: 60_000 },
    ...overrides,
  });
}

function sourceFor(overrides: Partial<OmsHttpClientOptions> = {}): HttpOrderSource {
  return new HttpOrderSource(clientFor(server.baseUrl, overrides));
}

describe('HttpOrderSource.findOrder', () => {
  it('returns the order from a 200, ignoring fields the contract does not define', async () => {
    server.script(respond.json(200, contractOrder()));

    const result = await sourceFor().findOrder('4000123456');

    expect(result.kind).toBe('found');
    if (result.kind !== 'found') return;
    expect(result.order.orderNumber).toBe('4000123456');
    expect(result.order.shipments[0]?.trackingNumber).toBe('36LB45032230');
    expect(result.order).not.toHaveProperty('loyaltyTier');
  });

  it('requests {base}/orders/{number} keeping the base path, with Accept, bearer token and a request id', async () => {
    server.script(respond.json(200, contractOrder()));

    await sourceFor().findOrder('4000123456');

    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.method).toBe('GET');
    expect(request?.url).toBe('/api/v1/orders/4000123456');
    expect(request?.headers.accept).toBe('application/json');
    expect(request?.headers.authorization).toBe('Bearer test-token');
    expect(request?.headers['x-request-id']).toMatch(UUID);
  });

  it('sends no Authorization header when no token is configured', async () => {
    server.script(respond.json(200, contractOrder()));

    await sourceFor({ token: undefined }).findOrder('4000123456');

    expect(server.requests[0]?.headers).not.toHaveProperty('authorization');
  });

  it('does not double the slash when the base URL ends with one', async () => {
    server.script(respond.json(200, contractOrder()));

    await new HttpOrderSource(clientFor(`${server.baseUrl}/`)).findOrder('4000123456');

    expect(server.requests[0]?.url).toBe('/api/v1/orders/4000123456');
  });

  it('URL-encodes an order number with odd characters into a single path segment', async () => {
    server.script(respond.status(404));

    await sourceFor().findOrder('AB/12 ?#%&');

    expect(server.requests[0]?.url).toBe('/api/v1/orders/AB%2F12%20%3F%23%25%26');
  });

  it('refuses "." and ".." as order numbers instead of requesting another resource', async () => {
    const source = sourceFor();

    const results = [await source.findOrder('..'), await source.findOrder('.'), await source.findOrder('')];

    expect(results.map((r) => r.kind)).toEqual(['unavailable', 'unavailable', 'unavailable']);
    expect(server.requests).toHaveLength(0);
  });

  it('gives each attempt a fresh X-Request-Id and the whole call one X-Correlation-Id (the caller\'s when given)', async () => {
    server.script(respond.status(503), respond.json(200, contractOrder()));

    const result = await sourceFor().findOrder('4000123456', { correlationId: 'turn-42' });

    expect(result.kind).toBe('found');
    const [first, second] = server.requests;
    expect(first?.headers['x-request-id']).toMatch(UUID);
    expect(second?.headers['x-request-id']).toMatch(UUID);
    expect(first?.headers['x-request-id']).not.toBe(second?.headers['x-request-id']);
    expect(first?.headers['x-correlation-id']).toBe('turn-42');
    expect(second?.headers['x-correlation-id']).toBe('turn-42');
  });

  it('reports 404 as not_found without retrying', async () => {
    server.otherwise(respond.status(404));

    const result = await sourceFor().findOrder('4000123456');

    expect(result).toEqual({ kind: 'not_found' });
    expect(server.requests).toHaveLength(1);
  });

  it('does not retry other 4xx and never reports them as not_found', async () => {
    server.otherwise(respond.status(401));

    const result = await sourceFor().findOrder('4000123456');

    expect(result).toEqual({ kind: 'unavailable', reason: expect.stringContaining('HTTP 401') });
    expect(server.requests).toHaveLength(1);
  });

  it('retries a response slower than the timeout, then reports unavailable', async () => {
    server.otherwise(respond.stall());

    const result = await sourceFor({ timeoutMs: 100, maxRetries: 1 }).findOrder('4000123456');

    expect(result).toEqual({ kind: 'unavailable', reason: expect.stringContaining('within 100 ms') });
    expect(server.requests).toHaveLength(2);
  });

  it('treats a body that stops arriving as a timeout (unavailable), not as a broken body', async () => {
    server.otherwise(respond.stallMidBody(200, '{"orderNumber":"40'));

    const result = await sourceFor({ timeoutMs: 100, maxRetries: 0 }).findOrder('4000123456');

    expect(result).toEqual({ kind: 'unavailable', reason: expect.stringContaining('within 100 ms') });
  });

  it('does not retry a 500 and reports unavailable', async () => {
    server.otherwise(respond.status(500));

    const result = await sourceFor().findOrder('4000123456');

    expect(result).toEqual({ kind: 'unavailable', reason: expect.stringContaining('HTTP 500') });
    expect(server.requests).toHaveLength(1);
  });

  it('retries 502 and 504 and returns the order once the OMS answers', async () => {
    server.script(respond.status(502), respond.status(504), respond.json(200, contractOrder()));

    const result = await sourceFor({ maxRetries: 2 }).findOrder('4000123456');

    expect(result.kind).toBe('found');
    expect(server.requests).toHaveLength(3);
  });

  it('gives up after maxRetries retries of a 502 and reports unavailable, not not_found', async () => {
    server.otherwise(respond.status(502));

    const result = await sourceFor({ maxRetries: 2 }).findOrder('4000123456');

    expect(result).toEqual({ kind: 'unavailable', reason: expect.stringContaining('HTTP 502 (3 attempts)') });
    expect(server.requests).toHaveLength(3);
  });

  it('waits for the Retry-After of a 503 before trying again', async () => {
    server.script(respond.status(503, { 'retry-after': '1' }), respond.json(200, contractOrder()));

    const result = await sourceFor().findOrder('4000123456');

    expect(result.kind).toBe('found');
    expect(server.requests).toHaveLength(2);
    const [first, second] = server.requests;
    // Lower bound only (timers may fire a hair early): the point is that it waited, not how fast it was.
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('caps a huge Retry-After so a chat turn is not stalled', async () => {
    server.script(respond.status(503, { 'retry-after': '3600' }), respond.json(200, contractOrder()));

    const result = await sourceFor({ maxRetryAfterMs: 20 }).findOrder('4000123456');

    expect(result.kind).toBe('found');
    expect(server.requests).toHaveLength(2);
  });

  it('retries a 429 and reports unavailable if the OMS keeps rate limiting', async () => {
    server.otherwise(respond.status(429, { 'retry-after': '0' }));

    const result = await sourceFor({ maxRetries: 1 }).findOrder('4000123456');

    expect(result).toEqual({ kind: 'unavailable', reason: expect.stringContaining('HTTP 429') });
    expect(server.requests).toHaveLength(2);
  });

  it('returns invalid_response for a body that is not JSON, without retrying', async () => {
    server.otherwise(respond.text(200, '<html>Service maintenance</html>', { 'content-type': 'text/html' }));

    const result = await sourceFor().findOrder('4000123456');

    expect(result).toEqual({ kind: 'invalid_response', reason: expect.stringContaining('not JSON') });
    expect(server.requests).toHaveLength(1);
  });

  it('returns invalid_response naming the field when JSON breaks the Order schema', async () => {
    server.script(respond.json(200, { ...contractOrder(), shipments: [{ ...contractShipment(), status: 'lost' }] }));

    const result = await sourceFor().findOrder('4000123456');

    expect(result).toEqual({ kind: 'invalid_response', reason: expect.stringContaining('shipments.0.status') });
  });

  it('reports a connection dropped mid-body as unavailable, after retrying', async () => {
    server.otherwise(respond.dropMidBody(200, '{"orderNumber":"40'));

    const result = await sourceFor({ maxRetries: 1 }).findOrder('4000123456');

    expect(result).toEqual({ kind: 'unavailable', reason: expect.stringContaining('while reading the body') });
    expect(server.requests).toHaveLength(2);
  });

  it('reports a refused connection as unavailable', async () => {
    const source = new HttpOrderSource(clientFor(await refusedBaseUrl(), { maxRetries: 1 }));

    const result = await source.findOrder('4000123456');

    expect(result).toEqual({ kind: 'unavailable', reason: expect.stringContaining('ECONNREFUSED') });
  });

  it('opens the circuit after repeated failures, fails fast without calling the OMS, and recovers after half-open', async () => {
    const source = sourceFor({ maxRetries: 0, breaker: { threshold: 3, halfOpenAfterMs: 300 } });
    server.script(respond.status(500), respond.status(500), respond.status(500));

    for (let i = 0; i < 3; i++) await source.findOrder('4000123456');
    const whileOpen = await source.findOrder('4000123456');

    expect(whileOpen).toEqual({ kind: 'unavailable', reason: expect.stringContaining('circuit is open') });
    expect(server.requests).toHaveLength(3);

    await new Promise((resolve) => setTimeout(resolve, 400));
    server.otherwise(respond.json(200, contractOrder()));
    const trial = await source.findOrder('4000123456');
    const afterRecovery = await source.findOrder('4000123456');

    expect(trial.kind).toBe('found');
    expect(afterRecovery.kind).toBe('found');
    expect(server.requests).toHaveLength(5);
  });

  it('rejects an answer about a different order than the one asked for as invalid_response, logged, without returning it', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    server.otherwise(respond.json(200, { ...contractOrder(), orderNumber: '4000999999' }));

    const result = await sourceFor({ logger }).findOrder('4000123456');

    expect(result).toMatchObject({ kind: 'invalid_response', reason: expect.stringContaining('4000999999') });
    expect(JSON.stringify(result)).not.toContain('sam.nguyen@example.com');
    expect(lines.join('\n')).toContain('OMS lookup failed');
  });

  it('logs a failed lookup once through pino with every attempt, and never logs the token', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    server.otherwise(respond.status(503));

    await sourceFor({ logger, maxRetries: 2 }).findOrder('4000123456', { correlationId: 'turn-7' });

    type LogEntry = { msg?: string; attempts?: Array<{ requestId: string; outcome: string }> };
    const entries: LogEntry[] = lines.map((line) => JSON.parse(line));
    const failures = entries.filter((entry) => entry.msg === 'OMS lookup failed');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ level: 40, correlationId: 'turn-7', request: '/api/v1/orders/4000123456' });
    expect(failures[0]?.attempts?.map((a) => a.requestId)).toEqual(
      server.requests.map((r) => r.headers['x-request-id']),
    );
    expect(lines.join('\n')).not.toContain('test-token');
  });
});

describe('HttpOrderSource.recentOrdersOf', () => {
  const summaries = [
    { orderNumber: '4000123456', placedAt: '2026-11-18T10:21:00+11:00', status: 'shipped', itemCount: 2, total: 35 },
    { orderNumber: '4000123001', placedAt: '2026-10-02T08:00:00+10:00', status: 'delivered', itemCount: 1 },
  ];

  it('requests the five newest orders of the customer and returns their summaries', async () => {
    server.script(respond.json(200, { orders: summaries }));

    const result = await sourceFor().recentOrdersOf('cust 7/x');

    expect(server.requests[0]?.url).toBe('/api/v1/customers/cust%207%2Fx/orders?limit=5');
    expect(result).toEqual({
      kind: 'found',
      orders: [
        { orderNumber: '4000123456', placedAt: '2026-11-18T10:21:00+11:00', status: 'shipped', itemCount: 2 },
        { orderNumber: '4000123001', placedAt: '2026-10-02T08:00:00+10:00', status: 'delivered', itemCount: 1 },
      ],
    });
  });

  it('reports an unknown customer as not_found', async () => {
    server.script(respond.status(404));

    expect(await sourceFor().recentOrdersOf('c-404')).toEqual({ kind: 'not_found' });
  });

  it('returns invalid_response naming the field when a summary breaks the schema', async () => {
    server.script(respond.json(200, { orders: [{ ...summaries[1], itemCount: -1 }] }));

    const result = await sourceFor().recentOrdersOf('c-1');

    expect(result).toEqual({ kind: 'invalid_response', reason: expect.stringContaining('orders.0.itemCount') });
  });
});
