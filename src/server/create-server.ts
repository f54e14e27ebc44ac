import type { ActivityHandler, CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import restify from 'restify';
import type { Env } from '../config/config-schema';
import type { Clock } from '../ports/clock';
import { systemClock } from '../adapters/system-clock';
import { isAuthenticationEnabled } from './bot-framework-auth';
import { ConversationTurnQueue } from './conversation-turn-queue';
import { registerDirectLine } from './direct-line/register-direct-line';
import type { DirectLineStoreLimits } from './direct-line/direct-line-store';
import { isDirectLineEnabled } from './direct-line-enabled';
import { installErrorHandling } from './error-handling';
import { registerFixtureOrdersRoute, type FixtureOrderHint } from './fixture-orders-route';
import { registerHealthRoute } from './health-route';
import { registerDevSignInRoutes, type DevSignIn } from './dev-sign-in-routes';
import { registerMessagesRoute } from './messages-route';
import { registerPageRoutes } from './page-routes';

/** Bot Framework activities are small; anything bigger is refused before it is parsed. */
export const MAX_BODY_BYTES = 256 * 1024;

export interface CreateServerOptions {
  config: Pick<Env, 'NODE_ENV' | 'MicrosoftAppId' | 'DIRECT_LINE_DEV'>;
  adapter: CloudAdapter;
  bot: ActivityHandler;
  logger: Logger;
  /** Overrides the config's choice; ignored (off) in production and when authentication is on. */
  directLine?: boolean;
  /** Sample orders the development page lists under "Try these orders" (served only with the dev Direct Line). */
  fixtureOrders?: readonly FixtureOrderHint[];
  /** Lets the development page sign in as a fixture customer (served only with the dev Direct Line). */
  devSignIn?: DevSignIn;
  turnQueue?: ConversationTurnQueue;
  clock?: Clock;
  directLineLimits?: DirectLineStoreLimits;
}

export function createServer(options: CreateServerOptions): restify.Server {
  const { config, logger } = options;
  const server = restify.createServer({ name: 'kmart-order-support-bot', handleUncaughtExceptions: true });
  installErrorHandling(server, logger);
  // bodyParser's reader and JSON parser without its form and multipart parsers, which we never need.
  server.use(restify.plugins.bodyReader({ maxBodySize: MAX_BODY_BYTES }));
  server.use(restify.plugins.jsonBodyParser({ mapParams: false, bodyReader: true }));

  const authEnabled = isAuthenticationEnabled(config);
  registerMessagesRoute(server, {
    adapter: options.adapter,
    bot: options.bot,
    logger,
    authEnabled,
    turnQueue: options.turnQueue ?? new ConversationTurnQueue(),
  });
  registerHealthRoute(server);
  registerPageRoutes(server);

  const directLineAllowed = config.NODE_ENV !== 'production' && !authEnabled;
  const directLineWanted = options.directLine ?? isDirectLineEnabled(config);
  if (directLineWanted && !directLineAllowed) {
    logger.warn('The development Direct Line endpoint stays off: it needs NODE_ENV other than production and authentication off');
  }
  if (directLineWanted && directLineAllowed) {
    registerDirectLine(server, {
      logger,
      clock: options.clock ?? systemClock,
      ...(options.directLineLimits === undefined ? {} : { limits: options.directLineLimits }),
    });
    // Sample orders belong to the development page only; the page shows no panel when this 404s.
    registerFixtureOrdersRoute(server, options.fixtureOrders ?? []);
    if (options.devSignIn) registerDevSignInRoutes(server, options.devSignIn);
    logger.info('Development Direct Line endpoint enabled at /v3/directline');
  }
  return server;
}
