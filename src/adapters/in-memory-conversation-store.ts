import type { Clock } from '../ports/clock';
import type { ConversationStore, StoredConversation } from '../ports/conversation-store';

/** How long an idle conversation is kept by default, in memory and in Redis alike. */
export const CONVERSATION_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * For local use and tests. Stores JSON text, not objects, so a conversation
 * loaded back has been through the same serialisation a durable store applies.
 * Idle conversations are forgotten after `ttlMs` so memory stays bounded.
 */
export class InMemoryConversationStore implements ConversationStore {
  /** In order of last save (a save moves its entry to the end), so the idle ones are at the front. */
  private readonly entries = new Map<string, { json: string; version: number; savedAt: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly ttlMs: number = CONVERSATION_TTL_MS,
  ) {}

  async load(conversationId: string): Promise<StoredConversation | null> {
    const entry = this.live(conversationId);
    if (!entry) return null;
    const saved = JSON.parse(entry.json) as { envelope: unknown; transcript: unknown };
    return { envelope: saved.envelope, transcript: saved.transcript, version: entry.version };
  }

  async save(conversationId: string, conversation: { envelope: unknown; transcript: unknown }, expectedVersion: number): Promise<boolean> {
    const current = this.live(conversationId)?.version ?? 0;
    if (current !== expectedVersion) return false;
    const now = this.clock.now().getTime();
    this.entries.delete(conversationId);
    const json = JSON.stringify({ envelope: conversation.envelope, transcript: conversation.transcript });
    this.entries.set(conversationId, { json, version: current + 1, savedAt: now });
    // Only the expired ones at the front are visited: a turn never walks every conversation.
    for (const [id, entry] of this.entries) {
      if (now - entry.savedAt <= this.ttlMs) break;
      this.entries.delete(id);
    }
    return true;
  }

  private live(conversationId: string) {
    const entry = this.entries.get(conversationId);
    if (entry && this.clock.now().getTime() - entry.savedAt > this.ttlMs) {
      this.entries.delete(conversationId);
      return undefined;
    }
    return entry;
  }
}
