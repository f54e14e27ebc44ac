import type { Understander } from '../../dialogs/understanding/customer-message-understander';
import { eventFromButton, type ButtonValue } from '../../state-machines/customer-buttons';
import { eventFromUnderstanding } from '../../state-machines/event-from-understanding';
import type { Clock } from '../ports/clock';
import type { ConversationStore } from '../ports/conversation-store';
import type { ProvidedProcedure } from './provide-procedure';
import { runSupportTurn, type TurnEvents, type TurnOutcome } from './run-support-turn';

/** Who is writing, and how to show them we are on it. */
export interface Caller {
  /** A customer the web page vouches for (verified token): they pick from their recent orders instead of proving who they are. */
  signedInCustomerId?: string;
  /** Called when the turn starts waiting on the order system (a typing indicator). */
  onBusy?: () => void;
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
  async start(conversationId: string, caller: Caller = {}): Promise<TurnOutcome | null> {
    const stored = await this.deps.store.load(conversationId);
    if (stored !== null) return null;
    return this.run(conversationId, () => [{ type: 'CONVERSATION_STARTED' }], caller, stored);
  }

  /** What the customer typed, read against what the conversation is waiting for ("nope" after "did you find it?"). */
  say(conversationId: string, text: string, caller: Caller = {}): Promise<TurnOutcome> {
    return this.run(
      conversationId,
      async (expecting) => [eventFromUnderstanding(text, await this.deps.understander.understand(text, { expecting }))],
      caller,
    );
  }

  click(conversationId: string, value: ButtonValue, label: string, caller: Caller = {}): Promise<TurnOutcome> {
    return this.run(conversationId, () => [eventFromButton(value, label)], caller);
  }

  private async run(conversationId: string, customerEvents: TurnEvents, caller: Caller, preloaded?: unknown): Promise<TurnOutcome> {
    const stored = preloaded === undefined ? await this.deps.store.load(conversationId) : preloaded;
    // The machine acts on a sign-in only once per conversation; sending it with every turn is harmless.
    const events: TurnEvents = async (expecting) => {
      const said = await customerEvents(expecting);
      return caller.signedInCustomerId ? [{ type: 'SIGNED_IN', customerId: caller.signedInCustomerId }, ...said] : said;
    };
    const outcome = await runSupportTurn(this.deps.procedure, stored, events, {
      conversationId,
      clock: this.deps.clock,
      ...(caller.onBusy ? { onBusy: caller.onBusy } : {}),
    });
    await this.deps.store.save(conversationId, outcome.envelope);
    return outcome;
  }
}
