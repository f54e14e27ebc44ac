/**
 * The log2 odds wink-naive-bayes-text-classifier's `computeOdds` gives, worked
 * out from its exported learnings in one pass over the labels. wink sums the
 * counts of every other label for each feature of each label (labels squared
 * times features: about 5 ms for a sentence against this project's thirty-odd
 * intents, three quarters of reading a message); here the totals over all
 * labels are summed once, and "every other label" is the total less the
 * label's own. Counts are whole numbers, so the differences are exact and the
 * odds are the same numbers wink computes, in the same order (a test compares
 * them on every evaluation utterance).
 */
export interface NaiveBayesLearnings {
  smoothingFactor: number;
  /** Training samples per label, in the order wink learnt the labels. */
  samples: Record<string, number>;
  /** Feature counts per label. */
  count: Record<string, Record<string, number>>;
  /** Features counted per label. */
  words: Record<string, number>;
  vocabulary: readonly string[];
}

export type LabelOdds = Array<[string, number]>;

interface LabelTotals {
  label: string;
  counts: Record<string, number>;
  /** log2 of the label's smoothed feature total, and of every other label's. */
  logWords: number;
  logOtherWords: number;
  /** log2 of the label's prior against the rest. */
  logPrior: number;
  logOtherPrior: number;
}

export function naiveBayesOdds(learnings: NaiveBayesLearnings): (tokens: readonly string[]) => LabelOdds {
  const smoothing = learnings.smoothingFactor;
  if (!(smoothing > 0)) throw new Error('naiveBayesOdds: only a smoothed model (smoothingFactor > 0) is supported');
  const vocabulary = new Set(learnings.vocabulary);
  const smoothedVocabulary = vocabulary.size * smoothing;
  const labels = Object.keys(learnings.samples);
  const totalOf = (values: Record<string, number>) => labels.reduce((sum, label) => sum + (values[label] ?? 0), 0);
  const allSamples = totalOf(learnings.samples);
  const allWords = totalOf(learnings.words);
  const featureTotals = new Map<string, number>();
  for (const label of labels) {
    for (const [feature, n] of Object.entries(learnings.count[label] ?? {})) featureTotals.set(feature, (featureTotals.get(feature) ?? 0) + n);
  }
  const totals: LabelTotals[] = labels.map((label) => {
    const samples = learnings.samples[label] ?? 0;
    const words = learnings.words[label] ?? 0;
    return {
      label,
      counts: learnings.count[label] ?? {},
      logWords: Math.log2(words + smoothedVocabulary),
      logOtherWords: Math.log2(allWords - words + smoothedVocabulary),
      logPrior: Math.log2(samples) - Math.log2(allSamples),
      logOtherPrior: Math.log2(allSamples - samples) - Math.log2(allSamples),
    };
  });

  return (tokens) => {
    const known = tokens.filter((token) => vocabulary.has(token));
    const odds: LabelOdds = totals.map((t) => {
      if (known.length === 0) return [t.label, 0];
      let likelihood = 0;
      let inverse = 0;
      for (const token of known) {
        const own = t.counts[token] ?? 0;
        likelihood += Math.log2(own + smoothing) - t.logWords;
        // As wink does: once the likelihood is 0 nothing is added to the inverse (with smoothing it never is).
        inverse += likelihood === 0 ? 0 : Math.log2((featureTotals.get(token) ?? 0) - own + smoothing) - t.logOtherWords;
      }
      if (likelihood !== 0) {
        likelihood += t.logPrior;
        inverse += t.logOtherPrior;
      }
      return [t.label, likelihood - inverse];
    });
    // wink's sort: descending, ties kept in label order (Array#sort is stable).
    odds.sort((a, b) => (b[1] > a[1] ? 1 : b[1] === a[1] ? 0 : -1));
    return odds[0]?.[1] ? odds : [['unknown', 0]];
  };
}
