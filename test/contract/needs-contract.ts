import { describe, expect, it } from 'vitest';
import type { Storage } from '../../src/core/index.js';
import type { NeedsAnswer, NeedsRound } from '../../src/core/features/needs/needs.js';
import { storeForEachTest, type StorageUnderTest } from './storage-contract.js';

const hash = (c: string): string => c.repeat(64);
const position = { now: { place: 'on-site', form: 'informal' }, wanted: { place: 'both', form: 'formal' } } as const;

const round = (id: string, groupId: string, status: NeedsRound['status'] = 'open'): NeedsRound => ({
  id,
  groupId,
  createdBy: 'teams:t1:an',
  status,
  closesAt: '2026-12-15T16:00:00.000Z',
  allowAnonymous: true,
  remindersSent: { 'teams:t1:jonas': 1 },
  createdAt: '2026-11-23T08:00:00.000Z',
});

const named = (id: string, roundId: string, personKey: string): NeedsAnswer => ({
  id,
  roundId,
  groupId: 'g1',
  anonymous: false,
  personKey,
  schoolRole: 'teacher',
  learnWhat: 'Differentiëren in een grote klas.',
  themes: ['differentiation'],
  ways: ['observing', 'co-teaching'],
  position,
  createdAt: '2026-11-23T08:00:00.000Z',
  updatedAt: '2026-11-23T08:00:00.000Z',
});

const anonymous = (id: string, roundId: string, keyHash: string): NeedsAnswer => ({
  id,
  roundId,
  groupId: 'g1',
  anonymous: true,
  editKeyHash: keyHash,
  learnWhat: 'Help me met moeilijke oudergesprekken.',
  themes: ['conversations', 'other'],
  otherTheme: 'Rouw',
  ways: ['intervision'],
  position,
  createdAt: '2026-11-23',
  updatedAt: '2026-11-23',
});

/** The part of the storage contract for needs rounds and their answers. */
export function describeNeedsContract(name: string, make: () => Promise<StorageUnderTest>, opts: { persistent: boolean }): void {
  describe(`Storage contract (needs): ${name}`, () => {
    let sut: StorageUnderTest;
    let storage: Storage;
    storeForEachTest(make, (opened) => {
      sut = opened;
      storage = opened.storage;
    });

    it('stores rounds per group and lists the open ones across groups', async () => {
      await storage.needsRounds.save(round('r1', 'g1'));
      await storage.needsRounds.save(round('r2', 'g2'));
      await storage.needsRounds.save(round('r3', 'g1', 'closed'));
      expect((await storage.needsRounds.listByGroup('g1')).map((r) => r.id).sort()).toEqual(['r1', 'r3']);
      expect((await storage.needsRounds.listOpen()).map((r) => r.id).sort()).toEqual(['r1', 'r2']);
      expect((await storage.needsRounds.get('r1'))?.remindersSent).toEqual({ 'teams:t1:jonas': 1 });
    });

    it('stores named and anonymous answers per round, and finds them only the intended way', async () => {
      await storage.needsAnswers.save(named('a1', 'r1', 'teams:t1:an'));
      await storage.needsAnswers.save(anonymous('a2', 'r1', hash('a')));
      await storage.needsAnswers.save(named('a3', 'r2', 'teams:t1:an'));
      expect((await storage.needsAnswers.listByRound('r1')).map((a) => a.id).sort()).toEqual(['a1', 'a2']);
      expect((await storage.needsAnswers.findNamed('r1', 'teams:t1:an'))?.id).toBe('a1');
      expect(await storage.needsAnswers.findNamed('r1', 'teams:t1:other')).toBeUndefined();
      expect((await storage.needsAnswers.findByEditKeyHash(hash('a')))?.id).toBe('a2');
      expect(await storage.needsAnswers.findByEditKeyHash(hash('b'))).toBeUndefined();
      await storage.needsAnswers.delete('a2');
      expect(await storage.needsAnswers.get('a2')).toBeUndefined();
    });

    it('refuses an anonymous answer with a person key, a role or a time of day; and a named one without a key', async () => {
      await expect(storage.needsAnswers.save({ ...anonymous('x1', 'r1', hash('c')), personKey: 'teams:t1:an' })).rejects.toThrow();
      await expect(storage.needsAnswers.save({ ...anonymous('x2', 'r1', hash('c')), schoolRole: 'teacher' })).rejects.toThrow();
      await expect(storage.needsAnswers.save({ ...anonymous('x3', 'r1', hash('c')), updatedAt: '2026-11-23T08:00:00.000Z' })).rejects.toThrow();
      const { personKey: _dropped, ...withoutKey } = named('x4', 'r1', 'teams:t1:an');
      await expect(storage.needsAnswers.save(withoutKey)).rejects.toThrow();
      expect(await storage.needsAnswers.listByRound('r1')).toEqual([]);
    });

    if (opts.persistent) {
      it('keeps rounds and answers across close and reopen', async () => {
        await storage.needsRounds.save(round('r1', 'g1'));
        await storage.needsAnswers.save(anonymous('a2', 'r1', hash('d')));
        await storage.close();
        const again = await sut.reopen!();
        expect((await again.needsAnswers.findByEditKeyHash(hash('d')))?.id).toBe('a2');
        expect((await again.needsRounds.listOpen()).map((r) => r.id)).toEqual(['r1']);
      });
    }
  });
}
