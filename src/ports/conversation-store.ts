/** Saved conversations, one opaque snapshot envelope per conversation id; readers validate what they load. */
export interface ConversationStore {
  load(conversationId: string): Promise<unknown>;
  save(conversationId: string, envelope: unknown): Promise<void>;
}
