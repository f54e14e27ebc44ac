import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface RecordedRequest {
  method: string;
  /** Path and query exactly as received, e.g. /api/v1/orders/123. */
  url: string;
  headers: IncomingHttpHeaders;
  /** performance.now() when the request headers arrived. */
  receivedAt: number;
}

export type Responder = (res: ServerResponse, req: IncomingMessage) => void;

export interface ScriptedHttpServer {
  /** http://127.0.0.1:<port>/api/v1: a base URL with a path, like a real ORDER_API_URL. */
  readonly baseUrl: string;
  readonly requests: RecordedRequest[];
  /** Queues one responder per upcoming request, in order. */
  script(...responders: Responder[]): void;
  /** Answers requests once the script runs out (default: 599, which no test expects). */
  otherwise(responder: Responder): void;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 whose answers each test scripts request by request. */
export async function startScriptedHttpServer(): Promise<ScriptedHttpServer> {
  const requests: RecordedRequest[] = [];
  const queue: Responder[] = [];
  let fallback: Responder = respond.status(599);

  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, receivedAt: performance.now() });
    const responder = queue.shift() ?? fallback;
    responder(res, req);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = portOf(server);

  return {
    baseUrl: `http://127.0.0.1:${port}/api/v1`,
    requests,
    script: (...responders) => void queue.push(...responders),
    otherwise: (responder) => {
      fallback = responder;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Stalled responses would otherwise keep close() waiting forever.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A base URL nobody listens on: the port was just bound and released. */
export async function refusedBaseUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = portOf(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/api/v1`;
}

function portOf(server: Server): number {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server is not listening on TCP');
  return address.port;
}

export const respond = {
  json(status: number, body: unknown, headers: Record<string, string> = {}): Responder {
    return respond.text(status, JSON.stringify(body), { 'content-type': 'application/json', ...headers });
  },
  text(status: number, text: string, headers: Record<string, string> = {}): Responder {
    return (res) => {
      res.writeHead(status, headers);
      res.end(text);
    };
  },
  status(status: number, headers: Record<string, string> = {}): Responder {
    return respond.text(status, '', headers);
  },
  /** Never answers; the client has to give up. */
  stall(): Responder {
    return () => undefined;
  },
  /** Sends the status line, headers and the start of a body, then never finishes it. */
  stallMidBody(status: number, start: string): Responder {
    return (res) => {
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(start.length + 100) });
      res.write(start);
    };
  },
  /** Promises a longer body, sends part of it, then drops the connection. */
  dropMidBody(status: number, start: string): Responder {
    return (res) => {
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(start.length + 100) });
      res.write(start, () => res.socket?.destroy());
    };
  },
};
