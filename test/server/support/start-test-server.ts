import { loadConfig } from '../../../src/config/load-config';
import type { Clock } from '../../../src/ports/clock';
import { createBotAdapter } from '../../../src/server/create-bot-adapter';
import type { ConversationTurnQueue } from '../../../src/server/conversation-turn-queue';
import { createServer } from '../../../src/server/create-server';
import type { DirectLineStoreLimits } from '../../../src/server/dev/direct-line/direct-line-store';
import type { FixtureOrderHint } from '../../../src/server/dev/fixture-orders-route';
import { close, listen } from '../../../src/server/listen';
import { TestBot } from '../../support/test-bot';
import { captureLogger, type LogLine } from './capture-logger';

export interface TestServer {
  baseUrl: string;
  bot: TestBot;
  logs: LogLine[];
  close(): Promise<void>;
}

export interface TestServerOptions {
  env?: Record<string, string>;
  directLine?: boolean;
  fixtureOrders?: FixtureOrderHint[];
  turnQueue?: ConversationTurnQueue;
  clock?: Clock;
  directLineLimits?: DirectLineStoreLimits;
}

/** The real server, wired as src/index.ts wires it but with the test bot, listening on 127.0.0.1:<free port>. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...options.env });
  const { logger, lines } = captureLogger();
  const bot = new TestBot();
  const server = createServer({
    config,
    adapter: createBotAdapter(config, logger),
    bot,
    logger,
    ...(options.directLine === undefined ? {} : { directLine: options.directLine }),
    ...(options.fixtureOrders === undefined ? {} : { fixtureOrders: options.fixtureOrders }),
    ...(options.turnQueue === undefined ? {} : { turnQueue: options.turnQueue }),
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    ...(options.directLineLimits === undefined ? {} : { directLineLimits: options.directLineLimits }),
  });
  const baseUrl = await listen(server, 0, '127.0.0.1');
  return {
    baseUrl,
    bot,
    logs: lines,
    close: () => {
      bot.releaseAll();
      return close(server);
    },
  };
}
