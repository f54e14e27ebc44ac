import type Redis from 'ioredis';
import type { ConversationStore, StoredConversation } from '../../ports/conversation-store';
import { CONVERSATION_TTL_MS } from '../in-memory-conversation-store';

/*
 * Compare-and-set in one script, so no other client can save between the
 * version check and the write. A key that expired reads as version 0, as a
 * conversation never saved does.
 */
const SAVE_IF_VERSION = `
local current = redis.call('HGET', KEYS[1], 'version') or '0'
if current ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'version', tostring(tonumber(current) + 1), 'json', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
`;

/** Conversations in Redis: one hash per conversation (version and JSON), expiring `ttlMs` after the last save. */
export class RedisConversationStore implements ConversationStore {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly ttlMs: number = CONVERSATION_TTL_MS,
  ) {}

  async load(conversationId: string): Promise<StoredConversation | null> {
    const [version, json] = await this.redis.hmget(this.key(conversationId), 'version', 'json');
    if (version === null || version === undefined || json === null || json === undefined) return null;
    const saved = JSON.parse(json) as { envelope?: unknown; transcript?: unknown };
    return { envelope: saved.envelope ?? null, transcript: saved.transcript ?? [], version: Number(version) };
  }

  async save(conversationId: string, conversation: { envelope: unknown; transcript: unknown }, expectedVersion: number): Promise<boolean> {
    const json = JSON.stringify({ envelope: conversation.envelope, transcript: conversation.transcript });
    const saved = await this.redis.eval(SAVE_IF_VERSION, 1, this.key(conversationId), String(expectedVersion), json, String(this.ttlMs));
    return saved === 1;
  }

  private key(conversationId: string): string {
    return `${this.keyPrefix}conversation:${conversationId}`;
  }
}
