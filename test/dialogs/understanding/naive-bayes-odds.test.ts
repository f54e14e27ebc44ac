import { naiveBayesOdds } from '../../../dialogs/understanding/naive-bayes-odds';
import { prepareForModel } from '../../../dialogs/understanding/clause-classifier';
import { preparedTraining } from '../../../dialogs/understanding/prepared-training';
import { textFeatures } from '../../../dialogs/understanding/text-features';
import { intentSet } from '../../evaluation/evaluation-sets';
import { intentPairs, roundOneIntents } from '../../evaluation/intent-sets';

/* wink itself is the oracle: the odds must be its odds, number for number and in its order. */
interface Wink {
  defineConfig(config: object): unknown;
  learn(tokens: string[], label: string): unknown;
  consolidate(): unknown;
  computeOdds(tokens: string[]): Array<[string, number]>;
  exportJSON(): string;
}
// wink ships no type declarations: the interface above declares what this test calls.
const winkFactory = require('wink-naive-bayes-text-classifier') as () => Wink;

function trainedWink(examples: ReadonlyArray<{ utterance: string; intent: string }>, config = { considerOnlyPresence: true, smoothingFactor: 0.1 }): Wink {
  const wink = winkFactory();
  wink.defineConfig(config);
  for (const { utterance, intent } of examples) wink.learn(textFeatures(utterance), intent);
  wink.consolidate();
  return wink;
}

function learningsOf(wink: Wink) {
  const [config, samples, count, words, vocabulary] = JSON.parse(wink.exportJSON()) as [
    { smoothingFactor: number },
    Record<string, number>,
    Record<string, Record<string, number>>,
    Record<string, number>,
    string[],
  ];
  return { smoothingFactor: config.smoothingFactor, samples, count, words, vocabulary };
}

describe('naiveBayesOdds', () => {
  const training = preparedTraining();
  const wink = trainedWink(training);
  const odds = naiveBayesOdds(learningsOf(wink));

  test('gives exactly wink\'s odds, in wink\'s order, for every training, round-1 and tuning utterance', () => {
    const utterances = [
      ...training.map((t) => t.utterance),
      ...intentPairs(roundOneIntents).map((p) => prepareForModel(p.utterance)),
      ...Object.values(intentSet('tuning')).flat().map(prepareForModel),
      'zzz qqq',
      '',
    ];
    const differing = utterances.filter((u) => JSON.stringify(odds(textFeatures(u))) !== JSON.stringify(wink.computeOdds(textFeatures(u))));
    expect(differing).toEqual([]);
    expect(utterances.length).toBeGreaterThan(1000);
  });

  test('a message with no feature ever seen is "unknown", as wink says', () => {
    expect(odds(['w:zzqqx'])).toEqual([['unknown', 0]]);
    expect(wink.computeOdds(['w:zzqqx'])).toEqual([['unknown', 0]]);
  });

  test('only a smoothed model is scored (the unsmoothed formula is not reproduced)', () => {
    const unsmoothed = learningsOf(trainedWink(training.slice(0, 200), { considerOnlyPresence: true, smoothingFactor: 0 }));
    expect(() => naiveBayesOdds(unsmoothed)).toThrow(/smoothingFactor > 0/);
  });
});
