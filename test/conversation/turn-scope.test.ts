import type { Understander } from '../../dialogs/understanding/customer-message-understander';
import { afterTurnSaved, bindTurnScope, turnScopeOf, type TurnScope } from '../../src/conversation/turn-scope';
import { customerConversations, procedureHarness, replyKeys } from '../support/procedure-harness';
import { trainedUnderstander } from '../support/trained-understander';

/**
 * The turn's scope reaches the procedure's injected actors through the turn's
 * actor system, not through an AsyncLocalStorage: each concurrent turn's
 * lookup must still see its own request, and nobody else's.
 */
let understander: Understander;
beforeAll(async () => {
  understander = await trainedUnderstander();
}, 60_000);

test("each of several turns run at once asks the order system with its own request's id", async () => {
  const harness = procedureHarness();
  const { conversations } = customerConversations(harness, understander);
  const asks = [
    { conversationId: 'a', requestId: 'req-a', text: '4000123456 sam.nguyen@example.com', orderNumber: '4000123456' },
    { conversationId: 'b', requestId: 'req-b', text: '4000123462 noah.williams@example.com', orderNumber: '4000123462' },
    { conversationId: 'c', requestId: 'req-c', text: '4000123470 priya.sharma@example.com', orderNumber: '4000123470' },
  ];
  const turns = await Promise.all(asks.map((ask) => conversations.say(ask.conversationId, ask.text, { requestId: ask.requestId })));

  for (const turn of turns) expect(replyKeys(turn)).toContain('order_status');
  expect([...harness.orders.findOrderRequests].sort((x, y) => x.orderNumber.localeCompare(y.orderNumber))).toEqual(
    asks.map(({ orderNumber, requestId }) => ({ orderNumber, requestId })),
  );
});

test('a turn without a request (the terminal chat, a test) asks without an id, so the order system client makes one', async () => {
  const harness = procedureHarness();
  const { conversations } = customerConversations(harness, understander);
  await conversations.say('no-request', '4000123456 sam.nguyen@example.com');
  expect(harness.orders.findOrderRequests).toEqual([{ orderNumber: '4000123456', requestId: undefined }]);
});

describe('a turn scope', () => {
  it('is found by the actor system it was bound to, and by no other', () => {
    const scope: TurnScope = { requester: 'webchat:u-1', afterSave: [], requestId: 'req-7' };
    const system = {};
    bindTurnScope(system, scope);
    expect(turnScopeOf(system)).toBe(scope);
    expect(turnScopeOf({})).toBeUndefined();
  });

  it('defers effects until the save when it waits for one, and runs them at once otherwise', async () => {
    const ran: string[] = [];
    const waiting: TurnScope = { requester: null, afterSave: [] };
    await afterTurnSaved(waiting, async () => void ran.push('deferred'));
    await afterTurnSaved({ requester: null }, async () => void ran.push('at once, no save to wait for'));
    await afterTurnSaved(undefined, async () => void ran.push('at once, no scope'));
    expect(ran).toEqual(['at once, no save to wait for', 'at once, no scope']);
    expect(waiting.afterSave).toHaveLength(1);
  });
});
