import { EVALUATED_INTENTS } from '../../evaluation/evaluation-set-schema';
import { TrainedIntentSchema, trainingUtterances, utterancePairs } from '../../../dialogs/understanding/utterance-sets';
import { intentPairs, roundOneIntents } from '../../evaluation/intent-sets';
import { CustomerIntentSchema } from '../../../state-machines/customer-intent';

/* Case, punctuation and spacing do not make a held-out utterance new. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('training and held-out utterances', () => {
  it('cover every intent a customer can express, and only those', () => {
    const expressible = CustomerIntentSchema.options.filter((intent) => intent !== 'none');
    expect(Object.keys(trainingUtterances).sort()).toEqual([...expressible].sort());
  });

  it.each(TrainedIntentSchema.options)('have 15-80 training utterances for %s', (intent) => {
    expect(trainingUtterances[intent].length).toBeGreaterThanOrEqual(15);
    expect(trainingUtterances[intent].length).toBeLessThanOrEqual(80);
  });

  it('never share an utterance, once case and punctuation are ignored', () => {
    const trained = new Set(utterancePairs(trainingUtterances).map(({ utterance }) => normalise(utterance)));
    const shared = intentPairs(roundOneIntents).filter(({ utterance }) => trained.has(normalise(utterance)));
    expect(shared).toEqual([]);
  });

  it('hold no utterance twice', () => {
    for (const pairs of [utterancePairs(trainingUtterances), intentPairs(roundOneIntents)]) {
      const all = pairs.map(({ utterance }) => normalise(utterance));
      expect(all.filter((u, i) => all.indexOf(u) !== i)).toEqual([]);
    }
  });
});

describe('the evaluation vocabulary', () => {
  it('is the bot\'s own: every intent it can be trained on, and no other', () => {
    expect([...EVALUATED_INTENTS].sort()).toEqual([...TrainedIntentSchema.options].sort());
  });
});
