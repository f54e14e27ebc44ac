import type { Request, Response, Server } from 'restify';
import { Readiness } from './readiness';

/**
 * /healthz: liveness only (the process answers), so an orchestrator does not
 * restart an instance because Redis is down. /readyz: whether to send it
 * traffic: 503 while a configured store is unreachable or it is shutting down.
 */
export function registerHealthRoute(server: Server, readiness: Readiness = new Readiness()): void {
  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
  });
  server.get('/readyz', async (_req: Request, res: Response) => {
    const report = await readiness.report();
    res.send(report.ready ? 200 : 503, { status: report.ready ? 'ready' : report.stopping ? 'stopping' : 'unavailable', checks: report.checks });
  });
}
