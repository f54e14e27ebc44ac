import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import pino from 'pino';
import { rememberRequestId } from '../../src/observability/request-context';
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

  it('that fires after its turn has ended (nothing was sent) fails quietly, logged with the request id', async () => {
    const warnings: Array<Record<string, unknown>> = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(JSON.parse(line) as Record<string, unknown>) });
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => void rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      const adapter = new TestAdapter(async (context) => {
        rememberRequestId(context.activity, 'req-late-1');
        typingWhileBusy(context, logger, 5)();
        // The turn ends without an answer; the indicator's timer fires on a context that can no longer be used.
      });
      await adapter.receiveActivity('4000123456 sam.nguyen@example.com');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(rejections).toEqual([]);
      expect(warnings).toEqual([expect.objectContaining({ msg: 'typing indicator failed', requestId: 'req-late-1' })]);
    } finally {
      process.off('unhandledRejection', onRejection);
    }
  });
});
