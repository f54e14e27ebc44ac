import type { Request, Response, Server } from 'restify';

export function registerHealthRoute(server: Server): void {
  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
  });
}
