import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { prepareForModel } from '../../../dialogs/understanding/clause-classifier';
import { averagedModel, type IntentModel } from '../../../dialogs/understanding/intent-model';
import { createNaiveBayesModel } from '../../../dialogs/understanding/naive-bayes-model';
import { createNlpJsModel } from '../../../dialogs/understanding/nlpjs-model';
import { preparedTraining } from '../../../dialogs/understanding/prepared-training';
import {
  createIntentModel,
  trainedIntentModel,
  trainingKey,
  writeTrainedIntentModel,
  type TrainingExample,
} from '../../../dialogs/understanding/trained-intent-model';
import { intentSet } from '../../evaluation/evaluation-sets';
import { intentPairs, roundOneIntents } from '../../evaluation/intent-sets';

/*
 * `npm run build` trains the understander's model and start-ups load it: a
 * loaded model must answer every message exactly as one trained on the spot,
 * and a model written for other training data must never be used.
 */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'trained-intent-model-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const evaluationUtterances = [...intentPairs(intentSet('tuning')), ...intentPairs(roundOneIntents)].map(({ utterance }) => prepareForModel(utterance));

describe('the model npm run build writes, loaded at start-up', () => {
  const training = preparedTraining();
  let fresh: IntentModel;
  let loaded: IntentModel;
  let file: string;
  beforeAll(async () => {
    file = path.join(dir, 'full.json');
    const trainedHere = await trainedIntentModel(training, path.join(dir, 'none-written.json'));
    expect(trainedHere.origin).toBe('trained');
    fresh = trainedHere.model;
    expect(await writeTrainedIntentModel(training, file)).toBe('written');
    const fromFile = await trainedIntentModel(training, file);
    expect(fromFile.origin).toBe('loaded');
    loaded = fromFile.model;
  }, 120_000);

  it('classifies every evaluation utterance exactly as a model trained on the spot (same intents, same scores, same order)', async () => {
    expect(evaluationUtterances.length).toBeGreaterThan(300);
    for (const utterance of evaluationUtterances) {
      expect({ utterance, scores: await loaded.classify(utterance) }).toEqual({ utterance, scores: await fresh.classify(utterance) });
    }
  });

  it('corrects typos from the loaded vocabulary as a freshly trained model does ("trackng my ordr")', async () => {
    expect(await loaded.classify('wheres my parcle, trackng my ordr')).toEqual(await fresh.classify('wheres my parcle, trackng my ordr'));
    expect((await loaded.classify('trackng my ordr'))[0]?.intent).toBe((await fresh.classify('tracking my order'))[0]?.intent);
  });

  it('is not trained again by the next build when nothing changed', async () => {
    expect(await writeTrainedIntentModel(training, file)).toBe('up to date');
  });
});

describe('a model written for other training data or settings', () => {
  const track = ['where is my parcel', 'track my order', 'has my order shipped', 'when will my delivery arrive', 'wheres my stuff'];
  const greet = ['hello', 'hi there', 'good morning', 'hey', 'gday'];
  const cancel = ['cancel my order', 'i want to cancel', 'please cancel it', 'stop my order', 'cancel the purchase'];
  const examples = (intent: string, utterances: string[]): TrainingExample[] => utterances.map((utterance) => ({ intent, utterance }));
  const before = [...examples('track', track), ...examples('greet', greet)];
  const after = [...before, ...examples('cancel', cancel)];

  it('is retrained, not loaded, when an utterance was added: the new intent is known', async () => {
    const file = path.join(dir, 'small.json');
    await writeTrainedIntentModel(before, file);
    expect((await trainedIntentModel(before, file)).origin).toBe('loaded');

    const { model, origin } = await trainedIntentModel(after, file);
    expect(origin).toBe('trained');
    expect((await model.classify('please cancel my order'))[0]?.intent).toBe('cancel');
  });

  it('is retrained when an utterance of an intent changed', async () => {
    const file = path.join(dir, 'changed.json');
    await writeTrainedIntentModel(before, file);
    const changed = before.map((example) => (example.utterance === 'hey' ? { ...example, utterance: 'hey there' } : example));
    expect((await trainedIntentModel(changed, file)).origin).toBe('trained');
  });

  it('has another key when a model setting differs (nlp.js spell checking off)', () => {
    const withoutSpelling = averagedModel([createNlpJsModel({ spellCheck: false }), createNaiveBayesModel()]);
    expect(trainingKey(withoutSpelling, before)).not.toBe(trainingKey(createIntentModel(), before));
  });

  it('stops start-up, naming the file, when the file is there but is not a trained model', async () => {
    const file = path.join(dir, 'broken.json');
    writeFileSync(file, '{"key":"not a key","trained":');
    await expect(trainedIntentModel(before, file)).rejects.toThrow(/broken\.json is not a trained intent model; run npm run build again/);
  });

  it('stops start-up when its key matches but what it holds is not what nlp.js and Naive Bayes wrote', async () => {
    const file = path.join(dir, 'tampered.json');
    writeFileSync(file, JSON.stringify({ key: trainingKey(createIntentModel(), before), trained: JSON.stringify(['{}', '[]']) }));
    await expect(trainedIntentModel(before, file)).rejects.toThrow();
  });
});
