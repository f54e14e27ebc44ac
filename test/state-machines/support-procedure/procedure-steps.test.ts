import { getStateNodes } from 'xstate/graph';
import { PROCEDURE_STEPS, stepFromMeta, type ProcedureStateMeta } from '../../../state-machines/support-procedure/procedure-steps';
import { supportProcedureMachine } from '../../../state-machines/support-procedure/support-procedure.machine';

/** The step a state is in: its own meta, or the nearest ancestor's. */
function declaredStep(stateId: string): string | undefined {
  let node: typeof supportProcedureMachine.root | undefined = supportProcedureMachine.getStateNodeById(stateId);
  while (node) {
    const meta: ProcedureStateMeta | undefined = node.meta;
    if (meta?.step) return meta.step;
    node = node.parent;
  }
  return undefined;
}

describe('the agent step of every state', () => {
  const states = getStateNodes(supportProcedureMachine.root).filter((node) => node.type === 'atomic' || node.type === 'final');

  test.each(states.map((node) => [node.id]))('%s declares one of the procedure steps', (stateId) => {
    expect(PROCEDURE_STEPS).toContain(declaredStep(stateId));
  });

  test('each step of the article, but the tracking link given with the status, has states', () => {
    const used = new Set(states.map((node) => declaredStep(node.id)));
    expect(PROCEDURE_STEPS.filter((step) => !used.has(step))).toEqual(['provide_tracking']);
  });
});

describe('stepFromMeta', () => {
  test('the innermost active state that declares a step wins', () => {
    expect(
      stepFromMeta({
        'support-procedure.delays': { step: 'troubleshoot' },
        'support-procedure.delays.offeringRemedy': { step: 'escalate' },
      }),
    ).toBe('escalate');
  });

  test('a nested state without meta of its own takes its parent step', () => {
    expect(stepFromMeta({ 'support-procedure.missingParcel': { step: 'escalate' }, 'support-procedure.missingParcel.tips': undefined })).toBe(
      'escalate',
    );
  });

  test('nothing declared reads as collecting details, where every conversation starts', () => {
    expect(stepFromMeta({})).toBe('collect_details');
  });
});
