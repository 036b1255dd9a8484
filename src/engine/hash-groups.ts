/**
 * Groups of items by a small non-negative integer key (a hash of a word),
 * in flat typed arrays with open addressing. The lexicon scan asks this for
 * every run of an advert, twice (a whole word, a stem's first letters); a
 * `Map` lookup per question, and its array of phrases, were a good part of
 * the phrase scan, and most questions find nothing.
 */
export class HashGroups<T> {
  /** By slot: the key there plus one, 0 for an empty slot. */
  readonly #keys: Int32Array;
  /** By slot: where its group's items begin and end in #items. */
  readonly #from: Int32Array;
  readonly #to: Int32Array;
  readonly #mask: number;
  readonly items: readonly T[];

  constructor(groups: ReadonlyMap<number, readonly T[]>) {
    // At most half full, so that a missing key is told in a probe or two.
    let size = 16;
    while (size < groups.size * 2) size *= 2;
    this.#mask = size - 1;
    this.#keys = new Int32Array(size);
    this.#from = new Int32Array(size);
    this.#to = new Int32Array(size);
    const items: T[] = [];
    for (const [key, group] of groups) {
      if (!Number.isInteger(key) || key < 0 || key >= 0x7fffffff) throw new RangeError(`HashGroups key out of range: ${key}`);
      let slot = key & this.#mask;
      while (this.#keys[slot] !== 0) slot = (slot + 1) & this.#mask;
      this.#keys[slot] = key + 1;
      this.#from[slot] = items.length;
      items.push(...group);
      this.#to[slot] = items.length;
    }
    this.items = items;
  }

  /** The slot of `key`'s group, or -1; its items are items[from(slot) .. to(slot)). */
  find(key: number): number {
    const keys = this.#keys;
    const wanted = key + 1;
    for (let slot = key & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const there = keys[slot]!;
      if (there === wanted) return slot;
      if (there === 0) return -1;
    }
  }

  from(slot: number): number {
    return this.#from[slot]!;
  }

  to(slot: number): number {
    return this.#to[slot]!;
  }
}
