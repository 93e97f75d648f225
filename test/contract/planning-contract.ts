import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDERS, type Group, type Moment, type Reminder, type Storage } from '../../src/core/index.js';
import { storeForEachTest, type StorageUnderTest } from './storage-contract.js';

/** A group bound to a conversation. */
export function makeGroup(id: string, tenantId = 't1', conversationId = `c-${id}`, channel = 'teams'): Group {
  return {
    id,
    channel,
    tenantId,
    conversationId,
    name: `PLG ${id}`,
    kind: 'plg',
    timeZone: 'Europe/Brussels',
    community: 'vl',
    reminders: DEFAULT_REMINDERS,
    closedDays: [{ date: '2027-01-22', reason: 'pedagogische studiedag' }],
    examPeriods: [],
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
  };
}

/** A planned moment of a group. */
export function makeMoment(id: string, groupId: string, start: string, extra: Partial<Moment> = {}): Moment {
  return {
    id,
    groupId,
    title: 'PLG-overleg',
    start,
    end: new Date(new Date(start).getTime() + 3600_000).toISOString(),
    zone: 'Europe/Brussels',
    status: 'planned',
    sequence: 0,
    icsToken: `token-${id}-0123456789abcdef`,
    rsvps: {},
    createdBy: 'teams:t1:ann',
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
    ...extra,
  };
}

/** A pending reminder. */
export function makeReminder(id: string, subjectId: string, dueAt: string, extra: Partial<Reminder> = {}): Reminder {
  return {
    id,
    kind: 'moment',
    groupId: 'g1',
    subjectId,
    subjectVersion: 0,
    recipient: 'teams:t1:ann',
    leadMinutes: 1440,
    dueAt,
    notAfter: '2027-12-31T00:00:00.000Z',
    status: 'pending',
    attempts: 0,
    ...extra,
  };
}

/** The part of the storage contract for groups, moments, reminders and drafts. */
export function describePlanningContract(name: string, make: () => Promise<StorageUnderTest>, opts: { persistent: boolean }): void {
  describe(`Storage contract (planning): ${name}`, () => {
    let sut: StorageUnderTest;
    let storage: Storage;
    storeForEachTest(make, (opened) => {
      sut = opened;
      storage = opened.storage;
    });

    it('finds a group by its conversation, only within the same channel and tenant', async () => {
      await storage.groups.save(makeGroup('g1', 't1', 'conv-1'));
      await storage.groups.save(makeGroup('g2', 't2', 'conv-1'));
      expect((await storage.groups.findByConversation('teams', 't1', 'conv-1'))?.id).toBe('g1');
      expect((await storage.groups.findByConversation('teams', 't2', 'conv-1'))?.id).toBe('g2');
      expect(await storage.groups.findByConversation('slack', 't1', 'conv-1')).toBeUndefined();
      expect((await storage.groups.listByTenant('teams', 't1')).map((g) => g.id)).toEqual(['g1']);
    });

    it('keeps one membership per group and person, listed both ways', async () => {
      await storage.memberships.save({ groupId: 'g1', personKey: 'p1', role: 'facilitator', active: true, joinedAt: '2026-11-01T08:00:00Z' });
      await storage.memberships.save({ groupId: 'g1', personKey: 'p2', role: 'member', active: true, joinedAt: '2026-11-01T08:00:00Z' });
      await storage.memberships.save({ groupId: 'g2', personKey: 'p1', role: 'guest', active: true, joinedAt: '2026-11-01T08:00:00Z' });
      await storage.memberships.save({ groupId: 'g1', personKey: 'p2', role: 'member', active: false, joinedAt: '2026-11-01T08:00:00Z', leftAt: '2026-11-02T08:00:00Z' });
      expect((await storage.memberships.listByGroup('g1')).map((m) => [m.personKey, m.active]).sort()).toEqual([['p1', true], ['p2', false]]);
      expect((await storage.memberships.listByPerson('p1')).map((m) => m.role).sort()).toEqual(['facilitator', 'guest']);
      expect((await storage.memberships.get('g2', 'p1'))?.role).toBe('guest');
      expect(await storage.memberships.get('g3', 'p1')).toBeUndefined();
    });

    it('lists moments by group and series in start order and finds them by calendar token', async () => {
      await storage.moments.save(makeMoment('m2', 'g1', '2027-01-20T13:00:00.000Z', { seriesId: 's1' }));
      await storage.moments.save(makeMoment('m1', 'g1', '2026-12-09T13:00:00.000Z', { seriesId: 's1' }));
      await storage.moments.save(makeMoment('m3', 'g2', '2026-12-01T13:00:00.000Z'));
      expect((await storage.moments.listByGroup('g1')).map((m) => m.id)).toEqual(['m1', 'm2']);
      expect((await storage.moments.listBySeries('s1')).map((m) => m.id)).toEqual(['m1', 'm2']);
      expect((await storage.moments.findByIcsToken('token-m3-0123456789abcdef'))?.id).toBe('m3');
      expect(await storage.moments.findByIcsToken('nope')).toBeUndefined();
    });

    it('stores questions per moment in order and agreements per group by due date', async () => {
      await storage.questions.save({ id: 'q2', groupId: 'g1', momentId: 'm1', personKey: 'p1', text: 'Hoe differentiëren?', createdAt: '2026-11-02T08:00:00Z' });
      await storage.questions.save({ id: 'q1', groupId: 'g1', momentId: 'm1', personKey: 'p2', text: 'Wie neemt notities?', createdAt: '2026-11-01T08:00:00Z' });
      await storage.questions.save({ id: 'q3', groupId: 'g1', momentId: 'm2', personKey: 'p2', text: 'Andere', createdAt: '2026-11-01T08:00:00Z' });
      expect((await storage.questions.listByMoment('m1')).map((q) => q.id)).toEqual(['q1', 'q2']);
      await storage.agreements.save({ id: 'a2', groupId: 'g1', ownerKey: 'p1', text: 'Lesvoorbeeld delen', due: '2026-12-10', status: 'open', createdBy: 'p1', createdAt: '2026-11-01T08:00:00Z' });
      await storage.agreements.save({ id: 'a1', groupId: 'g1', ownerKey: 'p2', text: 'Verslag', due: '2026-12-01', status: 'open', createdBy: 'p1', createdAt: '2026-11-01T08:00:00Z' });
      expect((await storage.agreements.listByGroup('g1')).map((a) => a.id)).toEqual(['a1', 'a2']);
      expect((await storage.agreements.get('a2'))?.text).toBe('Lesvoorbeeld delen');
    });

    it('lists open reminders (pending and interrupted sending) and reminders per subject', async () => {
      await storage.reminders.save(makeReminder('r1', 'm1', '2026-12-01T08:00:00.000Z'));
      await storage.reminders.saveDurably(makeReminder('r2', 'm1', '2026-12-02T08:00:00.000Z', { status: 'sending', attempts: 1 }));
      await storage.reminders.save(makeReminder('r3', 'm1', '2026-12-03T08:00:00.000Z', { status: 'sent', sentAt: '2026-12-03T08:00:01.000Z' }));
      await storage.reminders.save(makeReminder('r4', 'm2', '2026-12-03T08:00:00.000Z', { status: 'dropped' }));
      expect((await storage.reminders.listOpen()).map((r) => r.id).sort()).toEqual(['r1', 'r2']);
      expect((await storage.reminders.listBySubject('m1')).map((r) => r.id).sort()).toEqual(['r1', 'r2', 'r3']);
      await storage.reminders.save({ ...makeReminder('r1', 'm1', '2026-12-01T08:00:00.000Z'), status: 'sent' });
      expect((await storage.reminders.listOpen()).map((r) => r.id)).toEqual(['r2']);
    });

    it('saves, reads and deletes drafts', async () => {
      await storage.drafts.save({ id: 'd1', personKey: 'p1', kind: 'moment', data: { title: 'PLG' }, createdAt: '2026-11-01T08:00:00Z' });
      expect((await storage.drafts.get('d1'))?.data).toEqual({ title: 'PLG' });
      await storage.drafts.delete('d1');
      await storage.drafts.delete('d1');
      expect(await storage.drafts.get('d1')).toBeUndefined();
    });

    it('refuses records that break the schema', async () => {
      await expect(storage.groups.save({ ...makeGroup('g1'), community: 'de' } as unknown as Group)).rejects.toThrow();
      await expect(storage.moments.save({ ...makeMoment('m1', 'g1', '2026-12-01T08:00:00Z'), status: 'maybe' } as unknown as Moment)).rejects.toThrow();
      expect(await storage.groups.get('g1')).toBeUndefined();
    });

    if (opts.persistent) {
      it('keeps groups, moments and reminders across close and reopen; durable saves reach the file at once', async () => {
        const group = makeGroup('g1');
        const moment = makeMoment('m1', 'g1', '2026-12-09T13:00:00.000Z', { rsvps: { p1: { answer: 'online', at: '2026-11-02T08:00:00.000Z' } } });
        await storage.groups.save(group);
        await storage.moments.save(moment);
        await storage.reminders.saveDurably(makeReminder('r1', 'm1', '2026-12-01T08:00:00.000Z', { status: 'sending', attempts: 1 }));
        await storage.close();
        const again = await sut.reopen!();
        expect(await again.groups.get('g1')).toEqual(group);
        expect(await again.moments.get('m1')).toEqual(moment);
        expect((await again.reminders.listOpen()).map((r) => [r.id, r.status])).toEqual([['r1', 'sending']]);
      });
    }
  });
}
