import Redis from 'ioredis';
import { InMemoryConversationStore } from '../../src/adapters/in-memory-conversation-store';
import { RedisConversationStore } from '../../src/adapters/redis/redis-conversation-store';
import type { ConversationStore } from '../../src/ports/conversation-store';
import { REDIS_URL, testSkippedBecause, uniqueName } from '../support/durable-services';

/** One contract, every conversation store: the compare-and-set the turns of one conversation rely on across instances. */

const systemClock = { now: () => new Date() };
let redis: Redis | null = null;

afterAll(async () => {
  await redis?.quit();
});

const stores: Array<[string, (() => ConversationStore) | null]> = [
  ['in memory', () => new InMemoryConversationStore(systemClock)],
  [
    REDIS_URL ? 'Redis' : 'Redis (skipped: REDIS_URL is not set)',
    REDIS_URL
      ? () => {
          redis ??= new Redis(REDIS_URL);
          return new RedisConversationStore(redis, `${uniqueName('test')}:`);
        }
      : null,
  ],
];

describe.each(stores)('conversation store contract: %s', (_name, make) => {
  const maybe = make === null ? testSkippedBecause('REDIS_URL is not set') : test;
  const transcript = [{ from: 'customer', text: 'hi', at: '2026-11-20T01:00:00.000Z' }];

  maybe('an unknown conversation is null; a saved one comes back with its transcript at version 1', async () => {
    const store = (make ?? (() => new InMemoryConversationStore(systemClock)))();
    expect(await store.load('c1')).toBeNull();
    expect(await store.save('c1', { envelope: { snapshot: { value: 'collectingDetails' } }, transcript }, 0)).toBe(true);
    expect(await store.load('c1')).toEqual({ envelope: { snapshot: { value: 'collectingDetails' } }, transcript, version: 1 });
  });

  maybe('a save over a version that has moved on is refused and changes nothing', async () => {
    const store = (make ?? (() => new InMemoryConversationStore(systemClock)))();
    await store.save('c1', { envelope: { turn: 1 }, transcript: [] }, 0);
    expect(await store.save('c1', { envelope: { turn: 2 }, transcript: [] }, 1)).toBe(true);
    // A turn that loaded version 1 (or saw nothing) lost the race.
    expect(await store.save('c1', { envelope: { turn: 'stale' }, transcript: [] }, 1)).toBe(false);
    expect(await store.save('c1', { envelope: { turn: 'stale' }, transcript: [] }, 0)).toBe(false);
    expect(await store.load('c1')).toEqual({ envelope: { turn: 2 }, transcript: [], version: 2 });
  });

  maybe('of many saves racing over the same version exactly one wins', async () => {
    const store = (make ?? (() => new InMemoryConversationStore(systemClock)))();
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => store.save('c1', { envelope: { writer: i }, transcript: [] }, 0)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect((await store.load('c1'))?.version).toBe(1);
  });
});
