import { systemClock } from '../../src/adapters/system-clock';
import { composeBotServer } from '../../src/composition/compose-bot-server';
import { loadConfig } from '../../src/config/load-config';
import { close, listen } from '../../src/server/listen';
import { captureLogger, type LogLine } from '../server/support/capture-logger';

export interface RealBotServer {
  baseUrl: string;
  /** Everything the bot logged, so a test can check that nothing went wrong out of sight. */
  logs: LogLine[];
  close(): Promise<void>;
}

/**
 * The customer bot exactly as src/index.ts composes it (fixture orders, the trained NLU,
 * transcripts, the development Direct Line and page), listening on 127.0.0.1:<free port>.
 */
export async function startRealBotServer(env: Record<string, string> = {}): Promise<RealBotServer> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const { logger, lines } = captureLogger();
  const server = await composeBotServer(config, systemClock, logger);
  const baseUrl = await listen(server, 0, '127.0.0.1');
  return { baseUrl, logs: lines, close: () => close(server) };
}
