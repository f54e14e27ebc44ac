import { createServer, type Server } from 'node:http';

export interface LoopbackConnector {
  serviceUrl: string;
  /** Activities the bots posted (replies, typing), counted to check that the bots really answered. */
  posted(): number;
  close(): Promise<void>;
}

/**
 * Stands in for the Bot Connector service: both bots post their replies here,
 * over loopback, and get the usual `{ id }` answer. Bodies are read and thrown away.
 */
export async function startLoopbackConnector(): Promise<LoopbackConnector> {
  let posted = 0;
  let nextId = 0;
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      posted += 1;
      res.statusCode = 200;
      res.setHeader('Content-Type', 'application/json');
      res.end(`{"id":"r${(nextId += 1)}"}`);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('connector is not on a TCP port');
  return {
    serviceUrl: `http://127.0.0.1:${address.port}`,
    posted: () => posted,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
