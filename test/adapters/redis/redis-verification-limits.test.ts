import type Redis from 'ioredis';
import {
  FAILURES_PER_ORDER,
  FAILURES_PER_REQUESTER,
  RateLimitedVerifications,
  redisVerificationLimiters,
} from '../../../src/adapters/rate-limited-verifications';
import { connectRedis } from '../../../src/adapters/redis/redis-client';
import { REDIS_URL, describeWithRedis, uniqueName } from '../../support/durable-services';

const quiet = { warn: () => undefined, info: () => undefined };

async function failTimes(limiter: RateLimitedVerifications, times: number, attempt: { orderNumber: string; requester: string | null }): Promise<void> {
  for (let i = 0; i < times; i += 1) await limiter.recordFailure(attempt);
}

describeWithRedis('verification limits counted in Redis', () => {
  let redis: Redis;
  beforeEach(async () => {
    redis = await connectRedis(REDIS_URL, quiet);
  });
  afterEach(async () => {
    if (redis.status === 'ready') await redis.quit();
  });

  test('failures recorded by one instance are read by another, each limit at its own count, the order named first when both are spent', async () => {
    const prefix = `${uniqueName('test')}:`;
    const recorder = new RateLimitedVerifications(redisVerificationLimiters(redis, prefix));
    const reader = new RateLimitedVerifications(redisVerificationLimiters(redis, prefix));
    const attempt = { orderNumber: '4000123456', requester: 'user:bench:someone' };
    expect(await reader.limitFor(attempt)).toBeNull();
    await failTimes(recorder, FAILURES_PER_ORDER - 1, attempt);
    expect(await reader.limitFor(attempt)).toBeNull();
    await recorder.recordFailure({ orderNumber: '4000123457', requester: attempt.requester });
    expect(FAILURES_PER_REQUESTER).toBe(FAILURES_PER_ORDER);
    expect(await reader.limitFor({ orderNumber: '4000123458', requester: attempt.requester })).toBe('requester');
    expect(await reader.limitFor({ orderNumber: '4000123456', requester: null })).toBeNull();
    await recorder.recordFailure({ orderNumber: '4000123456', requester: null });
    expect(await reader.limitFor(attempt)).toBe('order');
    expect(await reader.limitFor({ orderNumber: '4000123456', requester: 'user:bench:someone-else' })).toBe('order');
  });

  test('with Redis out of reach, failures are counted and read in this instance (the insurance limiter), not refused', async () => {
    const limiter = new RateLimitedVerifications(redisVerificationLimiters(redis, `${uniqueName('test')}:`));
    const closed = new Promise((resolve) => redis.once('end', resolve));
    redis.disconnect();
    await closed;
    const attempt = { orderNumber: '4000123459', requester: null };
    expect(await limiter.limitFor(attempt)).toBeNull();
    await failTimes(limiter, FAILURES_PER_ORDER, attempt);
    expect(await limiter.limitFor(attempt)).toBe('order');
  });
});
