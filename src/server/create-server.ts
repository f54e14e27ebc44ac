import type { ActivityHandler } from 'botbuilder';
import type { Logger } from 'pino';
import restify from 'restify';
import type { Env } from '../config/config-schema';
import type { Clock } from '../ports/clock';
import { systemClock } from '../adapters/system-clock';
import type { CheckedBodyAdapter } from './checked-body-adapter';
import { isAuthenticationEnabled, type BotAuthConfig } from './create-bot-adapter';
import { createBotRequestAuthenticator } from './bot-request-authentication';
import { ConversationTurnQueue } from './conversation-turn-queue';
import type { DevSignIn } from './dev/dev-sign-in-routes';
import type { DirectLineStoreLimits } from './dev/direct-line/direct-line-store';
import { isDirectLineEnabled } from './dev/direct-line-enabled';
import type { FixtureOrderHint } from './dev/fixture-orders-route';
import { registerDevTools } from './dev/register-dev-tools';
import { installErrorHandling } from './error-handling';
import { refuseDeeplyNestedJson } from './json-depth-limit';
import { rememberRequestId, requestIdFrom } from '../observability/request-context';
import { registerHealthRoute } from './health-route';
import type { Readiness } from './readiness';
import { registerMessagesRoute } from './messages-route';
import { registerCopilotRoutes, type CopilotRoutesOptions } from './copilot/register-copilot-routes';
import { registerAgentPanelRoutes } from './dev/agent-panel-routes';

/** Bot Framework activities are small; anything bigger is refused before it is parsed. */
export const MAX_BODY_BYTES = 256 * 1024;

export interface CreateServerOptions {
  config: Pick<Env, 'NODE_ENV' | 'DIRECT_LINE_DEV' | 'LOOPBACK_SERVICE_URLS'> & BotAuthConfig;
  adapter: CheckedBodyAdapter;
  bot: ActivityHandler;
  logger: Logger;
  /** The development page and Direct Line: overrides the config's choice; ignored (off) in production and when authentication is on. */
  directLine?: boolean;
  /** Sample orders the development page lists under "Try these orders" (served only with the dev Direct Line). */
  fixtureOrders?: readonly FixtureOrderHint[];
  /** Lets the development page sign in as a fixture customer (served only with the dev Direct Line). */
  devSignIn?: DevSignIn;
  turnQueue?: ConversationTurnQueue;
  /** What /readyz checks (the configured stores, and whether the instance is stopping); nothing to check when unset. */
  readiness?: Readiness;
  clock?: Clock;
  directLineLimits?: DirectLineStoreLimits;
  /** The agent copilot API; absent when no COPILOT_API_KEYS are configured, so its routes answer 404. */
  copilot?: CopilotRoutesOptions;
}

export function createServer(options: CreateServerOptions): restify.Server {
  const { config, logger } = options;
  // Path parameters up to 256 characters: the router's default (100) would answer a copilot session id of 101-128 characters 404.
  // Restify's catch-all runs every request in a domain, which turns async hooks on for every promise
  // (a tenth of a turn's CPU). Handlers are async, so a throw rejects and error-handling.ts answers 500;
  // a throw outside any request is a bug that src/index.ts logs before exiting, for the supervisor to restart.
  const server = restify.createServer({ name: 'kmart-order-support-bot', handleUncaughtExceptions: false, maxParamLength: 256 });
  installErrorHandling(server, logger);
  // bodyParser's reader and JSON parser without its form and multipart parsers, which we never need.
  server.use(restify.plugins.bodyReader({ maxBodySize: MAX_BODY_BYTES }));
  server.use(refuseDeeplyNestedJson());
  server.use(restify.plugins.jsonBodyParser({ mapParams: false, bodyReader: true }));
  // Every request's own id, from the caller's X-Request-Id or made here: it reaches the order system and every log line of the request.
  server.use((req: restify.Request, res: restify.Response, next: restify.Next) => {
    const requestId = requestIdFrom(req.header('x-request-id') || undefined);
    res.setHeader('X-Request-Id', requestId);
    rememberRequestId(req, requestId);
    next();
  });

  const authEnabled = isAuthenticationEnabled(config);
  registerMessagesRoute(server, {
    adapter: options.adapter,
    bot: options.bot,
    logger,
    authEnabled,
    authenticate: authEnabled ? createBotRequestAuthenticator(config) : null,
    loopbackServiceUrls: config.LOOPBACK_SERVICE_URLS,
    turnQueue: options.turnQueue ?? new ConversationTurnQueue(),
  });
  registerHealthRoute(server, options.readiness);
  if (options.copilot) registerCopilotRoutes(server, options.copilot);

  const devToolsAllowed = config.NODE_ENV !== 'production' && !authEnabled;
  const devToolsWanted = options.directLine ?? isDirectLineEnabled(config);
  if (devToolsWanted && !devToolsAllowed) {
    logger.warn('The development page and Direct Line stay off: they need NODE_ENV other than production and authentication off');
  }
  if (devToolsWanted && devToolsAllowed) {
    registerDevTools(server, {
      logger,
      clock: options.clock ?? systemClock,
      fixtureOrders: options.fixtureOrders ?? [],
      ...(options.directLineLimits === undefined ? {} : { directLineLimits: options.directLineLimits }),
      ...(options.devSignIn ? { devSignIn: options.devSignIn } : {}),
    });
    logger.info('Development page and Direct Line enabled at / and /v3/directline');
  }
  // The agent panel holds no secret (it asks for a key), so it is served with the copilot API, and on the development server;
  // never in production, where a desk tool is the agents' interface and a demo page is only surface to attack.
  if (config.NODE_ENV !== 'production' && (options.copilot || (devToolsWanted && devToolsAllowed))) registerAgentPanelRoutes(server);
  return server;
}
