import type { ActivityClaim, ActivityLedger } from '../ports/activity-ledger';
import type { Clock } from '../ports/clock';

/** How long an activity id is remembered: channels retry within seconds, so this is generous. */
export const ACTIVITY_MEMORY_MS = 30 * 60 * 1000;

/** For one instance without Redis. Entries in order of claim, so the expired ones are at the front. */
export class InMemoryActivityLedger implements ActivityLedger {
  private readonly entries = new Map<string, { json: string | null; claimedAt: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly ttlMs: number = ACTIVITY_MEMORY_MS,
  ) {}

  async claim(key: string): Promise<ActivityClaim> {
    const now = this.clock.now().getTime();
    for (const [id, entry] of this.entries) {
      if (now - entry.claimedAt <= this.ttlMs) break;
      this.entries.delete(id);
    }
    const entry = this.entries.get(key);
    if (entry) return { kind: 'seen', replies: entry.json === null ? null : (JSON.parse(entry.json) as unknown) };
    this.entries.set(key, { json: null, claimedAt: now });
    return { kind: 'first' };
  }

  async complete(key: string, replies: unknown): Promise<void> {
    const entry = this.entries.get(key);
    if (entry) entry.json = JSON.stringify(replies);
  }

  async release(key: string): Promise<void> {
    this.entries.delete(key);
  }
}
