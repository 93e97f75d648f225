import { describe, expect, it } from 'vitest';
import { VISIT_ACTIONS } from '../../src/core/features/visits/visit-actions.js';
import type { LinkButton } from '../../src/core/index.js';
import { all, proposedVisit, tue1 } from './answer-setup.js';
import { an, bo, buttonOf, cas, dirk, eva, keyOf } from './kit.js';

/** The visit accepted by Bo on Tuesday 1 December; Dirk's cover form is the last private message to him. */
async function acceptedVisit(over: Parameters<typeof proposedVisit>[0] = {}) {
  const made = await proposedVisit(over);
  await made.kit.click(bo, { id: VISIT_ACTIONS.accept, value: 'v1|0' }, { slot: '0' });
  return made;
}

const submit = (value = 'v1') => ({ id: VISIT_ACTIONS.coverSubmit, value });

describe('the cover plan', () => {
  it('asks again, with what was typed, when the kind is missing, the note too long, or "other" unexplained', async () => {
    const { kit } = await acceptedVisit();
    const missing = await kit.click(dirk, submit(), { coverNote: 'Sara' });
    expect(all(missing)).toContain('Kies wie de klas overneemt');
    expect(missing[0]!.card!.blocks.find((b) => b.type === 'input' && b.id === 'coverNote')).toMatchObject({ value: 'Sara' });
    expect(all(await kit.click(dirk, submit(), { cover: 'student-teacher', coverNote: 'x'.repeat(301) }))).toContain('houd het bij 300');
    expect(all(await kit.click(dirk, submit(), { cover: 'other' }))).toContain('Schrijf er kort bij wie');
    expect(all(await kit.click(dirk, submit(), { cover: 'robot' }))).toContain('Kies wie de klas overneemt');
    const visit = await kit.h.deps.storage.visits.get('v1');
    expect(visit).toMatchObject({ status: 'accepted', cover: {} });
  });

  it('is recorded by the visitor only: the host is refused, an outsider sees nothing, a forged visitor key is refused', async () => {
    const { kit } = await acceptedVisit();
    expect(all(await kit.click(bo, submit(), { cover: 'not-needed' }))).toContain('legt de bezoeker zelf vast');
    expect(all(await kit.click(cas, submit(), { cover: 'not-needed' }))).toContain('Dat bezoek vind ik niet');
    expect(all(await kit.click(cas, submit(`v1|${keyOf(dirk)}`), { cover: 'not-needed' }))).toContain('Dat bezoek vind ik niet');
    expect(all(await kit.click(dirk, submit(`v1|${keyOf(bo)}`), { cover: 'not-needed' }))).toContain('legt de bezoeker zelf vast');
    expect(all(await kit.click(dirk, submit('v1|a|b|c'), { cover: 'not-needed' }))).toContain('Dat bezoek vind ik niet');
    expect((await kit.h.deps.storage.visits.get('v1'))?.status).toBe('accepted');
  });

  it('cannot be recorded before the host accepted nor after a cancellation', async () => {
    const { kit } = await proposedVisit({ status: 'cancelled' });
    expect(all(await kit.click(dirk, submit(), { cover: 'not-needed' }))).toContain('geannuleerd');
  });

  it('confirms the visit once recorded: both sides get the facts and the calendar file, facilitator and director a line', async () => {
    const { kit } = await acceptedVisit();
    const group = await kit.group();
    await kit.h.deps.storage.groups.save({ ...group, visitSettings: { informDirector: true } });
    // Eva directs Sint-Jan (Dirk's school); Cas is made director of De Linde (Bo's school), who must not hear of it.
    for (const [actor, role] of [[eva, 'director'], [cas, 'director']] as const) {
      const person = await kit.h.deps.storage.people.get(keyOf(actor));
      await kit.h.deps.storage.people.save({ ...person!, schoolRole: role });
    }
    const before = { an: kit.privateTo(an).length, eva: kit.privateTo(eva).length, cas: kit.privateTo(cas).length, bo: kit.privateTo(bo).length };
    const replies = await kit.click(dirk, submit(), { cover: 'student-teacher', coverNote: 'Sara, stagiair derde jaar' });
    expect(all(replies)).toContain('het bezoek is bevestigd');

    const visit = (await kit.h.deps.storage.visits.get('v1'))!;
    expect(visit).toMatchObject({ status: 'confirmed', sequence: 2, confirmedAt: '2026-11-23T08:00:00.000Z', slot: tue1 });
    expect(visit.cover[keyOf(dirk)]).toMatchObject({ kind: 'student-teacher', note: 'Sara, stagiair derde jaar', recordedBy: keyOf(dirk) });
    expect((await kit.h.deps.storage.visitRequests.get('q1'))?.status).toBe('matched');

    const url = `http://localhost:3978/kalender/bezoek/${visit.icsToken}.ics`;
    const toDirk = kit.privateTo(dirk).at(-1)!;
    expect(toDirk.card!.title).toBe('Bezoek bevestigd');
    const facts = toDirk.card!.blocks.find((b) => b.type === 'facts');
    expect(facts).toMatchObject({
      facts: expect.arrayContaining([
        { label: 'Wanneer', value: 'dinsdag 1 december 2026, 3e lesuur (10:20–11:10)' },
        { label: 'Bij', value: 'Bo Janssens' },
        { label: 'Vorm', value: 'Meekijken in de klas (hospiteren)' },
        { label: 'Leervraag', value: 'Hoe laat ik leerlingen zelfstandig werken in hoeken?' },
        { label: 'Vervanging', value: 'student-leraar: Sara, stagiair derde jaar' },
      ]),
    });
    const links = toDirk.card!.blocks.flatMap((b) => (b.type === 'links' ? b.links : [])) as LinkButton[];
    expect(links).toEqual([{ type: 'link', label: 'In mijn agenda zetten', url }]);

    const toBo = kit.privateTo(bo).slice(before.bo);
    expect(toBo).toHaveLength(1);
    expect(toBo[0]!.text).toContain('Dirk Maes komt bij jou in de klas kijken');
    expect(toBo[0]!.text).toContain('Vervanging: geregeld');
    expect(all(toBo)).not.toContain('Sara');
    expect(all(toBo)).toContain(url);

    const toAn = kit.privateTo(an).slice(before.an);
    expect(toAn).toHaveLength(1);
    expect(toAn[0]!.text).toContain('Ter info: Dirk Maes gaat op bezoek bij Bo Janssens');
    const toEva = kit.privateTo(eva).slice(before.eva);
    expect(toEva).toHaveLength(1);
    expect(toEva[0]!.text).toContain('Vervanging: Dirk Maes (student-leraar: Sara, stagiair derde jaar)');
    expect(kit.privateTo(cas).slice(before.cas)).toHaveLength(0);
    // The reminders were planned for this sequence (visit-reminders.ts) without an error.
    expect(kit.h.deps.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('plans the reminders of the confirmed version of the visit', async () => {
    const { kit } = await acceptedVisit();
    await kit.click(dirk, submit(), { cover: 'not-needed' });
    const pending = (await kit.h.deps.storage.reminders.listBySubject('v1')).filter((r) => r.status === 'pending');
    expect(pending.length).toBeGreaterThan(0);
    expect(new Set(pending.map((r) => r.subjectVersion))).toEqual(new Set([2]));
    expect(new Set(pending.map((r) => r.recipient))).toEqual(new Set([keyOf(dirk), keyOf(bo)]));
  });

  it('still confirms when planning the reminders fails, and logs it', async () => {
    const { kit } = await acceptedVisit();
    kit.h.deps.storage.reminders.listBySubject = async () => {
      throw new Error('disk full');
    };
    const replies = await kit.click(dirk, submit(), { cover: 'not-needed' });
    expect(all(replies)).toContain('het bezoek is bevestigd');
    expect((await kit.h.deps.storage.visits.get('v1'))?.status).toBe('confirmed');
    expect(kit.privateTo(bo).at(-1)!.card!.title).toBe('Bezoek bevestigd');
    expect(kit.h.deps.logger.lines).toContainEqual(expect.objectContaining({ level: 'error', msg: 'visits: planning the reminders failed', fields: expect.objectContaining({ visitId: 'v1', error: 'disk full' }) }));
  });

  it('speaks each person’s language and zone', async () => {
    const { kit } = await acceptedVisit();
    const person = await kit.h.deps.storage.people.get(keyOf(dirk));
    await kit.h.deps.storage.people.save({ ...person!, language: 'fr', timeZone: 'Europe/London' });
    const replies = await kit.click(dirk, submit(), { cover: 'co-teacher', coverNote: 'Jan' });
    expect(all(replies)).toContain('la visite est confirmée');
    const toDirk = kit.privateTo(dirk).at(-1)!;
    expect(toDirk.card!.title).toBe('Visite confirmée');
    expect(toDirk.text).toContain('mardi 1er décembre 2026, 3e heure de cours (09:20–10:10)');
    expect(toDirk.text).toContain('Remplacement : collègue en co-enseignement : Jan');
    expect(kit.privateTo(bo).at(-1)!.text).toContain('dinsdag 1 december 2026, 3e lesuur (10:20–11:10)');
  });

  it('tells no director when the group did not ask for it', async () => {
    const { kit } = await acceptedVisit();
    const person = await kit.h.deps.storage.people.get(keyOf(eva));
    await kit.h.deps.storage.people.save({ ...person!, schoolRole: 'director' });
    const before = kit.privateTo(eva).length;
    await kit.click(dirk, submit(), { cover: 'not-needed' });
    expect((await kit.h.deps.storage.visits.get('v1'))?.status).toBe('confirmed');
    expect(kit.privateTo(eva).slice(before)).toHaveLength(0);
  });

  it('waits for both visitors of a trio; a facilitator may record it for one of them', async () => {
    const { kit } = await proposedVisit({ visitorKeys: [keyOf(dirk), keyOf(eva)], requestIds: ['q1', 'q2'] });
    await kit.click(bo, { id: VISIT_ACTIONS.accept, value: 'v1|0' }, { slot: '0' });
    // Both visitors got the form.
    expect(buttonOf(kit.privateTo(eva).at(-1), VISIT_ACTIONS.coverSubmit).value).toBe('v1');
    expect(all(await kit.click(dirk, submit(), { cover: 'co-teacher' }))).toContain('zodra ook Eva Jacobs');
    expect((await kit.h.deps.storage.visits.get('v1'))?.status).toBe('accepted');
    // An facilitates the group: she opens Eva's form, then records it.
    const form = await kit.click(an, { id: VISIT_ACTIONS.coverSubmit, value: `v1|${keyOf(eva)}|form` });
    expect(all(form)).toContain('Je legt de vervanging vast voor Eva Jacobs');
    const replies = await kit.click(an, buttonOf(form[0], VISIT_ACTIONS.coverSubmit), { cover: 'care-coordinator' });
    expect(all(replies)).toContain('Genoteerd voor Eva Jacobs');
    const visit = (await kit.h.deps.storage.visits.get('v1'))!;
    expect(visit.status).toBe('confirmed');
    expect(visit.cover[keyOf(eva)]).toMatchObject({ kind: 'care-coordinator', recordedBy: keyOf(an) });
    expect(kit.privateTo(dirk).at(-1)!.text).toContain('Samen met: Eva Jacobs');
  });
});
