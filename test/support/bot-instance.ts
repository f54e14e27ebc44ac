import { systemClock } from '../../src/adapters/system-clock';
import { composeBot } from '../../src/composition/compose-bot-server';
import type { SharedStateOptions } from '../../src/composition/shared-state';
import { loadConfig } from '../../src/config/load-config';
import { close, listen } from '../../src/server/listen';
import { messageActivity, postJson, UNUSED_LOOPBACK_SERVICE_URL } from '../server/support/activities';
import { captureLogger, type LogLine } from '../server/support/capture-logger';

/** One bot process as src/index.ts composes it, on 127.0.0.1:<free port>; several of them share stores as instances behind a proxy do. */
export interface BotInstance {
  baseUrl: string;
  logs: LogLine[];
  /** Posts one customer message (deliveryMode expectReplies) and gives back the texts of the replies. */
  say(conversationId: string, text: string, options?: { activityId?: string; userId?: string; value?: unknown }): Promise<string[]>;
  /** As SIGTERM does: stop accepting, let in-flight turns finish, close the pools. */
  stop(): Promise<void>;
}

export async function startBotInstance(env: Record<string, string>, stateOptions: SharedStateOptions = {}): Promise<BotInstance> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const { logger, lines } = captureLogger();
  const bot = await composeBot(config, systemClock, logger, stateOptions);
  const baseUrl = await listen(bot.server, 0, '127.0.0.1');
  return {
    baseUrl,
    logs: lines,
    say: async (conversationId, text, options = {}) => {
      const activity = messageActivity({
        text,
        conversationId,
        channelId: 'test',
        serviceUrl: UNUSED_LOOPBACK_SERVICE_URL,
        deliveryMode: 'expectReplies',
        ...(options.activityId ? { id: options.activityId } : {}),
      });
      const body = { ...activity, from: { id: options.userId ?? 'customer-1' }, ...(options.value === undefined ? {} : { value: options.value }) };
      const response = await postJson(`${baseUrl}/api/messages`, body);
      if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${response.text}`);
      const replies = (response.json as { activities?: Array<{ type?: string; text?: string }> }).activities ?? [];
      return replies.filter((r) => r.type === 'message').map((r) => r.text ?? '');
    },
    stop: async () => {
      bot.readiness.markStopping();
      await close(bot.server);
      await bot.closeState();
    },
  };
}
