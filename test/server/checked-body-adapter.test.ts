import type { AddressInfo } from 'node:net';
import { ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import restify from 'restify';
import { AdapterAuthenticationError, CheckedBodyAdapter } from '../../src/server/checked-body-adapter';
import { messageActivity, postJson, UNUSED_LOOPBACK_SERVICE_URL } from './support/activities';

/** A restify route handing every body to runTurn, as messages-route.ts does once the body is checked. */
async function serve(adapter: CheckedBodyAdapter, logic: (context: TurnContext) => Promise<void>, authorization = '') {
  const failures: unknown[] = [];
  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    const body: unknown = req.body;
    try {
      await adapter.runTurn(authorization, Object.fromEntries(Object.entries(typeof body === 'object' && body !== null ? body : {})), res, logic);
    } catch (error) {
      failures.push(error);
      res.send(599, {});
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/api/messages`, failures, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('CheckedBodyAdapter.runTurn', () => {
  test('runs the turn with the SDK\'s date fields, and answers expectReplies with the replies in the body', async () => {
    const seen: Array<{ timestamp: unknown; raw: unknown }> = [];
    const server = await serve(new CheckedBodyAdapter(new ConfigurationBotFrameworkAuthentication({})), async (context) => {
      seen.push({ timestamp: context.activity.timestamp, raw: Reflect.get(context.activity, 'rawTimestamp') });
      await context.sendActivity(`you said ${context.activity.text ?? ''}`);
    });
    try {
      const activity = { ...messageActivity({ text: 'hi', conversationId: 'c1', serviceUrl: UNUSED_LOOPBACK_SERVICE_URL, deliveryMode: 'expectReplies' }), timestamp: '2026-12-06T01:02:03.000Z' };
      const response = await postJson(server.url, activity);
      expect(response.status).toBe(200);
      expect(response.json).toMatchObject({ activities: [{ type: 'message', text: 'you said hi' }] });
      expect(seen).toHaveLength(1);
      expect(seen[0]?.timestamp).toEqual(new Date('2026-12-06T01:02:03.000Z'));
      expect(seen[0]?.raw).toBe('2026-12-06T01:02:03.000Z');
    } finally {
      await server.close();
    }
  });

  test('a request its authentication refuses throws AdapterAuthenticationError (401), and the bot never runs', async () => {
    const turns: string[] = [];
    const adapter = new CheckedBodyAdapter(
      new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret' }),
    );
    const server = await serve(adapter, async (context) => {
      turns.push(context.activity.text ?? '');
    });
    try {
      const response = await postJson(server.url, messageActivity({ text: 'hi', conversationId: 'c2', serviceUrl: 'https://smba.trafficmanager.net/teams/' }));
      expect(response.status).toBe(599);
      expect(server.failures).toHaveLength(1);
      expect(server.failures[0]).toBeInstanceOf(AdapterAuthenticationError);
      expect(server.failures[0]).toMatchObject({ status: 401 });
      expect(turns).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
