import { z } from 'zod';
import type { SupportMessage } from '../../state-machines/support-messages';

/** The recent exchanges a handoff carries; older ones are dropped so a months-long Teams conversation stays small. */
export const MAX_TRANSCRIPT_ENTRIES = 40;
/** A long reply (an order of many parcels) is cut here: the agent opens the order itself, the transcript only says what was said. */
export const MAX_ENTRY_CHARS = 600;
/**
 * The whole transcript as stored (UTF-8 JSON) stays under this, whatever the
 * entries hold (emoji and other wide characters cost up to four bytes each):
 * the oldest entries go first.
 */
export const MAX_TRANSCRIPT_BYTES = 12 * 1024;

export const TranscriptEntrySchema = z.object({
  from: z.enum(['customer', 'bot']),
  text: z.string().max(MAX_ENTRY_CHARS),
  at: z.iso.datetime({ offset: true }),
});
export type TranscriptEntry = z.infer<typeof TranscriptEntrySchema>;

const StoredTranscriptSchema = z.array(TranscriptEntrySchema);

/** Words for the procedure's messages, as the customer read them (the customer copy). */
export interface TranscriptWording {
  render(message: SupportMessage): string;
}

/**
 * The customer copy, but an order's status (shown as a card, one section per
 * parcel) is kept as the card's heading only: the agent opens the order
 * itself, and the handoff summary carries its details.
 */
export function cardSummaryWording(copy: TranscriptWording): TranscriptWording {
  return {
    render: (message) => {
      const text = copy.render(message);
      return message.key === 'order_status' ? (text.split('\n')[0] ?? text) : text;
    },
  };
}

/** Without customer copy (tests, tools), a reply is recorded by its message key. */
export const keyWording: TranscriptWording = { render: (message) => `[${message.key}]` };

/** What a store held, or an empty transcript when it held nothing readable (an older format, say): it is a courtesy, never a reason to fail a turn. */
export function readTranscript(stored: unknown): TranscriptEntry[] {
  const parsed = StoredTranscriptSchema.safeParse(stored);
  return parsed.success ? parsed.data : [];
}

function entry(from: TranscriptEntry['from'], text: string, at: Date): TranscriptEntry {
  const trimmed = text.trim();
  return { from, text: trimmed.length > MAX_ENTRY_CHARS ? `${trimmed.slice(0, MAX_ENTRY_CHARS - 1)}…` : trimmed, at: at.toISOString() };
}

/** The transcript with one turn added (what the customer said or clicked, then each reply), keeping the newest entries only. */
export function withTurn(
  transcript: readonly TranscriptEntry[],
  turn: { customerSaid: string | null; replies: readonly SupportMessage[]; at: Date },
  wording: TranscriptWording,
): TranscriptEntry[] {
  const added = [
    ...(turn.customerSaid ? [entry('customer', turn.customerSaid, turn.at)] : []),
    ...turn.replies.map((reply) => entry('bot', wording.render(reply), turn.at)),
  ];
  return newestWithinBytes([...transcript, ...added].slice(-MAX_TRANSCRIPT_ENTRIES));
}

/** The newest entries whose JSON array fits in MAX_TRANSCRIPT_BYTES. */
function newestWithinBytes(entries: TranscriptEntry[]): TranscriptEntry[] {
  let bytes = 2; // the array's brackets
  for (let index = entries.length - 1; index >= 0; index -= 1) {
    const entryBytes = Buffer.byteLength(JSON.stringify(entries[index])) + (index < entries.length - 1 ? 1 : 0);
    if (bytes + entryBytes > MAX_TRANSCRIPT_BYTES) return entries.slice(index + 1);
    bytes += entryBytes;
  }
  return entries;
}
