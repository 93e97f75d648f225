import { describe, expect, it } from 'vitest';
import { VISIT_ACTIONS } from '../../src/core/features/visits/visit-actions.js';
import type { ChoiceInput, TextInput } from '../../src/core/index.js';
import { all, jobsOf, proposedVisit, thu3, tue1 } from './answer-setup.js';
import { bo, buttonOf, cas, dirk, eva, keyOf } from './kit.js';

const accept = { id: VISIT_ACTIONS.accept, value: 'v1|0' };
const decline = { id: VISIT_ACTIONS.decline, value: 'v1|0' };

describe('the host answers a proposal', () => {
  it('refuses an answer from the visitor who proposed, and from someone outside the visit', async () => {
    const { kit } = await proposedVisit();
    expect(all(await kit.click(dirk, accept, { slot: '0' }))).toContain('wacht op het antwoord van Bo Janssens');
    expect(all(await kit.click(cas, accept, { slot: '0' }))).toContain('Dat bezoek vind ik niet');
    expect(all(await kit.click(cas, { id: VISIT_ACTIONS.accept, value: 'forged-id' }))).toContain('Dat bezoek vind ik niet');
    const visit = await kit.h.deps.storage.visits.get('v1');
    expect(visit?.status).toBe('proposed');
    expect(visit?.sequence).toBe(0);
  });

  it('accepts the chosen slot, drops the deadline and asks the visitor privately for the cover plan', async () => {
    const { kit } = await proposedVisit();
    expect(jobsOf(kit).has('visit-deadline:v1:0')).toBe(true);
    const replies = await kit.click(bo, accept, { slot: '1' });
    expect(all(replies)).toContain('bevestigd zodra Dirk Maes de vervanging');
    const visit = await kit.h.deps.storage.visits.get('v1');
    expect(visit).toMatchObject({ status: 'accepted', slot: thu3, sequence: 1 });
    expect(visit?.answerBy).toBeUndefined();
    expect(jobsOf(kit).has('visit-deadline:v1:0')).toBe(false);

    const form = kit.privateTo(dirk).at(-1)!;
    expect(form.text).toContain('donderdag 3 december 2026');
    const cover = form.card!.blocks.find((b): b is ChoiceInput => b.type === 'choice' && b.id === 'cover')!;
    expect(cover.options.map((o) => o.value)).toEqual(['student-teacher', 'co-teacher', 'care-coordinator', 'other', 'not-needed']);
    expect(cover.options[0]!.label).toContain('zelfstandige stage');
    const note = form.card!.blocks.find((b): b is TextInput => b.type === 'input' && b.id === 'coverNote')!;
    expect(note.maxLength).toBe(300);
    expect(all([form])).toContain('Schrijf geen namen van leerlingen');
    expect(buttonOf(form, VISIT_ACTIONS.coverSubmit).value).toBe('v1');
    // Answering twice changes nothing.
    expect(all(await kit.click(bo, accept, { slot: '0' }))).toContain('afgesproken');
    expect((await kit.h.deps.storage.visits.get('v1'))?.slot).toEqual(thu3);
  });

  it('asks to pick a slot first when several are on offer, and refuses a forged slot index', async () => {
    const { kit } = await proposedVisit();
    const replies = await kit.click(bo, accept);
    expect(all(replies)).toContain('Kies eerst welk moment');
    expect(replies[0]!.card!.blocks.some((b) => b.type === 'choice' && b.id === 'slot')).toBe(true);
    expect(all(await kit.click(bo, accept, { slot: '7' }))).toContain('staat niet in het voorstel');
    expect((await kit.h.deps.storage.visits.get('v1'))?.status).toBe('proposed');
  });

  it('says so when the capacity was taken meanwhile and offers the slots that remain', async () => {
    const { kit } = await proposedVisit();
    const group = await kit.group();
    await kit.h.deps.storage.groups.save({ ...group, visitSettings: { maxAwayPerSchool: 1 } });
    // Eva, of Dirk's school, got a confirmed visit at Cas's in the same period.
    const other = (await kit.h.deps.storage.visits.get('v1'))!;
    await kit.h.deps.storage.visits.save({ ...other, id: 'v2', icsToken: 'v2-token-0123456789abcdef', requestIds: ['q9'], visitorKeys: [keyOf(eva)], hostKey: keyOf(cas), status: 'confirmed', slot: tue1, proposedSlots: [tue1] });
    const replies = await kit.click(bo, accept, { slot: '0' });
    expect(all(replies)).toContain('niet meer vrij');
    expect(all(replies)).toContain('donderdag 3 december 2026');
    expect(replies[0]!.card!.blocks.some((b) => b.type === 'choice')).toBe(false);
    expect((await kit.h.deps.storage.visits.get('v1'))?.status).toBe('proposed');
    await kit.click(bo, accept, { slot: '1' });
    expect((await kit.h.deps.storage.visits.get('v1'))?.slot).toEqual(thu3);
  });

  it('declines kindly: the reason reaches the visitor, the host is passed and new suggestions follow', async () => {
    const { kit } = await proposedVisit();
    const replies = await kit.click(bo, decline, { reason: 'Die week heb ik toetsen' });
    expect(all(replies)).toContain('Dank je om het te laten weten');
    const visit = await kit.h.deps.storage.visits.get('v1');
    expect(visit).toMatchObject({ status: 'declined', sequence: 1 });
    expect(jobsOf(kit).has('visit-deadline:v1:0')).toBe(false);
    const request = await kit.h.deps.storage.visitRequests.get('q1');
    expect(request).toMatchObject({ status: 'open', passedHosts: [keyOf(bo)] });
    const toDirk = all(kit.privateTo(dirk));
    expect(toDirk).toContain('Bo Janssens kan het bezoek op het voorgestelde moment niet laten doorgaan');
    expect(toDirk).toContain('“Die week heb ik toetsen”');
    expect(toDirk).toContain('ik zoek verder');
    // The next suggestion (suggestions.ts) ran without failing: the facilitator heard it, Dirk got suggestions.
    expect(kit.h.deps.logger.lines.filter((e) => e.level === 'error')).toEqual([]);
    expect(kit.h.deps.logger.lines.some((e) => e.msg === 'visits: suggestions sent' && e.fields?.['requestId'] === 'q1')).toBe(true);
  });

  it('refuses an oversized decline reason without declining', async () => {
    const { kit } = await proposedVisit();
    expect(all(await kit.click(bo, decline, { reason: 'x'.repeat(301) }))).toContain('houd het bij 300');
    expect((await kit.h.deps.storage.visits.get('v1'))?.status).toBe('proposed');
  });
});

describe('a counter-proposal', () => {
  const submit = { id: VISIT_ACTIONS.counterSubmit, value: 'v1|0' };

  it('offers a form with a day and a period or half-day', async () => {
    const { kit } = await proposedVisit();
    const [form] = await kit.click(bo, { id: VISIT_ACTIONS.counter, value: 'v1|0' });
    expect(form!.card!.presentation).toBe('dialog');
    const when = form!.card!.blocks.find((b): b is ChoiceInput => b.type === 'choice' && b.id === 'when')!;
    expect(when.options.map((o) => o.value)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', 'am', 'pm']);
    expect(buttonOf(form, VISIT_ACTIONS.counterSubmit).value).toBe('v1|0');
  });

  it.each([
    ['morgen', '2', 'kan ik niet lezen'],
    ['5/12', '2', 'weekend'],
    ['24/12', '2', 'geen school (kerstvakantie)'],
    ['20/11', '2', 'al voorbij'],
    ['23/11', '1', 'al voorbij'],
    ['2/12', 'pm', 'Woensdagnamiddag'],
    ['2/12', '', 'Kies nog een lesuur'],
    ['3/12', '9', 'Kies nog een lesuur'],
  ])('refuses %s (%s) and shows the form again', async (date, when, expected) => {
    const { kit } = await proposedVisit();
    const replies = await kit.click(bo, submit, { date, when });
    expect(all(replies)).toContain(expected);
    expect(replies[0]!.card!.blocks.find((b) => b.type === 'input' && b.id === 'date')).toMatchObject({ value: date });
    const visit = await kit.h.deps.storage.visits.get('v1');
    expect(visit).toMatchObject({ status: 'proposed', sequence: 0, proposedBy: keyOf(dirk) });
  });

  it('wants the answer to a short-notice proposal before the proposed time, not days after it', async () => {
    const { kit } = await proposedVisit();
    await kit.click(bo, submit, { date: '24/11', when: '2' });
    const visit = (await kit.h.deps.storage.visits.get('v1'))!;
    expect(visit.proposedSlots[0]?.date).toBe('2026-11-24');
    expect(visit.answerBy).toBe(visit.proposedSlots[0]!.start);
    // Far enough ahead, the usual three school days apply.
    const { kit: later } = await proposedVisit();
    await later.click(bo, submit, { date: '10/12', when: '2' });
    expect((await later.h.deps.storage.visits.get('v1'))!.answerBy).toBe('2026-11-26T08:00:00.000Z');
  });

  it('asks a half-day for a visit to another school', async () => {
    const { kit } = await proposedVisit({ form: 'other-school' });
    expect(all(await kit.click(bo, submit, { date: '3/12', when: '2' }))).toContain('vraagt een halve dag');
    await kit.click(bo, submit, { date: '3/12', when: 'pm' });
    expect((await kit.h.deps.storage.visits.get('v1'))?.proposedSlots[0]?.periods).toEqual([5, 6, 7, 8]);
  });

  it('refuses a time when one of them already has another visit', async () => {
    const { kit } = await proposedVisit();
    const other = (await kit.h.deps.storage.visits.get('v1'))!;
    const slot = { ...thu3, date: '2026-12-10', start: '2026-12-10T08:15:00.000Z', end: '2026-12-10T09:05:00.000Z' };
    // Dirk visits Cas at that time already.
    await kit.h.deps.storage.visits.save({ ...other, id: 'v2', icsToken: 'v2-token-0123456789abcdef', requestIds: ['q9'], hostKey: keyOf(cas), status: 'confirmed', slot, proposedSlots: [slot] });
    expect(all(await kit.click(bo, submit, { date: '10/12', when: '2' }))).toContain('niet vrij');
  });

  it('sends the new time to the visitor with a new deadline; the visitor accepts and records cover', async () => {
    const { kit } = await proposedVisit();
    const replies = await kit.click(bo, submit, { date: '3/12', when: 'am' });
    expect(all(replies)).toContain('Ik heb Dirk Maes gevraagd of donderdag 3 december 2026, voormiddag (08:25–12:00) past');
    const visit = (await kit.h.deps.storage.visits.get('v1'))!;
    expect(visit).toMatchObject({ status: 'proposed', proposedBy: keyOf(bo), sequence: 1 });
    expect(visit.proposedSlots).toHaveLength(1);
    expect(visit.proposedSlots[0]).toMatchObject({ date: '2026-12-03', periods: [1, 2, 3, 4], start: '2026-12-03T07:25:00.000Z', end: '2026-12-03T11:00:00.000Z' });
    // Three school days after Monday 09:00.
    expect(visit.answerBy).toBe('2026-11-26T08:00:00.000Z');
    expect(jobsOf(kit).has('visit-deadline:v1:0')).toBe(false);
    expect(jobsOf(kit).get('visit-deadline:v1:1')).toBe(Date.parse('2026-11-26T08:00:00.000Z'));

    const card = kit.privateTo(dirk).at(-1)!;
    expect(card.text).toContain('Bo Janssens kan niet op de voorgestelde momenten');
    expect(card.text).toContain('Hoe laat ik leerlingen zelfstandig werken');
    // Now it is Bo who waits.
    expect(all(await kit.click(bo, { id: VISIT_ACTIONS.accept, value: 'v1' }))).toContain('wacht op het antwoord van Dirk Maes');
    const answer = await kit.click(dirk, buttonOf(card, VISIT_ACTIONS.accept));
    expect((await kit.h.deps.storage.visits.get('v1'))).toMatchObject({ status: 'accepted', sequence: 2 });
    expect(answer[0]!.card!.blocks.some((b) => b.type === 'choice' && b.id === 'cover')).toBe(true);
    expect(all(kit.privateTo(bo))).toContain('Dirk Maes gaat akkoord met je voorstel');
    expect(jobsOf(kit).has('visit-deadline:v1:1')).toBe(false);
  });
});
