import type Redis from 'ioredis';
import type { CopilotSessionStore } from '../../ports/copilot-session-store';

/** Copilot sessions in Redis: one JSON string per session, whose expiry every save sets again (SET ... PX). */
export class RedisCopilotSessionStore implements CopilotSessionStore {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {}

  async load(sessionId: string): Promise<unknown> {
    const json = await this.redis.get(this.key(sessionId));
    return json === null ? null : (JSON.parse(json) as unknown);
  }

  async save(sessionId: string, session: unknown, ttlSeconds: number): Promise<void> {
    await this.redis.set(this.key(sessionId), JSON.stringify(session), 'PX', Math.round(ttlSeconds * 1000));
  }

  private key(sessionId: string): string {
    return `${this.keyPrefix}copilot-session:${sessionId}`;
  }
}
