import { createActor, waitFor } from 'xstate';
import type { HandoffSummary } from '../../state-machines/handoff-summary';
import { envelopeOf, readEnvelope, type SnapshotEnvelope } from '../../state-machines/snapshot-envelope';
import type { SupportContext, SupportEvent } from '../../state-machines/support-context';
import type { SupportEmitted } from '../../state-machines/support-procedure.machine';
import { message, type Offer, type SupportMessage } from '../../state-machines/support-messages';
import type { Clock } from '../ports/clock';
import type { ProvidedProcedure } from './provide-procedure';

export interface TurnOutcome {
  /** Save this; it is always a settled snapshot. */
  envelope: SnapshotEnvelope;
  replies: SupportMessage[];
  /** The buttons for the customer's next step; the last offer of the turn wins. */
  offers: Offer[];
  handoff: HandoffSummary | null;
  /** The agent procedure's step, from the state's `step:` tag. */
  step: string;
  context: SupportContext;
}

export interface TurnOptions {
  conversationId: string;
  clock: Clock;
  /** Called when the procedure starts waiting on the order system, e.g. to show a typing indicator. */
  onBusy?: () => void;
  /** A lookup that has not settled by then fails the turn instead of hanging it. */
  settleTimeoutMs?: number;
  /** An order read longer ago than this is read again before the turn (default 15 minutes). */
  orderMaxAgeMs?: number;
}

const DEFAULT_ORDER_MAX_AGE_MS = 15 * 60 * 1000;

/**
 * One turn: restore the conversation, feed it the events, wait until the
 * machine is settled again and collect what it said. Outdated or unreadable
 * snapshots restart the conversation politely instead of failing it.
 */
export async function runSupportTurn(
  procedure: ProvidedProcedure,
  stored: unknown,
  events: SupportEvent[],
  options: TurnOptions,
): Promise<TurnOutcome> {
  const reading = readEnvelope(stored);
  const input = { conversationId: options.conversationId };
  const replies: SupportMessage[] = [];
  let actor = createActor(procedure, reading.kind === 'usable' ? { input, snapshot: reading.snapshot } : { input });
  if (reading.kind === 'usable' && actor.getSnapshot().status !== 'active') {
    actor = createActor(procedure, { input });
    replies.push(message('conversation_reset', {}));
  } else if (reading.kind === 'outdated') {
    replies.push(message('conversation_reset', {}));
  }

  let offers: Offer[] = [];
  let handoff: HandoffSummary | null = null;
  actor.on('*', (emitted: SupportEmitted) => {
    if (emitted.type === 'reply') replies.push(emitted.message);
    else if (emitted.type === 'offer') offers = emitted.offers;
    else handoff = emitted.summary;
  });
  let wasBusy = false;
  actor.subscribe({
    next: (snapshot) => {
      const busy = snapshot.hasTag('busy');
      if (busy && !wasBusy) options.onBusy?.();
      wasBusy = busy;
    },
    error: () => undefined,
  });

  actor.start();
  try {
    const restored = actor.getSnapshot();
    const assessedAt = restored.context.order?.assessedAt;
    const stale =
      assessedAt !== undefined &&
      options.clock.now().getTime() - Date.parse(assessedAt) > (options.orderMaxAgeMs ?? DEFAULT_ORDER_MAX_AGE_MS) &&
      restored.can({ type: 'ORDER_STALE' });
    for (const event of stale ? [{ type: 'ORDER_STALE' } as const, ...events] : events) {
      actor.send(event);
      await waitFor(actor, (snapshot) => !snapshot.hasTag('busy'), { timeout: options.settleTimeoutMs ?? 30_000 });
    }
    const snapshot = actor.getSnapshot();
    if (snapshot.status === 'error') throw snapshot.error;
    return {
      envelope: envelopeOf(actor.getPersistedSnapshot(), options.clock.now()),
      replies,
      offers,
      handoff,
      step: stepOf(snapshot.tags),
      context: snapshot.context,
    };
  } finally {
    actor.stop();
  }
}

function stepOf(tags: ReadonlySet<string>): string {
  for (const tag of tags) if (tag.startsWith('step:')) return tag.slice('step:'.length);
  return 'collect_details';
}
