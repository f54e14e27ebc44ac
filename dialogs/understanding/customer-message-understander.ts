import { defaultPostcodeZoneRules, zoneForPostcode } from '../../src/domain/delivery-zone';
import type { DeliveryZone } from '../../src/domain/order';
import {
  plainUnderstanding,
  type CustomerIntent,
  type Expectation,
  type NotUnderstoodReason,
  type Understanding,
} from '../../state-machines/customer-intent';
import { readAnswer } from './answer-reader';
import { classifyClauses } from './clause-classifier';
import { splitClauses } from './clauses';
import { refersToEarlierContact } from './contact-reference';
import { findDeliveryAddress } from './delivery-address';
import { isEmojiOnly } from './emoji-only';
import { combineClauseIntents } from './intent-combiner';
import { readMentions, type Mentions } from './mentions';
import { hasDetails, isOnlyPlaceholders, maskDetails, readDetails, type MessageDetails } from './message-details';
import { isAcknowledgement } from './acknowledgement';
import { asksPlainlyForPerson } from './person-request';
import { asksHowLongDeliveryTakes } from './delivery-wait';
import { asksAboutADisruption } from './disruption-question';
import { asksHowAStatusWorks, asksWhatItMeans, policyAskedBeforeOrdering } from './policy-question';
import { asksForTracking } from './tracking-request';
import { isQuestionForm } from '../../state-machines/question-form';
import { createLanguageJudge, type LanguageJudge } from './message-language';
import type { IntentModel } from './intent-model';
import { worriesAboutParcel } from './parcel-worry';
import { remedyAskedFor, remedyRefused } from './remedy-request';
import { preparedTraining } from './prepared-training';
import { trainedIntentModel } from './trained-intent-model';

/** What the bot is waiting for when the message arrives; a reply is read against it first. */
export interface UnderstandingContext {
  expecting: Expectation;
}

export interface Understander {
  understand(text: string, context?: UnderstandingContext): Promise<Understanding>;
}

export interface UnderstanderOptions {
  /** Whole-string pattern of a normalised order number (see src/domain/order-number.ts). */
  orderNumberPattern: RegExp;
  /** Longer messages are not read past this (default 8000 characters: a pasted e-mail is still understood). */
  maxMessageLength?: number;
  /** The deployment's postcode table, for "how long to 0872?"; the built-in table by default. */
  zoneOfPostcode?: (postcode: string) => DeliveryZone;
}

export const DEFAULT_MAX_MESSAGE_LENGTH = 8000;

interface Reader {
  model: IntentModel;
  language: LanguageJudge;
  maxLength: number;
  pattern: RegExp;
  zoneOfPostcode: (postcode: string) => DeliveryZone;
}

/** Loads the classifier `npm run build` trained on training/*.json, or trains it here when there is none for this data, and returns an understander using it. */
export async function createUnderstander(options: UnderstanderOptions): Promise<Understander> {
  const training = preparedTraining();
  const { model } = await trainedIntentModel(training);
  const reader: Reader = {
    model,
    language: createLanguageJudge(training.map(({ utterance }) => utterance)),
    maxLength: options.maxMessageLength ?? DEFAULT_MAX_MESSAGE_LENGTH,
    pattern: options.orderNumberPattern,
    zoneOfPostcode: options.zoneOfPostcode ?? ((postcode) => zoneForPostcode(postcode, defaultPostcodeZoneRules)),
  };
  return { understand: (text, context) => understandMessage(text, context?.expecting ?? { kind: 'nothing' }, reader) };
}

const NO_DETAILS: MessageDetails = { orderNumber: null, invalidOrderNumber: null, contact: null };
const NO_MENTIONS: Mentions = { carriers: [], states: [], zone: null, speed: null, statuses: [] };
/* The classifier's masking takes any number of three digits or more for a reference; mentions are read with postcodes kept. */
const POSSIBLE_POSTCODE = /(?<!\d)\d{4}(?!\d)/;
/* Social moves that must never win over details in the same message: "thanks, 4000123456 sam@example.com". */
const SAYS_NOTHING_ABOUT_AN_ORDER = new Set(['done', 'thanks', 'greeting', 'affirm', 'deny', 'off_topic', 'none']);

const MIN_CONFIDENCE_BESIDE_DETAILS = 0.6;
const SAME_CUSTOMER = /\b(?:same|the same) (?:person|customer|account|details|name|guy|lady)\b/i;
const PROBLEMS: ReadonlySet<CustomerIntent> = new Set([
  'delivered_not_received',
  'parcel_delayed',
  'tracking_not_updating',
  'no_tracking_yet',
  'wrong_address',
  'marketplace_question',
  'wants_remedy',
]);
const isProblem = (intent: CustomerIntent): boolean => PROBLEMS.has(intent);
const SMALL_TALK = new Set(['done', 'thanks', 'greeting', 'off_topic']);

async function understandMessage(text: string, expecting: Expectation, reader: Reader): Promise<Understanding> {
  const trimmed = text.trim();
  if (trimmed === '') return notUnderstood('empty', NO_DETAILS);
  // Details are still read from the start of an over-long message: a pasted e-mail often carries the order number.
  if (trimmed.length > reader.maxLength) return notUnderstood('too_long', readDetails(trimmed.slice(0, reader.maxLength), reader.pattern));
  if (isEmojiOnly(trimmed)) return notUnderstood('emoji_only', NO_DETAILS);

  const details = readDetails(trimmed, reader.pattern);
  const masked = maskDetails(trimmed);
  // The message most turns open with ("4000123456 sam@example.com"): its placeholders name no carrier, place or status.
  const onlyDetails = isOnlyPlaceholders(masked);
  const found: Understanding = {
    ...plainUnderstanding('none', 0),
    ...details,
    ...(onlyDetails ? NO_MENTIONS : readMentions(POSSIBLE_POSTCODE.test(trimmed) ? maskDetails(trimmed, { keepPostcodes: true }) : masked, reader.zoneOfPostcode)),
    sameContactAsBefore: refersToEarlierContact(trimmed),
    address: findDeliveryAddress(trimmed),
    remedy: remedyAskedFor(trimmed),
    remedyRefused: remedyRefused(trimmed),
    answer:
      expecting.kind === 'yes_no'
        ? readAnswer(trimmed, expecting.reading)
        : expecting.kind === 'address'
          ? readAnswer(trimmed, 'confirm_request')
          : null,
  };
  // Nothing but an order number or contact detail ("same email as before" too): the customer is answering "which order?".
  if ((hasDetails(details) || found.sameContactAsBefore) && onlyDetails) return { ...found, intent: 'track_order', confidence: 1 };
  if (reader.language.isOtherLanguage(masked)) return { ...found, notUnderstood: 'other_language' };

  const { clauses, whole } = await classifyClauses(reader.model, trimmed);
  const { stated, ...combined } = combineClauseIntents(clauses, whole);
  const understanding: Understanding = { ...found, ...combined, answer: found.answer ?? bareAnswer(combined.intent, expecting) };
  // After "would you like a refund?", "nah, I'll wait a few more days" is a no to that, not a goodbye the classifier guessed.
  if (understanding.intent === 'done' && !stated && understanding.answer !== null && asksMoreThanAnythingElse(expecting)) {
    return { ...understanding, intent: understanding.answer === 'yes' ? 'affirm' : 'deny' };
  }
  const mentionsOrder = hasDetails(details) || found.sameContactAsBefore;
  // "also 4000123478, same person sam@…": the same customer, not a request for a person.
  if (understanding.intent === 'talk_to_person' && SAME_CUSTOMER.test(trimmed) && !asksPlainlyForPerson(trimmed)) {
    return { ...understanding, intent: mentionsOrder ? 'track_order' : 'none', confidence: mentionsOrder ? 0.5 : 0 };
  }
  // "will the queensland floods affect my order? 4000…", "how much longer will the flooding hold it up?": the carriers' alerts answer it, for that order once found.
  if (!stated && understanding.question !== 'carrier_disruptions' && asksAboutADisruption(trimmed, isQuestionForm(trimmed), found.carriers.length > 0)) {
    return { ...understanding, intent: mentionsOrder ? 'track_order' : 'carrier_disruptions', question: 'carrier_disruptions', topic: null, confidence: MIN_CONFIDENCE_BESIDE_DETAILS };
  }
  if (mentionsOrder && SAYS_NOTHING_ABOUT_AN_ORDER.has(understanding.intent)) {
    return { ...understanding, intent: 'track_order', confidence: Math.max(understanding.confidence, 0.5) };
  }
  // Beside the details, a question the models are unsure of is no question: "try my phone then, 08 5550 1234" is the details.
  // A problem is kept however it was read: it is why the customer wrote.
  if (mentionsOrder && !stated && understanding.confidence < MIN_CONFIDENCE_BESIDE_DETAILS && !isProblem(understanding.intent)) {
    const topic = understanding.topic === understanding.intent ? null : understanding.topic;
    const question = understanding.question === understanding.intent ? null : understanding.question;
    return { ...understanding, intent: 'track_order', confidence: 0.5, topic, question };
  }
  // "if I order click and collect this morning, when can I grab it?": an order not yet placed, so the policy answers it, not a lookup.
  const policy = mentionsOrder ? null : policyAskedBeforeOrdering(trimmed);
  if (policy !== null && !stated) {
    return { ...understanding, intent: policy, question: policy, topic: null, confidence: MIN_CONFIDENCE_BESIDE_DETAILS };
  }
  // "my click n collect says ready to collect, does that mean i can just rock up now?": what a status named means, asked as such.
  if (!mentionsOrder && !stated && found.statuses.length > 0 && asksWhatItMeans(trimmed) && understanding.question !== 'status_meaning') {
    return { ...understanding, intent: 'status_meaning', question: 'status_meaning', topic: null, confidence: MIN_CONFIDENCE_BESIDE_DETAILS };
  }
  // "does a cancelled order get refunded automatically?": how that status works (its meaning says the refund is automatic), not a request for a refund.
  if (!mentionsOrder && found.remedy === 'refund' && understanding.topic === 'wants_remedy' && asksHowAStatusWorks(trimmed, found.statuses.length)) {
    return { ...understanding, intent: 'status_meaning', question: 'status_meaning', topic: null, confidence: MIN_CONFIDENCE_BESIDE_DETAILS };
  }
  // "4000123466 … how much longer will they keep it for me": a collection question told with an order's details is about that order.
  if (mentionsOrder && understanding.topic === null && understanding.question === 'collection_policy') {
    return { ...understanding, topic: 'click_and_collect' };
  }
  // A street address is never small talk: "14 Riley St, Surry Hills" read as a goodbye would lose it.
  if (found.address !== null && SMALL_TALK.has(understanding.intent)) {
    return { ...understanding, intent: 'none', confidence: 0 };
  }
  // "I don't want a refund, I want my vacuum": a refused remedy is never a request for one, whatever the models made of "I want".
  if (found.remedyRefused && found.remedy === null && (understanding.intent === 'wants_remedy' || understanding.topic === 'wants_remedy')) {
    const intent = understanding.intent === 'wants_remedy' ? 'track_order' : understanding.intent;
    return { ...understanding, intent, topic: null };
  }
  // With the remedies on screen, "a return" picks one; it is no question about returns.
  if (expecting.kind === 'remedy' && found.remedy !== null) {
    return { ...understanding, topic: 'wants_remedy', question: null, intent: 'wants_remedy' };
  }
  // "refund please" with nothing else in it is a request for one, whatever the classifier made of it.
  if (understanding.topic === null && understanding.question === null && found.remedy !== null) {
    return { ...understanding, topic: 'wants_remedy', intent: understanding.intent === 'none' ? 'wants_remedy' : understanding.intent };
  }
  // "can i pay for express out there?": a delivery speed named in a question the models could not place is a question about timeframes.
  if (understanding.intent === 'none' && found.speed !== null && trimmed.endsWith('?') && !mentionsOrder) {
    return { ...understanding, intent: 'delivery_timeframes', question: 'delivery_timeframes', confidence: MIN_CONFIDENCE_BESIDE_DETAILS };
  }
  // "hi im in broome, is it normal for stuff to take ages to get here": a place named in a question about how long things take asks about timeframes.
  if (!mentionsOrder && understanding.topic === null && understanding.question === null && found.zone !== null && UNPLACED.has(understanding.intent) && asksHowLongDeliveryTakes(trimmed)) {
    return { ...understanding, intent: 'delivery_timeframes', question: 'delivery_timeframes', confidence: MIN_CONFIDENCE_BESIDE_DETAILS };
  }
  // "and the tracking number for that one?": what the models could not place, or read as a yes, asks for the tracking.
  if (understanding.topic === null && understanding.question === null && UNPLACED.has(understanding.intent) && asksForTracking(trimmed)) {
    return { ...understanding, intent: 'which_carrier', topic: 'which_carrier', answer: null, confidence: MIN_CONFIDENCE_BESIDE_DETAILS };
  }
  // Once the order is explained, "ok so it's not lost?" asks whether it will come: the delay branch answers that.
  if (followsAnExplainedOrder(expecting) && understanding.topic === null && WORRY_CAN_LEAD.has(understanding.intent) && worriesAboutParcel(trimmed)) {
    return { ...understanding, intent: 'parcel_delayed', topic: 'parcel_delayed', question: null, confidence: 0.9 };
  }
  // "right, i'll wait in then", "fair enough": taken in, nothing asked; after "anything else?" it is no yes to more either.
  if (!mentionsOrder && !stated && (expecting.kind === 'nothing' || followsAnExplainedOrder(expecting)) && isAcknowledgement(trimmed)) {
    return { ...understanding, intent: 'affirm', topic: null, question: null, answer: null, confidence: 0.9 };
  }
  // "sweet cheers bye. oh hang on, where did they leave it?", "sweet, which store was it again": a goodbye never wins over a question.
  if (understanding.intent === 'done' && isQuestionForm(trimmed) && (!stated || splitClauses(trimmed).length >= 2)) {
    return { ...understanding, intent: 'none', confidence: 0, answer: null };
  }
  // "thanks! do i need to be home for it?": a question after the thanks that the models placed nowhere is still a question, not thanks alone.
  if (understanding.intent === 'thanks' && asksAfterTheThanks(trimmed)) {
    return { ...understanding, intent: 'none', confidence: 0 };
  }
  if (understanding.intent === 'none' && !hasDetails(details) && reader.language.isGibberish(masked)) {
    return { ...understanding, notUnderstood: 'gibberish' };
  }
  return understanding;
}

/* What a question about how long delivery takes, or for the tracking, outranks: nothing the models were sure of besides small talk. */
const UNPLACED: ReadonlySet<CustomerIntent> = new Set(['none', 'greeting', 'thanks', 'affirm', 'deny']);
/* What a worry about the parcel outranks: a guess at tracking, a bare answer, thanks said with it, or a general question read into "what happens if it doesn't come". */
const WORRY_CAN_LEAD: ReadonlySet<CustomerIntent> = new Set(['none', 'track_order', 'affirm', 'deny', 'thanks', 'greeting', 'status_meaning', 'collection_policy', 'delivery_timeframes']);
const followsAnExplainedOrder = (expecting: Expectation): boolean => expecting.kind === 'yes_no' && expecting.reading === 'anything_else';
const asksMoreThanAnythingElse = (expecting: Expectation): boolean => expecting.kind === 'yes_no' && expecting.reading !== 'anything_else';

/* The last of several clauses is a question: "cheers, will they leave it if nobody's home?". */
function asksAfterTheThanks(text: string): boolean {
  const clauses = splitClauses(text);
  return clauses.length >= 2 && text.endsWith('?');
}

/* With no yes/no question on the table, "yep" and "nah" still answer whatever was last asked (a retry, say). */
function bareAnswer(intent: Understanding['intent'], expecting: Expectation): Understanding['answer'] {
  if (expecting.kind === 'yes_no') return null;
  return intent === 'affirm' ? 'yes' : intent === 'deny' ? 'no' : null;
}

function notUnderstood(reason: NotUnderstoodReason, details: MessageDetails): Understanding {
  return { ...plainUnderstanding('none', 0), ...details, notUnderstood: reason };
}
