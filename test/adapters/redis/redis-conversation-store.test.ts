import Redis from 'ioredis';
import { RedisConversationStore } from '../../../src/adapters/redis/redis-conversation-store';
import { REDIS_URL, describeWithRedis, uniqueName } from '../../support/durable-services';

describeWithRedis('RedisConversationStore', () => {
  let redis: Redis;
  beforeAll(() => {
    redis = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    await redis.quit();
  });

  test('a conversation expires its time to live after the last save, and a save gives it the whole time again', async () => {
    const prefix = `${uniqueName('test')}:`;
    const store = new RedisConversationStore(redis, prefix, 60_000);
    await store.save('c1', { envelope: { n: 1 }, transcript: [] }, 0);
    const ttl = await redis.pttl(`${prefix}conversation:c1`);
    expect(ttl).toBeGreaterThan(50_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
    await redis.pexpire(`${prefix}conversation:c1`, 1_000);
    await store.save('c1', { envelope: { n: 2 }, transcript: [] }, 1);
    expect(await redis.pttl(`${prefix}conversation:c1`)).toBeGreaterThan(50_000);
  });

  test('an expired conversation reads as new (version 0), as it would to a customer coming back the next week', async () => {
    const prefix = `${uniqueName('test')}:`;
    const store = new RedisConversationStore(redis, prefix, 60_000);
    await store.save('c1', { envelope: { n: 1 }, transcript: [] }, 0);
    await redis.del(`${prefix}conversation:c1`);
    expect(await store.load('c1')).toBeNull();
    expect(await store.save('c1', { envelope: { n: 2 }, transcript: [] }, 0)).toBe(true);
  });

  test('a save is a compare-and-set on the version, and still one after Redis forgot the script (SCRIPT FLUSH, as after a restart)', async () => {
    const prefix = `${uniqueName('test')}:`;
    const store = new RedisConversationStore(redis, prefix, 60_000);
    expect(await store.save('c1', { envelope: { n: 1 }, transcript: [] }, 0)).toBe(true);
    expect(await store.save('c1', { envelope: { n: 'stale' }, transcript: [] }, 0)).toBe(false);
    await redis.script('FLUSH');
    expect(await store.save('c1', { envelope: { n: 2 }, transcript: ['hi'] }, 1)).toBe(true);
    expect(await store.save('c1', { envelope: { n: 'stale' }, transcript: [] }, 1)).toBe(false);
    expect(await store.load('c1')).toEqual({ envelope: { n: 2 }, transcript: ['hi'], version: 2 });
  });
});
