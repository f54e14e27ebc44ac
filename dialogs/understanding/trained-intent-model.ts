import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { readBuildOutput, writeBuildOutput } from '../../src/config/build-output';
import { averagedModel, type IntentModel } from './intent-model';
import { createNaiveBayesModel } from './naive-bayes-model';
import { createNlpJsModel } from './nlpjs-model';

/*
 * Training nlp.js's network is most of the bot's start-up, and it learns the
 * same thing every time from the same utterances. `npm run build` trains once
 * and writes what was learnt beside the compiled code; a start-up loads it when
 * its key (a hash of the prepared utterances and of each model's library,
 * version and settings) still matches, and trains otherwise: under tsx
 * (`npm run dev`, tests) there is no file, and after a change to the training
 * data or the cues the key differs.
 */

export interface TrainingExample {
  intent: string;
  utterance: string;
}

/** Where `npm run build` writes the trained model: beside this module's compiled code in dist/. */
export const TRAINED_INTENT_MODEL_FILE = path.join(__dirname, 'trained-intent-model.json');

const TrainedFileSchema = z.object({ key: z.string().regex(/^[0-9a-f]{64}$/), trained: z.string() });

export type ModelOrigin = 'loaded' | 'trained';

/** The understander's model: nlp.js (spell checking on) averaged with Naive Bayes, not yet trained. */
export function createIntentModel(): IntentModel {
  return averagedModel([createNlpJsModel({ spellCheck: true }), createNaiveBayesModel()]);
}

export function trainingKey(model: IntentModel, training: readonly TrainingExample[]): string {
  return createHash('sha256')
    .update(JSON.stringify({ settings: model.settings, training: training.map(({ intent, utterance }) => [intent, utterance]) }))
    .digest('hex');
}

/**
 * The model trained on `training`: loaded from `file` when it was written for
 * exactly this training and these settings, else trained here. A missing file
 * means train; a file that is there but unreadable or not what the build
 * writes stops start-up, since the build that wrote it is broken.
 */
export async function trainedIntentModel(
  training: readonly TrainingExample[],
  file: string = TRAINED_INTENT_MODEL_FILE,
): Promise<{ model: IntentModel; origin: ModelOrigin }> {
  const model = createIntentModel();
  const saved = readSaved(file);
  if (saved !== null && saved.key === trainingKey(model, training)) {
    model.importTrained(saved.trained);
    return { model, origin: 'loaded' };
  }
  await train(model, training);
  return { model, origin: 'trained' };
}

/** Trains and writes the model for `training` to `file`, unless the file there already has its key. */
export async function writeTrainedIntentModel(training: readonly TrainingExample[], file: string): Promise<'written' | 'up to date'> {
  const model = createIntentModel();
  const key = trainingKey(model, training);
  if (readSaved(file)?.key === key) return 'up to date';
  await train(model, training);
  writeBuildOutput(file, { key, trained: model.exportTrained() });
  return 'written';
}

async function train(model: IntentModel, training: readonly TrainingExample[]): Promise<void> {
  for (const { intent, utterance } of training) model.addUtterance(utterance, intent);
  await model.train();
}

function readSaved(file: string): z.infer<typeof TrainedFileSchema> | null {
  return readBuildOutput(file, TrainedFileSchema, 'a trained intent model');
}
