import { averagedModel, type IntentModel, type IntentScore } from '../../../dialogs/understanding/intent-model';
import { createNaiveBayesModel } from '../../../dialogs/understanding/naive-bayes-model';
import { createNlpJsModel } from '../../../dialogs/understanding/nlpjs-model';

/**
 * The models the understander averages (nlp.js and Naive Bayes), trained
 * through the average: the average is checked against what each of them
 * says on its own.
 */
const TRAINING: Array<[string, string]> = [
  ...['where is my parcel', 'track my order', 'has my order shipped', 'when will my delivery arrive'].map((u): [string, string] => [u, 'track']),
  ...['hello', 'hi there', 'good morning', 'hey'].map((u): [string, string] => [u, 'greet']),
  ...['thanks', 'thank you so much', 'cheers'].map((u): [string, string] => [u, 'thanks']),
];

const scoreOf = (scores: IntentScore[], intent: string) => scores.find((s) => s.intent === intent)?.score ?? 0;

describe('averagedModel', () => {
  let nlp: IntentModel;
  let bayes: IntentModel;
  let average: IntentModel;
  beforeAll(async () => {
    nlp = createNlpJsModel({ spellCheck: false });
    bayes = createNaiveBayesModel();
    average = averagedModel([nlp, bayes]);
    for (const [utterance, intent] of TRAINING) average.addUtterance(utterance, intent);
    await average.train();
  });

  it('trains every model it averages', async () => {
    expect((await nlp.classify('where is my order'))[0]?.intent).toBe('track');
    expect((await bayes.classify('where is my order'))[0]?.intent).toBe('track');
  });

  it.each(['where is my order', 'trackng my ordr', 'helo', 'thanks heaps'])('gives each intent the mean of the two scores for "%s", best first', async (text) => {
    const [fromNlp, fromBayes, averaged] = await Promise.all([nlp.classify(text), bayes.classify(text), average.classify(text)]);
    const intents = new Set([...fromNlp, ...fromBayes].map((s) => s.intent));
    expect(new Set(averaged.map((s) => s.intent))).toEqual(intents);
    for (const intent of intents) expect(scoreOf(averaged, intent)).toBeCloseTo((scoreOf(fromNlp, intent) + scoreOf(fromBayes, intent)) / 2, 10);
    expect(averaged.map((s) => s.score)).toEqual([...averaged.map((s) => s.score)].sort((a, b) => b - a));
  });

  it('still reads a typo nlp.js cannot ("helo"), with only half the certainty of the Naive Bayes model', async () => {
    expect((await nlp.classify('helo'))[0]?.intent).toBe('None');
    const averaged = await average.classify('helo');
    expect(scoreOf(averaged, 'greet')).toBeGreaterThan(0.4);
    expect(scoreOf(averaged, 'greet')).toBeLessThan(scoreOf(await bayes.classify('helo'), 'greet'));
  });
});
