import { createActor, waitFor } from 'xstate';
import type { HandoffSummary } from '../../state-machines/handoff-summary';
import { envelopeOf, readEnvelope, type SnapshotEnvelope } from '../../state-machines/snapshot-envelope';
import type { Expectation } from '../../state-machines/customer-intent';
import type { SupportContext } from '../../state-machines/support-context';
import type { SupportEvent } from '../../state-machines/support-events';
import { message, type Offer, type SupportEmitted, type SupportMessage } from '../../state-machines/support-messages';
import { expectationOf } from '../../state-machines/support-procedure/expectation';
import { stepFromMeta, type ProcedureStep } from '../../state-machines/support-procedure/procedure-steps';
import type { Clock } from '../ports/clock';
import type { ProvidedProcedure } from './provide-procedure';
import { bindTurnScope, type TurnScope } from './turn-scope';

export interface TurnOutcome {
  /** Save this; it is always a settled snapshot. */
  envelope: SnapshotEnvelope;
  replies: SupportMessage[];
  /** The buttons for the customer's next step; the last offer of the turn wins. */
  offers: Offer[];
  handoff: HandoffSummary | null;
  /** The agent procedure's step, from the active state's meta. */
  step: ProcedureStep;
  context: SupportContext;
}

export interface RunTurnOptions {
  conversationId: string;
  clock: Clock;
  /** Called when the procedure starts waiting on the order system, e.g. to show a typing indicator. */
  onBusy?: () => void;
  /** A lookup that has not settled by then fails the turn instead of hanging it. */
  settleTimeoutMs?: number;
  /** Who asks and for which request, for the procedure's ports (turn-scope.ts). */
  scope?: TurnScope;
}

/** The turn's events, made once the procedure says what it is waiting for (a reply is read against it). */
export type TurnEvents = (expecting: Expectation) => SupportEvent[] | Promise<SupportEvent[]>;

/**
 * One turn: restore the conversation, feed it the events, wait until the
 * machine is settled again and collect what it said. Outdated or unreadable
 * snapshots restart the conversation politely instead of failing it. Every
 * turn starts by telling the machine the time, so the machine decides what
 * it knows is too old to answer from; then the customer's events are made
 * against what the conversation now expects.
 */
export async function runSupportTurn(
  procedure: ProvidedProcedure,
  stored: unknown,
  eventsFor: TurnEvents,
  options: RunTurnOptions,
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

  if (options.scope) bindTurnScope(actor.system, options.scope);

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
    const settle = () => waitFor(actor, (snapshot) => !snapshot.hasTag('busy'), { timeout: options.settleTimeoutMs ?? 30_000 });
    actor.send({ type: 'TURN_STARTED', at: options.clock.now().toISOString() });
    await settle();
    const settled = actor.getSnapshot();
    for (const event of await eventsFor(expectationOf(settled.getMeta(), settled.context))) {
      actor.send(event);
      await settle();
    }
    const snapshot = actor.getSnapshot();
    if (snapshot.status === 'error') throw snapshot.error;
    return {
      envelope: envelopeOf(actor.getPersistedSnapshot(), options.clock.now()),
      replies,
      offers,
      handoff,
      step: stepFromMeta(snapshot.getMeta()),
      context: snapshot.context,
    };
  } finally {
    actor.stop();
  }
}
