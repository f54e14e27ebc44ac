import type Redis from 'ioredis';
import type { Result } from 'ioredis';
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

/** The name the script is defined under on the client (ioredis's defineCommand). */
const SAVE_COMMAND = 'kmartSaveConversationIfVersion';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    /** SAVE_IF_VERSION, defined by RedisConversationStore's constructor: 1 saved, 0 another turn saved first. */
    kmartSaveConversationIfVersion(key: string, expectedVersion: string, json: string, ttlMs: string): Result<number, Context>;
  }
}

/** Conversations in Redis: one hash per conversation (version and JSON), expiring `ttlMs` after the last save. */
export class RedisConversationStore implements ConversationStore {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly ttlMs: number = CONVERSATION_TTL_MS,
  ) {
    // EVALSHA with the script's digest, sending the text only when this Redis has not cached it (after a restart): EVAL sent all of it with every save.
    redis.defineCommand(SAVE_COMMAND, { numberOfKeys: 1, lua: SAVE_IF_VERSION });
  }

  async load(conversationId: string): Promise<StoredConversation | null> {
    const [version, json] = await this.redis.hmget(this.key(conversationId), 'version', 'json');
    if (version === null || version === undefined || json === null || json === undefined) return null;
    const saved = JSON.parse(json) as { envelope?: unknown; transcript?: unknown };
    return { envelope: saved.envelope ?? null, transcript: saved.transcript ?? [], version: Number(version) };
  }

  async save(conversationId: string, conversation: { envelope: unknown; transcript: unknown }, expectedVersion: number): Promise<boolean> {
    const json = JSON.stringify({ envelope: conversation.envelope, transcript: conversation.transcript });
    const saved = await this.redis.kmartSaveConversationIfVersion(this.key(conversationId), String(expectedVersion), json, String(this.ttlMs));
    return saved === 1;
  }

  private key(conversationId: string): string {
    return `${this.keyPrefix}conversation:${conversationId}`;
  }
}
