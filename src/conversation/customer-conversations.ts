import type { Understander } from '../../dialogs/understanding/customer-message-understander';
import { eventFromButton, type ButtonValue } from '../../state-machines/customer-buttons';
import { eventFromUnderstanding } from '../../state-machines/event-from-understanding';
import { requestFields } from '../observability/request-context';
import type { Clock } from '../ports/clock';
import type { ConversationStore, StoredConversation } from '../ports/conversation-store';
import { ConversationStateUnavailable } from './conversation-state-unavailable';
import { keyWording, readTranscript, withTurn, type TranscriptEntry, type TranscriptWording } from './conversation-transcript';
import type { ProvidedProcedure } from './provide-procedure';
import { runSupportTurn, type TurnEvents, type TurnOutcome } from './run-support-turn';
import type { TurnScope } from './turn-scope';

/** Who is writing, and how to show them we are on it. */
export interface Caller {
  /** A customer the web page vouches for (verified token): they pick from their recent orders instead of proving who they are. */
  signedInCustomerId?: string;
  /** The channel's id of the person writing ("msteams:29:1abc"), so failed verifications are counted per person across conversations. */
  channelUserId?: string;
  /** Called when the turn starts waiting on the order system (a typing indicator). */
  onBusy?: () => void;
  /** The id of the request this turn serves: it reaches the order system and the log lines. */
  requestId?: string;
}

/** A turn's outcome with the conversation's transcript up to and including it (what a handoff carries). */
export type CustomerTurn = TurnOutcome & { transcript: TranscriptEntry[] };

/**
 * Another instance saving the same conversation first is rare (two messages
 * sent at once); each retry reloads its state, so a few are plenty.
 */
const MAX_SAVE_ATTEMPTS = 5;

/**
 * The use case every channel shares: load the conversation, turn what the
 * customer did into procedure events, run the machine to a settled state and
 * save it with the transcript. The save is a compare-and-set on the version
 * loaded: when another turn of the conversation (on any instance) saved in
 * between, this turn runs again on the newer state, which is safe because
 * opening a case is idempotent and counted failures wait for the save.
 */
export class CustomerConversations {
  constructor(
    private readonly deps: {
      procedure: ProvidedProcedure;
      understander: Understander;
      store: ConversationStore;
      clock: Clock;
      /** How replies are worded in the stored transcript; by message key when unset. */
      transcriptWording?: TranscriptWording;
    },
  ) {}

  /** Welcomes a new conversation; null when it already exists, so channels that announce members twice welcome once. */
  start(conversationId: string, caller: Caller = {}): Promise<CustomerTurn | null> {
    return this.run(conversationId, () => [{ type: 'CONVERSATION_STARTED' }], caller, null, 'only_if_new');
  }

  /** What the customer typed, read against what the conversation is waiting for ("nope" after "did you find it?"). */
  say(conversationId: string, text: string, caller: Caller = {}): Promise<CustomerTurn> {
    const events: TurnEvents = async (expecting) => [eventFromUnderstanding(text, await this.deps.understander.understand(text, { expecting }))];
    return this.run(conversationId, events, caller, text, 'always');
  }

  click(conversationId: string, value: ButtonValue, label: string, caller: Caller = {}): Promise<CustomerTurn> {
    return this.run(conversationId, () => [eventFromButton(value, label)], caller, label, 'always');
  }

  private run(id: string, events: TurnEvents, caller: Caller, customerSaid: string | null, when: 'only_if_new'): Promise<CustomerTurn | null>;
  private run(id: string, events: TurnEvents, caller: Caller, customerSaid: string | null, when: 'always'): Promise<CustomerTurn>;
  private async run(
    conversationId: string,
    customerEvents: TurnEvents,
    caller: Caller,
    customerSaid: string | null,
    when: 'only_if_new' | 'always',
  ): Promise<CustomerTurn | null> {
    const onlyIfNew = when === 'only_if_new';
    // The machine acts on a sign-in only once per conversation; sending it with every turn is harmless.
    const events: TurnEvents = async (expecting) => {
      const said = await customerEvents(expecting);
      return caller.signedInCustomerId ? [{ type: 'SIGNED_IN', customerId: caller.signedInCustomerId }, ...said] : said;
    };
    const requester = caller.signedInCustomerId ? `customer:${caller.signedInCustomerId}` : caller.channelUserId ? `user:${caller.channelUserId}` : null;
    for (let attempt = 1; attempt <= MAX_SAVE_ATTEMPTS; attempt += 1) {
      const stored = await this.storeCall(() => this.deps.store.load(conversationId), 'load');
      if (onlyIfNew && stored !== null) return null;
      const afterSave: Array<() => Promise<void>> = [];
      const scope: TurnScope = { requester, afterSave, ...requestFields(caller) };
      const outcome = await runSupportTurn(this.deps.procedure, stored?.envelope ?? null, events, {
        conversationId,
        clock: this.deps.clock,
        scope,
        ...(caller.onBusy ? { onBusy: caller.onBusy } : {}),
      });
      const transcript = withTurn(
        readTranscript(stored?.transcript),
        { customerSaid, replies: outcome.replies, at: this.deps.clock.now() },
        this.deps.transcriptWording ?? keyWording,
      );
      const saved = await this.storeCall(() => this.deps.store.save(conversationId, { envelope: outcome.envelope, transcript }, versionOf(stored)), 'save');
      if (saved) {
        for (const effect of afterSave) await effect();
        return { ...outcome, transcript };
      }
      // Another turn saved first. A second welcome is no welcome at all.
      if (onlyIfNew) return null;
    }
    throw new ConversationStateUnavailable(`conversation ${conversationId} kept changing under this turn (${MAX_SAVE_ATTEMPTS} attempts)`);
  }

  private async storeCall<T>(call: () => Promise<T>, what: 'load' | 'save'): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw new ConversationStateUnavailable(`could not ${what} the conversation`, { cause: error });
    }
  }
}

function versionOf(stored: StoredConversation | null): number {
  return stored?.version ?? 0;
}
