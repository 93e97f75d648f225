import { describe, expect, it } from 'vitest';
import { cancelReminders, planAgreementReminder, planMomentReminders } from '../../src/core/features/reminders/plan-reminders.js';
import { key, reminderHarness, saveAgreement, saveMoment } from './reminder-kit.js';

const an = key('an');
const jonas = key('jonas');
const fatima = key('fatima');

describe('planning reminders', () => {
  it('creates one reminder per member and lead time plus the facilitators’ attendance overview, and schedules each', async () => {
    const h = await reminderHarness();
    const moment = await saveMoment(h);
    await planMomentReminders(h.deps, moment);
    const rows = await h.reminders();
    expect(rows.map((r) => [r.id, r.kind, r.recipient, r.leadMinutes, r.dueAt, r.notAfter, r.status])).toEqual([
      [`attendance:mom_1:v0:${an}:2880`, 'attendance', an, 2880, '2026-11-30T14:30:00.000Z', '2026-12-02T14:30:00.000Z', 'pending'],
      [`moment:mom_1:v0:${an}:10080`, 'moment', an, 10080, '2026-11-25T14:30:00.000Z', '2026-12-02T14:30:00.000Z', 'pending'],
      [`moment:mom_1:v0:${an}:1440`, 'moment', an, 1440, '2026-12-01T14:30:00.000Z', '2026-12-02T14:30:00.000Z', 'pending'],
      [`moment:mom_1:v0:${fatima}:10080`, 'moment', fatima, 10080, '2026-11-25T14:30:00.000Z', '2026-12-02T14:30:00.000Z', 'pending'],
      [`moment:mom_1:v0:${fatima}:1440`, 'moment', fatima, 1440, '2026-12-01T14:30:00.000Z', '2026-12-02T14:30:00.000Z', 'pending'],
      [`moment:mom_1:v0:${jonas}:10080`, 'moment', jonas, 10080, '2026-11-25T14:30:00.000Z', '2026-12-02T14:30:00.000Z', 'pending'],
      [`moment:mom_1:v0:${jonas}:1440`, 'moment', jonas, 1440, '2026-12-01T14:30:00.000Z', '2026-12-02T14:30:00.000Z', 'pending'],
    ]);
    expect(rows.every((r) => r.attempts === 0 && r.groupId === 'grp_1' && r.subjectVersion === 0)).toBe(true);
    expect(h.deps.scheduler.size()).toBe(7);
    expect(h.deps.scheduler.nextDue()?.toISOString()).toBe('2026-11-25T14:30:00.000Z');
  });

  it('is idempotent: planning twice keeps the same rows, and never touches a reminder that was already sent', async () => {
    const h = await reminderHarness();
    const moment = await saveMoment(h);
    await planMomentReminders(h.deps, moment);
    await h.at('2026-11-25T14:30:00Z');
    const before = await h.reminders();
    await planMomentReminders(h.deps, moment);
    expect(await h.reminders()).toEqual(before);
    expect(before.filter((r) => r.status === 'sent')).toHaveLength(3);
    expect(h.deps.scheduler.size()).toBe(4);
  });

  it('skips lead times that have already passed: a moment two days ahead gets the 1-day reminder, not the 7-day one', async () => {
    const h = await reminderHarness();
    await planMomentReminders(h.deps, await saveMoment(h, { start: '2026-11-25T14:30:00.000Z' }));
    const rows = await h.reminders();
    expect(rows.map((r) => `${r.kind}:${r.leadMinutes}`).sort()).toEqual(['attendance:2880', 'moment:1440', 'moment:1440', 'moment:1440']);
  });

  it('adds the 1-hour reminder for online moments', async () => {
    const h = await reminderHarness();
    await planMomentReminders(h.deps, await saveMoment(h, { onlineUrl: 'https://meet.example.be/plg' }));
    const rows = await h.reminders();
    expect(rows.filter((r) => r.leadMinutes === 60).map((r) => [r.recipient, r.dueAt])).toEqual([
      [an, '2026-12-02T13:30:00.000Z'],
      [fatima, '2026-12-02T13:30:00.000Z'],
      [jonas, '2026-12-02T13:30:00.000Z'],
    ]);
  });

  it('plans one channel post per lead time when the group wants reminders in its channel', async () => {
    const h = await reminderHarness({ group: { reminders: { leadMinutes: [10080, 1440], onlineLeadMinutes: [60], delivery: 'channel' } } });
    await planMomentReminders(h.deps, await saveMoment(h));
    expect((await h.reminders()).map((r) => r.id)).toEqual([`attendance:mom_1:v0:${an}:2880`, 'moment:mom_1:v0:group:10080', 'moment:mom_1:v0:group:1440']);
  });

  it('drops and unschedules the open reminders of an older version when a moment moves', async () => {
    const h = await reminderHarness();
    const v0 = await saveMoment(h);
    await planMomentReminders(h.deps, v0);
    const v1 = await saveMoment(h, { start: '2026-12-09T14:30:00.000Z', sequence: 1 });
    await planMomentReminders(h.deps, v1);
    const rows = await h.reminders();
    expect(rows.filter((r) => r.subjectVersion === 0).every((r) => r.status === 'dropped')).toBe(true);
    expect(rows.filter((r) => r.subjectVersion === 1 && r.status === 'pending')).toHaveLength(7);
    expect(h.deps.scheduler.size()).toBe(7);
    expect(h.deps.scheduler.nextDue()?.toISOString()).toBe('2026-12-02T14:30:00.000Z');
    // Nothing of the old version goes out when its time comes.
    await h.at('2026-11-25T15:00:00Z');
    expect(h.deps.messenger.sent).toHaveLength(0);
  });

  it('drops a member’s pending reminders when a new plan no longer includes them (they left the group)', async () => {
    const h = await reminderHarness();
    const moment = await saveMoment(h);
    await planMomentReminders(h.deps, moment);
    const membership = await h.deps.storage.memberships.get('grp_1', fatima);
    await h.deps.storage.memberships.save({ ...membership!, active: false, leftAt: h.deps.clock.now().toISOString() });
    await planMomentReminders(h.deps, moment);
    const rows = await h.reminders();
    expect(rows.filter((r) => r.recipient === fatima).map((r) => r.status)).toEqual(['dropped', 'dropped']);
    expect(h.deps.scheduler.size()).toBe(5);
  });

  it('cancels: every open reminder of the subject is dropped and unscheduled; a cancelled moment plans nothing', async () => {
    const h = await reminderHarness();
    const moment = await saveMoment(h);
    await planMomentReminders(h.deps, moment);
    await cancelReminders(h.deps, 'mom_1');
    expect((await h.reminders()).every((r) => r.status === 'dropped')).toBe(true);
    expect(h.deps.scheduler.size()).toBe(0);
    await planMomentReminders(h.deps, { ...moment, status: 'cancelled', sequence: 1 });
    expect((await h.reminders()).filter((r) => r.status === 'pending')).toHaveLength(0);
  });

  it('plans an agreement reminder for its owner at 09:00 the day before it is due, in the group’s zone', async () => {
    const h = await reminderHarness();
    await planAgreementReminder(h.deps, await saveAgreement(h, { due: '2026-11-30' }));
    expect((await h.reminders()).map((r) => [r.id, r.recipient, r.dueAt, r.notAfter])).toEqual([
      [`agreement:agr_1:v20261130:${jonas}:1440`, jonas, '2026-11-29T08:00:00.000Z', '2026-11-30T23:00:00.000Z'],
    ]);
  });

  it('plans an agreement reminder as soon as possible when 09:00 the day before has passed, and none on the due day itself', async () => {
    const h = await reminderHarness({ start: '2026-11-29T10:00:00Z' });
    await planAgreementReminder(h.deps, await saveAgreement(h, { due: '2026-11-30' }));
    expect((await h.reminders()).map((r) => r.dueAt)).toEqual(['2026-11-29T10:00:00.000Z']);
    const late = await reminderHarness({ start: '2026-11-30T07:00:00Z' });
    await planAgreementReminder(late.deps, await saveAgreement(late, { due: '2026-11-30' }));
    expect(await late.reminders()).toEqual([]);
  });

  it('replaces an agreement reminder when the due date changes, and drops it when the agreement is done', async () => {
    const h = await reminderHarness();
    const agreement = await saveAgreement(h, { due: '2026-11-30' });
    await planAgreementReminder(h.deps, agreement);
    await planAgreementReminder(h.deps, await saveAgreement(h, { due: '2026-12-04' }));
    expect((await h.reminders()).map((r) => [r.subjectVersion, r.status])).toEqual([
      [20261130, 'dropped'],
      [20261204, 'pending'],
    ]);
    await planAgreementReminder(h.deps, await saveAgreement(h, { due: '2026-12-04', status: 'done' }));
    expect((await h.reminders()).map((r) => r.status)).toEqual(['dropped', 'dropped']);
    expect(h.deps.scheduler.size()).toBe(0);
  });
});
