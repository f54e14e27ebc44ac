import { z } from 'zod';
import { AuStateSchema, CarrierCodeSchema, DeliveryZoneSchema, ShipmentStatusSchema } from '../src/domain/order';
import { ContactDetailSchema } from '../src/domain/verification';

export { ContactDetailSchema, type ContactDetail } from '../src/domain/verification';

/**
 * What a customer can mean, as the procedure needs it. dialogs/understanding
 * reads typed text into these; buttons carry the same topics and answers.
 */

/** Problems and questions about an order that the follow-up buttons offer. */
const OFFERED_ORDER_TOPICS = [
  'tracking_not_updating',
  'no_tracking_yet',
  'delivered_not_received',
  'wrong_address',
  'parcel_delayed',
  'marketplace_question',
  'status_meaning',
  'click_and_collect',
] as const;

/** The follow-ups the procedure offers as buttons once an order is found. */
export const FOLLOW_UP_TOPICS = [...OFFERED_ORDER_TOPICS, 'another_order', 'talk_to_person', 'done'] as const;
export const FollowUpTopicSchema = z.enum(FOLLOW_UP_TOPICS);
export type FollowUpTopic = z.infer<typeof FollowUpTopicSchema>;

/**
 * What a customer wants about one of their own orders: a problem, a request
 * or a question that can only be answered once the order is found and theirs.
 * Remembered while the details are collected, then acted on.
 */
export const ORDER_TOPICS = [...OFFERED_ORDER_TOPICS, 'which_carrier', 'wants_remedy', 'case_timeline'] as const;
export const OrderTopicSchema = z.enum(ORDER_TOPICS);
export type OrderTopic = z.infer<typeof OrderTopicSchema>;

/** Questions answered without any order details, from the retailer's published policies and the carriers' alerts. */
export const GENERAL_QUESTIONS = ['status_meaning', 'find_order_number', 'delivery_timeframes', 'collection_policy', 'carrier_disruptions'] as const;
/** Questions outside order tracking: answered kindly with where to go instead. */
export const OUT_OF_SCOPE_QUESTIONS = ['returns_question', 'store_hours_question', 'price_match_question', 'stock_question'] as const;
export const QuestionSchema = z.enum([...GENERAL_QUESTIONS, ...OUT_OF_SCOPE_QUESTIONS]);
export type Question = z.infer<typeof QuestionSchema>;
export type OutOfScopeQuestion = (typeof OUT_OF_SCOPE_QUESTIONS)[number];

export const CustomerIntentSchema = z.enum([
  'track_order',
  ...ORDER_TOPICS,
  'find_order_number',
  'delivery_timeframes',
  'collection_policy',
  'carrier_disruptions',
  ...OUT_OF_SCOPE_QUESTIONS,
  'off_topic',
  'another_order',
  'talk_to_person',
  'done',
  'greeting',
  'thanks',
  'affirm',
  'deny',
  'restart',
  'none',
]);
export type CustomerIntent = z.infer<typeof CustomerIntentSchema>;

/** Why a message could not be understood, so the reply can be specific. */
export const NotUnderstoodReasonSchema = z.enum(['empty', 'too_long', 'emoji_only', 'other_language', 'gibberish']);
export type NotUnderstoodReason = z.infer<typeof NotUnderstoodReasonSchema>;

/** The bot's own yes/no questions, as an answer to them is read. */
export const ANSWER_READINGS = ['found_parcel', 'want_remedy', 'confirm_request', 'retry_lookup', 'anything_else'] as const;
export const AnswerReadingSchema = z.enum(ANSWER_READINGS);
export type AnswerReading = z.infer<typeof AnswerReadingSchema>;

/**
 * What the current step is waiting for, so a reply is read as an answer to
 * it first ("nope, asked next door too" after "did you find it?").
 */
export const ExpectationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('details') }),
  z.object({ kind: z.literal('yes_no'), reading: AnswerReadingSchema }),
  z.object({ kind: z.literal('parcel') }),
  z.object({ kind: z.literal('address') }),
  z.object({ kind: z.literal('remedy') }),
  z.object({ kind: z.literal('nothing') }),
]);
export type Expectation = z.infer<typeof ExpectationSchema>;

export const RemedyKindSchema = z.enum(['refund', 'return', 'alternative']);
export type RemedyKind = z.infer<typeof RemedyKindSchema>;

/** One customer message after understanding: what it is about, and the details in it. */
export const UnderstandingSchema = z.object({
  /** The message's main intent, once all of it is read: a goodbye never wins over anything else in it. */
  intent: CustomerIntentSchema,
  confidence: z.number().min(0).max(1),
  /** What the customer wants about their order, wherever in the message they said it. */
  topic: OrderTopicSchema.nullable(),
  /** A general or out-of-scope question asked anywhere in the message. */
  question: QuestionSchema.nullable(),
  /** Thanks said along with (or instead of) anything else. */
  thanks: z.boolean(),
  /** The reply to the bot's own yes/no question, read in its context; null when it is not an answer. */
  answer: z.enum(['yes', 'no']).nullable(),
  /** Normalised with the configured pattern; null when none was found. */
  orderNumber: z.string().nullable(),
  /** Something that looked like an order number but did not fit the pattern. */
  invalidOrderNumber: z.string().nullable(),
  contact: ContactDetailSchema.nullable(),
  /** "same email as before": the contact detail given earlier in the conversation. */
  sameContactAsBefore: z.boolean(),
  /** A delivery address, when the message gives one. */
  address: z.string().nullable(),
  /** Refund, return or alternative, when asked for (not when refused: "I don't want a refund"). */
  remedy: RemedyKindSchema.nullable(),
  /** "I don't want a refund, I want the parcel": no remedy is offered after this. */
  remedyRefused: z.boolean(),
  carriers: z.array(CarrierCodeSchema),
  states: z.array(AuStateSchema),
  zone: DeliveryZoneSchema.nullable(),
  speed: z.enum(['standard', 'express']).nullable(),
  /** Order statuses the message names ("what does picking mean"). */
  statuses: z.array(ShipmentStatusSchema),
  /** Set when the text could not be understood at all. */
  notUnderstood: NotUnderstoodReasonSchema.nullable(),
});
export type Understanding = z.infer<typeof UnderstandingSchema>;

/** An understanding that says nothing beyond its intent; details are added by whoever found them. */
export function plainUnderstanding(intent: CustomerIntent, confidence: number): Understanding {
  return {
    intent,
    confidence,
    topic: null,
    question: null,
    thanks: false,
    answer: null,
    orderNumber: null,
    invalidOrderNumber: null,
    contact: null,
    sameContactAsBefore: false,
    address: null,
    remedy: null,
    remedyRefused: false,
    carriers: [],
    states: [],
    zone: null,
    speed: null,
    statuses: [],
    notUnderstood: null,
  };
}
