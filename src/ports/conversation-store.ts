/** A conversation as a store hands it back; readers validate `envelope` and `transcript` (a durable store returns whatever it holds). */
export interface StoredConversation {
  envelope: unknown;
  transcript: unknown;
  /** Bumped by every save: the turn that loaded version n may save only over version n. */
  version: number;
}

/**
 * Saved conversations, one per conversation id. Saving is a compare-and-set,
 * so two instances running turns of one conversation at once cannot
 * overwrite each other: the second save is refused and that turn runs again.
 */
export interface ConversationStore {
  load(conversationId: string): Promise<StoredConversation | null>;
  /** Saves when the stored version is still `expectedVersion` (0: nothing stored yet); false when another turn saved first. */
  save(conversationId: string, conversation: { envelope: unknown; transcript: unknown }, expectedVersion: number): Promise<boolean>;
}
