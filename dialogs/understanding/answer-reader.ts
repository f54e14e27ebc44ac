import { z } from 'zod';
import { ANSWER_READINGS, type AnswerReading } from '../../state-machines/customer-intent';
import cuesFile from './answer-cues.json';
import { withoutNegatedRequests } from './negation';
import { remedyAskedFor } from './remedy-request';
import { resolveYeahNah } from './yeah-nah';

const Cues = z.array(z.string().min(1));
const CuesFileSchema = z.object({
  why: z.string(),
  /** weak: words that answer on their own ("ok") but not at the head of a question ("ok so it's not lost?"). */
  /** farewell: a goodbye is no yes ("see ya") unless a question's own cues say otherwise ("bye" to "anything else?"). */
  generic: z.object({ yes: Cues, no: Cues, notAnAnswer: Cues, weak: Cues, farewell: Cues }),
  byReading: z.record(z.enum(ANSWER_READINGS), z.object({ yes: Cues, no: Cues })),
});

const cues = CuesFileSchema.parse(cuesFile);
const anyOf = (list: string[]) => new RegExp(String.raw`(?<![\w'])(?:${list.join('|')})(?![\w'])`, 'gi');
const GENERIC_YES = anyOf(cues.generic.yes);
const GENERIC_NO = anyOf(cues.generic.no);
const NOT_AN_ANSWER = anyOf(cues.generic.notAnAnswer);
const FAREWELL = anyOf(cues.generic.farewell);
const IS_YES_WORD = new RegExp(`^(?:${cues.generic.yes.join('|')})$`, 'i');
const IS_WEAK_WORD = new RegExp(`^(?:${cues.generic.weak.join('|')})$`, 'i');
const IS_NO_WORD = new RegExp(`^(?:${cues.generic.no.join('|')})$`, 'i');
const BY_READING = new Map(
  ANSWER_READINGS.map((reading) => [reading, { yes: anyOf(cues.byReading[reading].yes), no: anyOf(cues.byReading[reading].no) }]),
);
/*
 * A negation a few words before a cue, in the same phrase, turns it around:
 * "haven't got it". A bare "no" is not one: in "no i didn't find it" it is
 * the answer itself. (Remedies are read by remedy-request.ts, which knows
 * "no refund" refuses one.)
 */
const NEGATED_BEFORE = /(?:\b(?:not|never|dont|didnt|havent|hasnt|cant|cannot|couldnt|isnt|wasnt|wont)|n't)(?:\s+[\w']+){0,2}\s*$/i;
/* "what would the alternative be?", "how long does a refund take", "does the refund include shipping?": questions about the offer, not answers to it ("will do" is a yes). */
const WH_QUESTION = /^\s*(?:what|what's|whats|how|when|why|which|where|who|does|is|are|do (?:i|you|we|they)|will (?:i|it|that|the|this))\b/i;
/* Said before the answer and no part of it: "actually yes - what does picking mean?", "umm yes, is startrack delayed?". */
const LEADING_FILLER = /^\s*(?:(?:actually|um+|uh+|er+m?|oh|well|hmm+|ah+)\b[\s,.!-]*)+/i;
/* A bare yes or no counts near the start of the reply; an "ok" inside "is my parcel ok though?" is no answer. */
const OPENING_WORDS = 4;

type Side = 'yes' | 'no';

/*
 * A yes or no said last answers too: "that's the right address yes". Not in
 * a question ("is it late yes or no?"), and not a weak word ("ok") or a
 * single letter, which end sentences for other reasons.
 */
function closingAnswer(lower: string): Side | null {
  const trimmed = lower.trim().replace(/[\s.!]+$/, '');
  if (trimmed.endsWith('?')) return null;
  const last = trimmed.split(/[\s,]+/).at(-1) ?? '';
  if (last.length < 2 || IS_WEAK_WORD.test(last)) return null;
  if (IS_YES_WORD.test(last)) return 'yes';
  return IS_NO_WORD.test(last) ? 'no' : null;
}

function sideOf(text: string, pattern: RegExp, side: Side): Side[] {
  return [...text.matchAll(pattern)].map((match) => {
    const before = text.slice(0, match.index).split(/[,.;!?]/).at(-1) ?? '';
    const negated = NEGATED_BEFORE.test(before);
    return negated ? (side === 'yes' ? 'no' : 'yes') : side;
  });
}

function verdict(sides: Side[]): Side | null {
  const yes = sides.filter((s) => s === 'yes').length;
  const no = sides.length - yes;
  if (yes === no) return null;
  return yes > no ? 'yes' : 'no';
}

/**
 * A reply read as the answer to the bot's yes/no question, or null when it is
 * not one (a new question, a problem, thanks alone). What the reply says
 * about the question itself ("found it behind the bins!", "that photo isn't
 * my house", "refund please") outranks a bare yes or no word, so "no need,
 * neighbour had it all along" is a yes to "did you find it?".
 */
export function readAnswer(text: string, reading: AnswerReading): 'yes' | 'no' | null {
  const lower = resolveYeahNah(text.toLowerCase()).replace(NOT_AN_ANSWER, ' ');
  if (WH_QUESTION.test(lower)) return null;
  const specific = BY_READING.get(reading);
  const specificSides = specific ? [...sideOf(lower, specific.yes, 'yes'), ...sideOf(lower, specific.no, 'no')] : [];
  if (reading === 'want_remedy') {
    // "refund please" accepts; "I don't want a refund, I want the parcel" declines.
    if (remedyAskedFor(text) !== null) specificSides.push('yes');
    else if (withoutNegatedRequests(text).negated.length > 0) specificSides.push('no');
  }
  const specificVerdict = verdict(specificSides);
  if (specificVerdict !== null) return specificVerdict;
  return genericAnswer(lower);
}

/*
 * A bare yes or no: the first one said counts ("nope, asked next door too").
 * A question ("is my parcel ok though?") answers only when it opens with one:
 * "yes, how long will it take?". A goodbye is taken out first ("see ya" is no
 * "ya"), and beside one a weak word is a send-off, not consent: "ok see ya".
 */
function genericAnswer(text: string): Side | null {
  const lower = text.replace(FAREWELL, ' ').replace(LEADING_FILLER, '');
  const saysGoodbye = lower !== text;
  const openingWords = lower.trim().endsWith('?') ? 1 : OPENING_WORDS;
  const opening = lower.trim().split(/\s+/).slice(0, openingWords).join(' ');
  const generic = [...opening.matchAll(GENERIC_YES), ...opening.matchAll(GENERIC_NO)].sort((a, b) => a.index - b.index)[0];
  if (generic === undefined) return closingAnswer(lower);
  if ((openingWords === 1 || saysGoodbye) && IS_WEAK_WORD.test(generic[0])) return null;
  return IS_YES_WORD.test(generic[0]) ? 'yes' : 'no';
}
