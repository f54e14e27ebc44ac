import Redis from 'ioredis';
import { RedisCopilotSessionStore } from '../../../src/adapters/redis/redis-copilot-session-store';
import { REDIS_URL, describeWithRedis, uniqueName } from '../../support/durable-services';

describeWithRedis('RedisCopilotSessionStore', () => {
  let redis: Redis;
  beforeAll(() => {
    redis = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    await redis.quit();
  });

  test('gives back what was saved (through JSON) and null for an unknown session', async () => {
    const store = new RedisCopilotSessionStore(redis, `${uniqueName('test')}:`);
    const session = { transcript: [{ from: 'customer', text: 'hi' }], envelope: null };
    await store.save('desk-1', session, 600);
    expect(await store.load('desk-1')).toEqual(session);
    expect(await store.load('desk-2')).toBeNull();
  });

  test('each save sets the time to live again, so a session in use lives on and an idle one is forgotten', async () => {
    const prefix = `${uniqueName('test')}:`;
    const store = new RedisCopilotSessionStore(redis, prefix);
    await store.save('desk-1', { n: 1 }, 1800);
    await redis.pexpire(`${prefix}copilot-session:desk-1`, 500);
    await store.save('desk-1', { n: 2 }, 1800);
    const ttl = await redis.pttl(`${prefix}copilot-session:desk-1`);
    expect(ttl).toBeGreaterThan(1_700_000);
    expect(ttl).toBeLessThanOrEqual(1_800_000);

    await store.save('idle', { n: 1 }, 1);
    await redis.pexpire(`${prefix}copilot-session:idle`, 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await store.load('idle')).toBeNull();
  });
});
