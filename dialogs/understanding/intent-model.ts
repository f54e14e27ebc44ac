import { z } from 'zod';

/** An intent classifier: trained on example utterances, then asked for intents best first. */
export interface IntentModel {
  /** The library, its version and the settings: what else, beside the utterances, decides what training produces. */
  readonly settings: string;
  addUtterance(utterance: string, intent: string): void;
  train(): Promise<void>;
  /** Intents best first, scores between 0 and 1; nlp.js also reports 'None' when nothing fits. */
  classify(utterance: string): Promise<IntentScore[]>;
  /** What training learnt, as text that `importTrained` of a model with the same settings takes instead of training. */
  exportTrained(): string;
  /** Throws when the text is not what `exportTrained` writes. */
  importTrained(trained: string): void;
}

export interface IntentScore {
  intent: string;
  score: number;
}

/**
 * Several models asked together, their scores averaged. nlp.js's network
 * is often sure of a wrong intent for a short message it has not seen; a
 * Naive Bayes model over letter pieces errs differently, and the average is
 * right more often than either (see the README's evaluation) and less often
 * sure when it is wrong.
 */
export function averagedModel(models: readonly IntentModel[]): IntentModel {
  const EachModelSchema = z.array(z.string()).length(models.length);
  return {
    settings: JSON.stringify({ averaged: models.map((model) => model.settings) }),
    addUtterance(utterance, intent) {
      for (const model of models) model.addUtterance(utterance, intent);
    },
    async train() {
      await Promise.all(models.map((model) => model.train()));
    },
    async classify(utterance) {
      const totals = new Map<string, number>();
      for (const model of models) {
        for (const { intent, score } of await model.classify(utterance)) totals.set(intent, (totals.get(intent) ?? 0) + score / models.length);
      }
      return [...totals].map(([intent, score]) => ({ intent, score })).sort((a, b) => b.score - a.score);
    },
    exportTrained() {
      return JSON.stringify(models.map((model) => model.exportTrained()));
    },
    importTrained(trained) {
      const each = EachModelSchema.parse(JSON.parse(trained));
      models.forEach((model, index) => model.importTrained(each[index] ?? ''));
    },
  };
}
