/**
 * What the Naive Bayes model sees of a text: its words, each pair of
 * neighbouring words, and the three- and four-letter pieces of every word.
 * The pieces let a typo ("trackng", "delivred") share most of its features
 * with the word it misspells; the pairs keep "not here" apart from "here".
 */
export function textFeatures(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  const features = words.map((word) => `w:${word}`);
  for (let i = 0; i + 1 < words.length; i += 1) features.push(`b:${words[i]}_${words[i + 1]}`);
  for (const word of words) {
    const padded = `<${word}>`;
    for (const size of [3, 4]) {
      for (let i = 0; i + size <= padded.length; i += 1) features.push(`c${size}:${padded.slice(i, i + size)}`);
    }
  }
  return features;
}
