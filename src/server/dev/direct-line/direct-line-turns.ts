import { z } from 'zod';
import type { Logger } from 'pino';
import { MESSAGES_PATH } from '../../messages-route';
import { forwardToBot } from './bot-forwarder';
import { DEV_BOT_ACCOUNT, DIRECT_LINE_CHANNEL_ID, type DirectLineActivity } from './direct-line-activity';
import type { DirectLineConversation, DirectLineStore } from './direct-line-store';

const NamedAccountSchema = z.object({ name: z.string() }).loose();

export class BotRefusedError extends Error {
  constructor(
    readonly status: number,
    readonly answer: string,
  ) {
    super(`The bot answered ${status}: ${answer}`);
    this.name = 'BotRefusedError';
  }
}

/** What the Direct Line service does between a client and the bot: stamp activities and deliver them. */
export class DirectLineTurns {
  constructor(
    private readonly store: DirectLineStore,
    /** This server's own loopback base URL, known only once it listens. */
    private readonly ownBaseUrl: () => string,
    private readonly logger: Logger,
  ) {}

  /** Tells the bot that the bot and the user joined, once per conversation, before any user activity. */
  ensureStarted(conversation: DirectLineConversation): Promise<void> {
    conversation.started ??= this.deliver(conversation, {
      type: 'conversationUpdate',
      id: `${conversation.id}|start`,
      membersAdded: [{ ...DEV_BOT_ACCOUNT }, { id: conversation.userId, role: 'user' }],
    }).catch((error: unknown) => {
      conversation.started = undefined; // let the next call try again
      throw error;
    });
    return conversation.started;
  }

  /** Stores the client's activity (clients see their own activities come back) and hands it to the bot. */
  async submit(conversation: DirectLineConversation, activity: DirectLineActivity): Promise<string> {
    await this.ensureStarted(conversation);
    // The user id is ours (bound to the token); only the display name comes from the client.
    const name = NamedAccountSchema.safeParse(activity.from).data?.name;
    const stored = this.store.append(conversation, {
      ...this.stamp(conversation, activity),
      from: { id: conversation.userId, ...(name === undefined ? {} : { name }), role: 'user' },
    });
    await this.deliver(conversation, stored);
    return stored.id ?? '';
  }

  private stamp(conversation: DirectLineConversation, activity: DirectLineActivity): DirectLineActivity {
    return {
      from: { id: conversation.userId, role: 'user' },
      ...activity,
      recipient: { ...DEV_BOT_ACCOUNT },
      conversation: { id: conversation.id },
      channelId: DIRECT_LINE_CHANNEL_ID,
      serviceUrl: this.ownBaseUrl(),
    };
  }

  private async deliver(conversation: DirectLineConversation, activity: DirectLineActivity): Promise<void> {
    // Replies must come back through the connector routes, never in this response, which nobody reads.
    const forwarded = { ...this.stamp(conversation, activity), deliveryMode: 'normal' };
    const answer = await forwardToBot(`${this.ownBaseUrl()}${MESSAGES_PATH}`, forwarded);
    if (answer.status >= 300) {
      this.logger.warn({ conversationId: conversation.id, status: answer.status, answer: answer.body }, 'The bot refused a Direct Line activity');
      throw new BotRefusedError(answer.status, answer.body);
    }
  }
}
