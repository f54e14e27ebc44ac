import { ActivityHandler, ActivityTypes, EventFactory, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { ButtonValueSchema } from '../../state-machines/customer-buttons';
import type { Caller, CustomerConversations } from '../conversation/customer-conversations';
import type { TurnOutcome } from '../conversation/run-support-turn';
import type { CustomerTokenVerifier } from '../identity/customer-token-verifier';
import type { CustomerCopy } from '../../dialogs/customer-copy/customer-copy';
import type { BoundedTranscriptLog } from './bounded-transcript-log';
import { renderTurn } from './render-turn';

export interface SupportBotDeps {
  conversations: CustomerConversations;
  copy: CustomerCopy;
  /** null when no signing key is configured: every customer verifies with their details. */
  customerTokens: CustomerTokenVerifier | null;
  transcripts: BoundedTranscriptLog;
  logger: Logger;
}

/**
 * Thin on purpose: turns Bot Framework activities into the shared use case's
 * calls and its outcomes back into activities. The procedure lives in the machine.
 */
export class SupportBot extends ActivityHandler {
  constructor(private readonly deps: SupportBotDeps) {
    super();

    this.onMessage(async (context, next) => {
      const conversationId = context.activity.conversation.id;
      const caller = await this.callerOf(context);
      const button = ButtonValueSchema.safeParse(context.activity.value);
      const outcome = button.success
        ? await deps.conversations.click(conversationId, button.data, context.activity.text ?? '', caller)
        : await deps.conversations.say(conversationId, context.activity.text ?? '', caller);
      await this.send(context, outcome);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const customerJoined = (context.activity.membersAdded ?? []).some((member) => member.id !== botId);
      if (customerJoined) {
        const outcome = await deps.conversations.start(context.activity.conversation.id);
        if (outcome) await this.send(context, outcome);
      }
      await next();
    });

    this.onEvent(async (context, next) => {
      if (context.activity.name === 'handoff.status') {
        deps.logger.info({ conversationId: context.activity.conversation.id, value: context.activity.value }, 'handoff status');
      }
      await next();
    });
  }

  /** Who is writing (a signed-in customer, when the page vouches for them) and how to show we are busy. */
  private async callerOf(context: TurnContext): Promise<Caller> {
    const caller: Caller = {
      onBusy: () => {
        context.sendActivity({ type: ActivityTypes.Typing }).catch((error: unknown) => {
          this.deps.logger.warn({ err: error }, 'typing indicator failed');
        });
      },
    };
    const channelData: unknown = context.activity.channelData;
    const token = typeof channelData === 'object' && channelData !== null ? Reflect.get(channelData, 'customerToken') : undefined;
    if (this.deps.customerTokens && token !== undefined) {
      const reading = await this.deps.customerTokens.read(token);
      if (reading.kind === 'signed_in') caller.signedInCustomerId = reading.customerId;
      else this.deps.logger.info({ reason: reading.reason }, 'customer token ignored');
    }
    return caller;
  }

  private async send(context: TurnContext, outcome: TurnOutcome): Promise<void> {
    const activities = renderTurn(outcome, context.activity.channelId, this.deps.copy);
    if (activities.length > 0) await context.sendActivities(activities);
    if (outcome.handoff) {
      const earlierTurns = this.deps.transcripts.transcriptOf(context.activity.conversation.id);
      // The transcript logger writes a turn only once it ends, so the message that asked for a person is added here.
      const transcript = { activities: [...earlierTurns.activities, context.activity] };
      await context.sendActivity(EventFactory.createHandoffInitiation(context, outcome.handoff, transcript));
    }
  }
}
