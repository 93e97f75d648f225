import { describe, expect, it } from 'vitest';
import { VISIT_ACTIONS } from '../../src/core/features/visits/visit-actions.js';
import { an, bo, buttonOf, cas, dirk, eva, keyOf, texts } from './kit.js';
import { all, AT, inputIds, lastTo, plannedVisit, stored } from './visit-reminder-kit.js';

const PUPIL_NOTE = 'Schrijf geen namen van leerlingen';

const VISITOR_ANSWERS = {
  saw: 'Een duidelijk stappenplan op het bord bij elke hoek',
  try: 'Een stappenplan per hoek in mijn 2de jaar',
  question: 'Hoe verdeel je de groepjes?',
  thanks: 'Dank je om je klas open te zetten!',
};

describe('reflecting on a visit', () => {
  it('after the end both get a reflection form with the pupil note, and the visit counts as done', async () => {
    const { kit, visit } = await plannedVisit();
    await kit.at('2026-12-01T10:20:00.000Z');
    expect((await stored(kit)).status).toBe('confirmed');
    await kit.at(AT.reflect);
    expect((await stored(kit)).status).toBe('done');
    expect((await stored(kit)).sequence).toBe(visit.sequence);

    const forVisitor = lastTo(kit, dirk);
    expect(forVisitor?.card?.title).toBe('Hoe was het klasbezoek?');
    expect(inputIds(forVisitor)).toEqual(['saw', 'try', 'question', 'thanks', 'share']);
    expect(all(forVisitor)).toContain(PUPIL_NOTE);
    expect(all(forVisitor)).toContain('Welke vraag wil je nog aan Bo Janssens stellen?');
    expect(buttonOf(forVisitor, VISIT_ACTIONS.notHappened).value).toBe(visit.id);

    // The host's form came too, although the visit was marked done by the first one.
    const forHost = lastTo(kit, bo);
    expect(forHost?.card?.title).toBe('Hoe was het klasbezoek?');
    expect(inputIds(forHost)).toEqual(['struck', 'take', 'share']);
    expect(all(forHost)).toContain(PUPIL_NOTE);
    expect(all(forHost)).toContain('Wat neem je mee uit de blik van Dirk Maes');
  });

  it('a private reflection: thanks and question go to the host, nothing to the channel', async () => {
    const { kit } = await plannedVisit();
    await kit.at(AT.reflect);
    const replies = await kit.click(dirk, buttonOf(lastTo(kit, dirk), VISIT_ACTIONS.reflectSubmit), { ...VISITOR_ANSWERS, share: 'private' });
    expect(texts(replies)).toContain('Ze blijft bij jou.');
    expect(texts(replies)).toContain('Bo Janssens kreeg je dank en je vraag.');

    const toHost = lastTo(kit, bo);
    expect(toHost?.card?.title).toBe('Bericht van Dirk Maes');
    expect(all(toHost)).toContain('Dank je om je klas open te zetten!');
    expect(all(toHost)).toContain('Hoe verdeel je de groepjes?');
    // What the visitor saw and will try stays with the visitor.
    expect(all(toHost)).not.toContain('stappenplan');

    const saved = (await stored(kit)).reflections[keyOf(dirk)];
    expect(saved?.shared).toBe(false);
    expect(saved?.answers).toEqual(VISITOR_ANSWERS);
    expect(kit.toChannel()).toHaveLength(0);
    for (const other of [an, cas, eva]) expect(kit.privateTo(other)).toHaveLength(0);
  });

  it('a shared reflection posts a short named summary in the channel, never the thanks or the question', async () => {
    const { kit } = await plannedVisit();
    await kit.at(AT.reflect);
    const replies = await kit.click(dirk, buttonOf(lastTo(kit, dirk), VISIT_ACTIONS.reflectSubmit), { ...VISITOR_ANSWERS, share: 'group' });
    expect(texts(replies)).toContain('Een korte samenvatting staat nu in het kanaal van Netwerk Gent.');
    const posts = kit.toChannel();
    expect(posts).toHaveLength(1);
    expect(posts[0]?.text).toContain('*Dirk Maes* ging kijken in de klas van Bo Janssens (meekijken in de klas)');
    expect(posts[0]?.text).toContain('Leervraag: Hoe laat ik leerlingen zelfstandig werken in hoeken?');
    expect(posts[0]?.text).toContain('Gezien: Een duidelijk stappenplan');
    expect(posts[0]?.text).toContain('Probeert zelf uit: Een stappenplan per hoek');
    expect(posts[0]?.text).not.toContain('groepjes');
    expect(posts[0]?.text).not.toContain('Dank je om');
    expect((await stored(kit)).reflections[keyOf(dirk)]?.shared).toBe(true);

    // Saving again does not post twice.
    await kit.click(dirk, buttonOf(lastTo(kit, dirk), VISIT_ACTIONS.reflectSubmit), { ...VISITOR_ANSWERS, share: 'group' });
    expect(kit.toChannel()).toHaveLength(1);
  });

  it('the host reflects on being observed, privately unless chosen; the visitor does not receive it', async () => {
    const { kit } = await plannedVisit();
    await kit.at(AT.reflect);
    const form = lastTo(kit, bo);
    const before = kit.privateTo(dirk).length;
    const replies = await kit.click(bo, buttonOf(form, VISIT_ACTIONS.reflectSubmit), { struck: 'Ik legde minder uit dan ik dacht', take: 'Meer wachttijd' });
    expect(texts(replies)).toContain('Ze blijft bij jou.');
    expect(kit.toChannel()).toHaveLength(0);
    expect(kit.privateTo(dirk)).toHaveLength(before);

    await kit.click(bo, buttonOf(form, VISIT_ACTIONS.reflectSubmit), { struck: 'Ik legde minder uit dan ik dacht', take: 'Meer wachttijd', share: 'group' });
    expect(kit.toChannel()[0]?.text).toContain('*Bo Janssens* kreeg Dirk Maes op bezoek');
    expect(kit.toChannel()[0]?.text).toContain('Neemt mee: Meer wachttijd');
  });

  it('accepts a multi-select style share value and refuses empty or oversized answers', async () => {
    const { kit } = await plannedVisit();
    await kit.at(AT.reflect);
    const form = lastTo(kit, dirk);
    expect(texts(await kit.click(dirk, buttonOf(form, VISIT_ACTIONS.reflectSubmit), { share: 'group' }))).toContain('Vul minstens één vraag in');
    expect(texts(await kit.click(dirk, buttonOf(form, VISIT_ACTIONS.reflectSubmit), { saw: 'y'.repeat(1501) }))).toContain('hou het bij 1500 tekens');
    expect((await stored(kit)).reflections).toEqual({});
    expect(kit.toChannel()).toHaveLength(0);
    await kit.click(dirk, buttonOf(form, VISIT_ACTIONS.reflectSubmit), { saw: 'Rust in de klas', share: ['group'] });
    expect(kit.toChannel()).toHaveLength(1);
  });

  it('only participants reflect, and only once the visit began', async () => {
    const { kit, visit } = await plannedVisit();
    expect(texts(await kit.click(dirk, { id: VISIT_ACTIONS.reflectSubmit, value: visit.id }, { saw: 'x' }))).toContain('staat niet (meer) open');
    expect((await stored(kit)).status).toBe('confirmed');
    await kit.at(AT.reflect);
    const button = buttonOf(lastTo(kit, dirk), VISIT_ACTIONS.reflectSubmit);
    for (const actor of [an, eva]) expect(texts(await kit.click(actor, button, { saw: 'x', share: 'group' }))).toContain('Dat bezoek vind ik niet');
    expect(kit.toChannel()).toHaveLength(0);
    expect((await stored(kit)).reflections).toEqual({});
  });
});

describe('a visit that did not take place', () => {
  it('is marked, does not count, the other side hears it, the request opens again and the check-in never comes', async () => {
    const { kit, visit } = await plannedVisit();
    await kit.at(AT.reflect);
    const replies = await kit.click(bo, buttonOf(lastTo(kit, bo), VISIT_ACTIONS.notHappened));
    expect(texts(replies)).toContain('Genoteerd: het bezoek van dinsdag 1 december, 3e lesuur (10:20–11:10) ging niet door');
    expect(texts(replies)).toContain('ik liet het Dirk Maes weten');

    const saved = await stored(kit);
    expect(saved.status).toBe('not-happened');
    expect(saved.sequence).toBe(visit.sequence);
    expect((await kit.h.deps.storage.visitRequests.get('q-dirk'))?.status).toBe('open');
    expect(all(lastTo(kit, dirk))).toContain('Bo Janssens laat weten dat het bezoek van dinsdag 1 december');
    expect(all(lastTo(kit, dirk))).toContain('Je aanvraag staat weer open');

    const rows = await kit.h.deps.storage.reminders.listBySubject(visit.id);
    expect(rows.filter((r) => r.status === 'pending')).toHaveLength(0);
    const before = kit.privateTo(dirk).length;
    await kit.at(AT.checkIn);
    expect(kit.privateTo(dirk)).toHaveLength(before);

    // A second click, and a late reflection, are answered without changing anything.
    expect(texts(await kit.click(dirk, buttonOf(kit.privateTo(dirk).find((m) => m.card?.title === 'Hoe was het klasbezoek?'), VISIT_ACTIONS.notHappened)))).toContain('Dat had ik al genoteerd');
    expect(texts(await kit.click(dirk, { id: VISIT_ACTIONS.reflectSubmit, value: visit.id }, { saw: 'x' }))).toContain('staat niet (meer) open');
    expect(kit.toChannel()).toHaveLength(0);
  });

  it('cannot be said before the visit, nor by someone outside it', async () => {
    const { kit, visit } = await plannedVisit();
    expect(texts(await kit.click(dirk, { id: VISIT_ACTIONS.notHappened, value: visit.id }))).toContain('staat niet (meer) open');
    await kit.at(AT.reflect);
    expect(texts(await kit.click(eva, { id: VISIT_ACTIONS.notHappened, value: visit.id }))).toContain('Dat bezoek vind ik niet');
    expect((await stored(kit)).status).toBe('done');
  });
});
