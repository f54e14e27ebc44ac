import type Redis from 'ioredis';
import type { ActivityClaim, ActivityLedger } from '../../ports/activity-ledger';
import { ACTIVITY_MEMORY_MS } from '../in-memory-activity-ledger';

/** Marks a claim whose turn is still running; replaced by the replies (JSON) once it has answered. */
const RUNNING = '"running"';

/** Activity ids in Redis: SET NX is the atomic claim across instances, PX the memory's end. */
export class RedisActivityLedger implements ActivityLedger {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly ttlMs: number = ACTIVITY_MEMORY_MS,
  ) {}

  async claim(key: string): Promise<ActivityClaim> {
    const claimed = await this.redis.set(this.key(key), RUNNING, 'PX', this.ttlMs, 'NX');
    if (claimed === 'OK') return { kind: 'first' };
    const json = await this.redis.get(this.key(key));
    return { kind: 'seen', replies: json === null || json === RUNNING ? null : (JSON.parse(json) as unknown) };
  }

  async complete(key: string, replies: unknown): Promise<void> {
    // XX: a claim that expired meanwhile is not brought back.
    await this.redis.set(this.key(key), JSON.stringify(replies), 'PX', this.ttlMs, 'XX');
  }

  async release(key: string): Promise<void> {
    await this.redis.del(this.key(key));
  }

  private key(key: string): string {
    return `${this.keyPrefix}activity:${key}`;
  }
}
