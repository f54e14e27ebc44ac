import type { Logger } from 'pino';
import type { Server } from 'restify';
import { SupportBot } from '../bot/support-bot';
import type { Env } from '../config/config-schema';
import { randomBytes } from 'node:crypto';
import type { FixtureData } from '../adapters/fixture-order-source';
import { signCustomerToken } from '../identity/customer-token-signer';
import { CustomerTokenVerifier, type CustomerTokenOptions } from '../identity/customer-token-verifier';
import type { DevSignIn } from '../server/dev/dev-sign-in-routes';
import type { Clock } from '../ports/clock';
import { createBotAdapter } from '../server/create-bot-adapter';
import { createServer } from '../server/create-server';
import { buildSupportServices } from './build-support-services';
import { composeCopilot } from './compose-copilot';
import { fixtureOrderHints } from './fixture-order-hints';

/**
 * The customer bot behind its HTTP server, not yet listening. One function so
 * the process entry point and the end-to-end tests run the very same wiring.
 */
export async function composeBotServer(config: Env, clock: Clock, logger: Logger): Promise<Server> {
  const services = await buildSupportServices(config, clock, logger);
  const adapter = createBotAdapter(config, logger);
  const tokens = customerTokenOptions(config, services.fixtures !== null);
  const copilot = composeCopilot(config, services, clock, logger);
  const bot = new SupportBot({
    conversations: services.conversations,
    copy: services.copy,
    customerTokens: tokens ? new CustomerTokenVerifier(tokens) : null,
    logger,
    ...(copilot ? { onHandoff: copilot.onHandoff } : {}),
  });
  const fixtureOrders = services.fixtures ? fixtureOrderHints(services.fixtures.data, services.fixtures.dir) : [];
  const devSignIn = services.fixtures && tokens ? fixtureSignIn(services.fixtures.data, tokens) : undefined;
  return createServer({ config, adapter, bot, logger, fixtureOrders, ...(devSignIn ? { devSignIn } : {}), ...(copilot ? { copilot: copilot.routes } : {}) });
}

/**
 * The site's key when one is configured. Outside production with fixture
 * orders and no key, a key made up at start-up lets the development page
 * sign in as a fixture customer; it never leaves this process.
 */
function customerTokenOptions(config: Env, fixtures: boolean): CustomerTokenOptions | null {
  const secret = config.CUSTOMER_TOKEN_SECRET ?? (fixtures && config.NODE_ENV !== 'production' ? randomBytes(32).toString('hex') : null);
  return secret ? { secret, issuer: config.CUSTOMER_TOKEN_ISSUER, audience: config.CUSTOMER_TOKEN_AUDIENCE } : null;
}

function fixtureSignIn(data: FixtureData, tokens: CustomerTokenOptions): DevSignIn {
  const customers = [...data.customers].map(([customerId, orderNumbers]) => ({
    customerId,
    name: data.orders.find((o) => o.orderNumber === orderNumbers[0])?.customer.firstName ?? customerId,
    orderCount: orderNumbers.length,
  }));
  return { customers, mint: (customerId) => signCustomerToken(tokens, customerId) };
}
