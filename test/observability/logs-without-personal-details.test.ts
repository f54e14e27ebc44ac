import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { systemClock } from '../../src/adapters/system-clock';
import { composeBot } from '../../src/composition/compose-bot-server';
import { PROJECT_ROOT } from '../../src/config/project-root';
import { loadConfig } from '../../src/config/load-config';
import { createLogger } from '../../src/observability/create-logger';
import { close, listen } from '../../src/server/listen';
import { respond, startScriptedHttpServer, type ScriptedHttpServer } from '../support/scripted-http-server';
import { messageActivity, postJson, UNUSED_LOOPBACK_SERVICE_URL } from '../server/support/activities';

/**
 * Real conversations through the composed server, with the process's own
 * logger at its most talkative and the order system over HTTP (one answer of
 * it broken, quoting the customer). Nothing the fixture customers are known
 * by may appear in what was logged.
 */
const FixtureOrderSchema = z
  .object({
    orderNumber: z.string(),
    customer: z.object({ firstName: z.string().nullable().optional(), lastName: z.string().nullable().optional(), email: z.string(), phone: z.string().nullable().optional() }).loose(),
    deliveryAddress: z.object({ line1: z.string(), line2: z.string().nullable().optional() }).loose().nullable(),
  })
  .loose();

const ordersDir = path.join(PROJECT_ROOT, 'fixtures', 'orders');
const fixtureOrders = readdirSync(ordersDir).map((file) => {
  const json: unknown = JSON.parse(readFileSync(path.join(ordersDir, file), 'utf8'));
  return { json, order: FixtureOrderSchema.parse(json) };
});
const BROKEN = '4000123461';
const COPILOT_KEY = 'logs-test-key-0123456789';

/** Every way a fixture customer can be recognised: e-mail, phone (as written and as bare digits), names, street lines. */
const personalDetails = fixtureOrders.flatMap(({ order }) => [
  order.customer.email,
  ...(order.customer.phone ? [order.customer.phone, order.customer.phone.replace(/\D/g, '')] : []),
  ...[order.customer.firstName, order.customer.lastName].filter((name): name is string => typeof name === 'string' && name.length > 0),
  ...(order.deliveryAddress ? [order.deliveryAddress.line1] : []),
]);

const byNumber = (orderNumber: string) => fixtureOrders.find(({ order }) => order.orderNumber === orderNumber);

function omsAnswers(oms: ScriptedHttpServer): void {
  oms.otherwise((res, req) => {
    const url = new URL(req.url ?? '/', 'http://oms');
    const orderNumber = /\/orders\/(\d+)$/.exec(url.pathname)?.[1];
    if (url.pathname.endsWith('/carrier-alerts')) return respond.json(200, { alerts: [] })(res, req);
    const found = orderNumber ? byNumber(orderNumber) : undefined;
    if (!found) return respond.status(404)(res, req);
    if (orderNumber === BROKEN) {
      // Breaks the contract in a way whose error message could quote the customer.
      const order = found.order;
      return respond.json(200, { ...order, placedAt: `placed by ${order.customer.email} at ${order.deliveryAddress?.line1 ?? ''}` })(res, req);
    }
    return respond.json(200, found.json)(res, req);
  });
}

describe('logs', () => {
  const lines: string[] = [];
  let oms: ScriptedHttpServer;
  let baseUrl = '';
  let stop: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    oms = await startScriptedHttpServer();
    omsAnswers(oms);
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'trace', ORDER_SOURCE: 'http', ORDER_API_URL: oms.baseUrl, ORDER_API_MAX_RETRIES: '0', DIRECT_LINE_DEV: 'false', COPILOT_API_KEYS: COPILOT_KEY });
    const logger = createLogger(config, { write: (line: string) => void lines.push(line) });
    const bot = await composeBot(config, systemClock, logger);
    baseUrl = await listen(bot.server, 0, '127.0.0.1');
    stop = async () => {
      await close(bot.server);
      await bot.closeState();
    };
  });
  afterAll(async () => {
    await stop();
    await oms.close();
  });

  const say = (conversationId: string, text: string, headers: Record<string, string> = {}) =>
    postJson(`${baseUrl}/api/messages`, messageActivity({ text, conversationId, serviceUrl: UNUSED_LOOPBACK_SERVICE_URL, deliveryMode: 'expectReplies' }), headers);

  it('never carry a fixture customer’s e-mail, phone, name or street address', async () => {
    const conversations: Array<[string, string[]]> = [
      ['one', ['hi, my name is Priya and my parcel is late', '4000123470 priya.sharma@example.com', 'can you change the address to 5 Main St Blacktown']],
      ['two', ["I'm Sam, order 4000123456", 'my number is 0412 345 678', 'sam.nguyen@example.com', 'where is it?']],
      ['three', ['my parcel says delivered but its not here', '4000123462 noah.williams@example.com', 'no']],
      ['four', [`${BROKEN} ${byNumber(BROKEN)?.order.customer.email ?? ''}`]],
    ];
    for (const [id, messages] of conversations) {
      for (const text of messages) expect((await say(`conversation-${id}`, text)).status).toBe(200);
    }
    // A desk's status event, free text and all: only its state may be logged.
    const status = {
      type: 'event',
      name: 'handoff.status',
      value: { state: 'completed', agent: 'Priya', note: 'Called Priya on 0491 573 770 and emailed priya.sharma@example.com about 5 Main St' },
      channelId: 'test',
      serviceUrl: UNUSED_LOOPBACK_SERVICE_URL,
      // The bot answers nothing to it; expectReplies because, authentication off, it may post only to its own or a configured origin.
      deliveryMode: 'expectReplies',
      conversation: { id: 'conversation-one' },
      from: { id: 'desk' },
      recipient: { id: 'bot-1' },
    };
    expect((await postJson(`${baseUrl}/api/messages`, status)).status).toBeLessThan(300);
    const logged = lines.join('\n');
    expect(logged).toMatch(/"state":"completed","msg":"handoff status"/);
    expect(logged).toMatch(/turn answered/); // the turns were logged at all
    expect(logged).toMatch(/OMS body breaks the contract|order lookup failed/); // and so was the broken answer
    const leaks = personalDetails.filter((detail) => new RegExp(`\\b${detail.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(logged));
    expect(leaks).toEqual([]);
  });

  it('carry the request id, which also reaches the order system as X-Request-Id', async () => {
    const answered = await say('request-id', '4000123463 olivia.brown@example.com', { 'X-Request-Id': 'req-7f3a9c' });
    expect(answered.status).toBe(200);
    expect(oms.requests.some((request) => request.url.includes('/orders/4000123463') && request.headers['x-request-id'] === 'req-7f3a9c')).toBe(true);
    const turnLine = lines.map((line) => JSON.parse(line) as Record<string, unknown>).find((line) => line.msg === 'turn answered' && line.conversationId === 'request-id');
    expect(turnLine).toMatchObject({ requestId: 'req-7f3a9c' });
  });

  it('carry the request id on the lines about a failed lookup too, and each request keeps its own', async () => {
    const customer = byNumber(BROKEN)?.order.customer.email ?? '';
    const [broken, fine] = await Promise.all([
      say('request-id-broken', `${BROKEN} ${customer}`, { 'X-Request-Id': 'req-broken-1' }),
      say('request-id-fine', '4000123463 olivia.brown@example.com', { 'X-Request-Id': 'req-fine-2' }),
    ]);
    expect([broken.status, fine.status]).toEqual([200, 200]);
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const failures = parsed.filter((line) => line.msg === 'OMS lookup failed' || line.msg === 'order lookup failed');
    expect(failures.length).toBeGreaterThanOrEqual(2);
    expect(failures.filter((line) => line.requestId === 'req-broken-1').map((line) => line.msg).sort()).toEqual(['OMS lookup failed', 'order lookup failed']);
    expect(failures.some((line) => line.requestId === 'req-fine-2')).toBe(false);
    expect(parsed.find((line) => line.msg === 'turn answered' && line.conversationId === 'request-id-fine')).toMatchObject({ requestId: 'req-fine-2' });
  });

  it("carry the agent copilot's request id to the order system too", async () => {
    const response = await fetch(`${baseUrl}/api/copilot/sessions/desk-request-id/messages`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${COPILOT_KEY}`, 'Content-Type': 'application/json', 'X-Request-Id': 'req-copilot-3' },
      body: JSON.stringify({ from: 'customer', text: '4000123462 noah.williams@example.com' }),
    });
    expect(response.status).toBe(200);
    expect(oms.requests.some((request) => request.url.includes('/orders/4000123462') && request.headers['x-request-id'] === 'req-copilot-3')).toBe(true);
  });
});
