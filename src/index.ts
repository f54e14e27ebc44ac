import { systemClock } from './adapters/system-clock';
import { composeBot } from './composition/compose-bot-server';
import { ConfigError, loadConfig } from './config/load-config';
import type { Env } from './config/config-schema';
import { shutDownGracefully } from './server/graceful-shutdown';
import { listen, listenedAddress } from './server/listen';
import { createLogger } from './observability/create-logger';

/** In-flight turns get this long to finish after SIGINT/SIGTERM before the process exits anyway (compose's stop_grace_period is longer). */
const SHUTDOWN_GRACE_MS = 10_000;

function readConfig(): Env {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config);
  // A throw outside any request's promise chain is a bug: log it where the logs go, then exit for the supervisor to restart.
  process.once('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'Uncaught exception; exiting');
    process.exit(1);
  });
  const bot = await composeBot(config, systemClock, logger);

  const url = await listen(bot.server, config.PORT, config.HOST ?? (config.MicrosoftAppId ? '0.0.0.0' : '127.0.0.1'));
  const address = listenedAddress(bot.server);
  logger.info({ listeningOn: address, url }, `Bot listening on ${address} (from this machine: ${url}, Bot Framework endpoint ${url}/api/messages)`);

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'Shutting down');
    setTimeout(() => {
      logger.warn('Connections still open after the grace period; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    shutDownGracefully(bot, logger).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'Shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
