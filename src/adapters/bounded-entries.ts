/** How much an in-memory store may hold: a flood of new keys evicts the least recently used ones instead of growing the process. */
export interface Capacity {
  maxEntries: number;
  /** Summed string lengths of what is kept (JSON text), so a few huge entries cannot do what many small ones may not. */
  maxChars: number;
}

interface Slot<V> {
  value: V;
  chars: number;
  /** When the value was set, for the time to live. */
  setAt: number;
}

/**
 * String-sized values by key with a time to live and a capacity. A Map keeps
 * insertion order, so the least recently used entry is always at the front:
 * setting or touching a key moves it to the back, and eviction only ever
 * visits the front, so no call walks every entry.
 */
export class BoundedEntries<V> {
  private readonly slots = new Map<string, Slot<V>>();
  private chars = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly capacity: Capacity,
    private readonly charsOf: (value: V) => number,
  ) {}

  get size(): number {
    return this.slots.size;
  }

  /** Summed length of what is kept (what maxChars bounds). */
  get totalChars(): number {
    return this.chars;
  }

  /** The live value, or undefined (an expired one is dropped on the way). `touch` counts this read as a use. */
  get(key: string, now: number, touch: 'touch' | 'peek' = 'peek'): V | undefined {
    const slot = this.slots.get(key);
    if (slot === undefined) return undefined;
    if (now - slot.setAt > this.ttlMs) {
      this.delete(key);
      return undefined;
    }
    if (touch === 'touch') {
      this.slots.delete(key);
      this.slots.set(key, slot);
    }
    return slot.value;
  }

  set(key: string, value: V, now: number): void {
    this.delete(key);
    const chars = this.charsOf(value);
    this.slots.set(key, { value, chars, setAt: now });
    this.chars += chars;
    this.evict(now);
  }

  delete(key: string): void {
    const slot = this.slots.get(key);
    if (slot === undefined) return;
    this.slots.delete(key);
    this.chars -= slot.chars;
  }

  /** Expired entries at the front, then the least recently used ones while over capacity (never the entry just set). */
  private evict(now: number): void {
    for (const [key, slot] of this.slots) {
      const overCapacity = this.slots.size > this.capacity.maxEntries || this.chars > this.capacity.maxChars;
      if (this.slots.size === 1 || (!overCapacity && now - slot.setAt <= this.ttlMs)) break;
      this.delete(key);
    }
  }
}
