import { InMemoryConversationStore } from '../../src/adapters/in-memory-conversation-store';
import { readTranscript } from '../../src/conversation/conversation-transcript';
import { CustomerConversations } from '../../src/conversation/customer-conversations';
import type { ConversationStore } from '../../src/ports/conversation-store';
import { ConversationStateUnavailable } from '../../src/conversation/conversation-state-unavailable';
import type { Understander } from '../../dialogs/understanding/customer-message-understander';
import { procedureHarness, replyKeys } from '../support/procedure-harness';
import { trainedUnderstander } from '../support/trained-understander';

/**
 * Two instances of the use case over one store, as two bot processes over one
 * Redis: each message of one conversation lands on a different instance at
 * the same moment. Neither may be lost.
 */

let understander: Understander;
beforeAll(async () => {
  understander = await trainedUnderstander();
}, 60_000);

/** Counts the saves the store refused because another turn saved first. */
class CountingStore implements ConversationStore {
  refused = 0;
  constructor(private readonly inner: ConversationStore) {}
  load(id: string) {
    return this.inner.load(id);
  }
  async save(id: string, conversation: { envelope: unknown; transcript: unknown }, expected: number) {
    const saved = await this.inner.save(id, conversation, expected);
    if (!saved) this.refused += 1;
    return saved;
  }
}

test('two messages of one conversation answered at once by two instances: both are acted on and both are in the transcript', async () => {
  const harness = procedureHarness();
  const store = new CountingStore(new InMemoryConversationStore(harness.clock));
  const instance = () => new CustomerConversations({ procedure: harness.procedure, understander, store, clock: harness.clock });
  const [a, b] = [instance(), instance()];

  const [first, second] = await Promise.all([a.say('c1', '4000123456'), b.say('c1', 'sam.nguyen@example.com')]);

  // One turn lost the race, reloaded and ran again on top of the other: together they completed the details.
  expect(store.refused).toBeGreaterThanOrEqual(1);
  expect([...replyKeys(first), ...replyKeys(second)]).toContain('order_status');
  const saved = await store.load('c1');
  const customerLines = readTranscript(saved?.transcript).filter((e) => e.from === 'customer').map((e) => e.text);
  expect(customerLines.sort()).toEqual(['4000123456', 'sam.nguyen@example.com']);
});

test('a store that cannot be reached fails the turn as "conversation state unavailable", and nothing is half-saved', async () => {
  const harness = procedureHarness();
  const down: ConversationStore = {
    load: async () => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:1');
    },
    save: async () => true,
  };
  const conversations = new CustomerConversations({ procedure: harness.procedure, understander, store: down, clock: harness.clock });
  await expect(conversations.say('c1', '4000123462 noah.williams@example.com')).rejects.toBeInstanceOf(ConversationStateUnavailable);
  expect(harness.orders.findOrderCalls).toEqual([]);
});
