import type { ConversationStore } from '../ports/conversation-store';
import type { SupportMetrics } from './support-metrics';

/** The conversation store with new conversations counted: a first save (over version 0) is a conversation's first answer. */
export function measuredConversationStore(store: ConversationStore, metrics: SupportMetrics): ConversationStore {
  return {
    load: (conversationId) => store.load(conversationId),
    save: async (conversationId, conversation, expectedVersion) => {
      const saved = await store.save(conversationId, conversation, expectedVersion);
      if (saved && expectedVersion === 0) metrics.conversations.inc();
      return saved;
    },
  };
}
