/**
 * Agent copilot sessions: one JSON-serialisable value per session id, which
 * readers validate with zod (a durable store hands back whatever it holds).
 * A session is forgotten `ttlSeconds` after its last save; every copilot call
 * saves, so a session lives as long as the agent keeps using it.
 */
export interface CopilotSessionStore {
  /** null when the session is unknown or has expired. */
  load(sessionId: string): Promise<unknown>;
  save(sessionId: string, session: unknown, ttlSeconds: number): Promise<void>;
}
