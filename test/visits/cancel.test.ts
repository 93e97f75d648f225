import { describe, expect, it } from 'vitest';
import { VISIT_ACTIONS } from '../../src/core/features/visits/visit-actions.js';
import { planVisitReminders } from '../../src/core/features/visits/visit-reminders.js';
import { all, confirmedVisit, jobsOf, proposedVisit } from './answer-setup.js';
import { an, bo, buttonOf, cas, dirk, keyOf } from './kit.js';

const cancel = { id: VISIT_ACTIONS.cancel, value: 'v1' };

describe('cancelling a visit', () => {
  it('asks first, then cancels: the visitor hears it, the request opens again, the facilitator is told once', async () => {
    const { kit } = await confirmedVisit();
    await planVisitReminders(kit.h.deps, (await kit.h.deps.storage.visits.get('v1'))!);
    expect((await kit.h.deps.storage.reminders.listBySubject('v1')).filter((r) => r.status === 'pending').length).toBeGreaterThan(0);
    const ask = await kit.click(bo, cancel);
    expect(all(ask)).toContain('Het bezoek met Dirk Maes op dinsdag 1 december 2026, 3e lesuur (10:20–11:10) annuleren? Ik geef het door');
    expect((await kit.h.deps.storage.visits.get('v1'))?.status).toBe('confirmed');
    const beforeAn = kit.privateTo(an).length;
    const done = await kit.click(bo, buttonOf(ask[0], VISIT_ACTIONS.cancelConfirm));
    expect(all(done)).toContain('Het bezoek is geannuleerd. Ik liet het Dirk Maes weten.');
    const visit = (await kit.h.deps.storage.visits.get('v1'))!;
    expect(visit).toMatchObject({ status: 'cancelled', cancelledBy: keyOf(bo), sequence: 3 });
    expect((await kit.h.deps.storage.visitRequests.get('q1'))?.status).toBe('open');
    expect((await kit.h.deps.storage.reminders.listBySubject('v1')).filter((r) => r.status === 'pending')).toEqual([]);
    const toDirk = all(kit.privateTo(dirk));
    expect(toDirk).toContain('Bo Janssens moest het bezoek van dinsdag 1 december 2026');
    // Bo was the only host: Dirk is not promised another colleague, and Bo is passed over for this request.
    expect(toDirk).toContain('ik vind nu geen andere collega die past');
    expect((await kit.h.deps.storage.visitRequests.get('q1'))?.passedHosts).toContain(keyOf(bo));
    // The facilitator hears it once (the next suggestion leaves cancellations to this flow), and Dirk gets new suggestions.
    const toAn = kit.privateTo(an).slice(beforeAn);
    expect(toAn).toHaveLength(1);
    expect(toAn[0]!.text).toContain('gaat niet door; Bo Janssens heeft het geannuleerd');
    expect(kit.h.deps.logger.lines.some((l) => l.msg === 'visits: suggestions sent' && l.fields?.['requestId'] === 'q1')).toBe(true);
    expect(kit.h.deps.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
    // Twice does nothing more.
    expect(all(await kit.click(bo, { id: VISIT_ACTIONS.cancelConfirm, value: 'v1' }))).toContain('geannuleerd');
    expect((await kit.h.deps.storage.visits.get('v1'))?.sequence).toBe(3);
  });

  it('when the visitor cancels: the host and the facilitator hear it, and the visitor is pointed to *bezoek*', async () => {
    const { kit } = await confirmedVisit();
    const beforeAn = kit.privateTo(an).length;
    const done = await kit.click(dirk, { id: VISIT_ACTIONS.cancelConfirm, value: 'v1' });
    expect(all(done)).toContain('Typ *bezoek mijn* om ze te zien of *bezoek*');
    // Dirk decides himself whether to look again: no suggestions pushed at him.
    expect(kit.h.deps.logger.lines.some((l) => l.msg === 'visits: suggestions sent')).toBe(false);
    expect((await kit.h.deps.storage.visitRequests.get('q1'))?.status).toBe('open');
    expect(all(kit.privateTo(bo))).toContain('Dirk Maes moest het bezoek van dinsdag 1 december 2026');
    const toAn = kit.privateTo(an).slice(beforeAn);
    expect(toAn).toHaveLength(1);
    expect(toAn[0]!.text).toContain('het bezoek van Dirk Maes bij Bo Janssens op dinsdag 1 december 2026, 3e lesuur (10:20–11:10) gaat niet door; Dirk Maes heeft het geannuleerd');
  });

  it('of a proposal drops its deadline; an outsider cannot cancel', async () => {
    const { kit } = await proposedVisit();
    expect(all(await kit.click(cas, { id: VISIT_ACTIONS.cancelConfirm, value: 'v1' }))).toContain('Dat bezoek vind ik niet');
    expect(jobsOf(kit).has('visit-deadline:v1:0')).toBe(true);
    await kit.click(dirk, { id: VISIT_ACTIONS.cancelConfirm, value: 'v1' });
    expect((await kit.h.deps.storage.visits.get('v1'))?.status).toBe('cancelled');
    expect(jobsOf(kit).has('visit-deadline:v1:0')).toBe(false);
    expect(all(kit.privateTo(bo))).toContain('Dirk Maes moest het bezoek');
  });
});
