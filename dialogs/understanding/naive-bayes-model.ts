import { z } from 'zod';
import type { IntentModel, IntentScore } from './intent-model';
import { naiveBayesOdds, type LabelOdds } from './naive-bayes-odds';
import { textFeatures } from './text-features';

/*
 * wink-naive-bayes-text-classifier ships no type declarations: only the
 * calls made here are declared, and checked when the model is created.
 */
interface WinkClassifier {
  defineConfig(config: { considerOnlyPresence: boolean; smoothingFactor: number }): unknown;
  learn(tokens: string[], label: string): unknown;
  consolidate(): unknown;
  exportJSON(): string;
  importJSON(json: string): unknown;
}

const WinkFactorySchema = z.custom<() => unknown>((value) => typeof value === 'function', 'wink-naive-bayes-text-classifier exports no factory');
const WinkClassifierSchema = z.custom<WinkClassifier>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    ['defineConfig', 'learn', 'consolidate', 'exportJSON', 'importJSON'].every((name) => typeof Reflect.get(value, name) === 'function'),
  'unexpected wink-naive-bayes-text-classifier API',
);

/*
 * A small smoothing factor: with a few dozen examples per intent, Laplace's
 * add-one drowns the features that tell two intents apart.
 */
const SMOOTHING = 0.1;
const CONFIG = { considerOnlyPresence: true, smoothingFactor: SMOOTHING };

/* Checked in a plain loop: a zod record of numbers copies each of the ~24,000 feature counts, about 30 ms of every start-up. */
const isCounts = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((count) => typeof count === 'number');
const Counts = z.custom<Record<string, number>>(isCounts, 'expected counts by name');
/*
 * What wink's exportJSON writes: [config, samples per label, feature counts
 * per label, features per label, vocabulary]. Its import reads them into plain
 * objects, which is safe only because every feature carries a prefix
 * (text-features.ts): no "w:constructor" is ever found on Object.prototype.
 */
const WinkExportSchema = z.tuple([
  z.object({ considerOnlyPresence: z.literal(CONFIG.considerOnlyPresence), smoothingFactor: z.literal(CONFIG.smoothingFactor) }),
  Counts,
  z.record(z.string(), Counts),
  Counts,
  z.custom<string[]>((value) => Array.isArray(value) && value.every((feature) => typeof feature === 'string'), 'expected the vocabulary'),
]);
const PackageVersionSchema = z.object({ version: z.string() });

/**
 * A Naive Bayes intent model over words, word pairs and letter pieces. Its
 * scores are the classifier's log odds turned into shares that add up to one.
 */
export function createNaiveBayesModel(): IntentModel {
  const factory = WinkFactorySchema.parse(require('wink-naive-bayes-text-classifier'));
  const classifier = WinkClassifierSchema.parse(factory());
  classifier.defineConfig(CONFIG);
  const version = PackageVersionSchema.parse(require('wink-naive-bayes-text-classifier/package.json')).version;
  // wink learns and exports; its learnings are scored by naiveBayesOdds (the same odds, without wink's labels-squared loop).
  let oddsOf: ((tokens: readonly string[]) => LabelOdds) | null = null;
  const scoreFrom = (exported: string) => {
    const [config, samples, count, words, vocabulary] = WinkExportSchema.parse(JSON.parse(exported));
    oddsOf = naiveBayesOdds({ smoothingFactor: config.smoothingFactor, samples, count, words, vocabulary });
  };
  return {
    settings: JSON.stringify({ library: `wink-naive-bayes-text-classifier@${version}`, features: 'textFeatures', config: CONFIG }),
    addUtterance(utterance, intent) {
      classifier.learn(textFeatures(utterance), intent);
    },
    async train() {
      classifier.consolidate();
      scoreFrom(classifier.exportJSON());
    },
    async classify(utterance) {
      if (oddsOf === null) throw new Error('the Naive Bayes model is classifying before it was trained or imported');
      return shares(oddsOf(textFeatures(utterance)).filter(([label]) => label !== 'unknown'));
    },
    exportTrained() {
      return classifier.exportJSON();
    },
    importTrained(trained) {
      scoreFrom(trained);
      classifier.importJSON(trained);
      // An import leaves the labels unset until the learning is consolidated again (cheap: no counting).
      classifier.consolidate();
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
