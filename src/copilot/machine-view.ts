import { createActor } from 'xstate';
import { readEnvelope } from '../../state-machines/snapshot-envelope';
import type { SupportContext } from '../../state-machines/support-context';
import { initialContext } from '../../state-machines/support-context';
import { stepFromMeta, type ProcedureStep } from '../../state-machines/support-procedure/procedure-steps';
import type { ProvidedProcedure } from '../conversation/provide-procedure';

/** What the machine knows about a session right now, read from its saved snapshot without running a turn. */
export interface MachineView {
  context: SupportContext;
  step: ProcedureStep;
  /** The conversation sits with a person after the customer bot handed it over. */
  withAPerson: boolean;
}

export function machineView(procedure: ProvidedProcedure, envelope: unknown, sessionId: string): MachineView {
  const reading = readEnvelope(envelope);
  if (reading.kind !== 'usable') return { context: initialContext({ conversationId: sessionId }), step: 'collect_details', withAPerson: false };
  // Restoring (not starting) an actor gives the snapshot with its states' meta; nothing runs.
  const snapshot = createActor(procedure, { input: { conversationId: sessionId }, snapshot: reading.snapshot }).getSnapshot();
  return { context: snapshot.context, step: stepFromMeta(snapshot.getMeta()), withAPerson: snapshot.matches('withAPerson') };
}
