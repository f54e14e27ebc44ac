import { prepareForModel } from './clause-classifier';
import type { TrainingExample } from './trained-intent-model';
import { trainingUtterances, utterancePairs } from './utterance-sets';

/**
 * The training utterances as the intent model sees them: details, carriers and
 * "yeah nah" masked like a customer's message. A change to the training files
 * or to the cues that mask them changes this, and so the trained model's key.
 */
export function preparedTraining(): TrainingExample[] {
  return utterancePairs(trainingUtterances).map(({ intent, utterance }) => ({ intent, utterance: prepareForModel(utterance) }));
}
