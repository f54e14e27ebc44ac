import { ActivityTypes, type Activity, type Middleware, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { ActivityClaim, ActivityLedger } from '../ports/activity-ledger';
import { turnCallContext } from './turn-call-context';

const TURN_NOT_SAVED = Symbol('turnNotSaved');

/** Called by the bot when a turn could not be saved: the channel's retry of this activity must then be processed, not skipped. */
export function markTurnNotSaved(context: TurnContext): void {
  context.turnState.set(TURN_NOT_SAVED, true);
}

/** Replies kept for a redelivery: what was shown, without the addressing the adapter fills in again. */
const KeptReplySchema = z.object({ type: z.string(), text: z.string().optional() }).loose();
type KeptReply = z.infer<typeof KeptReplySchema>;

function keptReply(activity: Partial<Activity>): KeptReply {
  const { id: _id, timestamp: _t, replyToId: _r, conversation: _c, from: _f, recipient: _to, serviceUrl: _s, channelId: _ch, ...shown } = activity;
  return { type: activity.type ?? ActivityTypes.Message, ...shown };
}

/**
 * Processes each message activity once, whichever instance a channel's retry
 * reaches. The first delivery runs the turn and records its replies; a
 * redelivery (same id) is answered with those replies, so a failed lookup is
 * not counted twice nor a case opened twice. If the ledger itself is out of
 * reach the turn runs anyway: a rare double answer beats no answer.
 */
export function redeliveryGuard(ledger: ActivityLedger, logger: Pick<Logger, 'info' | 'warn'>): Middleware {
  return {
    onTurn: async (context, next) => {
      const { activity } = context;
      if (activity.type !== ActivityTypes.Message || !activity.id) return next();
      const key = `${activity.channelId}:${activity.conversation.id}:${activity.id}`;
      let claim: ActivityClaim;
      try {
        claim = await ledger.claim(key);
      } catch (error) {
        logger.warn({ ...turnCallContext(context), err: error }, 'activity ledger unavailable; processing without redelivery check');
        return next();
      }
      if (claim.kind === 'seen') {
        const kept = z.array(KeptReplySchema).safeParse(claim.replies);
        logger.info({ ...turnCallContext(context), activityId: activity.id, answered: kept.success }, 'redelivered activity not processed again');
        if (kept.success && kept.data.length > 0) await context.sendActivities(kept.data);
        return;
      }
      const replies: KeptReply[] = [];
      context.onSendActivities(async (_context, activities, sendNext) => {
        replies.push(...activities.filter((a) => a.type !== ActivityTypes.Typing).map(keptReply));
        return sendNext();
      });
      try {
        await next();
      } catch (error) {
        await ledger.release(key).catch(() => undefined);
        throw error;
      }
      const settle = context.turnState.get(TURN_NOT_SAVED) === true ? ledger.release(key) : ledger.complete(key, replies);
      await settle.catch((error: unknown) => logger.warn({ ...turnCallContext(context), err: error }, 'could not record the activity in the ledger'));
    },
  };
}
