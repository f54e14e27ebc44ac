import {
  MAX_ENTRY_CHARS,
  MAX_TRANSCRIPT_BYTES,
  MAX_TRANSCRIPT_ENTRIES,
  keyWording,
  readTranscript,
  withTurn,
  type TranscriptEntry,
} from '../../src/conversation/conversation-transcript';
import type { SupportMessage } from '../../state-machines/support-messages';

const at = new Date('2026-11-20T01:00:00Z');
const askForDetails: SupportMessage = { key: 'ask_for_details', data: { missing: 'both', problemNoted: null } };
const storedBytes = (transcript: readonly TranscriptEntry[]) => Buffer.byteLength(JSON.stringify(transcript));

describe('the transcript kept with a conversation', () => {
  test('records what the customer said and each reply, in order', () => {
    const transcript = withTurn([], { customerSaid: ' where is my order? ', replies: [askForDetails], at }, keyWording);
    expect(transcript).toEqual([
      { from: 'customer', text: 'where is my order?', at: at.toISOString() },
      { from: 'bot', text: '[ask_for_details]', at: at.toISOString() },
    ]);
    expect(readTranscript(JSON.parse(JSON.stringify(transcript)))).toEqual(transcript);
  });

  test('messages padded with 200 KB each never make the stored transcript grow past its byte cap', () => {
    let transcript: TranscriptEntry[] = [];
    const padded = `where is 4000123456? ${'x'.repeat(200 * 1024)}`;
    for (let turn = 0; turn < 600; turn += 1) {
      transcript = withTurn(transcript, { customerSaid: padded, replies: [askForDetails], at }, keyWording);
      expect(storedBytes(transcript)).toBeLessThanOrEqual(MAX_TRANSCRIPT_BYTES);
    }
    const newest = transcript.at(-2);
    expect(newest?.text.startsWith('where is 4000123456?')).toBe(true);
    expect(newest?.text.length).toBe(MAX_ENTRY_CHARS);
    expect(transcript.at(-1)?.text).toBe('[ask_for_details]');
  });

  test('wide characters count as the bytes they take, not as characters', () => {
    let transcript: TranscriptEntry[] = [];
    for (let turn = 0; turn < MAX_TRANSCRIPT_ENTRIES; turn += 1) {
      transcript = withTurn(transcript, { customerSaid: '📦'.repeat(400), replies: [], at }, keyWording);
    }
    expect(transcript.length).toBeGreaterThan(1);
    expect(transcript.length).toBeLessThan(MAX_TRANSCRIPT_ENTRIES);
    expect(storedBytes(transcript)).toBeLessThanOrEqual(MAX_TRANSCRIPT_BYTES);
  });
});
