import type { Clock } from '../ports/clock';
import type { ConversationStore } from '../ports/conversation-store';

/**
 * For local use and tests. Stores JSON text, not objects, so a conversation
 * loaded back has been through the same serialisation a durable store applies.
 * Idle conversations are forgotten after `ttlMs` so memory stays bounded.
 */
export class InMemoryConversationStore implements ConversationStore {
  /** In order of last save (a save moves its entry to the end), so the idle ones are at the front. */
  private readonly entries = new Map<string, { json: string; savedAt: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly ttlMs: number = 24 * 60 * 60 * 1000,
  ) {}

  async load(conversationId: string): Promise<unknown> {
    const entry = this.entries.get(conversationId);
    if (!entry) return null;
    if (this.clock.now().getTime() - entry.savedAt > this.ttlMs) {
      this.entries.delete(conversationId);
      return null;
    }
    return JSON.parse(entry.json) as unknown;
  }

  async save(conversationId: string, envelope: unknown): Promise<void> {
    const now = this.clock.now().getTime();
    this.entries.delete(conversationId);
    this.entries.set(conversationId, { json: JSON.stringify(envelope), savedAt: now });
    // Only the expired ones at the front are visited: a turn never walks every conversation.
    for (const [id, entry] of this.entries) {
      if (now - entry.savedAt <= this.ttlMs) break;
      this.entries.delete(id);
    }
  }
}
