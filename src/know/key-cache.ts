// Results of pure lookups by name key, kept from one article to the next: the same names and
// word runs come back in article after article, and the gazetteer and dictionary never change
// once loaded. Each cache is emptied when it reaches its limit, which bounds a long run's memory.

export class KeyCache<T> {
  private readonly map = new Map<string, T>();

  constructor(private readonly limit: number) {}

  /** `make(key)`'s value, made once per key while the cache holds it; `make` must be a pure function of the key. */
  get(key: string, make: (key: string) => T): T {
    let value = this.map.get(key);
    if (value === undefined) {
      if (this.map.size >= this.limit) this.map.clear();
      value = make(key);
      if (value !== undefined) this.map.set(key, value);
    }
    return value;
  }

  get size(): number {
    return this.map.size;
  }
}
