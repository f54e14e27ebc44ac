import type { Request, Response, Server } from 'restify';
import type { Registry } from 'prom-client';

export const METRICS_PATH = '/metrics';

/** Prometheus scrapes this; keep it on the internal network (it names no customer, but it is not for the public). */
export function registerMetricsRoute(server: Server, registry: Registry): void {
  server.get(METRICS_PATH, async (_req: Request, res: Response) => {
    const body = await registry.metrics();
    res.setHeader('Content-Type', registry.contentType);
    res.sendRaw(200, body);
  });
}
