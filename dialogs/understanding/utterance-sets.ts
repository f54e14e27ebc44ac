import { z } from 'zod';
import { CustomerIntentSchema } from '../../state-machines/customer-intent';
import trainingFile from './training-utterances.json';

/** Every intent a customer can express in words; 'none' is what is left when none fits. */
export const TrainedIntentSchema = CustomerIntentSchema.exclude(['none']);
export type TrainedIntent = z.infer<typeof TrainedIntentSchema>;

/* A record over an enum is exhaustive in zod 4: an intent without utterances fails here. */
const TrainingUtterancesSchema = z.record(TrainedIntentSchema, z.array(z.string().trim().min(1)).min(15).max(40));

export type UtterancesByIntent = Readonly<Record<TrainedIntent, readonly string[]>>;

/** What the classifier is trained on. */
export const trainingUtterances: UtterancesByIntent = TrainingUtterancesSchema.parse(trainingFile);

export function utterancePairs(set: UtterancesByIntent): Array<{ intent: TrainedIntent; utterance: string }> {
  return TrainedIntentSchema.options.flatMap((intent) => set[intent].map((utterance) => ({ intent, utterance })));
}
