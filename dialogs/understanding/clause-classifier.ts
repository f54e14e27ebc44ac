import { TrainedIntentSchema } from './utterance-sets';
import { splitClauses } from './clauses';
import type { ClauseIntent } from './intent-combiner';
import { DETAIL_PLACEHOLDERS, maskDetails } from './message-details';
import { withoutNegatedRequests } from './negation';
import type { NlpJsModel } from './nlpjs-model';
import { maskCarriers } from './mentions';
import { plainlyStatedProblem } from './problem-cues';
import { resolveYeahNah } from './yeah-nah';

/*
 * Below this the classifier is guessing (nlp.js's own default). Words the
 * model never saw come back as nlp.js's None whatever the bar.
 */
export const MIN_INTENT_CONFIDENCE = 0.5;

/* Training utterances and messages go through the same steps, so the model sees both alike. */
export function prepareForModel(text: string): string {
  return resolveYeahNah(maskCarriers(maskDetails(text)));
}


/* Details carry no intent of their own; left in, they pull every clause towards "track my order". */
const PLACEHOLDERS = new RegExp(String.raw`\b(?:${DETAIL_PLACEHOLDERS.join('|')})\b`, 'g');
/* Small words that say nothing once the details are gone ("my order ... and email is ..."), or what a negation leaves ("I"). */
const FILLER = /^(?:\W|\b(?:[a-z]|my|the|order|number|no|email|e-mail|phone|ph|mobile|is|and|it|its|it's|hi|hey|here|ref|reference|num)\b)*$/i;
/* Openers that carry no intent but sway a bag-of-words model: "sorry, one more thing", "oh wait". */
const OPENER = /^(?:(?:sorry|oh|oops|ok|okay|so|um|hmm|wait|also|actually|and|but|one more thing|one more question|quick question)\b[\s,.!]*)+/i;

async function classify(model: NlpJsModel, text: string): Promise<ClauseIntent> {
  const [best] = await model.classify(text);
  const intent = TrainedIntentSchema.safeParse(best?.intent);
  return best !== undefined && intent.success && best.score >= MIN_INTENT_CONFIDENCE
    ? { intent: intent.data, confidence: best.score }
    : { intent: 'none', confidence: 0 };
}

/* Problems said plainly win over a classifier that is unsure or reads the clause as small talk. */
const OVERRIDABLE = new Set(['none', 'track_order', 'affirm', 'deny', 'thanks', 'greeting', 'done', 'off_topic', 'talk_to_person', 'another_order']);

async function readClause(model: NlpJsModel, clause: string): Promise<ClauseIntent | null> {
  const { rest, negated } = withoutNegatedRequests(clause);
  const prepared = prepareForModel(rest);
  const words = prepared.replace(PLACEHOLDERS, ' ').replace(OPENER, '').replace(/\s+/g, ' ').trim();
  const somethingRemoved = negated.length > 0 || words !== prepared.trim();
  if (!/\p{L}/u.test(words) || (somethingRemoved && FILLER.test(words))) return null;
  const read = await classify(model, words);
  const stated = plainlyStatedProblem(rest);
  if (stated !== null && (OVERRIDABLE.has(read.intent) || read.confidence < 0.8)) return { intent: stated, confidence: 0.9 };
  return read;
}

/**
 * Each clause of the message classified on its own, with its negated
 * requests taken out first ("I don't want a refund" leaves nothing to read;
 * "not late or anything i just wanna know when it's coming" leaves the
 * question) and its details left out. A problem stated across a clause
 * boundary ("says delivered but it isn't here") is still seen.
 */
export async function classifyClauses(model: NlpJsModel, text: string): Promise<ClauseIntent[]> {
  const clauses = splitClauses(text);
  const readings: ClauseIntent[] = [];
  for (const clause of clauses) {
    const reading = await readClause(model, clause);
    if (reading !== null) readings.push(reading);
  }
  // Across clause boundaries only a plainly stated problem is looked for: the classifier is sure of odd things in long text.
  const across = clauses.length > 1 ? plainlyStatedProblem(withoutNegatedRequests(text).rest) : null;
  if (across !== null) readings.push({ intent: across, confidence: 0.9 });
  return readings;
}
