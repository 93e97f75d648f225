import { describe, expect, it } from 'vitest';
import { VISIT_ACTIONS } from '../../src/core/features/visits/visit-actions.js';
import { all, confirmedVisit, jobsOf, proposedVisit, tue1 } from './answer-setup.js';
import { bo, buttonOf, buttons, cas, dirk, keyOf, team } from './kit.js';

const move = { id: VISIT_ACTIONS.move, value: 'v1' };

describe('moving a visit', () => {
  it('proposes new times to the other side, keeps the cover and drops the reminders', async () => {
    const { kit } = await confirmedVisit();
    const replies = await kit.click(bo, move);
    // The mover sees which times went out.
    expect(all(replies)).toMatch(/Ik heb Dirk Maes gevraagd (welk nieuw moment past|of dit nieuwe moment past)/);
    const visit = (await kit.h.deps.storage.visits.get('v1'))!;
    expect(visit).toMatchObject({ status: 'proposed', proposedBy: keyOf(bo), sequence: 3, answerBy: '2026-11-26T08:00:00.000Z' });
    expect(visit.proposedSlots.length).toBeGreaterThan(0);
    expect(visit.proposedSlots.length).toBeLessThanOrEqual(3);
    expect(visit.proposedSlots.map((s) => s.start)).not.toContain(tue1.start);
    expect(all(replies)).toContain('donderdag 3 december 2026, 2e lesuur');
    expect(visit.cover[keyOf(dirk)]?.kind).toBe('student-teacher');
    expect(jobsOf(kit).get('visit-deadline:v1:3')).toBe(Date.parse('2026-11-26T08:00:00.000Z'));
    expect((await kit.h.deps.storage.visitRequests.get('q1'))?.status).toBe('open');
    expect(kit.h.deps.logger.lines.filter((l) => l.level === 'error')).toEqual([]);

    const card = kit.privateTo(dirk).at(-1)!;
    expect(card.text).toContain('Bo Janssens wil het bezoek van dinsdag 1 december 2026, 3e lesuur');
    // Dirk takes a new time: the cover was arranged for the old day, so it is asked again, prefilled.
    const answer = await kit.click(dirk, buttonOf(card, VISIT_ACTIONS.accept), { slot: '0' });
    const again = (await kit.h.deps.storage.visits.get('v1'))!;
    expect(again).toMatchObject({ status: 'accepted', slot: visit.proposedSlots[0], sequence: 4, cover: {} });
    const form = answer.find((m) => m.card?.actions?.some((a) => a.type === 'action' && a.id === VISIT_ACTIONS.coverSubmit))!;
    expect(form.text).toContain('is verplaatst naar');
    expect(form.text).toContain('Klopt je vervanging nog?');
    expect(form.card!.blocks.find((b) => b.type === 'choice' && b.id === 'cover')).toMatchObject({ value: 'student-teacher' });
    expect(form.card!.blocks.find((b) => b.type === 'input' && b.id === 'coverNote')).toMatchObject({ value: 'Sara, stagiair' });
    expect(all(kit.privateTo(bo))).toContain('Dirk Maes gaat akkoord met je voorstel');
    expect(jobsOf(kit).has('visit-deadline:v1:3')).toBe(false);

    // One click re-confirms, as a moved visit.
    await kit.click(dirk, buttonOf(form, VISIT_ACTIONS.coverSubmit), { cover: 'student-teacher', coverNote: 'Sara, stagiair' });
    expect(await kit.h.deps.storage.visits.get('v1')).toMatchObject({ status: 'confirmed', sequence: 5 });
    expect((await kit.h.deps.storage.visitRequests.get('q1'))?.status).toBe('matched');
    expect(kit.privateTo(bo).at(-1)!.card!.title).toBe('Bezoek verplaatst en bevestigd');
    expect(kit.privateTo(dirk).at(-1)!.card!.title).toBe('Bezoek verplaatst en bevestigd');
  });

  it('is only for agreed or confirmed visits, by the people in them', async () => {
    const { kit } = await proposedVisit();
    expect(all(await kit.click(dirk, move))).toContain('verplaatsen kan alleen');
    expect(all(await kit.click(cas, move))).toContain('Dat bezoek vind ik niet');
    expect((await kit.h.deps.storage.visits.get('v1'))?.sequence).toBe(0);
  });

  it('says so when there is no other common time', async () => {
    const { kit } = await confirmedVisit();
    await kit.h.deps.storage.hostOffers.save({ ...(await kit.h.deps.storage.hostOffers.get(kit.groupId, keyOf(bo)))!, periods: [{ weekday: 1, period: 8 }] });
    expect(all(await kit.click(dirk, move))).toContain('geen ander moment');
    expect((await kit.h.deps.storage.visits.get('v1'))?.status).toBe('confirmed');
  });
});

describe('bezoek mijn', () => {
  it('lists the visit with its state and buttons, and open requests', async () => {
    const { kit } = await confirmedVisit();
    const mine = await kit.say(dirk, 'bezoek mijn');
    expect(all(mine)).toContain('Je bezoeken: 1 lopend bezoek, 0 open vragen.');
    const card = mine.find((m) => m.card?.title === 'Bezoek bij Bo Janssens')!;
    expect(card.text).toContain('Stand van zaken: bevestigd');
    expect(card.text).toContain('Vervanging: student-leraar: Sara, stagiair');
    expect(buttons(card).map((b) => b.id)).toEqual([VISIT_ACTIONS.coverSubmit, VISIT_ACTIONS.move, VISIT_ACTIONS.cancel]);
    expect(card.card!.actions!.some((a) => a.type === 'link' && a.url.includes('/kalender/bezoek/'))).toBe(true);
    // The cover button opens the form, prefilled.
    const form = await kit.click(dirk, buttonOf(card, VISIT_ACTIONS.coverSubmit));
    expect(form[0]!.card!.blocks.find((b) => b.type === 'choice' && b.id === 'cover')).toMatchObject({ value: 'student-teacher' });

    const host = await kit.say(bo, 'bezoek mijn');
    const hostCard = host.find((m) => m.card?.title === 'Bezoek van Dirk Maes')!;
    expect(buttons(hostCard).map((b) => b.id)).toEqual([VISIT_ACTIONS.move, VISIT_ACTIONS.cancel]);
  });

  it('shows a proposal waiting for one’s answer with the answer buttons, and the request as asked', async () => {
    const { kit } = await proposedVisit();
    const host = await kit.say(bo, 'bezoek mijn');
    expect(all(host)).toContain('je antwoord wordt verwacht');
    const card = host.find((m) => buttons(m).some((b) => b.id === VISIT_ACTIONS.accept))!;
    expect(buttons(card).map((b) => b.id)).toEqual([VISIT_ACTIONS.accept, VISIT_ACTIONS.counter, VISIT_ACTIONS.decline, VISIT_ACTIONS.cancel]);
    const visitor = await kit.say(dirk, 'bezoek mijn');
    expect(all(visitor)).toContain('wacht op het antwoord van Bo Janssens');
    expect(all(visitor)).toContain('een collega is gevraagd');
  });

  it('answers privately when asked in the group’s channel', async () => {
    const { kit } = await confirmedVisit();
    const replies = await kit.say(dirk, 'bezoek mijn', team);
    expect(all(replies)).toContain('privébericht');
    expect(all(replies)).not.toContain('Bo Janssens');
    expect(kit.privateTo(dirk).some((m) => m.card?.title === 'Bezoek bij Bo Janssens')).toBe(true);
  });

  it('says there is nothing when there is nothing', async () => {
    const { kit } = await proposedVisit({ status: 'declined' });
    const request = await kit.h.deps.storage.visitRequests.get('q1');
    await kit.h.deps.storage.visitRequests.save({ ...request!, status: 'withdrawn' });
    expect(all(await kit.say(dirk, 'bezoek mijn'))).toContain('geen lopende bezoeken');
  });
});
