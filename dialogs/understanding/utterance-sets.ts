import { z } from 'zod';
import { CustomerIntentSchema } from '../../state-machines/customer-intent';
import answersAndGoodbyes from './training/answers-and-goodbyes.json';
import conversation from './training/conversation.json';
import generalQuestions from './training/general-questions.json';
import orderRequests from './training/order-requests.json';
import orderTracking from './training/order-tracking.json';
import variety from './training/variety.json';

/** Every intent a customer can express in words; 'none' is what is left when none fits. */
export const TrainedIntentSchema = CustomerIntentSchema.exclude(['none']);
export type TrainedIntent = z.infer<typeof TrainedIntentSchema>;

const Utterances = z.array(z.string().trim().min(1));
/* Each file holds some intents; together they must cover every intent (a record over an enum is exhaustive in zod 4). */
const TrainingFileSchema = z.partialRecord(TrainedIntentSchema, Utterances);
/* Enough examples of each intent to generalise, and not so many that one intent drowns the others. */
const TrainingUtterancesSchema = z.record(TrainedIntentSchema, Utterances.min(15).max(80));

export type UtterancesByIntent = Readonly<Record<TrainedIntent, readonly string[]>>;

/**
 * What the classifier is trained on: one file per group of intents
 * (training/), plus variety.json, written separately from the rest for
 * breadth of wording, adding to every intent.
 */
export const trainingUtterances: UtterancesByIntent = TrainingUtterancesSchema.parse(
  [orderTracking, orderRequests, generalQuestions, conversation, answersAndGoodbyes, variety]
    .map((file) => TrainingFileSchema.parse(file))
    .reduce<Partial<Record<TrainedIntent, string[]>>>((all, file) => {
      for (const [intent, utterances] of Object.entries(file) as Array<[TrainedIntent, string[]]>) all[intent] = [...(all[intent] ?? []), ...utterances];
      return all;
    }, {}),
);

export function utterancePairs(set: UtterancesByIntent): Array<{ intent: TrainedIntent; utterance: string }> {
  return TrainedIntentSchema.options.flatMap((intent) => set[intent].map((utterance) => ({ intent, utterance })));
}
