import { ActivityHandler, EventFactory, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { ButtonValueSchema } from '../../state-machines/customer-buttons';
import { ConversationStateUnavailable } from '../conversation/conversation-state-unavailable';
import type { Caller, CustomerConversations, CustomerTurn } from '../conversation/customer-conversations';
import type { CustomerTokenReader } from '../identity/customer-token-readers';
import type { CallContext } from '../ports/call-context';
import type { CustomerCopy } from '../../dialogs/customer-copy/customer-copy';
import { handoffTranscript, redactedHandoffSummary } from './handoff-transcript';
import { markTurnNotSaved } from './redelivery-guard';
import { handoffStateOf } from './handoff-status';
import { renderTurn } from './render-turn';
import { typingWhileBusy } from './typing-while-busy';
import { turnCallContext } from './turn-call-context';
import { STATE_UNAVAILABLE_REPLY } from './state-unavailable-reply';

export interface SupportBotDeps {
  conversations: CustomerConversations;
  copy: CustomerCopy;
  /** null when no signing key is configured: every customer verifies with their details. */
  customerTokens: CustomerTokenReader | null;
  logger: Logger;
  /** Told when the bot hands a conversation to a person, so the agent copilot picks it up (contract v1.1). */
  onHandoff?: (conversationId: string, turn: CustomerTurn, call: CallContext) => Promise<void>;
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
      // Typed messages carry no value: a failed parse of nothing would build a union's worth of issues every turn.
      const value: unknown = context.activity.value;
      const button = value === undefined ? undefined : ButtonValueSchema.safeParse(value);
      const outcome = await this.unlessStateUnavailable(context, () =>
        button?.success
          ? deps.conversations.click(conversationId, button.data, context.activity.text ?? '', caller)
          : deps.conversations.say(conversationId, context.activity.text ?? '', caller),
      );
      if (outcome) await this.send(context, outcome);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const customerJoined = (context.activity.membersAdded ?? []).some((member) => member.id !== botId);
      if (customerJoined) {
        const outcome = await this.unlessStateUnavailable(context, () => deps.conversations.start(context.activity.conversation.id, turnCallContext(context)));
        if (outcome) await this.send(context, outcome);
      }
      await next();
    });

    this.onEvent(async (context, next) => {
      if (context.activity.name === 'handoff.status') {
        deps.logger.info({ ...turnCallContext(context), conversationId: context.activity.conversation.id, state: handoffStateOf(context.activity.value) }, 'handoff status');
      }
      await next();
    });
  }

  /** Who is writing (a signed-in customer, when the page vouches for them) and how to show we are busy. */
  private async callerOf(context: TurnContext): Promise<Caller> {
    const caller: Caller = {
      ...turnCallContext(context),
      ...(context.activity.from?.id ? { channelUserId: `${context.activity.channelId}:${context.activity.from.id}` } : {}),
      onBusy: typingWhileBusy(context, this.deps.logger),
    };
    const channelData: unknown = context.activity.channelData;
    const token = typeof channelData === 'object' && channelData !== null ? Reflect.get(channelData, 'customerToken') : undefined;
    if (this.deps.customerTokens && token !== undefined) {
      const reading = await this.deps.customerTokens.read(token);
      if (reading.kind === 'signed_in') caller.signedInCustomerId = reading.customerId;
      else this.deps.logger.info({ ...turnCallContext(context), reason: reading.reason }, 'customer token ignored');
    }
    return caller;
  }

  /**
   * Runs the turn; when the conversation store is out of reach (or another
   * instance kept saving first) the customer is told plainly to try again
   * shortly, instead of an error or silence. Nothing is saved, so the retry
   * starts from where the conversation was.
   */
  private async unlessStateUnavailable<T>(context: TurnContext, turn: () => Promise<T>): Promise<T | null> {
    try {
      return await turn();
    } catch (error) {
      if (!(error instanceof ConversationStateUnavailable)) throw error;
      this.deps.logger.error({ ...turnCallContext(context), err: error, conversationId: context.activity.conversation.id }, 'conversation state unavailable');
      markTurnNotSaved(context);
      await context.sendActivity(STATE_UNAVAILABLE_REPLY);
      return null;
    }
  }

  private async send(context: TurnContext, outcome: CustomerTurn): Promise<void> {
    const activities = renderTurn(outcome, context.activity.channelId, this.deps.copy);
    if (activities.length > 0) await context.sendActivities(activities);
    if (outcome.handoff) {
      await this.deps.onHandoff?.(context.activity.conversation.id, outcome, turnCallContext(context));
      // The transcript is stored with the conversation, so it is whole whichever instance ran the earlier turns.
      const transcript = handoffTranscript(outcome.transcript, context.activity);
      await context.sendActivity(EventFactory.createHandoffInitiation(context, redactedHandoffSummary(outcome.handoff), transcript));
    }
  }
}
