import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import pino from 'pino';
import { typingWhileBusy } from '../../src/bot/typing-while-busy';

const silent = pino({ level: 'silent' });
const typesOf = (adapter: TestAdapter) => adapter.activeQueue.map((activity: Partial<Activity>) => activity.type);

describe('a typing indicator while the bot is busy', () => {
  it('is not sent when the answer comes before the delay', async () => {
    const adapter = new TestAdapter(async (context) => {
      const onBusy = typingWhileBusy(context, silent, 60_000);
      onBusy();
      await context.sendActivity('Here is your order');
    });
    await adapter.receiveActivity('4000123456 sam.nguyen@example.com');
    expect(typesOf(adapter)).toEqual([ActivityTypes.Message]);
  });

  it('is sent once when the turn is still busy after the delay, before the answer', async () => {
    const adapter = new TestAdapter(async (context) => {
      const typingSent = new Promise<void>((resolve) => {
        context.onSendActivities(async (_context, activities, next) => {
          if (activities.some((activity) => activity.type === ActivityTypes.Typing)) resolve();
          return next();
        });
      });
      const onBusy = typingWhileBusy(context, silent, 1);
      onBusy();
      onBusy(); // busy again in the same turn: still one indicator
      await typingSent;
      await context.sendActivity('Here is your order');
    });
    await adapter.receiveActivity('4000123456 sam.nguyen@example.com');
    expect(typesOf(adapter)).toEqual([ActivityTypes.Typing, ActivityTypes.Message]);
  });
});
