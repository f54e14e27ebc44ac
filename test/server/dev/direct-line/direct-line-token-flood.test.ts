import { request } from 'node:http';
import { DEFAULT_DIRECT_LINE_LIMITS } from '../../../../src/server/dev/direct-line/direct-line-store';
import { DirectLineTestClient } from '../../support/direct-line-client';
import { startTestServer, type TestServer } from '../../support/start-test-server';

/** POST tokens/generate from another loopback address, as a second machine's client would arrive. */
function generateFrom(baseUrl: string, localAddress: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl}/v3/directline/tokens/generate`, { method: 'POST', localAddress }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('development Direct Line: unauthenticated token requests', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer({
      directLine: true,
      directLineLimits: { ...DEFAULT_DIRECT_LINE_LIMITS, maxConversations: 4, maxConversationsPerClient: 2 },
    });
  });
  afterEach(() => server.close());

  it("cannot evict another client's live conversation: a flood only recycles its own places, then is refused when none are its own", async () => {
    const customer = await DirectLineTestClient.generate(server.baseUrl);
    expect((await customer.startConversation()).status).toBe(201);
    await customer.postMessage('hello');

    const flood = [];
    for (let i = 0; i < 30; i += 1) flood.push(await generateFrom(server.baseUrl, '127.0.0.2'));
    expect(flood.every((status) => status === 200)).toBe(true);

    // The customer's conversation is still there, with its history.
    const history = await customer.activities();
    expect(history.activities.some((activity) => activity.text === 'hello')).toBe(true);
    expect((await customer.postMessage('still here')).length).toBeGreaterThan(0);

    // A third client finds the places taken (1 customer + 2 flood + 1 more below) and is refused rather than evicting anyone.
    expect(await generateFrom(server.baseUrl, '127.0.0.3')).toBe(200);
    expect(await generateFrom(server.baseUrl, '127.0.0.4')).toBe(503);
    expect((await customer.activities()).activities.length).toBeGreaterThan(0);
  });
});
