import { TranscriptLoggerMiddleware } from 'botbuilder';
import type { Logger } from 'pino';
import type { Server } from 'restify';
import { BoundedTranscriptLog } from '../bot/bounded-transcript-log';
import { SupportBot } from '../bot/support-bot';
import type { Env } from '../config/config-schema';
import { CustomerTokenVerifier } from '../identity/customer-token-verifier';
import type { Clock } from '../ports/clock';
import { createBotAdapter } from '../server/bot-framework-auth';
import { createServer } from '../server/create-server';
import { buildSupportServices } from './build-support-services';
import { fixtureOrderHints } from './fixture-order-hints';

/**
 * The customer bot behind its HTTP server, not yet listening. One function so
 * the process entry point and the end-to-end tests run the very same wiring.
 */
export async function composeBotServer(config: Env, clock: Clock, logger: Logger): Promise<Server> {
  const services = await buildSupportServices(config, clock, logger);
  const transcripts = new BoundedTranscriptLog();
  const adapter = createBotAdapter(config, logger);
  adapter.use(new TranscriptLoggerMiddleware(transcripts));
  const bot = new SupportBot({
    conversations: services.conversations,
    customerTokens: config.CUSTOMER_TOKEN_SECRET
      ? new CustomerTokenVerifier({
          secret: config.CUSTOMER_TOKEN_SECRET,
          issuer: config.CUSTOMER_TOKEN_ISSUER,
          audience: config.CUSTOMER_TOKEN_AUDIENCE,
        })
      : null,
    transcripts,
    logger,
  });
  const fixtureOrders = services.fixtures ? fixtureOrderHints(services.fixtures.data, services.fixtures.dir) : [];
  return createServer({ config, adapter, bot, logger, fixtureOrders });
}
