import type { Logger } from 'pino';
import type { Server } from 'restify';
import type { Clock } from '../../ports/clock';
import { registerDevSignInRoutes, type DevSignIn } from './dev-sign-in-routes';
import { registerDirectLine } from './direct-line/register-direct-line';
import type { DirectLineStoreLimits } from './direct-line/direct-line-store';
import { registerFixtureOrdersRoute, type FixtureOrderHint } from './fixture-orders-route';
import { registerPageRoutes } from './page-routes';

export interface DevToolsOptions {
  logger: Logger;
  clock: Clock;
  directLineLimits?: DirectLineStoreLimits;
  /** Sample orders the page lists under "Try these orders". */
  fixtureOrders: readonly FixtureOrderHint[];
  /** Lets the page sign in as a fixture customer. */
  devSignIn?: DevSignIn;
}

/**
 * Everything behind the development page, none of which ships: the page and
 * its bundles, the Direct Line built into the server that Web Chat talks to,
 * the fixture orders to try and a pretend sign-in. create-server.ts registers
 * it only outside production with authentication off.
 */
export function registerDevTools(server: Server, options: DevToolsOptions): void {
  registerPageRoutes(server);
  registerDirectLine(server, {
    logger: options.logger,
    clock: options.clock,
    ...(options.directLineLimits === undefined ? {} : { limits: options.directLineLimits }),
  });
  registerFixtureOrdersRoute(server, options.fixtureOrders);
  if (options.devSignIn) registerDevSignInRoutes(server, options.devSignIn);
}
