import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { turnCallContext } from './turn-call-context';

/**
 * A typing indicator only when the customer would notice the wait. Most order
 * lookups answer within a few milliseconds, and an indicator sent anyway is a
 * second call to the channel for every turn (half the cost of answering), so it
 * is sent only if the turn is still busy after `delayMs` and nothing has been
 * sent yet.
 */
export const TYPING_DELAY_MS = 250;

export function typingWhileBusy(context: TurnContext, logger: Logger, delayMs: number = TYPING_DELAY_MS): () => void {
  let timer: NodeJS.Timeout | undefined;
  let answered = false;
  // Read now: the timer may fire after the turn, when the context can no longer be read.
  const logFields = turnCallContext(context);
  context.onSendActivities(async (_context, _activities, next) => {
    answered = true;
    clearTimeout(timer);
    return next();
  });
  return () => {
    if (answered || timer !== undefined) return;
    timer = setTimeout(() => {
      if (answered) return;
      // Through a promise: a context whose turn has ended throws synchronously, and a timer must never throw.
      Promise.resolve()
        .then(() => context.sendActivity({ type: ActivityTypes.Typing }))
        .catch((error: unknown) => logger.warn({ ...logFields, err: error }, 'typing indicator failed'));
    }, delayMs);
  };
}
