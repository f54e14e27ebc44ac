import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { sendError } from '../send-error';

/** Signed-in customers the development page can pretend to be, and a way to get their token. */
export interface DevSignIn {
  customers: readonly { customerId: string; name: string; orderCount: number }[];
  mint(customerId: string): Promise<string>;
}

const TokenRequestSchema = z.object({ customerId: z.string().min(1).max(64) });

/** Development only (registered beside the dev Direct Line): stands in for the retailer's site signing a customer in. */
export function registerDevSignInRoutes(server: Server, signIn: DevSignIn): void {
  server.get('/dev/customers', async (_req: Request, res: Response) => {
    res.send(200, signIn.customers);
  });
  server.post('/dev/customer-token', async (req: Request, res: Response) => {
    const parsed = TokenRequestSchema.safeParse(req.body);
    if (!parsed.success) {
      sendError(res, 400, 'InvalidRequest', 'Send { "customerId": "..." }.');
      return;
    }
    if (!signIn.customers.some((c) => c.customerId === parsed.data.customerId)) {
      sendError(res, 404, 'UnknownCustomer', 'No fixture customer has that id.');
      return;
    }
    res.send(200, { token: await signIn.mint(parsed.data.customerId) });
  });
}
