/*
 * Real customers put several things in one message: "cheers, and which
 * courier is it with?", "Order 4000 111 222, jo@example.com, it's a week
 * late". Each clause is classified on its own so that no part is lost to
 * another; the combiner then decides what the message is about.
 *
 * Splits at sentence ends, commas and dashes, and before "but", "also" and
 * an "and" that starts a new question. Over-splitting is harmless: a
 * fragment that means nothing is simply not classified with confidence.
 */
const BOUNDARY = new RegExp(
  [
    String.raw`[.!?;\n]+(?=\s|$)`,
    String.raw`\s*,\s*`,
    String.raw`\s+[-–—]+\s+`,
    String.raw`\s+(?=but\b)`,
    String.raw`\s+(?=also\b)`,
    String.raw`\s+(?=and (?:can|could|what|whats|what's|when|where|which|who|how|is|are|do|does|will|why|the)\b)`,
  ].join('|'),
  'gi',
);

/** An e-mail's dots and a decimal point are not sentence ends; dots inside words survive the split. */
export function splitClauses(text: string): string[] {
  return text
    .split(BOUNDARY)
    .map((clause) => clause.replace(/^(?:and|but|also|so|plus)\s+/i, '').trim())
    .filter((clause) => /[\p{L}\p{N}]/u.test(clause));
}
