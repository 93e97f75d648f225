import { describe, expect, it } from 'vitest';
import { cancelVisitReminders, planVisitReminders } from '../../src/core/features/visits/visit-reminders.js';
import { an, bo, cas, dirk, eva, keyOf, setupVisits } from './kit.js';
import { all, AT, plannedVisit, SLOT, storeConfirmedVisit, stored } from './visit-reminder-kit.js';

const kindsOf = (messages: Array<{ card?: { title?: string } }>): Array<string | undefined> => messages.map((m) => m.card?.title);

describe('planning a visit’s reminders', () => {
  it('plans the preparation, day-before, hour-before, reflection and check-in for both sides', async () => {
    const { kit, visit } = await plannedVisit();
    const rows = await kit.h.deps.storage.reminders.listBySubject(visit.id);
    const summary = rows.map((r) => `${r.kind}|${r.recipient.split(':').pop()}|${r.leadMinutes}|${r.dueAt}|${r.notAfter}`).sort();
    expect(summary).toEqual(
      [
        `visit-prepare|dirk|4320|${AT.prepare}|${SLOT.start}`,
        `visit-prepare|bo|4320|${AT.prepare}|${SLOT.start}`,
        `visit|dirk|1440|${AT.dayBefore}|${SLOT.start}`,
        `visit|bo|1440|${AT.dayBefore}|${SLOT.start}`,
        `visit|dirk|60|${AT.hourBefore}|${SLOT.start}`,
        `visit|bo|60|${AT.hourBefore}|${SLOT.start}`,
        `visit-reflect|dirk|-15|${AT.reflect}|2026-12-04T10:10:00.000Z`,
        `visit-reflect|bo|-15|${AT.reflect}|2026-12-04T10:10:00.000Z`,
        // Only the visitor gets the check-in, four weeks later (after the Christmas holiday) at 15:30 Brussels, useful for a week.
        `visit-checkin|dirk|-40320|${AT.checkIn}|2027-01-11T14:30:00.000Z`,
      ].sort(),
    );
    expect(rows.every((r) => r.subjectVersion === 1 && r.status === 'pending' && r.groupId === kit.groupId)).toBe(true);
    expect(rows.map((r) => r.id)).toContain(`visit-checkin:v1:v1:${keyOf(dirk)}:-40320`);
  });

  it('is idempotent: planning again adds nothing', async () => {
    const { kit, visit } = await plannedVisit();
    await planVisitReminders(kit.h.deps, visit);
    expect(await kit.h.deps.storage.reminders.listBySubject(visit.id)).toHaveLength(9);
  });

  it('follows the group’s check-in setting', async () => {
    const kit = await setupVisits();
    await kit.h.deps.storage.groups.save({ ...(await kit.group()), visitSettings: { checkInWeeks: 2 } });
    const visit = await storeConfirmedVisit(kit);
    await planVisitReminders(kit.h.deps, visit);
    const checkIn = (await kit.h.deps.storage.reminders.listBySubject(visit.id)).find((r) => r.kind === 'visit-checkin');
    expect(checkIn?.dueAt).toBe('2026-12-15T14:30:00.000Z');
  });

  it('sends the preparation prompt at once when the visit is confirmed less than three days ahead', async () => {
    const kit = await setupVisits('2026-11-29T17:00:00Z');
    const visit = await storeConfirmedVisit(kit);
    await planVisitReminders(kit.h.deps, visit);
    await kit.at('2026-11-29T17:00:00Z');
    expect(kindsOf(kit.privateTo(dirk))).toEqual(['Bereid je klasbezoek voor']);
    expect(kindsOf(kit.privateTo(bo))).toEqual(['Bereid je klasbezoek voor']);
  });

  it('a moved visit drops the old reminders and sends only the new ones', async () => {
    const { kit, visit } = await plannedVisit();
    const moved = { ...visit, sequence: 2, slot: { date: '2026-12-08', periods: [3], start: '2026-12-08T09:20:00.000Z', end: '2026-12-08T10:10:00.000Z' } };
    await kit.h.deps.storage.visits.save(moved);
    await planVisitReminders(kit.h.deps, moved);
    const rows = await kit.h.deps.storage.reminders.listBySubject(visit.id);
    expect(rows.filter((r) => r.subjectVersion === 1).every((r) => r.status === 'dropped')).toBe(true);
    expect(rows.filter((r) => r.subjectVersion === 2 && r.status === 'pending')).toHaveLength(9);

    // The old day-before time passes in silence; the new one comes a week later.
    await kit.at(AT.dayBefore);
    expect(kit.privateTo(dirk)).toHaveLength(0);
    await kit.at('2026-12-07T09:20:00.000Z');
    const dirkGot = kit.privateTo(dirk);
    expect(kindsOf(dirkGot)).toEqual(['Bereid je klasbezoek voor', 'Morgen: klasbezoek']);
    expect(all(dirkGot[1])).toContain('dinsdag 8 december');
  });

  it('a cancelled visit sends nothing', async () => {
    const { kit, visit } = await plannedVisit();
    const cancelled = { ...visit, status: 'cancelled' as const, sequence: 2 };
    await kit.h.deps.storage.visits.save(cancelled);
    await planVisitReminders(kit.h.deps, cancelled);
    expect((await kit.h.deps.storage.reminders.listBySubject(visit.id)).every((r) => r.status === 'dropped')).toBe(true);
    await kit.at('2027-01-31T12:00:00.000Z');
    expect(kit.h.deps.messenger.sent).toHaveLength(0);
  });

  it('a visit cancelled without re-planning is still caught at send time', async () => {
    const { kit, visit } = await plannedVisit();
    await kit.h.deps.storage.visits.save({ ...visit, status: 'cancelled' });
    await kit.at('2027-01-31T12:00:00.000Z');
    expect(kit.h.deps.messenger.sent).toHaveLength(0);
    const rows = await kit.h.deps.storage.reminders.listBySubject(visit.id);
    expect(rows.every((r) => r.status === 'dropped')).toBe(true);
  });

  it('a recipient who left the group gets nothing; the other side still does', async () => {
    const { kit } = await plannedVisit();
    const membership = await kit.h.deps.storage.memberships.get(kit.groupId, keyOf(bo));
    await kit.h.deps.storage.memberships.save({ ...membership!, active: false, leftAt: kit.h.deps.clock.now().toISOString() });
    await kit.at(AT.dayBefore);
    expect(kit.privateTo(bo)).toHaveLength(0);
    expect(kindsOf(kit.privateTo(dirk))).toEqual(['Bereid je klasbezoek voor', 'Morgen: klasbezoek']);
  });

  it('nobody else in the group hears about the visit', async () => {
    const { kit } = await plannedVisit();
    await kit.at('2027-01-31T12:00:00.000Z');
    for (const other of [an, cas, eva]) expect(kit.privateTo(other)).toHaveLength(0);
    expect(kit.toChannel()).toHaveLength(0);
  });

  it('quiet hours defer the Friday-afternoon preparation prompt to Monday morning', async () => {
    const { kit } = await plannedVisit();
    const person = await kit.h.deps.storage.people.get(keyOf(dirk));
    await kit.h.deps.storage.people.save({ ...person!, quietHours: { start: '15:00', end: '07:00', weekends: true } });
    await kit.at(AT.prepare);
    expect(kit.privateTo(dirk)).toHaveLength(0);
    expect(kindsOf(kit.privateTo(bo))).toEqual(['Bereid je klasbezoek voor']);
    // Monday 07:00 in Brussels.
    await kit.at('2026-11-30T06:00:00.000Z');
    expect(kindsOf(kit.privateTo(dirk))).toEqual(['Bereid je klasbezoek voor']);
  });

  it('after downtime, the late day-before reminder does not arrive together with the hour-before one', async () => {
    const { kit } = await plannedVisit();
    await kit.at(AT.prepare);
    await kit.at(AT.hourBefore);
    const titles = kindsOf(kit.privateTo(dirk));
    expect(titles).toEqual(['Bereid je klasbezoek voor', 'Zo meteen: klasbezoek']);
  });

  it('a visit that took place keeps its reflections and check-in; cancelling drops every open one', async () => {
    const { kit, visit } = await plannedVisit();
    await kit.at(AT.hourBefore);
    const done = { ...visit, status: 'done' as const };
    await kit.h.deps.storage.visits.save(done);
    await planVisitReminders(kit.h.deps, done);
    const open = (await kit.h.deps.storage.reminders.listBySubject(visit.id)).filter((r) => r.status === 'pending').map((r) => r.kind).sort();
    expect(open).toEqual(['visit-checkin', 'visit-reflect', 'visit-reflect']);
    await cancelVisitReminders(kit.h.deps, visit.id);
    expect((await kit.h.deps.storage.reminders.listBySubject(visit.id)).filter((r) => r.status === 'pending')).toHaveLength(0);
    expect((await stored(kit)).status).toBe('done');
  });
});
