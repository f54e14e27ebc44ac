import { exceedsJsonDepth } from '../../src/server/json-depth-limit';

describe('exceedsJsonDepth', () => {
  const of = (text: string) => Buffer.from(text);

  it('passes an activity-shaped body well under the limit', () => {
    expect(exceedsJsonDepth(of(JSON.stringify({ a: [{ b: { c: [1, 2, { d: 'x' }] } }] })), 64)).toBe(false);
  });

  it('counts objects and arrays alike, and refuses one level past the limit', () => {
    expect(exceedsJsonDepth(of(`${'[{"a":'.repeat(32)}1${'}]'.repeat(32)}`), 64)).toBe(false);
    expect(exceedsJsonDepth(of(`${'['.repeat(65)}${']'.repeat(65)}`), 64)).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(exceedsJsonDepth(of(JSON.stringify({ text: `\\"${'['.repeat(1000)}` })), 64)).toBe(false);
  });
});
