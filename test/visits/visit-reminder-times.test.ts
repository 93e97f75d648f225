import { describe, expect, it } from 'vitest';
import { checkInTime, dayBeforeTime, isFollowUpDay, preparationTime } from '../../src/core/features/visits/visit-reminder-times.js';
import { planVisitReminders } from '../../src/core/features/visits/visit-reminders.js';
import type { Group } from '../../src/core/features/groups/group.js';
import { bo, dirk, keyOf, setupVisits } from './kit.js';
import { all, SLOT, storeConfirmedVisit } from './visit-reminder-kit.js';

const ZONE = 'Europe/Brussels';
const VL: Pick<Group, 'community' | 'closedDays'> = { community: 'vl', closedDays: [] };
const iso = (d: Date): string => d.toISOString();

/** Monday 7 December 2026, period 3: 10:20–11:10 in Brussels. */
const MONDAY = { date: '2026-12-07', periods: [3], start: '2026-12-07T09:20:00.000Z', end: '2026-12-07T10:10:00.000Z' };
/** Monday 4 January 2027, the first school day after the Christmas holiday, period 3. */
const AFTER_CHRISTMAS = { date: '2027-01-04', periods: [3], start: '2027-01-04T09:20:00.000Z', end: '2027-01-04T10:10:00.000Z' };

const rowsOf = async (kit: Awaited<ReturnType<typeof setupVisits>>, visitId = 'v1') =>
  (await kit.h.deps.storage.reminders.listBySubject(visitId)).filter((r) => r.recipient === keyOf(dirk) && r.status === 'pending');
const dueOf = async (kit: Awaited<ReturnType<typeof setupVisits>>, kind: string, lead?: number) =>
  (await rowsOf(kit)).find((r) => r.kind === kind && (lead === undefined || r.leadMinutes === lead))?.dueAt;

describe('school days for follow-ups', () => {
  it('weekends, holidays, free days and the group’s closed days are not; exam days are', () => {
    expect(isFollowUpDay('2026-11-27', VL)).toBe(true); // Friday
    expect(isFollowUpDay('2026-11-28', VL)).toBe(false); // Saturday
    expect(isFollowUpDay('2026-12-29', VL)).toBe(false); // Christmas holiday
    expect(isFollowUpDay('2026-11-11', VL)).toBe(false); // Armistice Day
    expect(isFollowUpDay('2026-12-09', { community: 'vl', closedDays: [{ date: '2026-12-09', reason: 'studiedag' }] })).toBe(false);
    // Exam periods are not part of the follow-up calendar at all: a short message during the exams is fine.
    expect(isFollowUpDay('2026-12-16', VL)).toBe(true);
  });

  it('the preparation prompt moves from a weekend to the school day before at 15:30, never before now', () => {
    const saturday = new Date('2026-11-28T09:20:00.000Z');
    expect(preparationTime(saturday, new Date('2026-11-23T08:00:00Z'), ZONE, VL)).toEqual({ at: new Date('2026-11-27T14:30:00.000Z'), catchUp: false });
    // Confirmed on Friday evening: the Friday afternoon is past, so it comes at once.
    const fridayEvening = new Date('2026-11-27T16:00:00Z');
    expect(preparationTime(saturday, fridayEvening, ZONE, VL)).toEqual({ at: fridayEvening, catchUp: true });
    // On a school day it keeps the visit's time, three days before.
    const thursday = new Date('2026-11-26T09:20:00.000Z');
    expect(preparationTime(thursday, new Date('2026-11-23T08:00:00Z'), ZONE, VL)).toEqual({ at: thursday, catchUp: false });
    // Three days before falls in the Christmas holiday: the last school day before it.
    expect(iso(preparationTime(new Date('2027-01-01T09:20:00.000Z'), new Date('2026-12-01T08:00:00Z'), ZONE, VL).at)).toBe('2026-12-18T14:30:00.000Z');
  });

  it('the day-before reminder of a Monday visit moves to Friday 15:30, unless that has passed or a holiday lies between', () => {
    const sunday = new Date('2026-12-06T09:20:00.000Z');
    expect(iso(dayBeforeTime(sunday, '2026-12-07', new Date('2026-11-23T08:00:00Z'), ZONE, VL))).toBe('2026-12-04T14:30:00.000Z');
    expect(iso(dayBeforeTime(sunday, '2026-12-07', new Date('2026-12-05T10:00:00Z'), ZONE, VL))).toBe(iso(sunday));
    const beforeHoliday = new Date('2027-01-03T09:20:00.000Z');
    expect(iso(dayBeforeTime(beforeHoliday, '2027-01-04', new Date('2026-12-01T08:00:00Z'), ZONE, VL))).toBe(iso(beforeHoliday));
    // Not onto the preparation prompt: a Tuesday visit after a free Monday would get both on Friday at 15:30.
    const freeMonday = new Date('2027-03-15T08:20:00.000Z');
    expect(iso(dayBeforeTime(freeMonday, '2027-03-16', new Date('2027-03-12T14:30:00.000Z'), ZONE, { community: 'vl', closedDays: [{ date: '2027-03-15', reason: 'facultatieve vrije dag' }] }))).toBe(iso(freeMonday));
    expect(iso(dayBeforeTime(freeMonday, '2027-03-16', new Date('2027-03-06T08:00:00Z'), ZONE, { community: 'vl', closedDays: [{ date: '2027-03-15', reason: 'facultatieve vrije dag' }] }))).toBe('2027-03-12T14:30:00.000Z');
    const tuesday = new Date('2026-12-08T09:20:00.000Z');
    expect(iso(dayBeforeTime(tuesday, '2026-12-09', new Date('2026-11-23T08:00:00Z'), ZONE, VL))).toBe(iso(tuesday));
  });

  it('the check-in moves out of a holiday or closed day to the next school day at 15:30', () => {
    expect(iso(checkInTime('2026-12-01', 4, ZONE, VL))).toBe('2027-01-04T14:30:00.000Z');
    expect(iso(checkInTime('2026-12-01', 2, ZONE, VL))).toBe('2026-12-15T14:30:00.000Z');
    expect(iso(checkInTime('2026-10-14', 4, ZONE, VL))).toBe('2026-11-12T14:30:00.000Z'); // 11 November is Armistice Day
    expect(iso(checkInTime('2026-12-01', 2, ZONE, { community: 'vl', closedDays: [{ date: '2026-12-15', reason: 'studiedag' }] }))).toBe('2026-12-16T14:30:00.000Z');
    // Summer time: still 15:30 on the wall clock.
    expect(iso(checkInTime('2027-05-04', 3, ZONE, VL))).toBe('2027-05-25T13:30:00.000Z');
  });
});

describe('planning a visit on the school calendar', () => {
  it('a Monday visit: the day-before reminder comes on Friday after school and says which day; the hour-before stays', async () => {
    const kit = await setupVisits();
    await storeConfirmedVisit(kit, { slot: MONDAY });
    await planVisitReminders(kit.h.deps, (await kit.h.deps.storage.visits.get('v1'))!);
    expect(await dueOf(kit, 'visit', 24 * 60)).toBe('2026-12-04T14:30:00.000Z');
    expect(await dueOf(kit, 'visit', 60)).toBe('2026-12-07T08:20:00.000Z');
    // Three days before is Friday 4 December, a school day: at the visit's time.
    expect(await dueOf(kit, 'visit-prepare')).toBe('2026-12-04T09:20:00.000Z');

    await kit.at('2026-12-04T14:30:00.000Z');
    const reminder = kit.privateTo(dirk).at(-1);
    expect(reminder?.card?.title).toBe('Maandag: klasbezoek');
    expect(all(reminder)).toContain('op maandag 7 december om 10:20, over 3 dagen');
    expect(kit.privateTo(bo).at(-1)?.card?.title).toBe('Maandag: klasbezoek');
  });

  it('a Tuesday visit after a free Monday: preparation on Friday after school, the day-before reminder stays on Monday', async () => {
    const kit = await setupVisits('2026-12-01T08:00:00Z');
    await kit.h.deps.storage.groups.save({ ...(await kit.group()), closedDays: [{ date: '2026-12-14', reason: 'facultatieve vrije dag' }] });
    await storeConfirmedVisit(kit, { slot: { date: '2026-12-15', periods: [3], start: '2026-12-15T09:20:00.000Z', end: '2026-12-15T10:10:00.000Z' } });
    await planVisitReminders(kit.h.deps, (await kit.h.deps.storage.visits.get('v1'))!);
    expect(await dueOf(kit, 'visit-prepare')).toBe('2026-12-11T14:30:00.000Z');
    expect(await dueOf(kit, 'visit', 24 * 60)).toBe('2026-12-14T09:20:00.000Z');
  });

  it('a Monday visit confirmed on Saturday keeps its reminder on Sunday', async () => {
    const kit = await setupVisits('2026-12-05T10:00:00Z');
    await storeConfirmedVisit(kit, { slot: MONDAY });
    await planVisitReminders(kit.h.deps, (await kit.h.deps.storage.visits.get('v1'))!);
    expect(await dueOf(kit, 'visit', 24 * 60)).toBe('2026-12-06T09:20:00.000Z');
    await kit.at('2026-12-06T09:20:00.000Z');
    expect(kit.privateTo(dirk).at(-1)?.card?.title).toBe('Morgen: klasbezoek');
  });

  it('confirmed on Friday evening for Tuesday: the preparation prompt comes at once, not on Saturday', async () => {
    const kit = await setupVisits('2026-11-27T17:00:00Z');
    const visit = await storeConfirmedVisit(kit);
    await planVisitReminders(kit.h.deps, visit);
    expect(await dueOf(kit, 'visit-prepare')).toBe('2026-11-27T17:00:00.000Z');
    await kit.at('2026-11-27T17:00:00Z');
    expect(kit.privateTo(dirk).map((m) => m.card?.title)).toEqual(['Bereid je klasbezoek voor']);
  });

  it('a visit right after the Christmas holiday: prepared before it, reminded on the Sunday', async () => {
    const kit = await setupVisits('2026-12-01T08:00:00Z');
    await storeConfirmedVisit(kit, { slot: AFTER_CHRISTMAS });
    await planVisitReminders(kit.h.deps, (await kit.h.deps.storage.visits.get('v1'))!);
    expect(await dueOf(kit, 'visit-prepare')).toBe('2026-12-18T14:30:00.000Z');
    expect(await dueOf(kit, 'visit', 24 * 60)).toBe('2027-01-03T09:20:00.000Z');
  });

  it('a check-in that falls in an exam period stays there', async () => {
    const kit = await setupVisits();
    await kit.h.deps.storage.groups.save({ ...(await kit.group()), visitSettings: { checkInWeeks: 2 }, examPeriods: [{ from: '2026-12-14', to: '2026-12-18', reason: 'examens' }] });
    const visit = await storeConfirmedVisit(kit);
    await planVisitReminders(kit.h.deps, visit);
    expect(await dueOf(kit, 'visit-checkin')).toBe('2026-12-15T14:30:00.000Z');
  });

  it('the visit’s own time stays untouched on a school day', async () => {
    const kit = await setupVisits();
    const visit = await storeConfirmedVisit(kit);
    await planVisitReminders(kit.h.deps, visit);
    expect(await dueOf(kit, 'visit', 24 * 60)).toBe('2026-11-30T09:20:00.000Z');
    expect(await dueOf(kit, 'visit-reflect')).toBe(new Date(new Date(SLOT.end).getTime() + 15 * 60_000).toISOString());
  });
});
