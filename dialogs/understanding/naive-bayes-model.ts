import { z } from 'zod';
import type { IntentModel, IntentScore } from './intent-model';
import { textFeatures } from './text-features';

/*
 * wink-naive-bayes-text-classifier ships no type declarations: only the
 * calls made here are declared, and checked when the model is created.
 */
interface WinkClassifier {
  defineConfig(config: { considerOnlyPresence: boolean; smoothingFactor: number }): unknown;
  learn(tokens: string[], label: string): unknown;
  consolidate(): unknown;
  computeOdds(tokens: string[]): unknown;
}

const WinkFactorySchema = z.custom<() => unknown>((value) => typeof value === 'function', 'wink-naive-bayes-text-classifier exports no factory');
const WinkClassifierSchema = z.custom<WinkClassifier>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    ['defineConfig', 'learn', 'consolidate', 'computeOdds'].every((name) => typeof Reflect.get(value, name) === 'function'),
  'unexpected wink-naive-bayes-text-classifier API',
);
/* Log2 odds of each label against the rest, best first; [['unknown', 0]] when no feature was ever seen. */
const OddsSchema = z.array(z.tuple([z.string(), z.number()]));

/*
 * A small smoothing factor: with a few dozen examples per intent, Laplace's
 * add-one drowns the features that tell two intents apart.
 */
const SMOOTHING = 0.1;

/**
 * A Naive Bayes intent model over words, word pairs and letter pieces. Its
 * scores are the classifier's log odds turned into shares that add up to one.
 */
export function createNaiveBayesModel(): IntentModel {
  const factory = WinkFactorySchema.parse(require('wink-naive-bayes-text-classifier'));
  const classifier = WinkClassifierSchema.parse(factory());
  classifier.defineConfig({ considerOnlyPresence: true, smoothingFactor: SMOOTHING });
  return {
    addUtterance(utterance, intent) {
      classifier.learn(textFeatures(utterance), intent);
    },
    async train() {
      classifier.consolidate();
    },
    async classify(utterance) {
      const odds = OddsSchema.parse(classifier.computeOdds(textFeatures(utterance)));
      return shares(odds.filter(([label]) => label !== 'unknown'));
    },
  };
}

function shares(odds: Array<[string, number]>): IntentScore[] {
  if (odds.length === 0) return [];
  const best = Math.max(...odds.map(([, log2Odds]) => log2Odds));
  const weights = odds.map(([intent, log2Odds]) => ({ intent, weight: 2 ** (log2Odds - best) }));
  const total = weights.reduce((sum, { weight }) => sum + weight, 0);
  return weights.map(({ intent, weight }) => ({ intent, score: weight / total })).sort((a, b) => b.score - a.score);
}
