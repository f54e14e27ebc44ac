import type { Logger } from 'pino';
import { InMemoryActivityLedger } from '../adapters/in-memory-activity-ledger';
import { InMemoryCaseStore } from '../adapters/in-memory-case-store';
import { InMemoryConversationStore } from '../adapters/in-memory-conversation-store';
import { InMemoryCopilotSessionStore } from '../adapters/in-memory-copilot-session-store';
import { RateLimitedVerifications, inMemoryVerificationLimiters } from '../adapters/rate-limited-verifications';
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
  // Their code (pg, ioredis and our adapters) is loaded only when configured: without them it was about 0.1 s of each start-up.
  const database = config.DATABASE_URL
    ? await (await import('./postgres-state')).openPostgresState(config.DATABASE_URL, clock, logger, options.databaseSchema)
    : null;
  const redis = config.REDIS_URL ? await (await import('./redis-state')).openRedisState(config.REDIS_URL, logger, options.redisKeyPrefix ?? REDIS_KEY_PREFIX) : null;
  return {
    conversations: redis?.conversations ?? new InMemoryConversationStore(clock),
    cases: database?.cases ?? new InMemoryCaseStore(clock),
    activities: redis?.activities ?? new InMemoryActivityLedger(clock),
    verifications: new RateLimitedVerifications(redis?.verificationLimiters ?? inMemoryVerificationLimiters()),
    copilotSessions: redis?.copilotSessions ?? new InMemoryCopilotSessionStore(clock),
    readiness: [...(database ? [database.readiness] : []), ...(redis ? [redis.readiness] : [])],
    close: async () => {
      await Promise.all([database?.close(), redis?.close()]);
    },
  };
}
