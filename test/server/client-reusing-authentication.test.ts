import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MessageFactory, type Activity } from 'botbuilder';
import { ClientReusingAuthentication, MAX_REUSED_CLIENTS } from '../../src/server/client-reusing-authentication';

/** A message to the bot; authentication is off (no app id), as in development, so every request is anonymous and allowed. */
function activityTo(serviceUrl: string): Activity {
  // The SDK's check reads only the channel, serviceUrl and conversation of it.
  return { ...MessageFactory.text('hi'), channelId: 'test', serviceUrl, conversation: { id: 'c-1', name: '', isGroup: false, conversationType: '' } } as Activity;
}

/** A stand-in for a channel's Bot Connector: records the text of each activity posted to it. */
async function startConnector() {
  const received: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const text: unknown = Reflect.get(JSON.parse(body) as object, 'text');
      received.push(String(text));
      res.setHeader('Content-Type', 'application/json');
      res.end('{"id":"r-1"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { url: `http://127.0.0.1:${port}`, received, close };
}

async function connectorClientFor(auth: ClientReusingAuthentication, serviceUrl: string) {
  const result = await auth.authenticateRequest(activityTo(serviceUrl), '');
  if (!result.connectorFactory) throw new Error('no connector factory');
  return result.connectorFactory.create(serviceUrl, result.audience);
}

describe('connector clients reused across turns', () => {
  it('gives turns to the same channel the same connector and user token clients', async () => {
    const auth = new ClientReusingAuthentication({});
    const first = await connectorClientFor(auth, 'http://127.0.0.1:3978');
    const second = await connectorClientFor(auth, 'http://127.0.0.1:3978');
    expect(second).toBe(first);
    const { claimsIdentity } = await auth.authenticateRequest(activityTo('http://127.0.0.1:3978'), '');
    expect(await auth.createUserTokenClient(claimsIdentity)).toBe(await auth.createUserTokenClient(claimsIdentity));
  });

  it('gives another service URL its own client, which posts there', async () => {
    const connectors = await Promise.all([startConnector(), startConnector()]);
    try {
      const auth = new ClientReusingAuthentication({});
      const [here, there] = await Promise.all(connectors.map((connector) => connectorClientFor(auth, connector.url)));
      expect(there).not.toBe(here);
      await here?.conversations.sendToConversation('c-1', { type: 'message', text: 'to the first' });
      await there?.conversations.sendToConversation('c-1', { type: 'message', text: 'to the second' });
      expect(connectors.map((connector) => connector.received)).toEqual([['to the first'], ['to the second']]);
    } finally {
      await Promise.all(connectors.map((connector) => connector.close()));
    }
  });

  it('keeps a bounded number: beyond it the oldest is made again when next needed', async () => {
    const auth = new ClientReusingAuthentication({});
    const oldest = await connectorClientFor(auth, 'http://127.0.0.1:5000');
    for (let port = 5001; port <= 5000 + MAX_REUSED_CLIENTS; port += 1) await connectorClientFor(auth, `http://127.0.0.1:${port}`);
    expect(await connectorClientFor(auth, 'http://127.0.0.1:5000')).not.toBe(oldest);
  });
});
