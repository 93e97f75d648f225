import type { z } from 'zod';

/**
 * A keyed collection held in memory with a Map index. Stored values are private copies:
 * writes are validated and cloned, reads return clones, and stored values are replaced, never
 * mutated, so a snapshot can share them safely.
 */
export class Collection<T> {
  private readonly items = new Map<string, T>();
  /** Secondary indexes: name → (indexed value → primary keys), so lookups on the message path do not scan. */
  private readonly indexes = new Map<string, { keyOf: (value: T) => string | undefined; entries: Map<string, Set<string>> }>();

  constructor(
    readonly name: string,
    private readonly schema: z.ZodType<T>,
    private readonly changed: () => void,
  ) {}

  /** Adds a secondary index; `keyOf` gives the indexed value of a record (undefined: not indexed). */
  indexBy(name: string, keyOf: (value: T) => string | undefined): this {
    const entries = new Map<string, Set<string>>();
    this.indexes.set(name, { keyOf, entries });
    for (const [key, value] of this.items) this.addToIndexes(key, value, [name]);
    return this;
  }

  /** Copies of the records whose indexed value under `name` is `value`. */
  lookup(name: string, value: string): T[] {
    const index = this.indexes.get(name);
    if (!index) throw new Error(`collection ${this.name} has no index ${name}`);
    const out: T[] = [];
    for (const key of index.entries.get(value) ?? []) {
      const item = this.items.get(key);
      if (item !== undefined) out.push(structuredClone(item));
    }
    return out;
  }

  private addToIndexes(key: string, value: T, only?: string[]): void {
    for (const [name, index] of this.indexes) {
      if (only && !only.includes(name)) continue;
      const indexed = index.keyOf(value);
      if (indexed === undefined) continue;
      let keys = index.entries.get(indexed);
      if (!keys) index.entries.set(indexed, (keys = new Set()));
      keys.add(key);
    }
  }

  private removeFromIndexes(key: string, value: T): void {
    for (const index of this.indexes.values()) {
      const indexed = index.keyOf(value);
      if (indexed === undefined) continue;
      const keys = index.entries.get(indexed);
      keys?.delete(key);
      if (keys?.size === 0) index.entries.delete(indexed);
    }
  }

  /** Replaces the contents with already-validated records from the data file. */
  load(records: Record<string, T>): void {
    this.items.clear();
    for (const index of this.indexes.values()) index.entries.clear();
    for (const [key, value] of Object.entries(records)) {
      this.items.set(key, value);
      this.addToIndexes(key, value);
    }
  }

  /** A copy of the value under `key`. */
  get(key: string): T | undefined {
    const value = this.items.get(key);
    return value === undefined ? undefined : structuredClone(value);
  }

  /** Whether `key` is present. */
  has(key: string): boolean {
    return this.items.has(key);
  }

  /** Validates and stores a copy of `value`; throws when it would not load back from the file. */
  set(key: string, value: T): void {
    // Validating here keeps a bad record from reaching the file, where it would fail the load schema.
    const result = this.schema.safeParse(structuredClone(value));
    if (!result.success) throw new Error(`lowdb: invalid ${this.name} record "${key}": ${result.error.message}`);
    const previous = this.items.get(key);
    if (previous !== undefined) this.removeFromIndexes(key, previous);
    this.items.set(key, result.data);
    this.addToIndexes(key, result.data);
    this.changed();
  }

  /** Copies of the values that match. */
  filter(match: (value: T) => boolean): T[] {
    const out: T[] = [];
    for (const value of this.items.values()) if (match(value)) out.push(structuredClone(value));
    return out;
  }

  /** Removes every entry that matches; returns how many. */
  removeWhere(match: (value: T, key: string) => boolean): number {
    let removed = 0;
    for (const [key, value] of this.items) {
      if (match(value, key)) {
        this.items.delete(key);
        this.removeFromIndexes(key, value);
        removed++;
      }
    }
    if (removed > 0) this.changed();
    return removed;
  }

  /** Number of entries. */
  get size(): number {
    return this.items.size;
  }

  /** A plain object for serialising; shares values, which are never mutated in place. */
  toRecord(): Record<string, T> {
    return Object.fromEntries(this.items);
  }
}
