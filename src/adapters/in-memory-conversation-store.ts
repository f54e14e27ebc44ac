import type { Clock } from '../ports/clock';
import type { ConversationStore, StoredConversation } from '../ports/conversation-store';
import { BoundedEntries, type Capacity } from './bounded-entries';
import { answerLater } from './answer-later';

/** How long an idle conversation is kept by default, in memory and in Redis alike. */
export const CONVERSATION_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * One instance without Redis: a saved conversation is 2-4 KB of JSON with its
 * transcript, so this is at most about 40 MB. Beyond it the least recently
 * used conversation is forgotten (its customer starts again, as after the
 * time to live), instead of a flood of new conversations growing the process.
 */
export const DEFAULT_CONVERSATION_CAPACITY: Capacity = { maxEntries: 10_000, maxChars: 40 * 1024 * 1024 };

interface Entry {
  json: string;
  version: number;
}

/**
 * For local use and tests. Stores JSON text, not objects, so a conversation
 * loaded back has been through the same serialisation a durable store applies.
 * Idle conversations are forgotten after `ttlMs`, and the least recently used
 * beyond `capacity`, so memory stays bounded.
 */
export class InMemoryConversationStore implements ConversationStore {
  private readonly entries: BoundedEntries<Entry>;

  constructor(
    private readonly clock: Clock,
    ttlMs: number = CONVERSATION_TTL_MS,
    capacity: Capacity = DEFAULT_CONVERSATION_CAPACITY,
  ) {
    this.entries = new BoundedEntries<Entry>(ttlMs, capacity, (entry) => entry.json.length);
  }

  /** How many conversations are kept (for tests and the benchmark). */
  get size(): number {
    return this.entries.size;
  }

  async load(conversationId: string): Promise<StoredConversation | null> {
    await answerLater();
    const entry = this.entries.get(conversationId, this.clock.now().getTime(), 'touch');
    if (!entry) return null;
    const saved = JSON.parse(entry.json) as { envelope: unknown; transcript: unknown };
    return { envelope: saved.envelope, transcript: saved.transcript, version: entry.version };
  }

  async save(conversationId: string, conversation: { envelope: unknown; transcript: unknown }, expectedVersion: number): Promise<boolean> {
    await answerLater();
    const now = this.clock.now().getTime();
    const current = this.entries.get(conversationId, now)?.version ?? 0;
    if (current !== expectedVersion) return false;
    const json = JSON.stringify({ envelope: conversation.envelope, transcript: conversation.transcript });
    this.entries.set(conversationId, { json, version: current + 1 }, now);
    return true;
  }
}
