import { createNlpJsModel } from '../../../dialogs/understanding/nlpjs-model';

describe('createNlpJsModel', () => {
  it('trains on utterances and ranks the intent of a new sentence first', async () => {
    const model = createNlpJsModel({ spellCheck: false });
    for (const u of ['where is my parcel', 'track my order', 'has my order shipped']) model.addUtterance(u, 'track');
    for (const u of ['hello', 'hi there', 'good morning']) model.addUtterance(u, 'greet');
    await model.train();

    const [best] = await model.classify('where is my order');
    expect(best?.intent).toBe('track');
    expect(best?.score).toBeGreaterThan(0.5);
  });

  it('corrects a one-letter typo when spell checking is on', async () => {
    const withSpelling = createNlpJsModel({ spellCheck: true });
    const without = createNlpJsModel({ spellCheck: false });
    for (const model of [withSpelling, without]) {
      model.addUtterance('parcel', 'track');
      model.addUtterance('hello', 'greet');
      await model.train();
    }
    expect((await withSpelling.classify('helo'))[0]?.intent).toBe('greet');
    expect((await without.classify('helo'))[0]?.intent).toBe('None');
  });

  it('answers None for words it was never taught', async () => {
    const model = createNlpJsModel({ spellCheck: false });
    model.addUtterance('where is my parcel', 'track');
    model.addUtterance('hello', 'greet');
    await model.train();
    expect((await model.classify('zebra xylophone'))[0]?.intent).toBe('None');
  });
});
