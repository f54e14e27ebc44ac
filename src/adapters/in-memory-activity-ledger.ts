import type { ActivityClaim, ActivityLedger } from '../ports/activity-ledger';
import type { Clock } from '../ports/clock';
import { BoundedEntries, type Capacity } from './bounded-entries';
import { answerLater } from './answer-later';

/** How long an activity id is remembered: channels retry within seconds, so this is generous. */
export const ACTIVITY_MEMORY_MS = 30 * 60 * 1000;

/**
 * Channels redeliver within seconds, so the newest few thousand activities are
 * what matters; under a busy hour the oldest are forgotten first rather than
 * keeping every turn's replies (cards included) for the whole 30 minutes.
 */
export const DEFAULT_LEDGER_CAPACITY: Capacity = { maxEntries: 5_000, maxChars: 8 * 1024 * 1024 };

/** A claim still running has no replies yet (null); a completed one keeps them as JSON text. */
type Replies = string | null;

/** For one instance without Redis. */
export class InMemoryActivityLedger implements ActivityLedger {
  private readonly entries: BoundedEntries<Replies>;

  constructor(
    private readonly clock: Clock,
    ttlMs: number = ACTIVITY_MEMORY_MS,
    capacity: Capacity = DEFAULT_LEDGER_CAPACITY,
  ) {
    this.entries = new BoundedEntries<Replies>(ttlMs, capacity, (json) => json?.length ?? 0);
  }

  /** How many activities are remembered (for tests and the benchmark). */
  get size(): number {
    return this.entries.size;
  }

  async claim(key: string): Promise<ActivityClaim> {
    await answerLater();
    const now = this.clock.now().getTime();
    const json = this.entries.get(key, now);
    if (json !== undefined) return { kind: 'seen', replies: json === null ? null : (JSON.parse(json) as unknown) };
    this.entries.set(key, null, now);
    return { kind: 'first' };
  }

  async complete(key: string, replies: unknown): Promise<void> {
    await answerLater();
    const now = this.clock.now().getTime();
    // A claim evicted meanwhile stays forgotten: the retry it guarded against is long overdue.
    if (this.entries.get(key, now) === null) this.entries.set(key, JSON.stringify(replies), now);
  }

  async release(key: string): Promise<void> {
    await answerLater();
    this.entries.delete(key);
  }
}
