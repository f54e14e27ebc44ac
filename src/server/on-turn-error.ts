import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { turnCallContext } from '../bot/turn-call-context';

export const TURN_ERROR_APOLOGY = 'Sorry, something went wrong on our side. Please try that again.';

/**
 * Unlike the Bot Framework samples, conversation state is deliberately left alone: a customer
 * half-way through telling us their order details should not have to start again after our fault.
 */
export function createOnTurnError(logger: Logger): (context: TurnContext, error: Error) => Promise<void> {
  return async (context, error) => {
    const conversationId = context.activity.conversation?.id;
    logger.error(
      { ...turnCallContext(context), err: error, conversationId, channelId: context.activity.channelId, activityId: context.activity.id },
      'Unhandled error in a bot turn',
    );
    try {
      await context.sendActivity(TURN_ERROR_APOLOGY);
    } catch (sendError) {
      // Rethrowing would turn one failure into a failed HTTP request the channel may retry.
      logger.error({ ...turnCallContext(context), err: sendError, conversationId }, 'Could not send the apology after a failed turn');
    }
  };
}
