import { GENERAL_QUESTIONS, ORDER_TOPICS, OUT_OF_SCOPE_QUESTIONS } from '../../state-machines/customer-intent';
import { TrainedIntentSchema } from './utterance-sets';
import { splitClauses } from './clauses';
import type { ClauseIntent } from './intent-combiner';
import { DETAIL_PLACEHOLDERS, maskDetails } from './message-details';
import { hasAnchorFor } from './intent-anchors';
import { asksPlainlyForPerson } from './person-request';
import { withoutNegatedRequests } from './negation';
import type { IntentModel } from './intent-model';
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

/*
 * The best reading whose words are in the clause (intent-anchors.json). A
 * reading without them is set aside and the rest share its score: "is my
 * dehumidifier on track" is not "no tracking yet" but "where is my order".
 */
const MIN_SCORE_AFTER_SETTING_ASIDE = 0.25;

async function classify(model: IntentModel, text: string): Promise<ClauseIntent> {
  const scores = await model.classify(text);
  const anchored = scores.filter(({ intent }) => {
    const known = TrainedIntentSchema.safeParse(intent);
    return !known.success || hasAnchorFor(known.data, text);
  });
  const mass = anchored.reduce((sum, { score }) => sum + score, 0);
  const [best] = anchored;
  const intent = TrainedIntentSchema.safeParse(best?.intent);
  // What was left over gets no more credit than it had: 0.08 of the score is no reading, whatever was set aside.
  const confidence = best !== undefined && best.score >= MIN_SCORE_AFTER_SETTING_ASIDE ? best.score / mass : 0;
  return intent.success && confidence >= MIN_INTENT_CONFIDENCE
    ? { intent: intent.data, confidence, stated: false }
    : { intent: 'none', confidence: 0, stated: false };
}

/* "thanks bye", "great, that's all thanks": a farewell makes thanks or a bare yes a goodbye. */
const FAREWELL = /\b(?:bye|good-?bye|byee*|see ya|see you|cya|catch ya|ciao|ttyl|have a good (?:one|day|night|arvo)|that'?s all|thats all|that'?s everything|nothing else)\b/i;
const SAYS_GOODBYE_WITH = new Set(['none', 'thanks', 'greeting', 'affirm', 'deny', 'done']);

/* Problems said plainly win over a classifier that is unsure or reads the clause as small talk ("late night shopping hours?" stays a question). */
const MIN_CONFIDENCE_OVER_A_CUE = 0.65;
const OVERRIDABLE = new Set(['none', 'track_order', 'affirm', 'deny', 'thanks', 'greeting', 'done', 'off_topic', 'talk_to_person', 'another_order']);

/*
 * "yeah actually how long do they hold it for": a yes or no that opens a
 * clause answers whatever was asked; what follows is read on its own. ("no"
 * is left alone: "no tracking yet" is a problem, not an answer.)
 */
const ASKS_SOMETHING: ReadonlySet<string> = new Set([...ORDER_TOPICS, ...GENERAL_QUESTIONS, ...OUT_OF_SCOPE_QUESTIONS, 'track_order', 'another_order']);
const asksSomething = (intent: string): boolean => ASKS_SOMETHING.has(intent);
const OPENING_ANSWER = /^(?:yeah|yea|yeh|yep|yup|yes|nah|nope|sure|ok|okay)\b[\s,.!]+(?=\p{L})/iu;

async function readClause(model: IntentModel, clause: string): Promise<ClauseIntent | null> {
  const answer = OPENING_ANSWER.exec(clause);
  if (answer !== null) {
    // Only a question or something about the order is taken from what follows: "yes please get them to contact me" is still a yes.
    const after = await readClauseAsIs(model, clause.slice(answer[0].length));
    if (after !== null && asksSomething(after.intent)) return after;
  }
  return readClauseAsIs(model, clause);
}

async function readClauseAsIs(model: IntentModel, clause: string): Promise<ClauseIntent | null> {
  const { rest, negated } = withoutNegatedRequests(clause);
  const prepared = prepareForModel(rest);
  const withoutDetails = prepared.replace(PLACEHOLDERS, ' ').replace(/\s+/g, ' ').trim();
  const words = withoutDetails.replace(OPENER, '').trim();
  // An opener is no detail: "oh hi" is still a greeting.
  const somethingRemoved = negated.length > 0 || withoutDetails !== prepared.trim();
  if (!/\p{L}/u.test(words) || (somethingRemoved && FILLER.test(words))) return null;
  const read = await classify(model, words);
  const stated = plainlyStatedProblem(rest);
  if (stated !== null && (OVERRIDABLE.has(read.intent) || read.confidence < MIN_CONFIDENCE_OVER_A_CUE)) return { intent: stated, confidence: 0.9, stated: true };
  // A problem said plainly that the models also read is said plainly all the same: no reading of the whole message outranks it.
  if (stated !== null && stated === read.intent) return { ...read, stated: true };
  if (FAREWELL.test(words) && SAYS_GOODBYE_WITH.has(read.intent)) return { intent: 'done', confidence: 0.9, stated: true };
  return read;
}

/*
 * A story of many clauses ("sorry, this is going to be a long one...") is
 * read for what it plainly states: the classifier, trained on short
 * messages, is sure of odd things in "it had a good run" or "so here I am".
 * Thanks and a request for a person asked in so many words still count: "I
 * just need someone to actually help me" is how a story starts, not an ask.
 */
const CLAUSES_OF_A_STORY = 8;
const keptInAStory = (reading: ClauseIntent, clause: string): boolean =>
  reading.stated ||
  reading.intent === 'thanks' ||
  (reading.intent === 'talk_to_person' && reading.confidence >= 0.85 && asksPlainlyForPerson(clause));

export interface MessageReading {
  clauses: ClauseIntent[];
  /** The message read as one clause, for a message of a few clauses; null otherwise. */
  whole: ClauseIntent | null;
}

/**
 * Each clause of the message classified on its own, with its negated
 * requests taken out first ("I don't want a refund" leaves nothing to read;
 * "not late or anything i just wanna know when it's coming" leaves the
 * question) and its details left out. A problem stated across a clause
 * boundary ("says delivered but it isn't here") is still seen.
 */
export async function classifyClauses(model: IntentModel, text: string): Promise<MessageReading> {
  const clauses = splitClauses(text);
  const story = clauses.length >= CLAUSES_OF_A_STORY;
  const readings: ClauseIntent[] = [];
  for (const clause of clauses) {
    const reading = await readClause(model, clause);
    if (reading === null || (story && !keptInAStory(reading, clause))) continue;
    readings.push(reading);
  }
  // Across clause boundaries only a plainly stated problem is looked for: the classifier is sure of odd things in long text.
  const across = clauses.length > 1 ? plainlyStatedProblem(withoutNegatedRequests(text).rest) : null;
  if (across !== null) readings.push({ intent: across, confidence: 0.9, stated: true });
  // A short message of a few clauses is also read whole: "status shows 'order received', what does that mean" is one question.
  const whole = clauses.length > 1 && !story ? await readClause(model, text) : null;
  return { clauses: readings, whole };
}
