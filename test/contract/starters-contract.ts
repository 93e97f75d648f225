import { describe, expect, it } from 'vitest';
import type { StarterAnswer, Storage } from '../../src/core/index.js';
import { storeForEachTest, type StorageUnderTest } from './storage-contract.js';

const hash = (c: string): string => c.repeat(64);

const named = (id: string, postId: string, personKey: string): StarterAnswer => ({
  id,
  postId,
  groupId: 'g1',
  anonymous: false,
  personKey,
  texts: ['Wat werkt: samen lesvoorbereiden.'],
  createdAt: '2026-11-23T08:00:00.000Z',
  updatedAt: '2026-11-23T08:00:00.000Z',
});

const anonymous = (id: string, postId: string, keyHash: string): StarterAnswer => ({
  id,
  postId,
  groupId: 'g1',
  anonymous: true,
  editKeyHash: keyHash,
  texts: ['Ik durf het niet altijd te zeggen.'],
  createdAt: '2026-11-23',
  updatedAt: '2026-11-23',
});

/** The part of the storage contract for conversation starters, answers, reflections and downloads. */
export function describeStartersContract(name: string, make: () => Promise<StorageUnderTest>, opts: { persistent: boolean }): void {
  describe(`Storage contract (starters): ${name}`, () => {
    let sut: StorageUnderTest;
    let storage: Storage;
    storeForEachTest(make, (opened) => {
      sut = opened;
      storage = opened.storage;
    });

    it('stores named and anonymous answers per post, and finds them only the intended way', async () => {
      await storage.starterAnswers.save(named('a1', 'p1', 'teams:t1:an'));
      await storage.starterAnswers.save(anonymous('a2', 'p1', hash('a')));
      await storage.starterAnswers.save(named('a3', 'p2', 'teams:t1:an'));
      expect((await storage.starterAnswers.listByPost('p1')).map((a) => a.id).sort()).toEqual(['a1', 'a2']);
      expect((await storage.starterAnswers.findNamed('p1', 'teams:t1:an'))?.id).toBe('a1');
      expect((await storage.starterAnswers.findByEditKeyHash(hash('a')))?.id).toBe('a2');
      expect(await storage.starterAnswers.findByEditKeyHash(hash('b'))).toBeUndefined();
      await storage.starterAnswers.delete('a2');
      expect(await storage.starterAnswers.get('a2')).toBeUndefined();
    });

    it('refuses an anonymous answer that carries a person key, and a named one without it', async () => {
      await expect(storage.starterAnswers.save({ ...anonymous('x1', 'p1', hash('c')), personKey: 'teams:t1:an' })).rejects.toThrow();
      const { personKey: _dropped, ...withoutKey } = named('x2', 'p1', 'teams:t1:an');
      await expect(storage.starterAnswers.save(withoutKey)).rejects.toThrow();
      expect(await storage.starterAnswers.listByPost('p1')).toEqual([]);
    });

    it('keeps one reflection per post and person, and lists a person’s reflections', async () => {
      const base = { postId: 'p1', personKey: 'teams:t1:an', index: 1, texts: ['eerste', null], status: 'active' as const, startedAt: '2026-11-23T08:00:00Z', updatedAt: '2026-11-23T08:00:00Z' };
      await storage.reflections.save(base);
      await storage.reflections.save({ ...base, index: 2, texts: ['eerste', ''], status: 'finished', sharedAs: 'private' });
      await storage.reflections.save({ ...base, postId: 'p2' });
      expect(await storage.reflections.get('p1', 'teams:t1:an')).toMatchObject({ index: 2, status: 'finished', sharedAs: 'private' });
      expect((await storage.reflections.listByPerson('teams:t1:an')).map((r) => r.postId).sort()).toEqual(['p1', 'p2']);
      expect(await storage.reflections.get('p1', 'teams:t1:other')).toBeUndefined();
      await storage.reflections.delete('p1', 'teams:t1:an');
      await storage.reflections.delete('p1', 'teams:t1:nobody');
      expect(await storage.reflections.get('p1', 'teams:t1:an')).toBeUndefined();
      expect((await storage.reflections.listByPerson('teams:t1:an')).map((r) => r.postId)).toEqual(['p2']);
    });

    it('stores custom starters and posts per group, and download links by token', async () => {
      await storage.customStarters.save({
        id: 's1', groupId: 'g1', language: 'nl', phase: 'reflecting', tags: ['feedback'], title: 'Feedback', questions: ['Wat werkte?'],
        status: 'active', createdBy: 'p', createdAt: '2026-11-23T08:00:00Z', updatedAt: '2026-11-23T08:00:00Z',
      });
      await storage.starterPosts.save({ id: 'p1', groupId: 'g1', starterId: 's1', source: 'custom', allowAnonymous: true, status: 'posted', createdBy: 'p', createdAt: '2026-11-23T08:00:00Z' });
      await storage.starterPosts.save({ id: 'p2', groupId: 'g2', starterId: 'x', source: 'library', allowAnonymous: false, status: 'scheduled', scheduledFor: '2026-11-30T08:00:00Z', createdBy: 'p', createdAt: '2026-11-23T08:00:00Z' });
      expect((await storage.customStarters.listByGroup('g1')).map((s) => s.id)).toEqual(['s1']);
      expect((await storage.starterPosts.listByGroup('g1')).map((p) => p.id)).toEqual(['p1']);
      expect((await storage.starterPosts.listScheduled()).map((p) => p.id)).toEqual(['p2']);
      await storage.downloads.save({ token: 'tok-0123456789abcdef', kind: 'starter-answers', subjectId: 'p1', groupId: 'g1', createdBy: 'p', expiresAt: '2026-11-24T08:00:00Z' });
      expect((await storage.downloads.get('tok-0123456789abcdef'))?.subjectId).toBe('p1');
      expect(await storage.downloads.get('nope-nope-nope-nope')).toBeUndefined();
    });

    if (opts.persistent) {
      it('keeps answers and reflections across close and reopen', async () => {
        await storage.starterAnswers.save(anonymous('a2', 'p1', hash('d')));
        await storage.reflections.save({ postId: 'p1', personKey: 'k', index: 0, texts: [null], status: 'active', startedAt: '2026-11-23T08:00:00Z', updatedAt: '2026-11-23T08:00:00Z' });
        await storage.close();
        const again = await sut.reopen!();
        expect((await again.starterAnswers.findByEditKeyHash(hash('d')))?.id).toBe('a2');
        expect((await again.reflections.get('p1', 'k'))?.status).toBe('active');
      });
    }
  });
}
