import { describe, expect, it } from 'vitest';
import { planMomentReminders } from '../../src/core/features/reminders/plan-reminders.js';
import { quietUntil } from '../../src/core/features/reminders/quiet-hours.js';
import { dueBefore } from '../../src/core/features/reminders/reminder-times.js';
import { allText, key, reminderHarness, saveMoment } from './reminder-kit.js';

const dueOf = async (h: Awaited<ReturnType<typeof reminderHarness>>, id: string) => (await h.deps.storage.reminders.get(id))?.dueAt;

describe('reminders across daylight-saving changes (Europe/Brussels)', () => {
  it('spring (last Sunday of March 2027): the 7-day reminder of Wednesday 31 March 14:00 comes on 24 March at 14:00 local, 13:00Z', async () => {
    const h = await reminderHarness({ start: '2027-03-01T08:00:00Z' });
    // 14:00 summer time is 12:00Z; a week earlier 14:00 winter time is 13:00Z.
    await planMomentReminders(h.deps, await saveMoment(h, { start: '2027-03-31T12:00:00.000Z' }));
    expect(await dueOf(h, `moment:mom_1:v0:${key('jonas')}:10080`)).toBe('2027-03-24T13:00:00.000Z');
    expect(await dueOf(h, `moment:mom_1:v0:${key('jonas')}:1440`)).toBe('2027-03-30T12:00:00.000Z');
    expect(await dueOf(h, `attendance:mom_1:v0:${key('an')}:2880`)).toBe('2027-03-29T12:00:00.000Z');
    await h.at('2027-03-24T12:59:59Z');
    expect(h.deps.messenger.sent).toHaveLength(0);
    await h.at('2027-03-24T13:00:00Z');
    expect(h.sentTo('jonas')).toHaveLength(1);
    expect(allText(h.sentTo('jonas')[0])).toContain('begint op woensdag 31 maart om 14:00, over 7 dagen.');
    expect(allText(h.sentTo('jonas')[0])).toContain('woensdag 31 maart 2027, 14:00–15:00');
  });

  it('spring: a 1-day reminder over the change night itself keeps the wall clock (Monday 29 March 14:00 → Sunday 14:00)', async () => {
    const h = await reminderHarness({ start: '2027-03-01T08:00:00Z' });
    await planMomentReminders(h.deps, await saveMoment(h, { start: '2027-03-29T12:00:00.000Z' }));
    expect(await dueOf(h, `moment:mom_1:v0:${key('jonas')}:1440`)).toBe('2027-03-28T12:00:00.000Z');
    expect(await dueOf(h, `attendance:mom_1:v0:${key('an')}:2880`)).toBe('2027-03-27T13:00:00.000Z');
    await h.at('2027-03-28T12:00:00Z');
    expect(allText(h.sentTo('jonas').at(-1))).toContain('begint morgen om 14:00.');
  });

  it('autumn (last Sunday of October 2026): the 7-day reminder of Wednesday 28 October 14:00 comes on 21 October at 14:00 local, 12:00Z', async () => {
    const h = await reminderHarness({ start: '2026-10-01T08:00:00Z' });
    // 14:00 winter time is 13:00Z; a week earlier 14:00 summer time is 12:00Z.
    await planMomentReminders(h.deps, await saveMoment(h, { start: '2026-10-28T13:00:00.000Z' }));
    expect(await dueOf(h, `moment:mom_1:v0:${key('jonas')}:10080`)).toBe('2026-10-21T12:00:00.000Z');
    expect(await dueOf(h, `attendance:mom_1:v0:${key('an')}:2880`)).toBe('2026-10-26T13:00:00.000Z');
    await h.at('2026-10-21T11:59:59Z');
    expect(h.deps.messenger.sent).toHaveLength(0);
    await h.at('2026-10-21T12:00:00Z');
    expect(allText(h.sentTo('jonas')[0])).toContain('begint op woensdag 28 oktober om 14:00, over 7 dagen.');
  });

  it('counts hours (not whole days) as elapsed time, also across the change', () => {
    // Sunday 28 March 2027, 04:00 summer time (02:00Z); 3 hours earlier is 00:00 winter time (23:00Z the day before).
    expect(dueBefore('2027-03-28T02:00:00.000Z', 'Europe/Brussels', 180).toISOString()).toBe('2027-03-27T23:00:00.000Z');
    expect(dueBefore('2027-03-28T02:00:00.000Z', 'Europe/Brussels', 60).toISOString()).toBe('2027-03-28T01:00:00.000Z');
  });
});

describe('quiet hours', () => {
  const zone = 'Europe/Brussels';
  const night = { start: '20:00', end: '07:00', weekends: false };
  const at = (iso: string) => new Date(iso);

  it('is not quiet outside the range, nor without quiet hours', () => {
    expect(quietUntil(at('2026-11-24T12:00:00Z'), night, zone)).toBeUndefined();
    expect(quietUntil(at('2026-11-24T21:00:00Z'), undefined, zone)).toBeUndefined();
    expect(quietUntil(at('2026-11-24T06:00:00Z'), night, zone)).toBeUndefined();
  });

  it('crosses midnight: 20:00–07:00 is quiet in the evening until 07:00 the next morning and after midnight until 07:00', () => {
    expect(quietUntil(at('2026-11-24T19:00:00Z'), night, zone)?.toISOString()).toBe('2026-11-25T06:00:00.000Z');
    expect(quietUntil(at('2026-11-24T23:30:00Z'), night, zone)?.toISOString()).toBe('2026-11-25T06:00:00.000Z');
    expect(quietUntil(at('2026-11-25T05:59:00Z'), night, zone)?.toISOString()).toBe('2026-11-25T06:00:00.000Z');
  });

  it('handles a range within one day', () => {
    expect(quietUntil(at('2026-11-24T11:30:00Z'), { start: '12:00', end: '13:30', weekends: false }, zone)?.toISOString()).toBe('2026-11-24T12:30:00.000Z');
  });

  it('with weekends: Friday evening waits until Monday 07:00, Saturday noon too', () => {
    const weekend = { ...night, weekends: true };
    expect(quietUntil(at('2026-11-27T20:00:00Z'), weekend, zone)?.toISOString()).toBe('2026-11-30T06:00:00.000Z');
    expect(quietUntil(at('2026-11-28T11:00:00Z'), weekend, zone)?.toISOString()).toBe('2026-11-30T06:00:00.000Z');
    expect(quietUntil(at('2026-11-28T11:00:00Z'), night, zone)).toBeUndefined();
  });

  it('uses the person’s own zone', () => {
    // 21:00Z is 22:00 in Brussels (quiet) but 16:00 in New York (not quiet).
    expect(quietUntil(at('2026-11-24T21:00:00Z'), night, 'America/New_York')).toBeUndefined();
    expect(quietUntil(at('2026-11-24T21:00:00Z'), night, zone)).toBeDefined();
  });

  it('ends at the local wall-clock time across a DST change (07:00 on the Sunday clocks go back)', () => {
    expect(quietUntil(at('2026-10-24T21:00:00Z'), night, zone)?.toISOString()).toBe('2026-10-25T06:00:00.000Z');
    expect(quietUntil(at('2027-03-27T21:00:00Z'), night, zone)?.toISOString()).toBe('2027-03-28T05:00:00.000Z');
  });
});
