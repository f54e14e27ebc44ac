import type Redis from 'ioredis';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';

/** A limiter and the key whose consumed points are asked for. */
export type ConsumedPointsRead = readonly [limiter: RateLimiterAbstract, key: string];

/**
 * The points consumed under each limiter's key (0 when none), for every read
 * at once: plain GETs in one pipeline, one round trip. rate-limiter-flexible's
 * own `get` is a MULTI of GET and PTTL per limiter, four commands and a round
 * trip each, for a remaining time we never use. Its keys are
 * `limiter.getKey(key)` and hold the consumed points as an integer, which
 * Redis expires itself. Should the pipeline fail (Redis out of reach), each
 * limiter's own `get` answers, which falls back to its insurance limiter, as
 * before.
 */
export function redisConsumedPoints(redis: Redis): (reads: readonly ConsumedPointsRead[]) => Promise<number[]> {
  return async (reads) => {
    try {
      const pipeline = redis.pipeline();
      for (const [limiter, key] of reads) pipeline.get(limiter.getKey(key));
      const results = (await pipeline.exec()) ?? [];
      return reads.map((_, i) => {
        const [error, value] = results[i] ?? [new Error('no reply'), null];
        if (error) throw error;
        return typeof value === 'string' ? Number(value) : 0;
      });
    } catch {
      return Promise.all(reads.map(async ([limiter, key]) => (await limiter.get(key))?.consumedPoints ?? 0));
    }
  };
}
