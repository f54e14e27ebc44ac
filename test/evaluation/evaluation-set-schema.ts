import { z } from 'zod';

/**
 * The shape of the understanding evaluation (issue 8): multi-turn customer
 * conversations that say what the bot's replies must and must not contain,
 * plus single-utterance sets for the intent classifier and for answers read
 * in the context of the bot's own question.
 *
 * Two parts, kept in separate folders: `tuning/` may be read while changing
 * training data or rules; `held-out/` is written before any tuning and never
 * read by whoever tunes (the runner prints only its pass rates).
 */

/** The patterns of issue 8, each reported with its own pass rate. */
export const PATTERNS = [
  'problem_with_details',
  'goodbye_and_thanks',
  'answers_in_context',
  'general_questions',
  'consent_before_cases',
  'carrier_alerts',
  'article_facts',
  'negation_and_keywords',
  'verification_oracle',
  'edges',
  'whole_conversations',
] as const;
export const PatternSchema = z.enum(PATTERNS);
export type Pattern = z.infer<typeof PatternSchema>;

const RegexSource = z
  .string()
  .min(1)
  .refine((source) => {
    try {
      new RegExp(source, 'iu');
      return true;
    } catch {
      return false;
    }
  }, 'not a valid regular expression');

/**
 * What one turn's replies must show. Regexes are matched case-insensitively
 * (flags "iu") against the turn's replies as plain text: markdown links read
 * "text (url)", bold and escapes are removed, replies are joined by new lines.
 */
export const TurnExpectationSchema = z
  .object({
    /** Each must match somewhere in the turn's replies. */
    says: z.array(RegexSource).default([]),
    /** None may match anywhere in the turn's replies. */
    neverSays: z.array(RegexSource).default([]),
    /** Each must match the title of at least one button offered after the turn. */
    buttons: z.array(RegexSource).default([]),
    /** true: this turn opens a case (investigation, ticket, request) with a reference; false: it opens none. */
    opensCase: z.boolean().optional(),
    /** true: this turn hands the conversation to a person; false: it does not. */
    handsOver: z.boolean().optional(),
  })
  .strict();
export type TurnExpectation = z.infer<typeof TurnExpectationSchema>;

export const TurnSchema = z.union([
  z
    .object({
      /** What the customer types. */
      say: z.string(),
      /** Minutes that pass before this message (default 1). */
      waitMinutes: z.number().int().min(0).max(60 * 24 * 30).optional(),
      expect: TurnExpectationSchema.optional(),
      note: z.string().optional(),
    })
    .strict(),
  z
    .object({
      /** Clicks the offered button whose title matches this regex (the turn fails when none does). */
      click: RegexSource,
      waitMinutes: z.number().int().min(0).max(60 * 24 * 30).optional(),
      expect: TurnExpectationSchema.optional(),
      note: z.string().optional(),
    })
    .strict(),
]);
export type Turn = z.infer<typeof TurnSchema>;

export const EvaluationConversationSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    /** What the customer is trying to do, in a sentence. */
    description: z.string().min(1),
    /** A signed-in customer of fixtures/customers.json (the web page vouches for them). */
    signedInAs: z.string().optional(),
    /** The conversation starts with the bot's welcome, as in Web Chat; these follow it. */
    turns: z.array(TurnSchema).min(1),
  })
  .strict();
export type EvaluationConversation = z.infer<typeof EvaluationConversationSchema>;

export const ConversationSetSchema = z
  .object({
    pattern: PatternSchema,
    conversations: z.array(EvaluationConversationSchema).min(1),
  })
  .strict();
export type ConversationSet = z.infer<typeof ConversationSetSchema>;

/**
 * What a customer can mean in one message, out of context: the intents the
 * classifier is scored on, grouped as the bot reads them. `none` is not
 * listed: it is what is left when nothing fits. The list was written before
 * the bot had these intents; a test keeps it equal to the bot's vocabulary,
 * so a renamed intent is a conscious change to the evaluation too.
 */
export const EVALUATED_INTENTS = [
  // finding out about an order
  'track_order',
  // problems with an order
  'tracking_not_updating',
  'no_tracking_yet',
  'delivered_not_received',
  'wrong_address',
  'parcel_delayed',
  'marketplace_question',
  'click_and_collect',
  'which_carrier',
  'wants_remedy',
  /** Added after the sets were written ("how long will the investigation take?"): no set has utterances for it yet. */
  'case_timeline',
  // general questions, answered without order details
  'status_meaning',
  'find_order_number',
  'delivery_timeframes',
  'collection_policy',
  'carrier_disruptions',
  // out of scope, answered kindly with where to go
  'returns_question',
  'store_hours_question',
  'price_match_question',
  'stock_question',
  'off_topic',
  // the conversation itself
  'another_order',
  'talk_to_person',
  'done',
  'greeting',
  'thanks',
  'affirm',
  'deny',
  'restart',
] as const;
export const EvaluatedIntentSchema = z.enum(EVALUATED_INTENTS);

/* Partial: an intent added to the vocabulary after a set was written has no utterances in it. */
export const IntentSetSchema = z.partialRecord(EvaluatedIntentSchema, z.array(z.string().trim().min(1)).min(8));

/** The bot's own yes/no questions, to read an answer against. */
export const ANSWER_QUESTIONS = [
  /** "Did you find it?" after the missing-parcel tips: yes = found it, no = still missing. */
  'found_parcel',
  /** "Would you like a refund, a return or an alternative?" */
  'want_remedy',
  /** "Shall I log that request?" (an address change with the new address, a refund, a ticket...) */
  'confirm_request',
  /** "Want me to try again?" after the order system did not answer. */
  'retry_lookup',
  /** "Is there anything else I can help with?": no = nothing else, yes = something else. */
  'anything_else',
] as const;

export const AnswerSetSchema = z
  .object({
    items: z
      .array(
        z
          .object({
            question: z.enum(ANSWER_QUESTIONS),
            text: z.string().min(1),
            /** neither: not an answer to the question (a new question, a problem, details). */
            answer: z.enum(['yes', 'no', 'neither']),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
