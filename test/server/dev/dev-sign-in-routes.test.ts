import { jwtVerify } from 'jose';
import { z } from 'zod';
import { startRealBotServer, type RealBotServer } from '../../support/real-bot-server';
import { messageActivity, postJson, UNUSED_LOOPBACK_SERVICE_URL } from '../support/activities';

const RepliesSchema = z.object({
  activities: z.array(z.object({ type: z.string(), suggestedActions: z.object({ actions: z.array(z.object({ value: z.unknown() }).loose()) }).optional() }).loose()),
});

describe('signing in as a fixture customer on the development page', () => {
  let server: RealBotServer;

  beforeAll(async () => {
    // No CUSTOMER_TOKEN_SECRET: the development page signs with a key made up at start-up.
    server = await startRealBotServer();
  }, 60_000);
  afterAll(() => server?.close());

  test('lists the fixture customers', async () => {
    const response = await fetch(`${server.baseUrl}/dev/customers`);
    expect(await response.json()).toContainEqual({ customerId: 'CUST-100001', name: 'Sam', orderCount: 3 });
  });

  test("a token it gives out signs that customer in: their orders are offered, no details asked", async () => {
    const { token } = z.object({ token: z.string() }).parse((await postJson(`${server.baseUrl}/dev/customer-token`, { customerId: 'CUST-100001' })).json);
    const activity = messageActivity({ channelId: 'emulator', text: 'where is my order?', conversationId: 'dev-sign-in', serviceUrl: UNUSED_LOOPBACK_SERVICE_URL, deliveryMode: 'expectReplies' });
    const response = await postJson(`${server.baseUrl}/api/messages`, { ...activity, channelData: { customerToken: token } });
    const offered = RepliesSchema.parse(response.json).activities.flatMap((a) => a.suggestedActions?.actions ?? []).map((a) => a.value);
    expect(offered).toContainEqual({ orderNumber: '4000123478' });
  });

  test('refuses a customer the fixtures do not have, and a body without one', async () => {
    expect((await postJson(`${server.baseUrl}/dev/customer-token`, { customerId: 'CUST-999' })).status).toBe(404);
    expect((await postJson(`${server.baseUrl}/dev/customer-token`, { who: 'me' })).status).toBe(400);
  });
});

describe('the development sign-in when the site\'s key is configured too', () => {
  const SITE_KEY = 'the-real-site-signing-key-of-32-chars!!';
  let server: RealBotServer;

  beforeAll(async () => {
    server = await startRealBotServer({ CUSTOMER_TOKEN_SECRET: SITE_KEY });
  }, 60_000);
  afterAll(() => server?.close());

  test('signs with a random development key, never the site\'s: its token fails the site key yet still signs in here', async () => {
    const { token } = z.object({ token: z.string() }).parse((await postJson(`${server.baseUrl}/dev/customer-token`, { customerId: 'CUST-100001' })).json);
    await expect(jwtVerify(token, new TextEncoder().encode(SITE_KEY))).rejects.toThrow(/signature/);

    const activity = messageActivity({ channelId: 'emulator', text: 'where is my order?', conversationId: 'dev-key', serviceUrl: UNUSED_LOOPBACK_SERVICE_URL, deliveryMode: 'expectReplies' });
    const response = await postJson(`${server.baseUrl}/api/messages`, { ...activity, channelData: { customerToken: token } });
    const offered = RepliesSchema.parse(response.json).activities.flatMap((a) => a.suggestedActions?.actions ?? []).map((a) => a.value);
    expect(offered).toContainEqual({ orderNumber: '4000123478' });
  });
});
