import Redis from 'ioredis';
import type { Logger } from 'pino';

/** How long start-up waits for Redis before giving up (the orchestrator restarts the instance). */
const READY_TIMEOUT_MS = 10_000;

/**
 * A client that fails fast while Redis is down, so a customer hears "try
 * again shortly" instead of waiting on a queued command, and that keeps
 * reconnecting in the background, so the instance recovers by itself.
 */
export async function connectRedis(url: string, logger: Pick<Logger, 'warn' | 'info'>): Promise<Redis> {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 3_000,
    commandTimeout: 3_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    // Commands issued in the same tick (concurrent turns, a ledger claim beside a load) leave in one socket write:
    // each write was a system call, and ioredis's sending was a fifth of the Redis bot's CPU under load.
    enableAutoPipelining: true,
  });
  let wasDown = false;
  redis.on('error', (error: Error) => {
    if (!wasDown) logger.warn({ err: error }, 'Redis unavailable; reconnecting');
    wasDown = true;
  });
  redis.on('ready', () => {
    if (wasDown) logger.info('Redis reconnected');
    wasDown = false;
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      redis.disconnect();
      reject(new Error(`Redis at ${new URL(url).host} was not reachable within ${READY_TIMEOUT_MS / 1000}s`));
    }, READY_TIMEOUT_MS);
    redis.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return redis;
}
