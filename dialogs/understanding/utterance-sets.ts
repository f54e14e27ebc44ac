import { z } from 'zod';
import { CustomerIntentSchema } from '../../state-machines/customer-intent';
import answersAndGoodbyes from './training/answers-and-goodbyes.json';
import conversation from './training/conversation.json';
import generalQuestions from './training/general-questions.json';
import orderRequests from './training/order-requests.json';
import orderTracking from './training/order-tracking.json';

/** Every intent a customer can express in words; 'none' is what is left when none fits. */
export const TrainedIntentSchema = CustomerIntentSchema.exclude(['none']);
export type TrainedIntent = z.infer<typeof TrainedIntentSchema>;

/* A record over an enum is exhaustive in zod 4: an intent without utterances fails here. */
const TrainingUtterancesSchema = z.record(TrainedIntentSchema, z.array(z.string().trim().min(1)).min(15).max(40));

export type UtterancesByIntent = Readonly<Record<TrainedIntent, readonly string[]>>;

/** What the classifier is trained on, kept in one file per group of intents (training/). */
export const trainingUtterances: UtterancesByIntent = TrainingUtterancesSchema.parse({
  ...orderTracking,
  ...orderRequests,
  ...generalQuestions,
  ...conversation,
  ...answersAndGoodbyes,
});

export function utterancePairs(set: UtterancesByIntent): Array<{ intent: TrainedIntent; utterance: string }> {
  return TrainedIntentSchema.options.flatMap((intent) => set[intent].map((utterance) => ({ intent, utterance })));
}
