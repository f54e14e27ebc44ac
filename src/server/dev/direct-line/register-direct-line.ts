import type { Logger } from 'pino';
import type { Server } from 'restify';
import type { Clock } from '../../../ports/clock';
import { ownLoopbackUrl } from '../../own-loopback-url';
import { registerConnectorRoutes } from './connector-routes';
import { registerDirectLineRoutes } from './direct-line-routes';
import { DEFAULT_DIRECT_LINE_LIMITS, DirectLineStore, type DirectLineStoreLimits } from './direct-line-store';
import { DirectLineTurns } from './direct-line-turns';

/** The development Direct Line endpoint: client routes, connector routes and the store they share. */
export function registerDirectLine(
  server: Server,
  deps: { logger: Logger; clock: Clock; limits?: DirectLineStoreLimits },
): DirectLineStore {
  const store = new DirectLineStore(deps.clock, deps.limits ?? DEFAULT_DIRECT_LINE_LIMITS);
  const turns = new DirectLineTurns(store, () => ownLoopbackUrl(server.server), deps.logger);
  registerDirectLineRoutes(server, { store, turns, logger: deps.logger });
  registerConnectorRoutes(server, store);
  return store;
}
