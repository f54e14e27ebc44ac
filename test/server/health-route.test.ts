import restify from 'restify';
import { registerHealthRoute } from '../../src/server/health-route';
import { close, listen } from '../../src/server/listen';
import { Readiness } from '../../src/server/readiness';

async function serve(readiness: Readiness) {
  const server = restify.createServer();
  registerHealthRoute(server, readiness);
  const baseUrl = await listen(server, 0, '127.0.0.1');
  const get = async (path: string) => {
    const response = await fetch(`${baseUrl}${path}`);
    return { status: response.status, body: (await response.json()) as unknown };
  };
  return { get, close: () => close(server) };
}

test('/readyz is 200 when every configured store answers, 503 naming the one that does not, and /healthz stays 200 throughout', async () => {
  let redisUp = true;
  const readiness = new Readiness([
    { name: 'database', check: async () => 1 },
    {
      name: 'redis',
      check: async () => {
        if (!redisUp) throw new Error('ECONNREFUSED');
      },
    },
  ]);
  const server = await serve(readiness);
  try {
    expect(await server.get('/readyz')).toEqual({ status: 200, body: { status: 'ready', checks: { database: 'up', redis: 'up' } } });
    redisUp = false;
    expect(await server.get('/readyz')).toEqual({ status: 503, body: { status: 'unavailable', checks: { database: 'up', redis: 'down' } } });
    expect((await server.get('/healthz')).status).toBe(200);
  } finally {
    await server.close();
  }
});

test('from SIGTERM on /readyz is 503 "stopping", so the proxy sends new turns to the other instances', async () => {
  const readiness = new Readiness();
  const server = await serve(readiness);
  try {
    expect((await server.get('/readyz')).status).toBe(200);
    readiness.markStopping();
    expect(await server.get('/readyz')).toEqual({ status: 503, body: { status: 'stopping', checks: {} } });
  } finally {
    await server.close();
  }
});
