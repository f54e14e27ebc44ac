import type { Clock } from '../ports/clock';
import type { CopilotSessionStore } from '../ports/copilot-session-store';
import { answerLater } from './answer-later';

/**
 * For local use and tests. Keeps JSON text, not objects, so a session loaded
 * back has been through the same serialisation a durable store applies; time
 * comes from the Clock port so tests can let a session expire.
 */
export class InMemoryCopilotSessionStore implements CopilotSessionStore {
  /** In order of last save (a save moves its entry to the end), so the expired ones gather at the front. */
  private readonly entries = new Map<string, { json: string; expiresAt: number }>();

  constructor(private readonly clock: Clock) {}

  async load(sessionId: string): Promise<unknown> {
    await answerLater();
    const entry = this.entries.get(sessionId);
    if (!entry) return null;
    if (this.clock.now().getTime() >= entry.expiresAt) {
      this.entries.delete(sessionId);
      return null;
    }
    return JSON.parse(entry.json) as unknown;
  }

  async save(sessionId: string, session: unknown, ttlSeconds: number): Promise<void> {
    await answerLater();
    const now = this.clock.now().getTime();
    this.entries.delete(sessionId);
    this.entries.set(sessionId, { json: JSON.stringify(session), expiresAt: now + ttlSeconds * 1000 });
    // Only the expired ones at the front are visited (one TTL for all sessions keeps them in expiry order).
    for (const [id, entry] of this.entries) {
      if (now < entry.expiresAt) break;
      this.entries.delete(id);
    }
  }
}
