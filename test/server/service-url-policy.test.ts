import { loopbackServiceUrl } from '../../src/server/service-url-policy';
import { startFakeConnector, type FakeConnector } from '../support/fake-connector';
import { messageActivity, postJson } from './support/activities';
import { startTestServer, type TestServer } from './support/start-test-server';

const OWN = 'http://127.0.0.1:3978';

describe('loopbackServiceUrl', () => {
  const allowed = { own: OWN, configured: ['http://127.0.0.1:5000'], expectReplies: false };

  it.each([
    ['our own origin', 'http://127.0.0.1:3978', OWN],
    ['our own port under another loopback name', 'http://localhost:3978/', OWN],
    ['a configured origin', 'http://127.0.0.1:5000/', 'http://127.0.0.1:5000'],
  ])('accepts %s, as the normalised origin', (_name, raw, expected) => {
    expect(loopbackServiceUrl(raw, allowed)).toEqual({ ok: true, serviceUrl: expected });
  });

  it.each([
    ['another loopback port', 'http://127.0.0.1:6379/'],
    ['a path climbing out with %2e%2e', 'http://127.0.0.1:5000/%2e%2e/%2e%2e/admin'],
    ['a path', 'http://127.0.0.1:3978/v3/directline/tokens/generate#'],
    ['a backslash-at trick', 'http://127.0.0.1:5000\\@evil.example.com/'],
    ['user info', 'http://user:pass@127.0.0.1:5000/'],
    ['an at-sign host trick', 'http://127.0.0.1:5000@evil.example.com/'],
    ['a query', 'http://127.0.0.1:5000/?x=1'],
    ['a remote host', 'https://evil.example.com/'],
  ])('refuses %s', (_name, raw) => {
    expect(loopbackServiceUrl(raw, allowed)).toEqual({ ok: false, reason: expect.stringMatching(/own loopback origin/) });
  });

  it('with expectReplies (nothing is posted) accepts any loopback origin and answers with our own', () => {
    expect(loopbackServiceUrl('http://127.0.0.1:9/', { ...allowed, expectReplies: true })).toEqual({ ok: true, serviceUrl: OWN });
  });
});

describe('POST /api/messages with authentication off: where the bot posts its replies', () => {
  let allowedConnector: FakeConnector;
  let otherConnector: FakeConnector;
  let server: TestServer;

  beforeAll(async () => {
    allowedConnector = await startFakeConnector();
    otherConnector = await startFakeConnector();
    server = await startTestServer({ env: { LOOPBACK_SERVICE_URLS: allowedConnector.serviceUrl } });
  });
  afterAll(async () => {
    await server.close();
    await allowedConnector.close();
    await otherConnector.close();
  });

  const post = (serviceUrl: string, conversationId: string) =>
    postJson(`${server.baseUrl}/api/messages`, messageActivity({ text: 'hi', conversationId, serviceUrl }));

  it('posts to a configured connector', async () => {
    expect((await post(allowedConnector.serviceUrl, 'c-allowed')).status).toBe(200);
    expect(allowedConnector.textsFor('c-allowed')).toEqual(['You said: hi']);
  });

  it.each([
    ['an unconfigured loopback port', (c: FakeConnector) => c.serviceUrl],
    ['a %2e%2e path', (c: FakeConnector) => `${c.serviceUrl}/%2e%2e/x`],
    ['a \\@ trick', (c: FakeConnector) => `${c.serviceUrl}\\@127.0.0.1/`],
  ])('refuses %s with 403 and posts nothing anywhere', async (_name, spell) => {
    const turnsBefore = server.bot.turnLog.length;
    const response = await post(spell(otherConnector), 'c-refused');
    expect(response.status).toBe(403);
    expect(response.json).toEqual({ code: 'ServiceUrlNotAllowed', message: expect.stringMatching(/LOOPBACK_SERVICE_URLS/) });
    expect(otherConnector.received).toEqual([]);
    expect(server.bot.turnLog).toHaveLength(turnsBefore);
  });

  it('normalises a configured origin spelled with a trailing path-less slash and posts to that origin only', async () => {
    expect((await post(`${allowedConnector.serviceUrl}/`, 'c-slash')).status).toBe(200);
    expect(allowedConnector.textsFor('c-slash')).toEqual(['You said: hi']);
  });
});
