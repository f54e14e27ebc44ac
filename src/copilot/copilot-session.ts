import { z } from 'zod';
import { IsoTimeSchema } from '../domain/order';
import { MESSAGE_KEYS } from '../../state-machines/support-messages';

/** The longest message kept in a transcript; a pasted e-mail still fits. */
export const MAX_MESSAGE_CHARS = 4000;
/** Transcript lines kept per session: enough for a long chat, bounded so a session stays small in Redis. */
export const MAX_TRANSCRIPT_LINES = 200;

export const TranscriptLineSchema = z.object({
  from: z.enum(['customer', 'agent', 'bot']),
  text: z.string().max(MAX_MESSAGE_CHARS),
  at: IsoTimeSchema,
});
export type TranscriptLine = z.infer<typeof TranscriptLineSchema>;

/**
 * What a copilot session remembers between calls. Stored as JSON through the
 * CopilotSessionStore port and validated here when loaded back. `envelope`
 * is the machine's snapshot envelope, the same one the customer bot saves
 * (read with readEnvelope, so an outdated one restarts politely).
 */
export const CopilotSessionSchema = z.object({
  version: z.literal(1),
  envelope: z.unknown(),
  transcript: z.array(TranscriptLineSchema).max(MAX_TRANSCRIPT_LINES),
  /** The procedure's last answer, in the agent's words, so GET shows it again without re-running anything. */
  reply: z.object({
    keys: z.array(z.enum(MESSAGE_KEYS)),
    suggestedReply: z.string(),
    alternatives: z.array(z.string()),
  }),
  /** What the agent has already told the customer, read from the agent's own messages. */
  told: z.object({
    trackingNumbers: z.array(z.string()),
    /** The agent sent the status and timeframe (the suggested explanation, or words with its facts); older sessions start false. */
    statusExplained: z.boolean().default(false),
  }),
  /** First result of each action (by kind, order and parcel): a second click answers the same. */
  actionResults: z.array(z.object({ key: z.string(), caseReference: z.string() })),
  /** Picked up from the customer bot's handoff (contract v1.1). */
  handedOver: z.boolean(),
});
export type CopilotSession = z.infer<typeof CopilotSessionSchema>;

export function newSession(): CopilotSession {
  return {
    version: 1,
    envelope: null,
    transcript: [],
    reply: { keys: [], suggestedReply: '', alternatives: [] },
    told: { trackingNumbers: [], statusExplained: false },
    actionResults: [],
    handedOver: false,
  };
}

/** Adds a line and keeps the newest lines only. */
export function withLine(session: CopilotSession, line: TranscriptLine): CopilotSession {
  return { ...session, transcript: [...session.transcript, line].slice(-MAX_TRANSCRIPT_LINES) };
}
