import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { personKey, type Address, type Person, type Storage } from '../../src/core/index.js';

/** What a storage factory hands the contract suite. */
export interface StorageUnderTest {
  storage: Storage;
  /** Opens the same data again; the suite closes `storage` first. Omit for non-persistent stores. */
  reopen?: () => Promise<Storage>;
  /** Closes whatever is still open and removes temporary files. */
  cleanup: () => Promise<void>;
}

/**
 * Opens a fresh store under test before each test of the enclosing describe and cleans it up after; `opened` hands it
 * to the suite's own variables.
 */
export function storeForEachTest(make: () => Promise<StorageUnderTest>, opened: (sut: StorageUnderTest) => void): void {
  let sut: StorageUnderTest | undefined;
  beforeEach(async () => {
    sut = await make();
    opened(sut);
  });
  afterEach(async () => {
    await sut?.cleanup();
  });
}

/** A person in `channel`/`tenantId`, with overrides. */
export function makePerson(channel: string, tenantId: string, userId: string, extra: Partial<Person> = {}): Person {
  return {
    key: personKey(channel, tenantId, userId),
    channel,
    tenantId,
    userId,
    name: `Person ${userId}`,
    language: 'nl',
    timeZone: 'Europe/Brussels',
    createdAt: '2025-09-01T08:00:00.000Z',
    updatedAt: '2025-09-01T08:00:00.000Z',
    ...extra,
  };
}

/** A personal Teams-like address with a nested channel reference. */
export function makeAddress(tenantId: string, conversationId: string, userId = 'u1'): Address {
  return {
    channel: 'teams',
    tenantId,
    conversationId,
    scope: 'personal',
    userId,
    ref: { serviceUrl: 'https://smba.example/emea/', conversation: { id: conversationId, tenantId }, bot: { id: 'b1' } },
  };
}

const byKey = (a: Person, b: Person): number => a.key.localeCompare(b.key);

/** The shared suite every Storage implementation must pass. */
export function describeStorageContract(name: string, make: () => Promise<StorageUnderTest>, opts: { persistent: boolean }): void {
  describe(`Storage contract: ${name}`, () => {
    let sut: StorageUnderTest;
    let storage: Storage;

    beforeEach(async () => {
      sut = await make();
      storage = sut.storage;
    });
    afterEach(async () => {
      await sut.cleanup();
    });

    describe('people', () => {
      it('round-trips a saved person', async () => {
        const ann = makePerson('teams', 't1', 'ann');
        await storage.people.save(ann);
        expect(await storage.people.get(ann.key)).toEqual(ann);
      });

      it('round-trips a person without optional fields', async () => {
        const { name: _omitted, ...bare } = makePerson('slack', 'T1', 'bob', { language: 'fr' });
        await storage.people.save(bare);
        const got = await storage.people.get(bare.key);
        expect(got).toEqual(bare);
        expect(got).not.toHaveProperty('name');
      });

      it('returns undefined for an unknown key', async () => {
        expect(await storage.people.get(personKey('teams', 't1', 'nobody'))).toBeUndefined();
      });

      it('overwrites a person saved again under the same key', async () => {
        const ann = makePerson('teams', 't1', 'ann');
        await storage.people.save(ann);
        await storage.people.save({ ...ann, language: 'en', updatedAt: '2025-09-02T08:00:00.000Z' });
        expect(await storage.people.get(ann.key)).toMatchObject({ language: 'en', updatedAt: '2025-09-02T08:00:00.000Z' });
        expect(await storage.people.listByTenant('teams', 't1')).toHaveLength(1);
      });

      it('returns copies: mutating a result does not change the store', async () => {
        const ann = makePerson('teams', 't1', 'ann');
        await storage.people.save(ann);
        const got = await storage.people.get(ann.key);
        got!.name = 'Changed';
        got!.language = 'fr';
        const listed = await storage.people.listByTenant('teams', 't1');
        listed[0]!.name = 'Changed too';
        expect(await storage.people.get(ann.key)).toEqual(ann);
      });

      it('stores a copy: mutating the saved object afterwards does not change the store', async () => {
        const ann = makePerson('teams', 't1', 'ann');
        await storage.people.save(ann);
        ann.name = 'Changed after save';
        expect((await storage.people.get(ann.key))?.name).toBe('Person ann');
      });

      it("listByTenant never returns another tenant's or channel's people", async () => {
        const mine = [makePerson('teams', 't1', 'ann'), makePerson('teams', 't1', 'bob')];
        await Promise.all(
          [...mine, makePerson('teams', 't2', 'ann'), makePerson('slack', 't1', 'ann'), makePerson('slack', 't2', 'cas')].map((p) =>
            storage.people.save(p),
          ),
        );
        expect((await storage.people.listByTenant('teams', 't1')).sort(byKey)).toEqual(mine.sort(byKey));
        expect((await storage.people.listByTenant('slack', 't1')).map((p) => p.key)).toEqual([personKey('slack', 't1', 'ann')]);
        expect(await storage.people.listByTenant('teams', 't3')).toEqual([]);
        expect(await storage.people.listByTenant('slack', 't3')).toEqual([]);
      });
    });

    describe('addresses', () => {
      it('saves, gets and overwrites an address', async () => {
        const key = personKey('teams', 't1', 'ann');
        expect(await storage.addresses.get(key)).toBeUndefined();
        const first = makeAddress('t1', 'a:1');
        await storage.addresses.save(key, first);
        expect(await storage.addresses.get(key)).toEqual(first);
        const second = makeAddress('t1', 'a:2');
        await storage.addresses.save(key, second);
        expect(await storage.addresses.get(key)).toEqual(second);
      });

      it('keeps conversation and person addresses apart', async () => {
        const conv: Address = { channel: 'slack', tenantId: 'T1', conversationId: 'C1', scope: 'channel' };
        await storage.addresses.save('conv:slack:T1:C1', conv);
        await storage.addresses.save(personKey('slack', 'T1', 'U1'), { ...conv, conversationId: 'D1', scope: 'personal', userId: 'U1' });
        expect(await storage.addresses.get('conv:slack:T1:C1')).toEqual(conv);
        expect(await storage.addresses.get('conv:slack:T1:C2')).toBeUndefined();
      });

      it('returns and stores copies, including nested ref data', async () => {
        const key = personKey('teams', 't1', 'ann');
        const address = makeAddress('t1', 'a:1');
        await storage.addresses.save(key, address);
        (address.ref!.conversation as { id: string }).id = 'mutated input';
        const got = await storage.addresses.get(key);
        (got!.ref!.conversation as { id: string }).id = 'mutated output';
        got!.conversationId = 'mutated output';
        expect(await storage.addresses.get(key)).toEqual(makeAddress('t1', 'a:1'));
      });
    });

    describe('inbox', () => {
      it('can claim an id again after releasing it, and releasing an unknown id is harmless', async () => {
        const now = new Date();
        expect(await storage.inbox.claim('delivery-r', now)).toBe(true);
        await storage.inbox.release('delivery-r');
        await storage.inbox.release('never-claimed');
        expect(await storage.inbox.claim('delivery-r', now)).toBe(true);
        expect(await storage.inbox.claim('delivery-r', now)).toBe(false);
      });
      it('claims an id once: true, then false', async () => {
        const now = new Date();
        expect(await storage.inbox.claim('delivery-1', now)).toBe(true);
        expect(await storage.inbox.claim('delivery-1', now)).toBe(false);
        expect(await storage.inbox.claim('delivery-1', new Date(now.getTime() + 1000))).toBe(false);
        expect(await storage.inbox.claim('delivery-2', now)).toBe(true);
      });

      it('prune removes only ids recorded before the cut-off', async () => {
        const now = Date.now();
        const cutOff = new Date(now - 60 * 60 * 1000);
        await storage.inbox.claim('old-1', new Date(now - 3 * 60 * 60 * 1000));
        await storage.inbox.claim('old-2', new Date(now - 2 * 60 * 60 * 1000));
        await storage.inbox.claim('at-cut-off', cutOff);
        await storage.inbox.claim('new', new Date(now));

        expect(await storage.inbox.prune(cutOff)).toBe(2);
        expect(await storage.inbox.claim('at-cut-off', new Date(now))).toBe(false);
        expect(await storage.inbox.claim('new', new Date(now))).toBe(false);
        // Forgotten ids can be claimed again.
        expect(await storage.inbox.claim('old-1', new Date(now))).toBe(true);
        expect(await storage.inbox.prune(cutOff)).toBe(0);
      });
    });

    it('is healthy when open', async () => {
      expect(await storage.healthy()).toBe(true);
    });

    if (opts.persistent) {
      it('keeps people, addresses and inbox ids across close and reopen', async () => {
        const ann = makePerson('teams', 't1', 'ann');
        const bob = makePerson('slack', 'T9', 'bob', { language: 'en' });
        const address = makeAddress('t1', 'a:1');
        const now = new Date();
        await storage.people.save(ann);
        await storage.people.save(bob);
        await storage.addresses.save(ann.key, address);
        await storage.inbox.claim('delivery-1', now);
        await storage.close();

        const again = await sut.reopen!();
        expect(await again.people.get(ann.key)).toEqual(ann);
        expect(await again.people.listByTenant('slack', 'T9')).toEqual([bob]);
        expect(await again.addresses.get(ann.key)).toEqual(address);
        expect(await again.inbox.claim('delivery-1', now)).toBe(false);
        expect(await again.healthy()).toBe(true);
      });
    }
  });
}
