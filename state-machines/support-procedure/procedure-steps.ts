import { z } from 'zod';

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
}

/** Tags a state can carry: `busy` while it waits on a port (the turn runner waits for it to clear). */
export type ProcedureTag = 'busy';

/**
 * The step of the active states, from `snapshot.getMeta()`: the innermost
 * state that declares one (state ids nest with dots).
 */
export function stepFromMeta(meta: Readonly<Record<string, ProcedureStateMeta | undefined>>): ProcedureStep {
  let step: ProcedureStep = 'collect_details';
  let depth = -1;
  for (const [stateId, stateMeta] of Object.entries(meta)) {
    const stateDepth = stateId.split('.').length;
    if (stateMeta && stateDepth > depth) {
      step = stateMeta.step;
      depth = stateDepth;
    }
  }
  return step;
}
