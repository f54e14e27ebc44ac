import type { RemedyKind } from '../../state-machines/customer-intent';
import { withoutNegatedRequests } from './negation';

const REMEDY_WORDS: Array<{ kind: RemedyKind; pattern: RegExp }> = [
  { kind: 'refund', pattern: /\b(?:refund(?:ed)?|money back|reimburse(?:d|ment)?|my money)\b/i },
  { kind: 'alternative', pattern: /\b(?:replace(?:ment|d)?|alternative|another one|send (?:me )?(?:another|a new) one|swap|exchange|re-?send|re-?ship)\b/i },
  { kind: 'return', pattern: /\b(?:return(?: it)?|send it back)\b/i },
];

/**
 * The remedy a customer asks for, if any: "refund please", "can you send a
 * replacement". A refused one ("I don't want a refund") is not asked for.
 * When several are named, the first the customer asked for wins.
 */
export function remedyAskedFor(text: string): RemedyKind | null {
  const { rest } = withoutNegatedRequests(text);
  let best: { kind: RemedyKind; at: number } | null = null;
  for (const { kind, pattern } of REMEDY_WORDS) {
    const match = pattern.exec(rest);
    if (match && (best === null || match.index < best.at)) best = { kind, at: match.index };
  }
  return best?.kind ?? null;
}

/** Whether the customer turns a remedy down in so many words: "I don't want a refund", "no replacement thanks". */
export function remedyRefused(text: string): boolean {
  return withoutNegatedRequests(text).negated.some((stretch) => REMEDY_WORDS.some(({ pattern }) => pattern.test(stretch)));
}
