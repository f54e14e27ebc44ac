import { ConfigError, loadConfig } from '../../src/config/load-config';
import { createBotAdapter, isAuthenticationEnabled } from '../../src/server/create-bot-adapter';
import { captureLogger, WARN } from './support/capture-logger';
import { messageActivity, postJson } from './support/activities';
import { startTestServer, type TestServer } from './support/start-test-server';

const AUTH_ENV = { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret' };

describe('Bot Framework authentication on (MicrosoftAppId set)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: AUTH_ENV });
  });
  afterAll(() => server.close());

  it('answers 401 to an activity posted without a token, and the bot never runs', async () => {
    const response = await postJson(
      `${server.baseUrl}/api/messages`,
      messageActivity({ text: 'hi', conversationId: 'c-auth', serviceUrl: 'https://smba.trafficmanager.net/teams/' }),
    );
    expect(response.status).toBe(401);
    expect(response.json).toEqual({ code: 'Unauthorized', message: expect.stringMatching(/bearer token/i) });
    expect(server.bot.turnLog).toEqual([]);
  });

  it('answers 401 to a bearer value that is not a token at all, and the bot never runs', async () => {
    const response = await postJson(
      `${server.baseUrl}/api/messages`,
      messageActivity({ text: 'hi', conversationId: 'c-auth', serviceUrl: 'https://smba.trafficmanager.net/teams/' }),
      { Authorization: 'Bearer not-a-jwt' },
    );
    expect(response.status).toBe(401);
    expect(server.bot.turnLog).toEqual([]);
  });

  it('does not warn that authentication is off', () => {
    expect(server.logs.filter((line) => /authentication is OFF/.test(line.msg))).toEqual([]);
  });
});

describe('Bot Framework authentication off (no MicrosoftAppId)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('warns at start-up that authentication is off', () => {
    expect(server.logs).toContainEqual(expect.objectContaining({ level: WARN, msg: expect.stringMatching(/authentication is OFF/) }));
  });

  it.each(['https://evil.example.com/', 'http://10.0.0.5:3978/', 'http://127.0.0.1.nip.io/'])(
    'refuses serviceUrl %s with 403, because the bot would post its replies there',
    async (serviceUrl) => {
      const response = await postJson(
        `${server.baseUrl}/api/messages`,
        messageActivity({ text: 'hi', conversationId: 'c-off', serviceUrl }),
      );
      expect(response.status).toBe(403);
      expect(response.json).toEqual({ code: 'ServiceUrlNotAllowed', message: expect.stringMatching(/own loopback origin/) });
      expect(server.bot.turnLog).toEqual([]);
    },
  );

  it.each(['http://localhost:9/', 'http://127.0.0.1:9/', 'http://127.5.6.7:9/', 'http://[::1]:9/'])(
    'accepts loopback serviceUrl %s',
    async (serviceUrl) => {
      const response = await postJson(
        `${server.baseUrl}/api/messages`,
        messageActivity({ text: 'local', conversationId: 'c-local', serviceUrl, deliveryMode: 'expectReplies' }),
      );
      expect(response.status).toBe(200);
      expect(response.json).toEqual({ activities: [expect.objectContaining({ text: 'You said: local' })] });
    },
  );
});

describe('authentication configuration', () => {
  it('is on exactly when MicrosoftAppId is set', () => {
    expect(isAuthenticationEnabled(loadConfig({ ...AUTH_ENV }))).toBe(true);
    expect(isAuthenticationEnabled(loadConfig({ MicrosoftAppId: '  ' }))).toBe(false);
  });

  it('refuses to start in production without MicrosoftAppId', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/MicrosoftAppId: is required when NODE_ENV=production/);
    expect(loadConfig({ NODE_ENV: 'production', ORDER_SOURCE: 'http', ORDER_API_URL: 'https://oms.example/api', ...AUTH_ENV }).MicrosoftAppId).toBe(AUTH_ENV.MicrosoftAppId);
  });

  it('builds an adapter for a single-tenant app from our parsed config', () => {
    const { logger, lines } = captureLogger();
    const config = loadConfig({ ...AUTH_ENV, MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: 'tenant-1' });
    expect(() => createBotAdapter(config, logger)).not.toThrow();
    expect(lines).toEqual([]);
  });

  it('lets botbuilder reject an incomplete single-tenant setup at start-up rather than on the first message', () => {
    const { logger } = captureLogger();
    const config = loadConfig({ ...AUTH_ENV, MicrosoftAppType: 'SingleTenant' });
    expect(() => createBotAdapter(config, logger)).toThrow(/MicrosoftAppTenantId is required/);
  });
});

describe('Bot Framework authentication in production: ordinary refusals', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      env: { ...AUTH_ENV, NODE_ENV: 'production', ORDER_SOURCE: 'http', ORDER_API_URL: 'http://127.0.0.1:9/api', LOG_LEVEL: 'debug' },
    });
  });
  afterAll(() => server.close());

  const unsigned = (header: object): string =>
    `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify({ iss: 'https://api.botframework.com', aud: AUTH_ENV.MicrosoftAppId })).toString('base64url')}.`;

  it.each([
    ['an alg "none" token', { alg: 'none', typ: 'JWT' }],
    ['an HS256 token (a shared-secret forgery)', { alg: 'HS256', typ: 'JWT' }],
    ['an RS256 token naming no key', { alg: 'RS256', typ: 'JWT' }],
  ])('answers %s 401 with a plain reason, the bot never runs, and nothing logs a stack trace', async (_name, header) => {
    const before = server.logs.length;
    const response = await postJson(
      `${server.baseUrl}/api/messages`,
      messageActivity({ text: 'hi', conversationId: 'c-none', serviceUrl: 'https://smba.trafficmanager.net/teams/' }),
      { Authorization: `Bearer ${unsigned(header)}` },
    );
    expect(response.status).toBe(401);
    expect(response.json).toEqual({ code: 'Unauthorized', message: expect.not.stringMatching(/fetch|ENOTFOUND|at /) });
    expect(server.bot.turnLog).toEqual([]);
    const logged = server.logs.slice(before);
    expect(logged.map((line) => line.msg)).toContain('Bot Framework request refused');
    expect(JSON.stringify(logged)).not.toMatch(/"stack"/);
  });

  it('answers 503 (not 500 with the network error) when the signing keys cannot be fetched for a well-formed token', async () => {
    const response = await postJson(
      `${server.baseUrl}/api/messages`,
      messageActivity({ text: 'hi', conversationId: 'c-keys', serviceUrl: 'https://smba.trafficmanager.net/teams/' }),
      { Authorization: `Bearer ${unsigned({ alg: 'RS256', typ: 'JWT', kid: 'some-key' })}sig` },
    );
    // This machine has no route to login.botframework.com; where it has, the forged signature is a 401. Either way, no raw error.
    expect([401, 503]).toContain(response.status);
    expect(response.text).not.toMatch(/fetch failed|ENOTFOUND|getaddrinfo/);
    expect(server.bot.turnLog).toEqual([]);
  });
});
