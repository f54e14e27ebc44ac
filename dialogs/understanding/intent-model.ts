/** An intent classifier: trained on example utterances, then asked for intents best first. */
export interface IntentModel {
  addUtterance(utterance: string, intent: string): void;
  train(): Promise<void>;
  /** Intents best first, scores between 0 and 1; nlp.js also reports 'None' when nothing fits. */
  classify(utterance: string): Promise<IntentScore[]>;
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
  return {
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
  };
}
