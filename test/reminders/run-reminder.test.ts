import { describe, expect, it } from 'vitest';
import { createCore, ManualScheduler } from '../../src/core/index.js';
import { planAgreementReminder, planMomentReminders } from '../../src/core/features/reminders/plan-reminders.js';
import { INTERRUPTED } from '../../src/core/features/reminders/run-reminder.js';
import { allText, failNext, key, reminderHarness, saveAgreement, saveMoment, type ReminderHarness } from './reminder-kit.js';

const an = key('an');
const jonas = key('jonas');
const fatima = key('fatima');

async function planned(): Promise<ReminderHarness> {
  const h = await reminderHarness();
  await planMomentReminders(h.deps, await saveMoment(h));
  return h;
}

/** A new core on the same storage, clock and messenger, as after a restart; its own scheduler. */
async function restart(h: ReminderHarness): Promise<{ scheduler: ManualScheduler; armed: number; runDue(): Promise<number> }> {
  const scheduler = new ManualScheduler();
  const core = createCore({ ...h.deps, scheduler });
  scheduler.onDue((id) => core.runJob(id));
  const armed = await core.start();
  return { scheduler, armed, runDue: () => scheduler.runDue(h.deps.clock.now()) };
}

const counts = (h: ReminderHarness): Record<string, number> =>
  Object.fromEntries(['an', 'jonas', 'fatima'].map((who) => [who, h.sentTo(who).length]));

describe('running reminders', () => {
  it('sends each due reminder once, and a second run of the same id sends nothing', async () => {
    const h = await planned();
    expect(await h.at('2026-11-25T14:29:59Z')).toBe(0);
    expect(await h.at('2026-11-25T14:30:00Z')).toBe(3);
    expect(counts(h)).toEqual({ an: 1, jonas: 1, fatima: 1 });
    for (const who of [an, jonas, fatima]) await h.core.runJob(`moment:mom_1:v0:${who}:10080`);
    expect(h.deps.messenger.sent).toHaveLength(3);
    const sent = (await h.reminders()).filter((r) => r.leadMinutes === 10080);
    expect(sent.map((r) => [r.status, r.attempts, r.sentAt])).toEqual(Array(3).fill(['sent', 1, '2026-11-25T14:30:00.000Z']));

    await h.at('2026-11-30T14:30:00Z');
    expect(counts(h)).toEqual({ an: 2, jonas: 1, fatima: 1 });
    expect(h.sentTo('an')[1]?.card?.title).toBe('Aanwezigheden: PLG-moment: feedback die vooruit helpt');
    await h.at('2026-12-01T14:30:00Z');
    expect(counts(h)).toEqual({ an: 3, jonas: 2, fatima: 2 });
    expect(h.deps.scheduler.size()).toBe(0);
    await h.at('2026-12-03T00:00:00Z');
    expect(h.deps.messenger.sent).toHaveLength(7);
  });

  it('sends once when the same job is started twice at the same time (a duplicate delivery attempt)', async () => {
    const h = await planned();
    const id = `moment:mom_1:v0:${jonas}:10080`;
    h.deps.clock.set('2026-11-25T14:30:00Z');
    // A slow platform: the second run starts while the first is still waiting for the send.
    const deliver = h.deps.messenger.send.bind(h.deps.messenger);
    h.deps.messenger.send = async (address, message) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return deliver(address, message);
    };
    await Promise.all([h.core.runJob(id), h.core.runJob(id), h.core.runJob(id)]);
    await h.core.runJob(id);
    expect(h.sentTo('jonas')).toHaveLength(1);
    expect(await h.deps.storage.reminders.get(id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('survives a restart mid-schedule: a new core on the same storage re-arms and continues; nothing lost, nothing twice', async () => {
    const h = await planned();
    await h.at('2026-11-25T14:30:00Z');
    expect(h.deps.messenger.sent).toHaveLength(3);
    const second = await restart(h);
    expect(second.armed).toBe(4);
    expect(second.scheduler.nextDue()?.toISOString()).toBe('2026-11-30T14:30:00.000Z');
    h.deps.clock.set('2026-12-01T14:30:00Z');
    expect(await second.runDue()).toBe(4);
    // Once more: a third start finds nothing open.
    const third = await restart(h);
    expect(third.armed).toBe(0);
    expect(await third.runDue()).toBe(0);
    expect(counts(h)).toEqual({ an: 3, jonas: 2, fatima: 2 });
    expect((await h.reminders()).every((r) => r.status === 'sent')).toBe(true);
  });

  it('never resends a reminder found in `sending` at start (a crash mid-send): it is marked failed and logged', async () => {
    const h = await planned();
    const id = `moment:mom_1:v0:${jonas}:10080`;
    const row = await h.deps.storage.reminders.get(id);
    // What a crash right after the durable `sending` write leaves behind.
    await h.deps.storage.reminders.saveDurably({ ...row!, status: 'sending', attempts: 1 });
    h.deps.clock.set('2026-11-25T14:30:00Z');
    const second = await restart(h);
    expect(second.armed).toBe(6);
    await second.runDue();
    expect(counts(h)).toEqual({ an: 1, jonas: 0, fatima: 1 });
    expect(await h.deps.storage.reminders.get(id)).toMatchObject({ status: 'failed', lastError: INTERRUPTED, attempts: 1 });
    expect(h.deps.logger.lines.some((l) => l.level === 'warn' && l.msg.includes(INTERRUPTED) && l.fields?.['reminderId'] === id)).toBe(true);
    // Also when the old job fires before any restart: settled, not sent.
    await h.deps.storage.reminders.save({ ...row!, id: `${id}-copy`, status: 'sending' });
    await h.core.runJob(`${id}-copy`);
    expect((await h.deps.storage.reminders.get(`${id}-copy`))?.status).toBe('failed');
    expect(counts(h)).toEqual({ an: 1, jonas: 0, fatima: 1 });
  });

  it('waits until quiet hours end, except when the moment would be missed by then', async () => {
    const h = await reminderHarness();
    const jonasProfile = await h.deps.storage.people.get(jonas);
    await h.deps.storage.people.save({ ...jonasProfile!, quietHours: { start: '19:00', end: '07:00', weekends: false } });
    // An online evening session: Wednesday 2 December 2026, 20:30 in Brussels.
    await planMomentReminders(h.deps, await saveMoment(h, { start: '2026-12-02T19:30:00.000Z', onlineUrl: 'https://meet.example.be/plg' }));
    await h.at('2026-11-25T19:30:00Z');
    expect(counts(h)).toEqual({ an: 1, jonas: 0, fatima: 1 });
    expect(await h.deps.storage.reminders.get(`moment:mom_1:v0:${jonas}:10080`)).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: '2026-11-26T06:00:00.000Z' });
    await h.at('2026-11-26T05:59:59Z');
    expect(h.sentTo('jonas')).toHaveLength(0);
    await h.at('2026-11-26T06:00:00Z');
    expect(h.sentTo('jonas')).toHaveLength(1);
    expect(allText(h.sentTo('jonas')[0])).toContain('begint op woensdag 2 december om 20:30, over 6 dagen');
    // The 1-hour reminder (19:30) falls in quiet hours too, but they end after the moment: it goes now.
    await h.at('2026-12-02T18:30:00Z');
    expect(h.sentTo('jonas').map((m) => m.text.split('\n')[1])).toContain('Doe online mee via deze link: https://meet.example.be/plg');
    expect(h.deps.logger.dump()).toContain('reminder sent in quiet hours: waiting would miss the moment');
  });

  it('sends a late but still useful reminder after downtime once, with the true time computed at send time', async () => {
    const h = await planned();
    // The app is down from before the 7-day reminder until Thursday 26 November, 11:00.
    h.deps.clock.set('2026-11-26T10:00:00Z');
    const second = await restart(h);
    await second.runDue();
    expect(counts(h)).toEqual({ an: 1, jonas: 1, fatima: 1 });
    expect(allText(h.sentTo('fatima')[0])).toContain('*PLG-moment: feedback die vooruit helpt* begint op woensdag 2 december om 15:30, over 6 dagen.');
  });

  it('after longer downtime sends only the latest due reminder of a moment, saying “vandaag om 15:30, over 2 uur”', async () => {
    const h = await planned();
    h.deps.clock.set('2026-12-02T12:30:00Z');
    const second = await restart(h);
    await second.runDue();
    expect(counts(h)).toEqual({ an: 2, jonas: 1, fatima: 1 });
    expect(allText(h.sentTo('jonas')[0])).toContain('begint vandaag om 15:30, over 2 uur.');
    expect(allText(h.sentTo('an').find((m) => m.card?.title?.startsWith('Aanwezigheden')))).toContain('begint vandaag om 15:30, over 2 uur.');
    const rows = await h.reminders();
    expect(rows.filter((r) => r.leadMinutes === 10080).map((r) => r.status)).toEqual(['dropped', 'dropped', 'dropped']);
    expect(rows.filter((r) => r.leadMinutes === 1440).map((r) => r.status)).toEqual(['sent', 'sent', 'sent']);
  });

  it('drops and logs reminders that are no longer useful because the moment has started', async () => {
    const h = await planned();
    h.deps.clock.set('2026-12-02T14:45:00Z');
    const second = await restart(h);
    await second.runDue();
    expect(h.deps.messenger.sent).toHaveLength(0);
    expect((await h.reminders()).every((r) => r.status === 'dropped' && r.lastError === 'late reminder no longer useful')).toBe(true);
    expect(h.deps.logger.lines.filter((l) => l.msg === 'reminder dropped: late reminder no longer useful')).toHaveLength(7);
  });

  it('drops a reminder whose moment moved or was cancelled after planning, and logs why', async () => {
    const h = await planned();
    // The moment changed (sequence 1) but its reminders were not planned again.
    await saveMoment(h, { sequence: 1 });
    await h.at('2026-11-25T14:30:00Z');
    expect(h.deps.messenger.sent).toHaveLength(0);
    expect(h.deps.logger.dump()).toContain('reminder dropped: moment moved or changed since planning');
    await saveMoment(h, { sequence: 0, status: 'cancelled' });
    await h.at('2026-12-01T14:30:00Z');
    expect(h.deps.messenger.sent).toHaveLength(0);
    expect(h.deps.logger.dump()).toContain('reminder dropped: moment cancelled');
  });

  it('reaches a member who never wrote to the bot through a direct chat opened via the group’s channel', async () => {
    const h = await planned();
    const now = h.deps.clock.now().toISOString();
    await h.deps.storage.people.save({ key: key('lotte'), channel: 'chat', tenantId: 't1', userId: 'lotte', name: 'Lotte Janssens', language: 'nl', timeZone: 'Europe/Brussels', createdAt: now, updatedAt: now });
    await h.deps.storage.memberships.save({ groupId: 'grp_1', personKey: key('lotte'), role: 'member', active: true, joinedAt: now });
    await planMomentReminders(h.deps, (await h.deps.storage.moments.get('mom_1'))!);
    expect(await h.deps.storage.addresses.get(key('lotte'))).toBeUndefined();
    await h.at('2026-11-25T14:30:00Z');
    expect(h.sentTo('lotte')).toHaveLength(1);
    expect(await h.deps.storage.addresses.get(key('lotte'))).toMatchObject({ scope: 'personal', conversationId: 'dm-lotte' });
  });

  it('marks an unreachable person and tells the facilitator once, also for a member no direct chat can be opened with', async () => {
    const h = await planned();
    failNext(h, 'dm-jonas', Array(5).fill({ ok: false, reason: 'unreachable', detail: '403 ConversationBlockedByUser' }));
    // Lotte never wrote to the bot, and the platform will not open a direct chat with her.
    h.deps.messenger.closedDirect.add('lotte');
    const now = h.deps.clock.now().toISOString();
    await h.deps.storage.people.save({ key: key('lotte'), channel: 'chat', tenantId: 't1', userId: 'lotte', name: 'Lotte Janssens', language: 'nl', timeZone: 'Europe/Brussels', createdAt: now, updatedAt: now });
    await h.deps.storage.memberships.save({ groupId: 'grp_1', personKey: key('lotte'), role: 'member', active: true, joinedAt: now });
    await planMomentReminders(h.deps, (await h.deps.storage.moments.get('mom_1'))!);

    await h.at('2026-11-25T14:30:00Z');
    expect((await h.deps.storage.people.get(jonas))?.unreachableSince).toBe('2026-11-25T14:30:00.000Z');
    expect((await h.deps.storage.people.get(key('lotte')))?.unreachableSince).toBe('2026-11-25T14:30:00.000Z');
    expect(await h.deps.storage.reminders.get(`moment:mom_1:v0:${jonas}:10080`)).toMatchObject({ status: 'failed', attempts: 1 });
    const notices = () => h.sentTo('an').filter((m) => m.card?.title === 'Leerkring bereikt iemand niet meer');
    expect(notices().map((m) => m.card?.blocks[0])).toEqual([
      expect.objectContaining({ text: expect.stringContaining('Leerkring kan Jonas Claes niet meer bereiken (groep: PLG Wiskunde).') }),
      expect.objectContaining({ text: expect.stringContaining('Leerkring kan Lotte Janssens niet meer bereiken (groep: PLG Wiskunde).') }),
    ]);
    // Fatima is not held up by them.
    expect(h.sentTo('fatima')).toHaveLength(1);

    await h.at('2026-12-01T14:30:00Z');
    expect(notices()).toHaveLength(2);
    expect(await h.deps.storage.reminders.get(`moment:mom_1:v0:${jonas}:1440`)).toMatchObject({ status: 'dropped', lastError: 'recipient marked unreachable' });
    expect(h.sentTo('fatima')).toHaveLength(2);
  });

  it('retries a rate-limited send exactly after Retry-After, and sends one message', async () => {
    const h = await planned();
    const failedAt = failNext(h, 'dm-jonas', [{ ok: false, reason: 'rate-limited', retryAfterMs: 30_000 }]);
    await h.at('2026-11-25T14:30:00Z');
    expect(failedAt).toEqual(['2026-11-25T14:30:00.000Z']);
    expect(await h.deps.storage.reminders.get(`moment:mom_1:v0:${jonas}:10080`)).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: '2026-11-25T14:30:30.000Z' });
    await h.tick(29_999);
    expect(h.sentTo('jonas')).toHaveLength(0);
    await h.tick(1);
    expect(h.sentTo('jonas')).toHaveLength(1);
    expect(await h.deps.storage.reminders.get(`moment:mom_1:v0:${jonas}:10080`)).toMatchObject({ status: 'sent', attempts: 2, sentAt: '2026-11-25T14:30:30.000Z' });
  });

  it('backs off after transient failures (30 s, 2 min, …) and sends one message when the platform recovers', async () => {
    const h = await planned();
    const failedAt = failNext(h, 'dm-jonas', Array(3).fill({ ok: false, reason: 'transient', detail: '502' }));
    await h.at('2026-11-25T14:30:00Z');
    for (let i = 0; i < 20; i++) await h.tick(30_000);
    expect(failedAt).toEqual(['2026-11-25T14:30:00.000Z', '2026-11-25T14:30:30.000Z', '2026-11-25T14:32:30.000Z']);
    await h.at('2026-11-25T14:42:29Z');
    expect(h.sentTo('jonas')).toHaveLength(0);
    await h.at('2026-11-25T14:42:30Z');
    expect(h.sentTo('jonas')).toHaveLength(1);
    expect(counts(h)).toEqual({ an: 1, jonas: 1, fatima: 1 });
  });

  it('gives up after 8 transient failures, or earlier when the next attempt would come after the moment started', async () => {
    const h = await planned();
    failNext(h, 'dm-jonas', Array(50).fill({ ok: false, reason: 'transient', detail: '500' }));
    await h.at('2026-11-25T14:30:00Z');
    for (let hour = 0; hour < 24; hour++) await h.tick(60 * 60_000);
    expect(await h.deps.storage.reminders.get(`moment:mom_1:v0:${jonas}:10080`)).toMatchObject({ status: 'failed', attempts: 8, lastError: expect.stringContaining('gave up after 8 attempts') });

    const online = await reminderHarness();
    failNext(online, 'dm-jonas', Array(50).fill({ ok: false, reason: 'transient', detail: '503' }));
    await planMomentReminders(online.deps, await saveMoment(online, { onlineUrl: 'https://meet.example.be/plg' }));
    await online.at('2026-12-02T13:30:00Z');
    for (let i = 0; i < 12; i++) await online.tick(10 * 60_000);
    expect(await online.deps.storage.reminders.get(`moment:mom_1:v0:${jonas}:60`)).toMatchObject({ status: 'failed', attempts: 4, lastError: expect.stringContaining('after the moment started') });
    expect(online.sentTo('jonas')).toHaveLength(0);
  });

  it('reminds an agreement’s owner the day before, and drops it when the agreement is done by then', async () => {
    const h = await reminderHarness();
    await planAgreementReminder(h.deps, await saveAgreement(h, { due: '2026-11-30' }));
    await h.at('2026-11-29T08:00:00Z');
    expect(h.sentTo('jonas').map((m) => m.text)).toEqual([
      'Herinnering: afspraak\nIn *PLG Wiskunde* heb je afgesproken: _Rubric voor feedback uitproberen in 3B_. Dat staat gepland tegen morgen (maandag 30 november).',
    ]);
    const done = await reminderHarness();
    await planAgreementReminder(done.deps, await saveAgreement(done, { due: '2026-11-30' }));
    await saveAgreement(done, { due: '2026-11-30', status: 'done' });
    await done.at('2026-11-29T08:00:00Z');
    expect(done.deps.messenger.sent).toHaveLength(0);
    expect(done.deps.logger.dump()).toContain('reminder dropped: agreement done');
  });

  it('says “today” when an agreement reminder arrives late on the due day itself', async () => {
    const h = await reminderHarness();
    await planAgreementReminder(h.deps, await saveAgreement(h, { due: '2026-11-30' }));
    h.deps.clock.set('2026-11-30T09:00:00Z');
    const second = await restart(h);
    await second.runDue();
    expect(h.sentTo('jonas')[0]?.text).toContain('Dat staat gepland tegen vandaag (maandag 30 november).');
  });
});
