/** How much an in-memory store may hold: a flood of new keys evicts the least recently used ones instead of growing the process. */
export interface Capacity {
  maxEntries: number;
  /** Summed string lengths of what is kept (JSON text), so a few huge entries cannot do what many small ones may not. */
  maxChars: number;
}

interface Slot<V> {
  key: string;
  value: V;
  chars: number;
  /** When the value was set, for the time to live. */
  setAt: number;
  /** Toward the least recently used end. */
  older: Slot<V> | null;
  /** Toward the most recently used end. */
  newer: Slot<V> | null;
}

/**
 * String-sized values by key with a time to live and a capacity. The slots
 * form a list from least to most recently used beside the Map that finds them:
 * setting or touching a key moves its slot to the newest end, and eviction only
 * ever takes from the oldest end, so every call costs the same however many
 * entries there are. (Walking a Map from its front instead visits every key
 * deleted there since the Map last compacted: thousands per call once full.)
 */
export class BoundedEntries<V> {
  private readonly slots = new Map<string, Slot<V>>();
  private oldest: Slot<V> | null = null;
  private newest: Slot<V> | null = null;
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
      this.remove(slot);
      return undefined;
    }
    if (touch === 'touch') {
      this.unlink(slot);
      this.append(slot);
    }
    return slot.value;
  }

  set(key: string, value: V, now: number): void {
    this.delete(key);
    const slot: Slot<V> = { key, value, chars: this.charsOf(value), setAt: now, older: null, newer: null };
    this.slots.set(key, slot);
    this.append(slot);
    this.chars += slot.chars;
    this.evict(now);
  }

  delete(key: string): void {
    const slot = this.slots.get(key);
    if (slot !== undefined) this.remove(slot);
  }

  /** Expired entries at the oldest end, then the least recently used ones while over capacity (never the entry just set). */
  private evict(now: number): void {
    for (let slot = this.oldest; slot !== null && slot !== this.newest; slot = this.oldest) {
      const overCapacity = this.slots.size > this.capacity.maxEntries || this.chars > this.capacity.maxChars;
      if (!overCapacity && now - slot.setAt <= this.ttlMs) break;
      this.remove(slot);
    }
  }

  private remove(slot: Slot<V>): void {
    this.slots.delete(slot.key);
    this.unlink(slot);
    this.chars -= slot.chars;
  }

  private append(slot: Slot<V>): void {
    slot.older = this.newest;
    slot.newer = null;
    if (this.newest === null) this.oldest = slot;
    else this.newest.newer = slot;
    this.newest = slot;
  }

  private unlink(slot: Slot<V>): void {
    if (slot.older === null) this.oldest = slot.newer;
    else slot.older.newer = slot.newer;
    if (slot.newer === null) this.newest = slot.older;
    else slot.newer.older = slot.older;
    slot.older = null;
    slot.newer = null;
  }
}
