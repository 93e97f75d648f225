import type { z } from 'zod';

/**
 * A keyed collection held in memory with a Map index. Stored values are private copies:
 * writes are validated and cloned, reads return clones, and stored values are replaced, never
 * mutated, so a snapshot can share them safely.
 */
export class Collection<T> {
  private readonly items = new Map<string, T>();

  constructor(
    readonly name: string,
    private readonly schema: z.ZodType<T>,
    private readonly changed: () => void,
  ) {}

  /** Replaces the contents with already-validated records from the data file. */
  load(records: Record<string, T>): void {
    this.items.clear();
    for (const [key, value] of Object.entries(records)) this.items.set(key, value);
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
    this.items.set(key, result.data);
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
