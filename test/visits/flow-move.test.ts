import { describe, expect, it } from 'vitest';
import type { LinkButton } from '../../src/core/index.js';
import { VISIT_ACTIONS } from '../../src/core/features/visits/visit-actions.js';
import { all, confirmedVisit, jobsOf, proposedVisit, tue1 } from './answer-setup.js';
import { an, bo, buttonOf, buttons, dirk, keyOf } from './kit.js';

const move = { id: VISIT_ACTIONS.move, value: 'v1' };

describe('keeping the old time when a move is declined', () => {
  it('puts a confirmed visit back on its old time, plans the reminders again and tells the mover', async () => {
    const { kit } = await confirmedVisit();
    await kit.click(dirk, move);
    const card = kit.privateTo(bo).at(-1)!;
    // The move card: "keep the old time" instead of "decline", no reason to give, and a separate "cancel the visit".
    expect(buttonOf(card, VISIT_ACTIONS.decline).label).toBe('Het oude moment houden');
    expect(buttonOf(card, VISIT_ACTIONS.decline).style).toBeUndefined();
    expect(buttonOf(card, VISIT_ACTIONS.cancel)).toMatchObject({ label: 'Bezoek annuleren', value: 'v1' });
    expect(card.card!.blocks.some((b) => b.type === 'input' && b.id === 'reason')).toBe(false);

    const replies = await kit.click(bo, buttonOf(card, VISIT_ACTIONS.decline));
    expect(all(replies)).toContain('het bezoek blijft op dinsdag 1 december 2026, 3e lesuur (10:20–11:10). Ik laat het Dirk Maes weten.');
    const visit = (await kit.h.deps.storage.visits.get('v1'))!;
    expect(visit).toMatchObject({ status: 'confirmed', slot: tue1, sequence: 4 });
    expect(visit.answerBy).toBeUndefined();
    expect(visit.cover[keyOf(dirk)]?.kind).toBe('student-teacher');
    expect(jobsOf(kit).has('visit-deadline:v1:3')).toBe(false);
    expect((await kit.h.deps.storage.visitRequests.get('q1'))?.status).toBe('matched');
    // Bo is not passed over: keeping a time is no decline of the visitor.
    expect((await kit.h.deps.storage.visitRequests.get('q1'))?.passedHosts).toEqual([]);
    const pending = (await kit.h.deps.storage.reminders.listBySubject('v1')).filter((r) => r.status === 'pending');
    expect(pending.length).toBeGreaterThan(0);
    expect(new Set(pending.map((r) => r.subjectVersion))).toEqual(new Set([4]));

    const toDirk = kit.privateTo(dirk).at(-1)!;
    expect(toDirk.text).toContain('Bo Janssens houdt het bij het oorspronkelijke moment: dinsdag 1 december 2026');
    expect(buttonOf(toDirk, VISIT_ACTIONS.cancel).value).toBe('v1');
    expect(kit.h.deps.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('puts an agreed visit without cover back to "accepted", in the mover’s language', async () => {
    const { kit } = await confirmedVisit({ status: 'accepted', cover: {} });
    const person = await kit.h.deps.storage.people.get(keyOf(dirk));
    await kit.h.deps.storage.people.save({ ...person!, language: 'en' });
    await kit.click(dirk, move);
    const card = kit.privateTo(bo).at(-1)!;
    await kit.click(bo, buttonOf(card, VISIT_ACTIONS.decline));
    expect(await kit.h.deps.storage.visits.get('v1')).toMatchObject({ status: 'accepted', slot: tue1, sequence: 4 });
    expect((await kit.h.deps.storage.reminders.listBySubject('v1')).filter((r) => r.status === 'pending')).toEqual([]);
    expect(kit.privateTo(dirk).at(-1)!.text).toContain('Bo Janssens keeps the original time: Tuesday 1 December 2026');
  });

  it('tells a French mover with "1er" and "1re heure"', async () => {
    const { kit } = await confirmedVisit();
    const person = await kit.h.deps.storage.people.get(keyOf(bo));
    await kit.h.deps.storage.people.save({ ...person!, language: 'fr' });
    await kit.click(bo, move);
    const card = kit.privateTo(dirk).at(-1)!;
    expect(buttonOf(card, VISIT_ACTIONS.decline).label).toBe('Het oude moment houden');
    await kit.click(dirk, buttonOf(card, VISIT_ACTIONS.decline));
    expect(kit.privateTo(bo).at(-1)!.text).toContain('Dirk Maes garde le moment initial : mardi 1er décembre 2026, 3e heure de cours');
  });

  it('routes "cancel the visit" on the move card to the cancel question', async () => {
    const { kit } = await confirmedVisit();
    await kit.click(dirk, move);
    const card = kit.privateTo(bo).at(-1)!;
    const ask = await kit.click(bo, buttonOf(card, VISIT_ACTIONS.cancel));
    expect(all(ask)).toContain('Het bezoek met Dirk Maes op dinsdag 1 december 2026, 3e lesuur (10:20–11:10) annuleren?');
    expect(buttons(ask[0]).map((b) => b.id)).toEqual([VISIT_ACTIONS.cancelConfirm, 'visit.cancel.keep']);
    expect((await kit.h.deps.storage.visits.get('v1'))?.status).toBe('proposed');
  });

  it('keeps today’s decline for a first proposal', async () => {
    const { kit } = await proposedVisit();
    await kit.click(bo, { id: VISIT_ACTIONS.decline, value: 'v1|0' });
    expect((await kit.h.deps.storage.visits.get('v1'))?.status).toBe('declined');
    expect((await kit.h.deps.storage.visitRequests.get('q1'))?.passedHosts).toContain(keyOf(bo));
  });
});

describe('cover after a move', () => {
  it('asks every visitor again, prefilled, when the host accepts the visitor’s move; the host learns it waits for that', async () => {
    const { kit } = await confirmedVisit();
    await kit.click(dirk, move);
    const card = kit.privateTo(bo).at(-1)!;
    const replies = await kit.click(bo, buttonOf(card, VISIT_ACTIONS.accept), { slot: '0' });
    expect(all(replies)).toContain('Ik vraag Dirk Maes nog of de vervanging van toen blijft kloppen');
    expect((await kit.h.deps.storage.visits.get('v1'))?.status).toBe('accepted');
    const form = kit.privateTo(dirk).at(-1)!;
    expect(form.card!.title).toBe('Wie neemt je klas over?');
    expect(form.text).toContain('Je bezoek bij Bo Janssens is verplaatst naar');
    expect(form.text).not.toContain('bevestigd zodra');
    expect(form.card!.blocks.find((b) => b.type === 'choice' && b.id === 'cover')).toMatchObject({ value: 'student-teacher' });
    // Nothing is confirmed behind the visitor's back: no confirmation card, no reminders yet.
    expect(all(kit.privateTo(an))).not.toContain('verplaatst');
    expect((await kit.h.deps.storage.reminders.listBySubject('v1')).filter((r) => r.status === 'pending')).toEqual([]);
  });
});

describe('the cover in summaries', () => {
  it('tells the host "niet nodig" when no cover is needed, never the note', async () => {
    const { kit } = await proposedVisit({ status: 'accepted', slot: tue1, proposedSlots: [tue1], sequence: 1 });
    await kit.click(dirk, { id: VISIT_ACTIONS.coverSubmit, value: 'v1' }, { cover: 'not-needed', coverNote: 'geen les dan' });
    const toBo = kit.privateTo(bo).at(-1)!;
    expect(toBo.text).toContain('Vervanging: niet nodig');
    expect(toBo.text).not.toContain('geen les');
    const toDirk = kit.privateTo(dirk).at(-1)!;
    expect(toDirk.text).toContain('Vervanging: niet nodig: geen les dan');
    // The date is in the facts once, not again in the intro.
    expect(toDirk.text.match(/1 december 2026/g)).toHaveLength(1);
    expect(toDirk.card!.blocks.some((b) => b.type === 'links' && (b.links as LinkButton[]).length === 1)).toBe(true);
    // The facilitator's line has no brackets inside brackets.
    const toAn = kit.privateTo(an).at(-1)!.text!;
    expect(toAn).toContain('Ter info: Dirk Maes gaat op bezoek bij Bo Janssens, dinsdag 1 december 2026, 3e lesuur (10:20–11:10). Vorm: Meekijken in de klas (hospiteren).');
    expect(toAn).not.toContain('))');
  });

  it('names the visit in the change-cover form and does not say "confirmed once…" for a confirmed visit', async () => {
    const { kit } = await confirmedVisit();
    const form = await kit.click(dirk, { id: VISIT_ACTIONS.coverSubmit, value: `v1|${keyOf(dirk)}|form` });
    expect(form[0]!.text).toContain('Je bezoek bij Bo Janssens op dinsdag 1 december 2026, 3e lesuur');
    expect(form[0]!.text).not.toContain('bevestigd zodra');
    // "Wie neemt je klas over?" is asked once: the title, not again in the intro or the choice's label.
    expect(JSON.stringify(form[0]!.card).match(/Wie neemt je klas over\?/g)).toHaveLength(1);
  });
});

describe('keeping an old time that has passed', () => {
  it('is refused with the way forward, and changes nothing', async () => {
    const { kit } = await confirmedVisit();
    await kit.click(dirk, move);
    const card = kit.privateTo(bo).at(-1)!;
    kit.h.deps.clock.set('2026-12-01T12:00:00.000Z');
    const replies = await kit.click(bo, buttonOf(card, VISIT_ACTIONS.decline));
    expect(all(replies)).toContain('Het oude moment is intussen voorbij: dinsdag 1 december 2026, 3e lesuur (10:20–11:10).');
    expect(await kit.h.deps.storage.visits.get('v1')).toMatchObject({ status: 'proposed', sequence: 3 });
  });
});

describe('a move nobody answers', () => {
  it('keeps the visit on its agreed time after the answer deadline, and tells both sides', async () => {
    const { kit } = await confirmedVisit();
    await kit.click(dirk, move);
    const moving = (await kit.h.deps.storage.visits.get('v1'))!;
    expect(moving.status).toBe('proposed');
    expect(moving.answerBy).toBeDefined();
    expect(await kit.at(moving.answerBy!)).toBeGreaterThan(0);
    const visit = (await kit.h.deps.storage.visits.get('v1'))!;
    expect(visit).toMatchObject({ status: 'confirmed', slot: tue1, sequence: moving.sequence + 1 });
    expect((await kit.h.deps.storage.visitRequests.get('q1'))?.passedHosts).toEqual([]);
    for (const who of [dirk, bo]) expect(kit.privateTo(who).at(-1)!.text).toContain('dus het blijft op het afgesproken moment: dinsdag 1 december 2026');
    // The reminders follow the kept time.
    const pending = (await kit.h.deps.storage.reminders.listBySubject('v1')).filter((r) => r.status === 'pending');
    expect(new Set(pending.map((r) => r.subjectVersion))).toEqual(new Set([visit.sequence]));
  });
});
