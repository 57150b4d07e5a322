// A read-only view of a map with a few of its values replaced: what a keystroke's model holds instead of a copy of the
// project's thousands of summaries. Pure; no TypeScript.

/** `base` with `replacements` in place of some of its values, iterated in `base`'s order (keys outside `base` come last). */
export class ReplacedMap<K, V> implements ReadonlyMap<K, V> {
  private readonly base: ReadonlyMap<K, V>;
  private readonly replacements: ReadonlyMap<K, V>;

  /** Replacing in a view replaces in its base, so edit after edit never stacks views. */
  constructor(base: ReadonlyMap<K, V>, replacements: ReadonlyMap<K, V>) {
    if (base instanceof ReplacedMap) {
      this.base = base.base;
      this.replacements = new Map([...base.replacements, ...replacements]);
    } else {
      this.base = base;
      this.replacements = replacements;
    }
  }

  get size(): number {
    let added = 0;
    for (const key of this.replacements.keys()) if (!this.base.has(key)) added++;
    return this.base.size + added;
  }

  get(key: K): V | undefined {
    return this.replacements.has(key) ? this.replacements.get(key) : this.base.get(key);
  }

  has(key: K): boolean {
    return this.replacements.has(key) || this.base.has(key);
  }

  *entries(): MapIterator<[K, V]> {
    for (const [key, value] of this.base) yield [key, this.replacements.has(key) ? this.replacements.get(key)! : value];
    for (const [key, value] of this.replacements) if (!this.base.has(key)) yield [key, value];
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}
