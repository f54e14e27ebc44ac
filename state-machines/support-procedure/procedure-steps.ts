import { z } from 'zod';
import type { Expectation } from '../customer-intent';

/**
 * The agent procedure's steps, as the knowledge article and the copilot
 * contract name them. Every state of the machine says which step it is
 * (state meta), so bot, copilot and tests read the step from the machine.
 */
export const PROCEDURE_STEPS = [
  'collect_details',
  'check_order',
  'provide_tracking',
  'explain_status',
  'troubleshoot',
  'escalate',
  'done',
] as const;
export const ProcedureStepSchema = z.enum(PROCEDURE_STEPS);
export type ProcedureStep = z.infer<typeof ProcedureStepSchema>;

/** What each state of the procedure declares about itself. Nested states inherit their parent's step. */
export interface ProcedureStateMeta {
  step: ProcedureStep;
  /** What the state waits for when it asks something without buttons (details, an address). */
  expects?: Expectation;
}

/** Tags a state can carry: `busy` while it waits on a port (the turn runner waits for it to clear). */
export type ProcedureTag = 'busy';

export type ActiveStatesMeta = Readonly<Record<string, ProcedureStateMeta | undefined>>;

/** What the innermost active state that says anything about `fact` says (state ids nest with dots). */
export function innermostMeta<T>(meta: ActiveStatesMeta, fact: (stateMeta: ProcedureStateMeta) => T | undefined): T | undefined {
  let found: T | undefined;
  let depth = -1;
  for (const [stateId, stateMeta] of Object.entries(meta)) {
    const value = stateMeta === undefined ? undefined : fact(stateMeta);
    const stateDepth = stateId.split('.').length;
    if (value !== undefined && stateDepth > depth) {
      found = value;
      depth = stateDepth;
    }
  }
  return found;
}

/** The step of the active states, from `snapshot.getMeta()`; every conversation starts collecting details. */
export function stepFromMeta(meta: ActiveStatesMeta): ProcedureStep {
  return innermostMeta(meta, (stateMeta) => stateMeta.step) ?? 'collect_details';
}
