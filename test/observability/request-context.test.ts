import { currentTurnScope, runInTurnScope, type TurnScope } from '../../src/conversation/turn-scope';
import { currentRequestId, runWithRequestId } from '../../src/observability/request-context';

describe("a request's context", () => {
  it('keeps the request id inside the turn it runs, and the turn scope only inside the turn', async () => {
    const scope: TurnScope = { requester: 'webchat:u-1', afterSave: [] };
    const seen = await runWithRequestId('req-7', async () => {
      const inTurn = await runInTurnScope(scope, async () => {
        await Promise.resolve();
        return { requestId: currentRequestId(), turn: currentTurnScope() };
      });
      return { inTurn, afterTurn: { requestId: currentRequestId(), turn: currentTurnScope() } };
    });
    expect(seen.inTurn).toEqual({ requestId: 'req-7', turn: scope });
    expect(seen.afterTurn).toEqual({ requestId: 'req-7', turn: undefined });
    expect(currentRequestId()).toBeUndefined();
  });
});
