import { BoundedEntries } from '../../src/adapters/bounded-entries';

const HOUR = 60 * 60 * 1000;
const entries = (maxEntries: number, maxChars = 1_000_000) => new BoundedEntries<string>(HOUR, { maxEntries, maxChars }, (value) => value.length);

describe('BoundedEntries', () => {
  test('beyond the entry cap the least recently used key is forgotten, and a touched key counts as used', () => {
    const kept = entries(3);
    kept.set('a', 'A', 0);
    kept.set('b', 'B', 0);
    kept.set('c', 'C', 0);
    expect(kept.get('a', 0, 'touch')).toBe('A');
    kept.set('d', 'D', 0);
    expect(kept.get('b', 0)).toBeUndefined();
    expect(['a', 'c', 'd'].map((key) => kept.get(key, 0))).toEqual(['A', 'C', 'D']);
    expect(kept.size).toBe(3);
  });

  test('a peek does not count as a use', () => {
    const kept = entries(2);
    kept.set('a', 'A', 0);
    kept.set('b', 'B', 0);
    kept.get('a', 0, 'peek');
    kept.set('c', 'C', 0);
    expect(kept.get('a', 0)).toBeUndefined();
    expect(kept.get('b', 0)).toBe('B');
  });

  test('the character cap evicts the oldest until the rest fit, but never the entry just set', () => {
    const kept = entries(100, 10);
    kept.set('a', 'aaaa', 0);
    kept.set('b', 'bbbb', 0);
    kept.set('c', 'cccc', 0);
    expect(kept.get('a', 0)).toBeUndefined();
    expect(kept.totalChars).toBe(8);
    kept.set('huge', 'x'.repeat(50), 0);
    expect(kept.size).toBe(1);
    expect(kept.get('huge', 0)).toHaveLength(50);
    expect(kept.totalChars).toBe(50);
  });

  test('an entry older than the time to live is gone, and is dropped when read or when a later key is set', () => {
    const kept = entries(100);
    kept.set('old', 'O', 0);
    kept.set('young', 'Y', HOUR / 2);
    expect(kept.get('old', HOUR + 1)).toBeUndefined();
    expect(kept.size).toBe(1);
    kept.set('stale', 'S', HOUR + 2);
    kept.set('new', 'N', 2 * HOUR + 3);
    expect(kept.size).toBe(1);
    expect(kept.get('new', 2 * HOUR + 3)).toBe('N');
  });

  test('setting a key again replaces its value and size, and delete forgets it', () => {
    const kept = entries(10);
    kept.set('a', 'short', 0);
    kept.set('a', 'much longer', 0);
    expect(kept.size).toBe(1);
    expect(kept.totalChars).toBe('much longer'.length);
    kept.delete('a');
    kept.delete('never set');
    expect(kept.size).toBe(0);
    expect(kept.totalChars).toBe(0);
  });

  test('a long run of new keys at capacity keeps exactly the newest ones', () => {
    const kept = entries(1_000);
    for (let i = 0; i < 20_000; i += 1) kept.set(`k${i}`, 'v', 0);
    expect(kept.size).toBe(1_000);
    expect(kept.get('k18999', 0)).toBeUndefined();
    expect(kept.get('k19000', 0)).toBe('v');
    expect(kept.get('k19999', 0)).toBe('v');
  });
});
