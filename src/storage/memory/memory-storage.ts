import type { Storage } from '../../core/index.js';
import { createCollections, createRepositories, type Repositories } from '../shared/repositories.js';

// The repositories are assigned in the constructor; this merge gives the class their types.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface MemoryStorage extends Repositories {}

/**
 * In-memory storage for tests and throwaway runs. It validates records like lowdb does.
 * WARNING: nothing survives a restart; use lowdb (one instance) or a database for real use.
 */
export class MemoryStorage implements Storage {
  constructor() {
    Object.assign(this, createRepositories(createCollections(() => {}), { guard: (fn) => fn(), durable: async () => {} }));
  }
  async healthy(): Promise<boolean> {
    return true;
  }
  async close(): Promise<void> {}
}
