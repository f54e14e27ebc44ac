import { combineClauseIntents, type ClauseIntent } from '../../../dialogs/understanding/intent-combiner';
import { trainedUnderstander } from '../../support/trained-understander';

const guessed = (intent: ClauseIntent['intent'], confidence: number): ClauseIntent => ({ intent, confidence, stated: false });

describe('a guess at a problem beside a sure question', () => {
  test('is about the question: "where do I find my order number, can\'t see it anywhere" is no missing parcel', async () => {
    const understander = await trainedUnderstander();
    const read = await understander.understand('where do i even find my order number, cant see it anywhere');
    expect(read).toMatchObject({ intent: 'find_order_number', question: 'find_order_number', topic: null });
  });

  test('a problem the models are sure of, or one said plainly, still counts beside a question', () => {
    const question = guessed('find_order_number', 1);
    expect(combineClauseIntents([question, guessed('delivered_not_received', 0.52)]).topic).toBeNull();
    expect(combineClauseIntents([question, guessed('delivered_not_received', 0.9)]).topic).toBe('delivered_not_received');
    expect(combineClauseIntents([question, { intent: 'parcel_delayed', confidence: 0.55, stated: true }]).topic).toBe('parcel_delayed');
    // Without a sure question, a guessed problem is still why the customer wrote.
    expect(combineClauseIntents([guessed('greeting', 0.9), guessed('delivered_not_received', 0.52)]).topic).toBe('delivered_not_received');
  });
});
