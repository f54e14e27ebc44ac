import { ActivityHandler } from 'botbuilder';

/** Placeholder until the real bot lands: echoes what the customer says. */
export function createBot(): ActivityHandler {
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`You said: ${context.activity.text ?? ''}`);
    await next();
  });
  return bot;
}
