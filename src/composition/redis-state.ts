import type { Logger } from 'pino';
import { redisVerificationLimiters } from '../adapters/rate-limited-verifications';
import { RedisActivityLedger } from '../adapters/redis/redis-activity-ledger';
import { connectRedis } from '../adapters/redis/redis-client';
import { RedisConversationStore } from '../adapters/redis/redis-conversation-store';
import { RedisCopilotSessionStore } from '../adapters/redis/redis-copilot-session-store';
import type { ActivityLedger } from '../ports/activity-ledger';
import type { ConversationStore } from '../ports/conversation-store';
import type { CopilotSessionStore } from '../ports/copilot-session-store';
import type { ReadinessCheck } from '../server/readiness';

/** What Redis holds for every instance; shared-state.ts loads this module only when REDIS_URL is set. */
export interface RedisState {
  conversations: ConversationStore;
  activities: ActivityLedger;
  verificationLimiters: ReturnType<typeof redisVerificationLimiters>;
  copilotSessions: CopilotSessionStore;
  readiness: ReadinessCheck;
  close(): Promise<void>;
}

export async function openRedisState(url: string, logger: Logger, prefix: string): Promise<RedisState> {
  const redis = await connectRedis(url, logger.child({ component: 'redis' }));
  return {
    conversations: new RedisConversationStore(redis, prefix),
    activities: new RedisActivityLedger(redis, prefix),
    verificationLimiters: redisVerificationLimiters(redis, prefix),
    copilotSessions: new RedisCopilotSessionStore(redis, prefix),
    readiness: { name: 'redis', check: () => redis.ping() },
    // quit() waits for replies to commands already sent; when Redis is down there is nothing to wait for.
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
