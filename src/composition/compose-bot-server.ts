import type { Logger } from 'pino';
import type { Server } from 'restify';
import { SupportBot } from '../bot/support-bot';
import type { Env } from '../config/config-schema';
import { randomBytes } from 'node:crypto';
import type { FixtureData } from '../adapters/fixture-order-source';
import { signCustomerToken } from '../identity/customer-token-signer';
import { CustomerTokenVerifier, type CustomerTokenOptions } from '../identity/customer-token-verifier';
import { anyOfTokenReaders } from '../identity/customer-token-readers';
import type { DevSignIn } from '../server/dev/dev-sign-in-routes';
import type { Clock } from '../ports/clock';
import { createBotAdapter } from '../server/create-bot-adapter';
import { createServer } from '../server/create-server';
import { buildSupportServices } from './build-support-services';
import type { SharedStateOptions } from './shared-state';
import { redeliveryGuard } from '../bot/redelivery-guard';
import { Readiness } from '../server/readiness';
import { fixtureOrderHints } from './fixture-order-hints';
import { registerMetricsRoute } from '../observability/metrics-route';

/** The composed bot: its server, whether it is ready, and how to close its pools once the server has stopped. */
export interface ComposedBot {
  server: Server;
  readiness: Readiness;
  closeState(): Promise<void>;
}

/**
 * The customer bot behind its HTTP server, not yet listening. One function so
 * the process entry point and the end-to-end tests run the very same wiring.
 */
export async function composeBotServer(config: Env, clock: Clock, logger: Logger): Promise<Server> {
  return (await composeBot(config, clock, logger)).server;
}

export async function composeBot(config: Env, clock: Clock, logger: Logger, stateOptions: SharedStateOptions = {}): Promise<ComposedBot> {
  const services = await buildSupportServices(config, clock, logger, stateOptions);
  const adapter = createBotAdapter(config, logger);
  // Before everything else: a redelivered activity is answered from the ledger and goes no further.
  adapter.use(redeliveryGuard(services.state.activities, logger.child({ component: 'redelivery' })));
  const siteTokens = siteTokenOptions(config);
  const devTokens = devSignInTokenOptions(config, services.fixtures !== null);
  // Loaded only when the API is on: the copilot's code (chrono-node among it) was a tenth of every start-up.
  const copilot = config.COPILOT_API_KEYS.length > 0 ? (await import('./compose-copilot')).composeCopilot(config, services, clock, logger, services.state.copilotSessions) : null;
  const bot = new SupportBot({
    conversations: services.conversations,
    copy: services.copy,
    customerTokens: anyOfTokenReaders([siteTokens, devTokens].flatMap((options) => (options ? [new CustomerTokenVerifier(options)] : []))),
    logger,
    ...(copilot ? { onHandoff: copilot.onHandoff } : {}),
  });
  const fixtureOrders = services.fixtures ? fixtureOrderHints(services.fixtures.data, services.fixtures.dir) : [];
  const devSignIn = services.fixtures && devTokens ? fixtureSignIn(services.fixtures.data, devTokens) : undefined;
  const readiness = new Readiness(services.state.readiness);
  const server = createServer({
    config,
    adapter,
    bot,
    logger,
    fixtureOrders,
    readiness,
    ...(devSignIn ? { devSignIn } : {}),
    ...(copilot ? { copilot: copilot.routes } : {}),
  });
  registerMetricsRoute(server, services.metrics.registry);
  return { server, readiness, closeState: services.state.close };
}

/** The site's key, when one is configured: what signed-in customers' tokens are verified with. */
function siteTokenOptions(config: Env): CustomerTokenOptions | null {
  const secret = config.CUSTOMER_TOKEN_SECRET;
  return secret ? { secret, issuer: config.CUSTOMER_TOKEN_ISSUER, audience: config.CUSTOMER_TOKEN_AUDIENCE } : null;
}

/**
 * Outside production with fixture orders, a key made up at start-up lets the
 * development page sign in as a fixture customer. Never the site's key: the
 * unauthenticated /dev/customer-token route would otherwise mint tokens the
 * real site's key vouches for. It never leaves this process.
 */
function devSignInTokenOptions(config: Env, fixtures: boolean): CustomerTokenOptions | null {
  if (!fixtures || config.NODE_ENV === 'production') return null;
  return { secret: randomBytes(32).toString('hex'), issuer: config.CUSTOMER_TOKEN_ISSUER, audience: config.CUSTOMER_TOKEN_AUDIENCE };
}

function fixtureSignIn(data: FixtureData, tokens: CustomerTokenOptions): DevSignIn {
  const customers = [...data.customers].map(([customerId, orderNumbers]) => ({
    customerId,
    name: data.orders.find((o) => o.orderNumber === orderNumbers[0])?.customer.firstName ?? customerId,
    orderCount: orderNumbers.length,
  }));
  return { customers, mint: (customerId) => signCustomerToken(tokens, customerId) };
}
