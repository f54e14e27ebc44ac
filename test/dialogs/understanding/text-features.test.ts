import { textFeatures } from '../../../dialogs/understanding/text-features';

/** The letter pieces among a text's features: what a typo can share with the word it misspells. */
const pieces = (text: string) => new Set(textFeatures(text).filter((f) => /^c[34]:/.test(f)));

describe('textFeatures (what the Naive Bayes model sees of a message)', () => {
  it('has every word, lower-cased, without punctuation', () => {
    const features = textFeatures('Where is it?!');
    expect(features.filter((f) => f.startsWith('w:'))).toEqual(['w:where', 'w:is', 'w:it']);
  });

  it('keeps "not here" apart from "here" through the pair of neighbouring words', () => {
    expect(textFeatures('not here')).toContain('b:not_here');
    expect(textFeatures('it is here')).not.toContain('b:not_here');
    expect(textFeatures('here')).not.toContain('b:not_here');
  });

  it('reads a contraction with or without its apostrophe (straight or curly) as the same word', () => {
    const plain = textFeatures('isnt here');
    expect(textFeatures("isn't here")).toEqual(plain);
    expect(textFeatures('isn’t here')).toEqual(plain);
  });

  it('cuts each word, with its start and end marked, into three- and four-letter pieces', () => {
    expect(textFeatures('Hi').sort()).toEqual(['c3:<hi', 'c3:hi>', 'c4:<hi>', 'w:hi']);
  });

  it('lets a typo share most of its letter pieces with the word it misspells', () => {
    const typo = pieces('trackng');
    const word = pieces('tracking');
    const shared = [...typo].filter((piece) => word.has(piece)).length;
    expect(shared / typo.size).toBeGreaterThanOrEqual(0.6);
    // A different word shares next to nothing.
    expect([...pieces('parcel')].filter((piece) => word.has(piece))).toEqual([]);
  });

  it('keeps letters of other alphabets and numbers, and gives nothing for a message without either', () => {
    expect(textFeatures('café 24')).toEqual(expect.arrayContaining(['w:café', 'w:24', 'b:café_24']));
    expect(textFeatures(' ?! ... ')).toEqual([]);
  });
});
