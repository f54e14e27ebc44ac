import type { Logger } from 'pino';
import type { Server } from 'restify';
import { close } from './listen';
import type { Readiness } from './readiness';

export interface Stoppable {
  server: Server;
  readiness: Readiness;
  /** Closes the database and Redis pools. */
  closeState(): Promise<void>;
}

/**
 * SIGTERM, in order: /readyz turns 503 so the proxy sends new turns elsewhere,
 * the server stops accepting connections, the turns in flight finish and are
 * answered (each is a request still open), and only then are the pools
 * closed: a turn never loses its store half-way.
 */
export async function shutDownGracefully(bot: Stoppable, logger: Pick<Logger, 'info'>): Promise<void> {
  bot.readiness.markStopping();
  await close(bot.server);
  logger.info('In-flight turns finished; closing the stores');
  await bot.closeState();
}
