import { createNaiveBayesModel } from '../../../dialogs/understanding/naive-bayes-model';
import type { IntentModel } from '../../../dialogs/understanding/intent-model';

const EXAMPLES: Record<string, string[]> = {
  track: ['where is my parcel', 'track my order', 'has my order shipped', 'when will my delivery arrive'],
  greet: ['hello', 'hi there', 'good morning', 'hey'],
  missing: ['it says delivered but it is not here', 'parcel not here', 'it is not at my door'],
};

async function trained(): Promise<IntentModel> {
  const model = createNaiveBayesModel();
  for (const [intent, utterances] of Object.entries(EXAMPLES)) for (const utterance of utterances) model.addUtterance(utterance, intent);
  await model.train();
  return model;
}

describe('createNaiveBayesModel', () => {
  let model: IntentModel;
  beforeAll(async () => {
    model = await trained();
  });

  it('ranks the intent of a sentence it never saw first, with scores that are shares adding up to one', async () => {
    const scores = await model.classify('where is my order');
    expect(scores.map((s) => s.intent)).toEqual(['track', expect.any(String), expect.any(String)]);
    expect(scores[0]?.score).toBeGreaterThan(0.9);
    expect(scores.reduce((sum, s) => sum + s.score, 0)).toBeCloseTo(1, 10);
    expect(scores.map((s) => s.score)).toEqual([...scores.map((s) => s.score)].sort((a, b) => b - a));
  });

  it('reads typos through their letter pieces ("helo", "trackng my ordr")', async () => {
    expect((await model.classify('helo'))[0]?.intent).toBe('greet');
    expect((await model.classify('trackng my ordr'))[0]?.intent).toBe('track');
  });

  it('reads "the parcel is not here" as missing, though it shares most words with tracking', async () => {
    expect((await model.classify('the parcel is not here')).at(0)?.intent).toBe('missing');
  });

  it('has no reading at all for words and letters it was never taught', async () => {
    expect(await model.classify('zebra xylophone')).toEqual([]);
    expect(await model.classify('')).toEqual([]);
  });
});
