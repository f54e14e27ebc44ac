import { FAILURES_PER_ORDER, FAILURES_PER_REQUESTER, RateLimitedVerifications, inMemoryVerificationLimiters } from '../../src/adapters/rate-limited-verifications';
import type { VerificationAttempt, VerificationLimiter } from '../../src/ports/verification-limiter';
import { renderForCustomer } from '../support/customer-copy';
import type { Understander } from '../../dialogs/understanding/customer-message-understander';
import { customerConversations, procedureHarness, replyKeys } from '../support/procedure-harness';
import { trainedUnderstander } from '../support/trained-understander';

/**
 * Guessing limited beyond one conversation: a guesser starting new chats gets
 * no more tries at an order, and the order's owner is then sent to a person.
 */

let understander: Understander;
beforeAll(async () => {
  understander = await trainedUnderstander();
}, 60_000);

const SAM = { orderNumber: '4000123456', email: 'sam.nguyen@example.com' };

test(`after ${FAILURES_PER_ORDER} failed verifications of one order across conversations, even its owner is told plainly and offered a person`, async () => {
  const harness = procedureHarness();
  const { conversations } = customerConversations(harness, understander);
  // Each guesser is somebody else, in a chat of their own; a chat stops itself after 3 tries.
  for (let i = 0; i < FAILURES_PER_ORDER; i += 1) {
    await conversations.say(`guess-${i}`, `${SAM.orderNumber} guess${i}@example.com`, { channelUserId: `webchat:guesser-${i}` });
  }
  const lookupsBefore = harness.orders.findOrderCalls.length;

  const owner = await conversations.say('owner', `${SAM.orderNumber} ${SAM.email}`, { channelUserId: 'webchat:sam' });

  expect(replyKeys(owner)).toEqual(['verification_limited']);
  expect(owner.offers).toEqual([{ kind: 'topic', topic: 'talk_to_person' }]);
  expect(renderForCustomer(owner.replies[0] ?? { key: 'welcome', data: {} })).toMatch(/can't look up this order.*person from our team/s);
  // Limited before the order system is asked: nothing about the order is read, let alone shown.
  expect(harness.orders.findOrderCalls.length).toBe(lookupsBefore);
  expect(owner.context.order).toBeNull();

  // Another order is still fine, and the person is one click away.
  const other = await conversations.say('owner-2', '4000123462 noah.williams@example.com', { channelUserId: 'webchat:noah' });
  expect(replyKeys(other)).toContain('order_status');
});

test(`one person failing ${FAILURES_PER_REQUESTER} times across conversations is stopped, whatever order they try next`, async () => {
  const harness = procedureHarness();
  const { conversations } = customerConversations(harness, understander);
  const guesser = { channelUserId: 'webchat:guesser' };
  for (let i = 0; i < FAILURES_PER_REQUESTER; i += 1) {
    await conversations.say(`chat-${Math.floor(i / 2)}`, `40001234${60 + i} nobody@example.com`, guesser);
  }
  const next = await conversations.say('chat-new', `${SAM.orderNumber} ${SAM.email}`, guesser);
  expect(replyKeys(next)).toEqual(['verification_limited']);
  expect(renderForCustomer(next.replies[0] ?? { key: 'welcome', data: {} })).toMatch(/can't check orders here right now/);

  // Someone else asking about that order is not affected.
  expect(replyKeys(await conversations.say('sam', `${SAM.orderNumber} ${SAM.email}`, { channelUserId: 'webchat:sam' }))).toContain('order_status');
});

test('a failure is counted once even when the turn has to run again after losing a save race', async () => {
  const recorded: VerificationAttempt[] = [];
  const inner = new RateLimitedVerifications(inMemoryVerificationLimiters());
  const counting: VerificationLimiter = {
    limitFor: (attempt) => inner.limitFor(attempt),
    recordFailure: async (attempt) => {
      recorded.push(attempt);
      await inner.recordFailure(attempt);
    },
  };
  const harness = procedureHarness({ verifications: counting });
  const { conversations } = customerConversations(harness, understander);
  // Two failing messages of one conversation at once: one turn runs twice (three lookups), yet two failures are counted.
  await Promise.all([
    conversations.say('c1', `${SAM.orderNumber} wrong1@example.com`, { channelUserId: 'webchat:x' }),
    conversations.say('c1', `${SAM.orderNumber} wrong2@example.com`, { channelUserId: 'webchat:x' }),
  ]);
  expect(harness.orders.findOrderCalls).toHaveLength(3);
  expect(recorded).toEqual([
    { orderNumber: SAM.orderNumber, requester: 'user:webchat:x' },
    { orderNumber: SAM.orderNumber, requester: 'user:webchat:x' },
  ]);
});
