import type { Address, AddressRepository, InboxRepository, Person, PersonRepository, Storage } from '../../core/index.js';

/**
 * In-memory storage for tests and throwaway runs.
 * WARNING: nothing survives a restart; use lowdb (one instance) or a database for real use.
 */
export class MemoryStorage implements Storage {
  private readonly peopleByKey = new Map<string, Person>();
  private readonly addressByKey = new Map<string, Address>();
  private readonly inboxIds = new Map<string, number>();

  readonly people: PersonRepository = {
    get: async (key) => clone(this.peopleByKey.get(key)),
    save: async (person) => {
      this.peopleByKey.set(person.key, clone(person));
    },
    listByTenant: async (channel, tenantId) =>
      [...this.peopleByKey.values()].filter((p) => p.channel === channel && p.tenantId === tenantId).map((p) => clone(p)),
  };

  readonly addresses: AddressRepository = {
    get: async (key) => clone(this.addressByKey.get(key)),
    save: async (key, address) => {
      this.addressByKey.set(key, clone(address));
    },
  };

  readonly inbox: InboxRepository = {
    claim: async (id, at) => {
      if (this.inboxIds.has(id)) return false;
      this.inboxIds.set(id, at.getTime());
      return true;
    },
    prune: async (before) => {
      let removed = 0;
      for (const [id, at] of this.inboxIds) {
        if (at < before.getTime()) {
          this.inboxIds.delete(id);
          removed++;
        }
      }
      return removed;
    },
  };

  async healthy(): Promise<boolean> {
    return true;
  }
  async close(): Promise<void> {}
}

// Callers get copies so that mutating a returned record never changes stored state (as with a real store).
function clone<T>(value: T): T {
  return value === undefined ? value : structuredClone(value);
}
