import { describe, expect, it } from 'vitest';
import type { Storage } from '../../src/core/index.js';
import type { HostOffer, Visit, VisitRequest } from '../../src/core/features/visits/visit.js';
import { storeForEachTest, type StorageUnderTest } from './storage-contract.js';

const at = '2026-11-23T08:00:00.000Z';

/** A visit request for the contract and other tests. */
export const makeVisitRequest = (id: string, groupId: string, visitorKey: string, over: Partial<VisitRequest> = {}): VisitRequest => ({
  id,
  groupId,
  visitorKey,
  learningQuestion: 'Hoe laat ik leerlingen zelfstandig werken in hoeken?',
  themes: ['differentiation'],
  lens: 'methods',
  form: 'observe',
  scope: 'network',
  free: [{ weekday: 2, period: 3 }],
  fromDate: '2026-11-30',
  toDate: '2027-01-15',
  trio: false,
  status: 'open',
  passedHosts: [],
  createdAt: at,
  updatedAt: at,
  ...over,
});

/** A host offer for the contract and other tests. */
export const makeHostOffer = (groupId: string, personKey: string, over: Partial<HostOffer> = {}): HostOffer => ({
  groupId,
  personKey,
  themes: ['differentiation'],
  show: 'Hoekenwerk in het eerste leerjaar',
  periods: [{ weekday: 2, period: 3 }],
  maxVisitors: 2,
  paused: false,
  createdAt: at,
  updatedAt: at,
  ...over,
});

/** A visit for the contract and other tests. */
export const makeVisit = (id: string, groupId: string, over: Partial<Visit> = {}): Visit => ({
  id,
  groupId,
  requestIds: ['q1'],
  visitorKeys: ['teams:t1:an'],
  hostKey: 'teams:t1:bo',
  form: 'observe',
  status: 'proposed',
  proposedSlots: [{ date: '2026-12-01', periods: [3], start: '2026-12-01T09:20:00.000Z', end: '2026-12-01T10:10:00.000Z' }],
  proposedBy: 'teams:t1:an',
  cover: {},
  sequence: 0,
  icsToken: `${id}-token-0123456789abcdef`,
  reasons: [{ kind: 'themes', themes: ['differentiation'] }],
  reciprocal: false,
  prep: {},
  reflections: {},
  createdAt: at,
  updatedAt: at,
  ...over,
});

/** The part of the storage contract for visit requests, host offers and visits. */
export function describeVisitsContract(name: string, make: () => Promise<StorageUnderTest>, opts: { persistent: boolean }): void {
  describe(`Storage contract (visits): ${name}`, () => {
    let sut: StorageUnderTest;
    let storage: Storage;
    storeForEachTest(make, (opened) => {
      sut = opened;
      storage = opened.storage;
    });

    it('keeps requests by group and by visitor', async () => {
      await storage.visitRequests.save(makeVisitRequest('q1', 'g1', 'teams:t1:an'));
      await storage.visitRequests.save(makeVisitRequest('q2', 'g2', 'teams:t1:an'));
      await storage.visitRequests.save(makeVisitRequest('q3', 'g1', 'teams:t1:bo'));
      expect((await storage.visitRequests.listByGroup('g1')).map((r) => r.id).sort()).toEqual(['q1', 'q3']);
      expect((await storage.visitRequests.listByVisitor('teams:t1:an')).map((r) => r.id).sort()).toEqual(['q1', 'q2']);
      await storage.visitRequests.save(makeVisitRequest('q1', 'g1', 'teams:t1:an', { status: 'withdrawn' }));
      expect((await storage.visitRequests.get('q1'))?.status).toBe('withdrawn');
    });

    it('keeps one host offer per group and person', async () => {
      await storage.hostOffers.save(makeHostOffer('g1', 'teams:t1:bo'));
      await storage.hostOffers.save(makeHostOffer('g1', 'teams:t1:bo', { maxVisitors: 1 }));
      await storage.hostOffers.save(makeHostOffer('g2', 'teams:t1:bo'));
      expect(await storage.hostOffers.listByGroup('g1')).toHaveLength(1);
      expect((await storage.hostOffers.get('g1', 'teams:t1:bo'))?.maxVisitors).toBe(1);
      expect(await storage.hostOffers.get('g1', 'teams:t1:other')).toBeUndefined();
    });

    it('finds visits by group, person, calendar token and the ones waiting for an answer', async () => {
      await storage.visits.save(makeVisit('v1', 'g1'));
      await storage.visits.save(makeVisit('v2', 'g1', { status: 'confirmed', visitorKeys: ['teams:t1:cas', 'teams:t1:dirk'], requestIds: ['q5', 'q6'] }));
      await storage.visits.save(makeVisit('v3', 'g2', { hostKey: 'teams:t1:cas' }));
      expect((await storage.visits.listByGroup('g1')).map((v) => v.id).sort()).toEqual(['v1', 'v2']);
      expect((await storage.visits.listByPerson('teams:t1:cas')).map((v) => v.id).sort()).toEqual(['v2', 'v3']);
      expect((await storage.visits.listByPerson('teams:t1:bo')).map((v) => v.id).sort()).toEqual(['v1', 'v2']);
      expect((await storage.visits.findByIcsToken('v2-token-0123456789abcdef'))?.id).toBe('v2');
      expect(await storage.visits.findByIcsToken('nope-0123456789abcdef')).toBeUndefined();
      expect((await storage.visits.listProposed()).map((v) => v.id).sort()).toEqual(['v1', 'v3']);
    });

    it('refuses records that break the schema', async () => {
      await expect(storage.visits.save(makeVisit('x1', 'g1', { visitorKeys: [] }))).rejects.toThrow();
      await expect(storage.visitRequests.save(makeVisitRequest('x2', 'g1', 'a', { free: [{ weekday: 6, period: 1 }] }))).rejects.toThrow();
      await expect(storage.hostOffers.save(makeHostOffer('g1', 'a', { maxVisitors: 9 }))).rejects.toThrow();
      expect(await storage.visits.get('x1')).toBeUndefined();
    });

    if (opts.persistent) {
      it('keeps requests, offers and visits across close and reopen', async () => {
        await storage.visitRequests.save(makeVisitRequest('q1', 'g1', 'teams:t1:an'));
        await storage.hostOffers.save(makeHostOffer('g1', 'teams:t1:bo'));
        await storage.visits.save(makeVisit('v1', 'g1'));
        await storage.close();
        const again = await sut.reopen!();
        expect((await again.visitRequests.get('q1'))?.learningQuestion).toContain('hoeken');
        expect(await again.hostOffers.get('g1', 'teams:t1:bo')).toBeDefined();
        expect((await again.visits.findByIcsToken('v1-token-0123456789abcdef'))?.id).toBe('v1');
      });
    }
  });
}
