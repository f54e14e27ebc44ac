import { z } from 'zod';
import { TrainedIntentSchema, type TrainedIntent } from '../../dialogs/understanding/utterance-sets';
import roundOneFile from './intents-round-1.json';

/**
 * Intent sets that measure the classifier and are never trained on.
 *
 * `intents-round-1.json` was the first round's held-out set. Part of it was
 * read while this round's understanding was planned, so it is reported as a
 * seen set; `intents-held-out.json` (written by someone else before any
 * tuning, never read since) is the held-out measure.
 */
const IntentSetSchema = z.partialRecord(TrainedIntentSchema, z.array(z.string().trim().min(1)).min(5));
export type IntentSet = Partial<Record<TrainedIntent, readonly string[]>>;

export const roundOneIntents: IntentSet = IntentSetSchema.parse(roundOneFile);

export function intentPairs(set: IntentSet): Array<{ intent: TrainedIntent; utterance: string }> {
  return TrainedIntentSchema.options.flatMap((intent) => (set[intent] ?? []).map((utterance) => ({ intent, utterance })));
}
