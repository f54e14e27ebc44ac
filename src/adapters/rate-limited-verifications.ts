import type Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { VerificationAttempt, VerificationLimit, VerificationLimiter } from '../ports/verification-limiter';
import { redisConsumedPoints, type ConsumedPointsRead } from './redis/redis-consumed-points';

/**
 * After this many failed verifications of one order within the window, that
 * order is only discussed with a person, whoever asks (a real customer
 * rarely fails more than twice).
 */
export const FAILURES_PER_ORDER = 10;
/** A person (channel user or signed-in customer) failing this often across conversations is stopped too. */
export const FAILURES_PER_REQUESTER = 10;
export const FAILURE_WINDOW_SECONDS = 60 * 60;

interface Limiters {
  byOrder: RateLimiterAbstract;
  byRequester: RateLimiterAbstract;
  /** The points consumed under each read's key, read together (one Redis round trip for both limits). */
  consumedPoints: (reads: readonly ConsumedPointsRead[]) => Promise<number[]>;
}

/** In memory a read costs nothing, so each limiter answers for itself. */
function eachLimiterReads(reads: readonly ConsumedPointsRead[]): Promise<number[]> {
  return Promise.all(reads.map(async ([limiter, key]) => (await limiter.get(key))?.consumedPoints ?? 0));
}

/** Counts in this process only: for one instance without Redis. */
export function inMemoryVerificationLimiters(): Limiters {
  return {
    byOrder: new RateLimiterMemory({ keyPrefix: 'verify-order', points: FAILURES_PER_ORDER, duration: FAILURE_WINDOW_SECONDS }),
    byRequester: new RateLimiterMemory({ keyPrefix: 'verify-requester', points: FAILURES_PER_REQUESTER, duration: FAILURE_WINDOW_SECONDS }),
    consumedPoints: eachLimiterReads,
  };
}

/**
 * Counts in Redis, shared by every instance. While Redis is out of reach each
 * instance falls back to counting on its own (the insurance limiter), so
 * guessing stays limited and customers are not turned away for our outage.
 */
export function redisVerificationLimiters(redis: Redis, keyPrefix: string): Limiters {
  const limiter = (name: string, points: number) =>
    new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${keyPrefix}${name}`,
      points,
      duration: FAILURE_WINDOW_SECONDS,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory({ keyPrefix: name, points, duration: FAILURE_WINDOW_SECONDS }),
    });
  return {
    byOrder: limiter('verify-order', FAILURES_PER_ORDER),
    byRequester: limiter('verify-requester', FAILURES_PER_REQUESTER),
    consumedPoints: redisConsumedPoints(redis),
  };
}

/** The VerificationLimiter port on rate-limiter-flexible: failures are penalty points, a limit is reached when the points are spent. */
export class RateLimitedVerifications implements VerificationLimiter {
  constructor(private readonly limiters: Limiters) {}

  /** Both limits read together; the order's limit is named first when both are spent. */
  async limitFor(attempt: VerificationAttempt): Promise<VerificationLimit | null> {
    const { byOrder, byRequester } = this.limiters;
    const reads: ConsumedPointsRead[] = [[byOrder, attempt.orderNumber]];
    if (attempt.requester !== null) reads.push([byRequester, attempt.requester]);
    const [byOrderPoints = 0, byRequesterPoints = 0] = await this.limiters.consumedPoints(reads);
    if (byOrderPoints >= byOrder.points) return 'order';
    if (byRequesterPoints >= byRequester.points) return 'requester';
    return null;
  }

  async recordFailure(attempt: VerificationAttempt): Promise<void> {
    await Promise.all([
      this.limiters.byOrder.penalty(attempt.orderNumber),
      ...(attempt.requester === null ? [] : [this.limiters.byRequester.penalty(attempt.requester)]),
    ]);
  }
}
