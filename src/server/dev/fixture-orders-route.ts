import type { Request, Response, Server } from 'restify';
import { z } from 'zod';

/** One sample order the development page offers to try; the list is supplied by the composition root. */
export const FixtureOrderHintSchema = z.object({
  orderNumber: z.string(),
  email: z.string(),
  phone: z.string(),
  description: z.string(),
});

export type FixtureOrderHint = z.infer<typeof FixtureOrderHintSchema>;

export const FIXTURE_ORDERS_PATH = '/dev/fixture-orders';

export function registerFixtureOrdersRoute(server: Server, orders: readonly FixtureOrderHint[]): void {
  const body = z.array(FixtureOrderHintSchema).parse(orders);
  server.get(FIXTURE_ORDERS_PATH, async (_req: Request, res: Response) => {
    res.send(200, body);
  });
}
