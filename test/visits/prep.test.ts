import { describe, expect, it } from 'vitest';
import { VISIT_ACTIONS } from '../../src/core/features/visits/visit-actions.js';
import { an, bo, buttonOf, dirk, eva, keyOf, texts } from './kit.js';
import { all, AT, inputIds, lastTo, LEARNING_QUESTION, plannedVisit, stored } from './visit-reminder-kit.js';

const PUPIL_NOTE = 'Schrijf geen namen van leerlingen';

describe('preparing a visit', () => {
  it('three days before, both sides get their own preparation form with the pupil note', async () => {
    const { kit, visit } = await plannedVisit();
    await kit.at('2026-11-27T14:29:00.000Z');
    expect(kit.privateTo(dirk)).toHaveLength(0);
    await kit.at(AT.prepare);

    const forVisitor = lastTo(kit, dirk);
    expect(forVisitor?.card?.title).toBe('Bereid je klasbezoek voor');
    expect(forVisitor?.card?.presentation).toBe('dialog');
    expect(inputIds(forVisitor)).toEqual(['learn', 'questions', 'practical']);
    expect(all(forVisitor)).toContain(PUPIL_NOTE);
    expect(all(forVisitor)).toContain('je antwoorden gaan naar Bo Janssens');
    // The visitor's own learning question is prefilled.
    const learn = forVisitor?.card?.blocks.find((b) => b.type === 'input' && b.id === 'learn');
    expect(learn && 'value' in learn ? learn.value : undefined).toBe(LEARNING_QUESTION);
    expect(buttonOf(forVisitor, VISIT_ACTIONS.prepSubmit).value).toBe(visit.id);

    const forHost = lastTo(kit, bo);
    expect(inputIds(forHost)).toEqual(['show', 'feedback', 'practical']);
    expect(all(forHost)).toContain(PUPIL_NOTE);
    expect(all(forHost)).toContain('Waar mag Dirk Maes extra op letten');
    expect(all(forHost)).toContain('welk lokaal');
  });

  it('each side’s answers are saved and sent to the other side', async () => {
    const { kit } = await plannedVisit();
    await kit.at(AT.prepare);
    const boForm = lastTo(kit, bo);
    const replies = await kit.click(dirk, buttonOf(lastTo(kit, dirk), VISIT_ACTIONS.prepSubmit), {
      learn: 'Hoe ze de hoeken starten zonder chaos',
      questions: 'Van Eva: hoe evalueer je hoekenwerk?',
      practical: '',
    });
    expect(texts(replies)).toContain('Je voorbereiding ging naar Bo Janssens.');
    const toBo = lastTo(kit, bo);
    expect(toBo?.card?.title).toBe('Voorbereiding van Dirk Maes');
    expect(all(toBo)).toContain('Dirk Maes bereidde jullie bezoek van dinsdag 1 december, 3e lesuur (10:20–11:10) voor');
    expect(all(toBo)).toContain('Hoe ze de hoeken starten zonder chaos');
    expect(all(toBo)).toContain('Van Eva: hoe evalueer je hoekenwerk?');
    expect((await stored(kit)).prep[keyOf(dirk)]?.answers).toEqual({ learn: 'Hoe ze de hoeken starten zonder chaos', questions: 'Van Eva: hoe evalueer je hoekenwerk?' });

    await kit.click(bo, buttonOf(boForm, VISIT_ACTIONS.prepSubmit), { show: 'Hoekenwerk', feedback: 'Mijn instructie vooraf', practical: 'Lokaal B12' });
    const toDirk = lastTo(kit, dirk);
    expect(toDirk?.card?.title).toBe('Voorbereiding van Bo Janssens');
    expect(all(toDirk)).toContain('Mijn instructie vooraf');
    // Nobody else hears about it.
    for (const other of [an, eva]) expect(kit.privateTo(other)).toHaveLength(0);
    expect(kit.toChannel()).toHaveLength(0);
  });

  it('an update says so', async () => {
    const { kit } = await plannedVisit();
    await kit.at(AT.prepare);
    const form = lastTo(kit, dirk);
    await kit.click(dirk, buttonOf(form, VISIT_ACTIONS.prepSubmit), { learn: 'Eerste versie' });
    await kit.click(dirk, buttonOf(form, VISIT_ACTIONS.prepSubmit), { learn: 'Tweede versie' });
    expect(all(lastTo(kit, bo))).toContain('Dirk Maes paste de voorbereiding van jullie bezoek');
    expect((await stored(kit)).prep[keyOf(dirk)]?.answers['learn']).toBe('Tweede versie');
  });

  it('refuses empty and oversized answers, showing the form again', async () => {
    const { kit } = await plannedVisit();
    await kit.at(AT.prepare);
    const form = lastTo(kit, dirk);
    const empty = await kit.click(dirk, buttonOf(form, VISIT_ACTIONS.prepSubmit), { learn: '  ' });
    expect(texts(empty)).toContain('Vul minstens één vraag in');
    const long = await kit.click(dirk, buttonOf(form, VISIT_ACTIONS.prepSubmit), { learn: 'x'.repeat(1501), questions: 'kort' });
    expect(texts(long)).toContain('hou het bij 1500 tekens');
    expect(inputIds(long[0])).toEqual(['learn', 'questions', 'practical']);
    expect(all(long[0])).toContain('kort');
    expect((await stored(kit)).prep).toEqual({});
    expect(kit.privateTo(bo).filter((m) => m.card?.title?.startsWith('Voorbereiding'))).toHaveLength(0);
  });

  it('only participants can submit, and only for a planned visit', async () => {
    const { kit, visit } = await plannedVisit();
    await kit.at(AT.prepare);
    const button = buttonOf(lastTo(kit, dirk), VISIT_ACTIONS.prepSubmit);
    // A facilitator who does not take part, a member, and a forged id all get "not found".
    for (const actor of [an, eva]) expect(texts(await kit.click(actor, button, { learn: 'x' }))).toContain('Dat bezoek vind ik niet');
    expect(texts(await kit.click(dirk, { id: VISIT_ACTIONS.prepSubmit, value: 'v-nope' }, { learn: 'x' }))).toContain('Dat bezoek vind ik niet');
    expect(texts(await kit.click(dirk, { id: VISIT_ACTIONS.prepSubmit }, { learn: 'x' }))).toContain('Dat bezoek vind ik niet');
    // Another tenant's person with the same id.
    expect(texts(await kit.click({ ...dirk, tenantId: 't2' }, button, { learn: 'x' }))).toContain('Dat bezoek vind ik niet');

    await kit.h.deps.storage.visits.save({ ...visit, status: 'cancelled' });
    expect(texts(await kit.click(dirk, button, { learn: 'x' }))).toContain('staat niet (meer) gepland');
    expect((await stored(kit)).prep).toEqual({});
  });
});
