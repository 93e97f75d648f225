import { describe, expect, it } from 'vitest';
import { planMomentReminders } from '../../src/core/features/reminders/plan-reminders.js';
import { key, reminderHarness, saveMoment } from './reminder-kit.js';

describe('reminders follow the group', () => {
  it('re-plans coming moments when the group changes its lead times, and for a member who joins later', async () => {
    const h = await reminderHarness();
    const moment = await saveMoment(h);
    await planMomentReminders(h.deps, moment);
    const leadsOf = async () => [...new Set((await h.reminders()).filter((r) => r.status === 'pending' && r.kind === 'moment').map((r) => r.leadMinutes))].sort((a, b) => b - a);
    expect(await leadsOf()).toEqual([10080, 1440]);

    await h.say({ id: 'an', tenantId: 't1', name: 'An Peeters' }, 'groep herinneringen 2d 2u', { channel: 'chat', tenantId: 't1', conversationId: 'team-1', scope: 'channel' });
    expect(await leadsOf()).toEqual([2880, 120]);

    await h.send({ kind: 'members-added', address: { channel: 'chat', tenantId: 't1', conversationId: 'team-1', scope: 'channel' }, members: [{ id: 'lotte', tenantId: 't1', name: 'Lotte Maes' }] });
    const forLotte = (await h.deps.storage.reminders.listBySubject(moment.id)).filter((r) => r.recipient === key('lotte') && r.status === 'pending');
    expect(forLotte.map((r) => r.leadMinutes).sort((a, b) => b - a)).toEqual([2880, 120]);
  });

  it('retries when opening a direct chat fails for a passing reason, instead of losing the reminder', async () => {
    const h = await reminderHarness();
    const moment = await saveMoment(h);
    // Lotte joins later and never wrote to the bot: her reminders need a direct chat opened for her.
    await h.send({ kind: 'members-added', address: { channel: 'chat', tenantId: 't1', conversationId: 'team-1', scope: 'channel' }, members: [{ id: 'lotte', tenantId: 't1', name: 'Lotte Maes' }] });
    const messenger = h.deps.messenger;
    const open = messenger.openDirect.bind(messenger);
    let failures = 1;
    messenger.openDirect = async (via, userId) => {
      if (failures-- > 0) throw new Error('500 create conversation failed');
      return open(via, userId);
    };
    const weekBefore = (await h.deps.storage.reminders.listBySubject(moment.id)).find((r) => r.recipient === key('lotte') && r.leadMinutes === 10080)!;
    await h.at(weekBefore.dueAt);
    const afterFirst = (await h.deps.storage.reminders.get(weekBefore.id))!;
    expect(afterFirst).toMatchObject({ status: 'pending', attempts: 1 });
    expect(afterFirst.lastError).toContain('opening a direct chat failed');
    expect(h.sentTo('lotte')).toHaveLength(0);
    await h.tick(60_000);
    expect((await h.deps.storage.reminders.get(weekBefore.id))?.status).toBe('sent');
    expect(h.sentTo('lotte')).toHaveLength(1);
  });

  it('lets a person who had blocked the bot receive reminders again once they write to it', async () => {
    const h = await reminderHarness();
    const now = h.deps.clock.now().toISOString();
    const jonas = (await h.deps.storage.people.get(key('jonas')))!;
    await h.deps.storage.people.save({ ...jonas, unreachableSince: now });
    await h.say({ id: 'jonas', tenantId: 't1', name: 'Jonas Claes' }, 'hulp', { channel: 'chat', tenantId: 't1', conversationId: 'dm-jonas', scope: 'personal', userId: 'jonas' });
    expect((await h.deps.storage.people.get(key('jonas')))?.unreachableSince).toBeUndefined();
  });
});
