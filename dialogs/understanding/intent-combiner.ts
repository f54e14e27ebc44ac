import {
  GENERAL_QUESTIONS,
  ORDER_TOPICS,
  OUT_OF_SCOPE_QUESTIONS,
  type CustomerIntent,
  type OrderTopic,
  type Question,
} from '../../state-machines/customer-intent';

/** One clause of a message as the classifier read it. */
export interface ClauseIntent {
  intent: CustomerIntent;
  confidence: number;
  /** Read from a plain cue ("says delivered but it's not here", "bye") rather than the classifier. */
  stated: boolean;
}

export interface CombinedIntent {
  intent: CustomerIntent;
  confidence: number;
  topic: OrderTopic | null;
  question: Question | null;
  thanks: boolean;
  /** The main intent was said plainly (a cue), not only guessed by the classifier. */
  stated: boolean;
}

const isOneOf =
  <T extends string>(list: readonly T[]) =>
  (intent: string): intent is T =>
    (list as readonly string[]).includes(intent);
const isOrderTopic = isOneOf(ORDER_TOPICS);
const isQuestion = isOneOf<Question>([...GENERAL_QUESTIONS, ...OUT_OF_SCOPE_QUESTIONS]);
/* A request for a person or a restart said in a clause is acted on, whatever the whole message reads as. */
const isCommand = (reading: ClauseIntent | undefined): boolean => reading?.intent === 'talk_to_person' || reading?.intent === 'restart';

/*
 * Which part of a message it is about, most important first. A request for
 * a person or a restart is acted on whatever else was said; then the
 * customer's order (a problem, a request, a question about it); then a
 * general question; then tracking an order. A goodbye only wins over thanks,
 * greetings and bare yes or no: "cheers, and which courier is it with?" is a
 * question, "thanks, that's all" a goodbye.
 */
const PRIORITY: Array<(intent: CustomerIntent) => boolean> = [
  (i) => i === 'talk_to_person',
  (i) => i === 'restart',
  isOrderTopic,
  isQuestion,
  (i) => i === 'another_order',
  (i) => i === 'track_order',
  (i) => i === 'off_topic',
  (i) => i === 'done',
  (i) => i === 'affirm' || i === 'deny',
  (i) => i === 'thanks' || i === 'greeting',
];

/*
 * A request for a person or a restart acts on the whole conversation, so in
 * a message of several clauses it must be said clearly: a long story that
 * mentions being "on hold for forty minutes" is not a request for a person.
 */
const MIN_CONFIDENCE_FOR_COMMANDS_IN_LONG_MESSAGES = 0.85;
const LONG_MESSAGE_CLAUSES = 2;
/* A goodbye is short: "nah that's all, cheers". A long message that reads like one is something else misread. */
const MAX_CLAUSES_OF_A_GOODBYE = 3;

/*
 * When a message names several things about the order, the branch that
 * covers the others goes first: "it's late and says delivered but it's not
 * here" is a missing parcel; "weeks late, I want a refund" a remedy; a late
 * Marketplace parcel is the seller's.
 */
const TOPIC_PRIORITY: readonly OrderTopic[] = [
  'delivered_not_received',
  'wrong_address',
  'wants_remedy',
  'marketplace_question',
  'parcel_delayed',
  'tracking_not_updating',
  'no_tracking_yet',
  'click_and_collect',
  'which_carrier',
  'case_timeline',
  'status_meaning',
];

/*
 * Read whole, a message of a few clauses is often clearer than its parts:
 * "my order says picking, what's that" is a question about a status, not a
 * Click & Collect order. When the whole reading is sure and agrees with one
 * of the clauses, that clause leads, unless what leads was said plainly.
 */
const MIN_CONFIDENCE_OF_WHOLE_READING = 0.75;
/* Below this a problem read in one clause is a guess; beside a sure question it is not why the customer wrote. */
const MIN_CONFIDENCE_OF_A_PROBLEM_BESIDE_A_QUESTION = 0.6;

export function combineClauseIntents(clauses: readonly ClauseIntent[], whole: ClauseIntent | null = null): CombinedIntent {
  const long = clauses.length >= LONG_MESSAGE_CLAUSES;
  const understood = clauses.filter(
    (c) =>
      c.intent !== 'none' &&
      !(long && (c.intent === 'restart' || c.intent === 'talk_to_person') && c.confidence < MIN_CONFIDENCE_FOR_COMMANDS_IN_LONG_MESSAGES) &&
      !(c.intent === 'done' && clauses.length > MAX_CLAUSES_OF_A_GOODBYE),
  );
  // "where do I find my order number, can't see it anywhere": beside a question the models are sure of, a bare guess at a problem is about that question.
  const sureQuestion = understood.some((c) => isQuestion(c.intent) && c.confidence >= MIN_CONFIDENCE_OF_WHOLE_READING);
  const topics = new Set(
    understood.filter((c) => !(sureQuestion && !c.stated && c.confidence < MIN_CONFIDENCE_OF_A_PROBLEM_BESIDE_A_QUESTION)).map((c) => c.intent).filter(isOrderTopic),
  );
  const topic = TOPIC_PRIORITY.find((t) => topics.has(t)) ?? null;
  const first = PRIORITY.map((inGroup) => understood.find((c) => inGroup(c.intent))).find((c) => c !== undefined);
  // When the message is about the order, the topic that leads is its main intent.
  const byPriority = first && isOrderTopic(first.intent) ? (understood.find((c) => c.intent === topic) ?? first) : first;
  const wholeAgrees =
    whole !== null &&
    whole.confidence >= MIN_CONFIDENCE_OF_WHOLE_READING &&
    understood.some((c) => c.intent === whole.intent) &&
    !isCommand(byPriority) &&
    !(byPriority?.stated ?? false);
  const main = wholeAgrees ? whole : byPriority;
  const question = understood.map((c) => c.intent).find(isQuestion) ?? null;
  return {
    intent: main?.intent ?? 'none',
    confidence: main?.confidence ?? 0,
    topic: wholeAgrees && isOrderTopic(whole.intent) ? whole.intent : topic,
    question,
    thanks: understood.some((c) => c.intent === 'thanks'),
    stated: main?.stated ?? false,
  };
}
