import type { NotUnderstoodReason, Understanding } from '../../state-machines/customer-intent';
import { isEmojiOnly } from './emoji-only';
import { hasDetails, isOnlyDetails, maskDetails, readDetails, type MessageDetails } from './message-details';
import { createLanguageJudge, type LanguageJudge } from './message-language';
import { createNlpJsModel, type NlpJsModel } from './nlpjs-model';
import { TrainedIntentSchema, trainingUtterances, utterancePairs } from './utterance-sets';
import { resolveYeahNah } from './yeah-nah';

export interface Understander {
  understand(text: string): Promise<Understanding>;
}

export interface UnderstanderOptions {
  /** Whole-string pattern of a normalised order number (see src/domain/order-number.ts). */
  orderNumberPattern: RegExp;
  /** Longer messages are not classified (default 1000 characters). */
  maxMessageLength?: number;
}

export const DEFAULT_MAX_MESSAGE_LENGTH = 1000;

/*
 * Below this the classifier is guessing (nlp.js's own default). On the
 * held-out set the lowest-scoring right answers sit just above it, so a
 * higher bar would turn right answers into 'none'; words the model never
 * saw come back as nlp.js's None whatever the bar.
 */
export const MIN_INTENT_CONFIDENCE = 0.5;

const NO_DETAILS: MessageDetails = { orderNumber: null, invalidOrderNumber: null, contact: null };

/** Trains the classifier on training-utterances.json (once, here) and returns an understander using it. */
export async function createUnderstander(options: UnderstanderOptions): Promise<Understander> {
  const training = utterancePairs(trainingUtterances).map(({ intent, utterance }) => ({
    intent,
    utterance: prepareForModel(utterance),
  }));
  const model = createNlpJsModel({ spellCheck: true });
  for (const { intent, utterance } of training) model.addUtterance(utterance, intent);
  await model.train();
  const language = createLanguageJudge(training.map(({ utterance }) => utterance));
  const maxLength = options.maxMessageLength ?? DEFAULT_MAX_MESSAGE_LENGTH;
  return {
    understand: async (text) => understandMessage(text, { model, language, maxLength, pattern: options.orderNumberPattern }),
  };
}

interface Context {
  model: NlpJsModel;
  language: LanguageJudge;
  maxLength: number;
  pattern: RegExp;
}

async function understandMessage(text: string, { model, language, maxLength, pattern }: Context): Promise<Understanding> {
  const trimmed = text.trim();
  if (trimmed === '') return notUnderstood('empty', NO_DETAILS);
  // Details are still read from the start of an over-long message: a pasted e-mail often carries the order number.
  if (trimmed.length > maxLength) return notUnderstood('too_long', readDetails(trimmed.slice(0, maxLength), pattern));
  if (isEmojiOnly(trimmed)) return notUnderstood('emoji_only', NO_DETAILS);

  const details = readDetails(trimmed, pattern);
  // Nothing but an order number or contact detail: the customer is answering "which order?".
  if (hasDetails(details) && isOnlyDetails(trimmed)) {
    return { intent: 'track_order', confidence: 1, ...details, notUnderstood: null };
  }

  const masked = maskDetails(trimmed);
  if (language.isOtherLanguage(masked)) return notUnderstood('other_language', details);

  const [best] = await model.classify(prepareForModel(trimmed));
  const intent = TrainedIntentSchema.safeParse(best?.intent);
  if (best !== undefined && intent.success && best.score >= MIN_INTENT_CONFIDENCE) {
    return { intent: intent.data, confidence: best.score, ...details, notUnderstood: null };
  }
  const gibberish = !hasDetails(details) && language.isGibberish(masked);
  return { intent: 'none', confidence: 0, ...details, notUnderstood: gibberish ? 'gibberish' : null };
}

/* Training utterances and messages go through the same steps, so the model sees both alike. */
function prepareForModel(text: string): string {
  return resolveYeahNah(maskDetails(text));
}

function notUnderstood(reason: NotUnderstoodReason, details: MessageDetails): Understanding {
  return { intent: 'none', confidence: 0, ...details, notUnderstood: reason };
}
