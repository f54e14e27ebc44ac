import Redis from 'ioredis';
import { RedisConversationStore } from '../../src/adapters/redis/redis-conversation-store';
import { STATE_UNAVAILABLE_REPLY } from '../../src/bot/state-unavailable-reply';
import type { SharedStateOptions } from '../../src/composition/shared-state';
import { readTranscript } from '../../src/conversation/conversation-transcript';
import { startBotInstance, type BotInstance } from '../support/bot-instance';
import { startCuttableProxy } from '../support/cuttable-proxy';
import { DATABASE_URL, REDIS_URL, describeWithBoth, freshSchema, uniqueName } from '../support/durable-services';

/**
 * Two bot processes on one PostgreSQL and one Redis, as behind the compose
 * file's proxy: a customer's turns land on either, and they behave as one bot.
 */
describeWithBoth('two instances on shared PostgreSQL and Redis', () => {
  const env = { DATABASE_URL, REDIS_URL };
  let db: Awaited<ReturnType<typeof freshSchema>>;
  let state: SharedStateOptions;
  let a: BotInstance;
  let b: BotInstance;
  let redis: Redis;

  beforeAll(async () => {
    db = await freshSchema(false);
    state = { databaseSchema: db.schema, redisKeyPrefix: `${uniqueName('test')}:` };
    // Started together: both run the migrations at once, under the advisory lock.
    [a, b] = await Promise.all([startBotInstance(env, state), startBotInstance(env, state)]);
    redis = new Redis(REDIS_URL);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.quit();
    await db?.drop();
  });

  const casesOf = async (orderNumber: string) =>
    (await db.pool.query<{ reference: string; kind: string }>('SELECT reference, kind FROM support_cases WHERE order_number = $1', [orderNumber])).rows;

  test('a conversation alternating between instances, one killed mid-conversation and restarted, carries on; its case is opened once', async () => {
    expect((await a.say('alt', "my parcel says delivered but it's not here")).join(' ')).toMatch(/order number/);
    expect((await b.say('alt', '4000123462 noah.williams@example.com')).join(' ')).toMatch(/Did you find it\?/);

    await a.stop();
    a = await startBotInstance(env, state);

    const answered = (await a.say('alt', 'No, still missing', { value: { answer: 'no' } })).join(' ');
    const reference = /MP-[2-9A-HJ-NP-Z]{8}/.exec(answered)?.[0];
    expect(reference).toBeDefined();
    expect(await casesOf('4000123462')).toEqual([{ reference, kind: 'missing_parcel_investigation' }]);

    // The same parcel asked about again, in another chat on the other instance: the same case, not a second one.
    await b.say('again', "my parcel says delivered but it's not here");
    await a.say('again', '4000123462 noah.williams@example.com');
    const again = (await b.say('again', 'No, still missing', { value: { answer: 'no' } })).join(' ');
    expect(again).toContain(reference);
    expect(await casesOf('4000123462')).toHaveLength(1);
  }, 60_000);

  test('two messages of one conversation at the two instances at once: both answered, neither lost', async () => {
    const [first, second] = await Promise.all([a.say('parallel', '4000123456'), b.say('parallel', 'sam.nguyen@example.com')]);
    expect([...first, ...second].join(' ')).toMatch(/latest on order 4000123456/);
    const stored = await new RedisConversationStore(redis, state.redisKeyPrefix ?? '').load('parallel');
    const said = readTranscript(stored?.transcript).filter((e) => e.from === 'customer').map((e) => e.text);
    expect(said.sort()).toEqual(['4000123456', 'sam.nguyen@example.com']);
  });

  test('an activity redelivered to the other instance is answered as the first time and not counted again', async () => {
    const first = await a.say('redelivered', '4000123456 wrong@example.com', { activityId: 'same-id' });
    const retry = await b.say('redelivered', '4000123456 wrong@example.com', { activityId: 'same-id' });
    expect(retry).toEqual(first);
    expect((await b.say('redelivered', '4000123456 wrong2@example.com')).join(' ')).toMatch(/one more try/);
  });

  test('failed verifications of one order are counted across both instances and every conversation', async () => {
    for (let i = 0; i < 10; i += 1) {
      await (i % 2 === 0 ? a : b).say(`guess-${i}`, `4000123470 guess${i}@example.com`, { userId: `guesser-${i}` });
    }
    const owner = (await b.say('priya', '4000123470 priya.sharma@example.com', { userId: 'priya' })).join(' ');
    expect(owner).toMatch(/can't look up this order here right now/);
    expect(owner).toMatch(/person from our team/);
  });

  test('Redis going away mid-conversation: a plain "try again shortly", not ready meanwhile, and carrying on by itself once it is back', async () => {
    const url = new URL(REDIS_URL);
    const proxy = await startCuttableProxy({ host: url.hostname, port: Number(url.port || 6379) });
    const c = await startBotInstance({ DATABASE_URL, REDIS_URL: proxy.url('redis') }, state);
    try {
      expect((await c.say('outage', 'where is my order?')).join(' ')).toMatch(/order number/);
      await proxy.cut();
      expect(await c.say('outage', '4000123456')).toEqual([STATE_UNAVAILABLE_REPLY]);
      expect((await fetch(`${c.baseUrl}/readyz`)).status).toBe(503);

      await proxy.restore();
      // The client reconnects on its own; readiness says when (jest's timeout catches "never").
      while ((await fetch(`${c.baseUrl}/readyz`)).status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
      // Nothing of the failed turn was saved, so the conversation picks up where it was: still asking for the details.
      const after = (await c.say('outage', '4000123456 sam.nguyen@example.com')).join(' ');
      expect(after).toMatch(/latest on order 4000123456/);
    } finally {
      await c.stop();
      await proxy.close();
    }
  }, 30_000);
});
