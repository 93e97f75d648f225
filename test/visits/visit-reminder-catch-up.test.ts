import { describe, expect, it } from 'vitest';
import type { CoreDeps } from '../../src/core/app/context.js';
import type { Clock, FakeClock } from '../../src/core/ports/clock.js';
import { planAgreementReminder, reconcile, type Wanted } from '../../src/core/features/reminders/plan-reminders.js';
import { planVisitReminders } from '../../src/core/features/visits/visit-reminders.js';
import { bo, dirk, keyOf, setupVisits, type VisitKit } from './kit.js';
import { storeConfirmedVisit } from './visit-reminder-kit.js';

/** A real clock's habit the frozen fake hides: every read is a little later (here 5 ms) than the one before. */
class TickingClock implements Clock {
  constructor(private readonly base: FakeClock) {}
  now(): Date {
    this.base.advance(5);
    return this.base.now();
  }
}

/** The kit's deps with a clock that moves on every read (the kit's own clock moves along). */
const ticking = (kit: VisitKit): CoreDeps => ({ ...kit.h.deps, clock: new TickingClock(kit.h.deps.clock) });

const titles = (kit: VisitKit, actor: typeof dirk): Array<string | undefined> => kit.privateTo(actor).map((m) => m.card?.title);

describe('reminders due "now" on a clock that moves', () => {
  it('a visit confirmed less than three days ahead still gets its preparation prompt', async () => {
    // Sunday 29 November, 18:00 Brussels; the visit is on Tuesday 1 December.
    const kit = await setupVisits('2026-11-29T17:00:00Z');
    const visit = await storeConfirmedVisit(kit);
    await planVisitReminders(ticking(kit), visit);

    const prepare = (await kit.h.deps.storage.reminders.listBySubject(visit.id)).filter((r) => r.kind === 'visit-prepare');
    expect(prepare.map((r) => `${r.recipient}|${r.status}`).sort()).toEqual([`${keyOf(bo)}|pending`, `${keyOf(dirk)}|pending`]);
    // Stored without the planner's flag: a row of the reminder schema.
    expect(prepare.every((r) => !('catchUp' in r))).toBe(true);
    const planned = kit.h.deps.logger.lines.find((l) => l.msg === 'visits: reminders planned');
    expect(planned?.fields).toMatchObject({ planned: 9, wanted: 9 });

    await kit.at('2026-11-29T17:00:01Z');
    expect(titles(kit, dirk)).toEqual(['Bereid je klasbezoek voor']);
    expect(titles(kit, bo)).toEqual(['Bereid je klasbezoek voor']);
  });

  it('an agreement recorded after 09:00 the day before it is due still gets its reminder', async () => {
    // Monday 23 November, 11:00 Brussels; due tomorrow.
    const kit = await setupVisits('2026-11-23T10:00:00Z');
    const agreement = { id: 'a1', groupId: kit.groupId, ownerKey: keyOf(dirk), text: 'Stappenplan uitproberen', due: '2026-11-24', status: 'open' as const, createdBy: keyOf(dirk), createdAt: '2026-11-23T10:00:00.000Z' };
    await kit.h.deps.storage.agreements.save(agreement);
    await planAgreementReminder(ticking(kit), agreement);
    const rows = await kit.h.deps.storage.reminders.listBySubject('a1');
    expect(rows.map((r) => r.status)).toEqual(['pending']);
  });

  it('a lead time that has passed is still skipped, catch-up or not', async () => {
    const kit = await setupVisits();
    const now = kit.h.deps.clock.now();
    const row = (id: string, dueAt: Date, notAfter: Date, catchUp?: boolean): Wanted => ({
      id, kind: 'moment', groupId: kit.groupId, subjectId: 'm1', subjectVersion: 1, recipient: keyOf(dirk), leadMinutes: 60,
      dueAt: dueAt.toISOString(), notAfter: notAfter.toISOString(), ...(catchUp ? { catchUp } : {}),
    });
    const past = new Date(now.getTime() - 1);
    const ahead = new Date(now.getTime() + 3_600_000);
    const planned = await reconcile(ticking(kit), 'm1', [
      row('passed-lead', past, ahead),
      row('catch-up', past, ahead, true),
      row('catch-up-too-late', past, past, true),
    ], 'test');
    expect(planned).toBe(1);
    expect((await kit.h.deps.storage.reminders.listBySubject('m1')).map((r) => r.id)).toEqual(['catch-up']);
  });
});
