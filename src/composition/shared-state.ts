import type Redis from 'ioredis';
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import { InMemoryActivityLedger } from '../adapters/in-memory-activity-ledger';
import { InMemoryCaseStore } from '../adapters/in-memory-case-store';
import { InMemoryConversationStore } from '../adapters/in-memory-conversation-store';
import { InMemoryCopilotSessionStore } from '../adapters/in-memory-copilot-session-store';
import { PostgresCaseStore } from '../adapters/postgres/postgres-case-store';
import { createPostgresPool } from '../adapters/postgres/postgres-pool';
import { runMigrations } from '../adapters/postgres/run-migrations';
import { RateLimitedVerifications, inMemoryVerificationLimiters, redisVerificationLimiters } from '../adapters/rate-limited-verifications';
import { RedisActivityLedger } from '../adapters/redis/redis-activity-ledger';
import { connectRedis } from '../adapters/redis/redis-client';
import { RedisConversationStore } from '../adapters/redis/redis-conversation-store';
import { RedisCopilotSessionStore } from '../adapters/redis/redis-copilot-session-store';
import type { Env } from '../config/config-schema';
import type { ActivityLedger } from '../ports/activity-ledger';
import type { CaseStore } from '../ports/case-store';
import type { Clock } from '../ports/clock';
import type { ConversationStore } from '../ports/conversation-store';
import type { CopilotSessionStore } from '../ports/copilot-session-store';
import type { VerificationLimiter } from '../ports/verification-limiter';
import type { ReadinessCheck } from '../server/readiness';

/** Every Redis key this bot writes starts with this, so one Redis can serve other applications too. */
export const REDIS_KEY_PREFIX = 'kmart-support:';

/** What every instance shares: in PostgreSQL and Redis when configured, else in this process's memory. */
export interface SharedState {
  conversations: ConversationStore;
  cases: CaseStore;
  activities: ActivityLedger;
  verifications: VerificationLimiter;
  copilotSessions: CopilotSessionStore;
  readiness: ReadinessCheck[];
  /** Closes the pools; call after the last turn has finished. */
  close(): Promise<void>;
}

/** Tests give each run a key prefix and schema of its own; production uses the defaults. */
export interface SharedStateOptions {
  redisKeyPrefix?: string;
  databaseSchema?: string;
}

/**
 * Opens PostgreSQL (running pending migrations under an advisory lock, so
 * instances starting together do not race) and Redis, whichever are configured.
 */
export async function openSharedState(
  config: Pick<Env, 'DATABASE_URL' | 'REDIS_URL'>,
  clock: Clock,
  logger: Logger,
  options: SharedStateOptions = {},
): Promise<SharedState> {
  const pool = config.DATABASE_URL ? await openDatabase(config.DATABASE_URL, logger, options.databaseSchema) : null;
  const redis = config.REDIS_URL ? await connectRedis(config.REDIS_URL, logger.child({ component: 'redis' })) : null;
  const prefix = options.redisKeyPrefix ?? REDIS_KEY_PREFIX;
  const readiness: ReadinessCheck[] = [
    ...(pool ? [{ name: 'database', check: () => pool.query('SELECT 1') }] : []),
    ...(redis ? [{ name: 'redis', check: () => redis.ping() }] : []),
  ];
  return {
    conversations: redis ? new RedisConversationStore(redis, prefix) : new InMemoryConversationStore(clock),
    cases: pool ? new PostgresCaseStore(pool, clock) : new InMemoryCaseStore(clock),
    activities: redis ? new RedisActivityLedger(redis, prefix) : new InMemoryActivityLedger(clock),
    verifications: new RateLimitedVerifications(redis ? redisVerificationLimiters(redis, prefix) : inMemoryVerificationLimiters()),
    copilotSessions: redis ? new RedisCopilotSessionStore(redis, prefix) : new InMemoryCopilotSessionStore(clock),
    readiness,
    close: async () => {
      await Promise.all([pool?.end(), closeRedis(redis)]);
    },
  };
}

async function openDatabase(url: string, logger: Logger, schema: string | undefined): Promise<Pool> {
  const pool = createPostgresPool(url, { logger: logger.child({ component: 'postgres' }), ...(schema ? { schema } : {}) });
  const applied = await runMigrations(pool);
  if (applied.length > 0) logger.info({ applied }, 'Database migrations applied');
  return pool;
}

async function closeRedis(redis: Redis | null): Promise<void> {
  if (redis === null) return;
  // quit() waits for replies to commands already sent; when Redis is down there is nothing to wait for.
  await redis.quit().catch(() => redis.disconnect());
}
