export interface BoundedMapLimits<Value> {
  maxEntries: number;
  /** Optional budget on the summed `sizeOf` of all values (e.g. bytes). */
  maxSize?: number;
  sizeOf?: (value: Value) => number;
}

/**
 * A least-recently-used map with an entry and size budget. Caches and stores in the gateway use it so a
 * long benchmark or a test generating large images cannot grow memory without bound.
 */
export class BoundedMap<Key, Value> {
  readonly #entries = new Map<Key, { value: Value; size: number }>();
  readonly #limits: BoundedMapLimits<Value>;
  #totalSize = 0;

  constructor(limits: BoundedMapLimits<Value>) {
    this.#limits = limits;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: Key): Value | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    // Re-inserting moves the key to the newest end of the Map's insertion order.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  set(key: Key, value: Value): void {
    this.delete(key);
    const size = this.#limits.sizeOf?.(value) ?? 0;
    this.#entries.set(key, { value, size });
    this.#totalSize += size;
    const maxSize = this.#limits.maxSize ?? Number.POSITIVE_INFINITY;
    // Never evict the entry just added, even when it alone exceeds the size budget.
    while (this.#entries.size > 1 && (this.#entries.size > this.#limits.maxEntries || this.#totalSize > maxSize)) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) break;
      this.delete(oldest.value);
    }
  }

  delete(key: Key): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#totalSize -= entry.size;
    this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
    this.#totalSize = 0;
  }
}
