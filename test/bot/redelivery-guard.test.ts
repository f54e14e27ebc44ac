import { startBotInstance, type BotInstance } from '../support/bot-instance';

/**
 * A channel retrying an activity (same id) because our answer was slow: the
 * retry is not processed again, and gets the answer the first delivery got.
 * In memory here (one instance, no Redis); test/composition/two-instances
 * does the same across instances on Redis.
 */

let bot: BotInstance;
beforeAll(async () => {
  bot = await startBotInstance({});
}, 60_000);
afterAll(() => bot?.stop());

test('a redelivered failed lookup is answered the same way and does not use up a second try', async () => {
  const first = await bot.say('c-retry', '4000123456 wrong@example.com', { activityId: 'act-1' });
  const retry = await bot.say('c-retry', '4000123456 wrong@example.com', { activityId: 'act-1' });
  expect(retry).toEqual(first);
  expect(first.join(' ')).toMatch(/couldn't match those details/);
  expect(first.join(' ')).not.toMatch(/one more try/);

  // Had the retry counted, this would be the third failure and the lock; it is the second, with one try left.
  const second = await bot.say('c-retry', '4000123456 wrong-again@example.com', { activityId: 'act-2' });
  expect(second.join(' ')).toMatch(/one more try/);
});

test('a redelivered request for a case opens one case and repeats its reference', async () => {
  await bot.say('c-case', "my parcel says delivered but it's not here");
  await bot.say('c-case', '4000123462 noah.williams@example.com');
  const first = await bot.say('c-case', 'No, still missing', { activityId: 'act-case', value: { answer: 'no' } });
  const retry = await bot.say('c-case', 'No, still missing', { activityId: 'act-case', value: { answer: 'no' } });
  const reference = /MP-[2-9A-HJ-NP-Z]{8}/.exec(first.join(' '))?.[0];
  expect(reference).toBeDefined();
  expect(retry).toEqual(first);
});
