import type { Understander } from '../../dialogs/understanding/customer-message-understander';
import type { SupportEvent } from '../../state-machines/support-context';
import { eventFromUnderstanding } from '../../state-machines/event-from-understanding';
import type { Clock } from '../ports/clock';
import type { ConversationStore } from '../ports/conversation-store';
import { eventFromButton, type ButtonValue } from './customer-input';
import type { ProvidedProcedure } from './provide-procedure';
import { runSupportTurn, type TurnOutcome } from './run-support-turn';

export interface TurnHooks {
  onBusy?: () => void;
  /** A customer the web page vouches for (verified token): they pick from their recent orders instead of proving who they are. */
  signedInCustomerId?: string;
}

/**
 * The use case every channel shares: load the conversation, turn what the
 * customer did into procedure events, run the machine to a settled state and
 * save it. Callers must not run two turns of one conversation at once; the
 * server's per-conversation queue guarantees that.
 */
export class CustomerConversations {
  constructor(
    private readonly deps: {
      procedure: ProvidedProcedure;
      understander: Understander;
      store: ConversationStore;
      clock: Clock;
    },
  ) {}

  /** Welcomes a new conversation; null when it already exists, so channels that announce members twice welcome once. */
  async start(conversationId: string, hooks: TurnHooks = {}): Promise<TurnOutcome | null> {
    const stored = await this.deps.store.load(conversationId);
    if (stored !== null) return null;
    return this.run(conversationId, [{ type: 'CONVERSATION_STARTED' }], hooks, stored);
  }

  async say(conversationId: string, text: string, hooks: TurnHooks = {}): Promise<TurnOutcome> {
    const understanding = await this.deps.understander.understand(text);
    return this.run(conversationId, [eventFromUnderstanding(text, understanding)], hooks);
  }

  click(conversationId: string, value: ButtonValue, label: string, hooks: TurnHooks = {}): Promise<TurnOutcome> {
    return this.run(conversationId, [eventFromButton(value, label)], hooks);
  }

  private async run(
    conversationId: string,
    customerEvents: SupportEvent[],
    hooks: TurnHooks,
    preloaded?: unknown,
  ): Promise<TurnOutcome> {
    const stored = preloaded === undefined ? await this.deps.store.load(conversationId) : preloaded;
    // The machine acts on a sign-in only once per conversation; sending it with every turn is harmless.
    const events: SupportEvent[] = hooks.signedInCustomerId
      ? [{ type: 'SIGNED_IN', customerId: hooks.signedInCustomerId }, ...customerEvents]
      : customerEvents;
    const outcome = await runSupportTurn(this.deps.procedure, stored, events, {
      conversationId,
      clock: this.deps.clock,
      ...(hooks.onBusy ? { onBusy: hooks.onBusy } : {}),
    });
    await this.deps.store.save(conversationId, outcome.envelope);
    return outcome;
  }
}
