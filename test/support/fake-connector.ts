import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface ReceivedActivity {
  conversationId: string;
  /** The :replyTo path segment, when the bot replied to an activity. */
  replyToId: string | undefined;
  activity: Record<string, unknown>;
}

export interface FakeConnector {
  /** The serviceUrl to put on activities so the bot posts its replies here. */
  readonly serviceUrl: string;
  readonly received: ReceivedActivity[];
  textsFor(conversationId: string): string[];
  close(): Promise<void>;
}

const ROUTE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/** Plain statusCode/setHeader/end: restify patches writeHead on every ServerResponse in the process, and its version does not return the response. */
function answer(res: ServerResponse, status: number, body: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.end(body);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A real HTTP server on 127.0.0.1 standing in for the Bot Connector service: it accepts the
 * bot's POST /v3/conversations/:id/activities[/:replyTo] and records what was sent.
 */
export async function startFakeConnector(): Promise<FakeConnector> {
  const received: ReceivedActivity[] = [];
  let nextId = 1;
  const server: Server = createServer((req, res) => {
    const match = ROUTE.exec(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (req.method !== 'POST' || match === null || match[1] === undefined) {
      answer(res, 404, '{"message":"not found"}');
      return;
    }
    const conversationId = decodeURIComponent(match[1]);
    const replyToId = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
    readJson(req)
      .then((body) => {
        if (!isRecord(body)) throw new Error('activity is not an object');
        received.push({ conversationId, replyToId, activity: body });
        answer(res, 200, JSON.stringify({ id: `fake-${nextId++}` }));
      })
      .catch(() => answer(res, 400, '{"message":"bad activity"}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fake connector is not on a TCP port');

  return {
    serviceUrl: `http://127.0.0.1:${address.port}`,
    received,
    textsFor: (conversationId) =>
      received
        .filter((entry) => entry.conversationId === conversationId && entry.activity.type === 'message')
        .map((entry) => String(entry.activity.text)),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
