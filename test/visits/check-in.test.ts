import { MOMENT_ACTIONS } from '../../src/core/features/moments/moment.js';
import { describe, expect, it } from 'vitest';
import { VISIT_ACTIONS } from '../../src/core/features/visits/visit-actions.js';
import { an, bo, buttonOf, cas, dirk, eva, keyOf, texts } from './kit.js';
import { all, AT, inputIds, lastTo, plannedVisit, stored } from './visit-reminder-kit.js';

const PUPIL_NOTE = 'Schrijf geen namen van leerlingen';

/** The visit, reflected on by Dirk (privately unless `share`), up to its check-in. */
async function checkedIn(share = 'private') {
  const planned = await plannedVisit();
  const { kit } = planned;
  await kit.at(AT.reflect);
  await kit.click(dirk, buttonOf(lastTo(kit, dirk), VISIT_ACTIONS.reflectSubmit), { saw: 'Stappenplan per hoek', try: 'Een stappenplan in mijn klas', share });
  await kit.at(AT.checkIn);
  return planned;
}

describe('the try-out check-in', () => {
  it('comes to the visitor only, weeks later, recalling what they meant to try, with the pupil note', async () => {
    const { kit, visit } = await plannedVisit();
    await kit.at(AT.reflect);
    await kit.click(dirk, buttonOf(lastTo(kit, dirk), VISIT_ACTIONS.reflectSubmit), { try: 'Een stappenplan in mijn klas' });
    const hostBefore = kit.privateTo(bo).length;
    await kit.at('2027-01-04T14:29:00.000Z');
    expect(lastTo(kit, dirk)?.card?.title).not.toBe('Heb je het al uitgeprobeerd?');
    await kit.at(AT.checkIn);
    const m = lastTo(kit, dirk);
    expect(m?.card?.title).toBe('Heb je het al uitgeprobeerd?');
    expect(all(m)).toContain('Een paar weken geleden ging je kijken in de klas van Bo Janssens');
    expect(all(m)).toContain('Je nam je toen voor: “Een stappenplan in mijn klas”');
    expect(all(m)).toContain(PUPIL_NOTE);
    expect(inputIds(m)).toEqual(['tryOut', 'include']);
    expect(buttonOf(m, VISIT_ACTIONS.checkInSubmit).value).toBe(visit.id);
    expect(buttonOf(m, VISIT_ACTIONS.shareWithTeam).value).toBe(visit.id);
    expect(kit.privateTo(bo)).toHaveLength(hostBefore);
  });

  it('comes even when the visitor never filled in the reflection', async () => {
    const { kit } = await plannedVisit();
    await kit.at(AT.checkIn);
    const m = lastTo(kit, dirk);
    expect(m?.card?.title).toBe('Heb je het al uitgeprobeerd?');
    expect(all(m)).not.toContain('Je nam je toen voor');
  });

  it('stores the answer with the visitor’s reflection, privately', async () => {
    const { kit } = await checkedIn();
    const replies = await kit.click(dirk, buttonOf(lastTo(kit, dirk), VISIT_ACTIONS.checkInSubmit), { tryOut: 'Gedaan in 2B: rustiger, minder vragen' });
    expect(texts(replies)).toContain('Je antwoord is bewaard');
    const reflection = (await stored(kit)).reflections[keyOf(dirk)];
    expect(reflection?.answers['tryOut']).toBe('Gedaan in 2B: rustiger, minder vragen');
    expect(reflection?.answers['try']).toBe('Een stappenplan in mijn klas');
    expect(reflection?.shared).toBe(false);
    expect(kit.toChannel()).toHaveLength(0);
    for (const other of [an, bo, cas, eva]) expect(all(lastTo(kit, other))).not.toContain('rustiger');
  });

  it('share-with-team tells the facilitators privately with the learning question, and the rest only with consent', async () => {
    const { kit } = await checkedIn();
    const replies = await kit.click(dirk, buttonOf(lastTo(kit, dirk), VISIT_ACTIONS.shareWithTeam), { tryOut: 'Gedaan in 2B' });
    expect(texts(replies)).toContain('Ik liet het An Peeters weten');
    const toAn = lastTo(kit, an);
    expect(toAn?.card?.title).toBe('Kennisdeling na een klasbezoek');
    expect(all(toAn)).toContain('Dirk Maes wil op een teammoment delen wat het klasbezoek bij Bo Janssens');
    expect(all(toAn)).toContain('Leervraag: Hoe laat ik leerlingen zelfstandig werken in hoeken?');
    // The reflection was private and no consent was ticked: what Dirk tried stays with Dirk.
    expect(all(toAn)).not.toContain('stappenplan');
    expect(all(toAn)).not.toContain('Gedaan in 2B');
    expect(kit.toChannel()).toHaveLength(0);
    for (const other of [bo, cas, eva]) expect(all(lastTo(kit, other))).not.toContain('Kennisdeling');
    // The typed answer was kept, and a second click does not tell the facilitators again.
    expect((await stored(kit)).reflections[keyOf(dirk)]?.answers['tryOut']).toBe('Gedaan in 2B');
    const count = kit.privateTo(an).length;
    expect(texts(await kit.click(dirk, buttonOf(lastTo(kit, dirk), VISIT_ACTIONS.shareWithTeam)))).toContain('De begeleiders weten het al');
    expect(kit.privateTo(an)).toHaveLength(count);
  });

  it('gives the facilitator a prefilled planning form for a sharing moment, and nobody else', async () => {
    const { kit } = await checkedIn();
    await kit.click(dirk, buttonOf(lastTo(kit, dirk), VISIT_ACTIONS.shareWithTeam));
    const plan = buttonOf(lastTo(kit, an), VISIT_ACTIONS.planSharing);
    const [form] = await kit.click(an, plan);
    const blocks = form?.card?.blocks ?? [];
    expect(blocks.find((b) => b.type === 'input' && b.id === 'title')).toMatchObject({ value: 'Kennisdeling: Dirk Maes bij Bo Janssens' });
    expect(JSON.stringify(blocks.find((b) => b.type === 'input' && b.id === 'agenda'))).toContain('Hoe laat ik leerlingen zelfstandig werken in hoeken?');
    expect(buttonOf(form, MOMENT_ACTIONS.planSubmit).value).toBe(`new:${kit.groupId}`);
    // A member, or a forged visit id, gets no form.
    expect(texts(await kit.click(bo, plan))).toContain('Alleen een begeleider');
    expect(texts(await kit.click(an, { id: VISIT_ACTIONS.planSharing, value: 'nope|0' }))).toContain('Dat bezoek vind ik niet');
  });

  it('with consent in the same click, what the visitor tried goes along', async () => {
    const { kit } = await checkedIn();
    await kit.click(dirk, buttonOf(lastTo(kit, dirk), VISIT_ACTIONS.shareWithTeam), { tryOut: 'Gedaan in 2B', include: 'yes' });
    const toAn = all(lastTo(kit, an));
    expect(toAn).toContain('Wou uitproberen: Een stappenplan in mijn klas');
    expect(toAn).toContain('Hoe het ging: Gedaan in 2B');
  });

  it('a reflection already shared with the group counts as consent', async () => {
    const { kit } = await checkedIn('group');
    await kit.click(dirk, buttonOf(lastTo(kit, dirk), VISIT_ACTIONS.shareWithTeam));
    expect(all(lastTo(kit, an))).toContain('Wou uitproberen: Een stappenplan in mijn klas');
  });

  it('only the visitor checks in', async () => {
    const { kit, visit } = await checkedIn();
    expect(texts(await kit.click(bo, { id: VISIT_ACTIONS.shareWithTeam, value: visit.id }))).toContain('Deze check-in is voor wie op bezoek ging.');
    expect(texts(await kit.click(bo, { id: VISIT_ACTIONS.checkInSubmit, value: visit.id }, { tryOut: 'x' }))).toContain('Deze check-in is voor wie op bezoek ging.');
    expect(texts(await kit.click(eva, { id: VISIT_ACTIONS.shareWithTeam, value: visit.id }))).toContain('Dat bezoek vind ik niet');
    expect(kit.privateTo(an).filter((m) => m.card?.title === 'Kennisdeling na een klasbezoek')).toHaveLength(0);
    expect(texts(await kit.click(dirk, { id: VISIT_ACTIONS.checkInSubmit, value: visit.id }, { tryOut: 'z'.repeat(1501) }))).toContain('hou het bij 1500 tekens');
    expect((await stored(kit)).reflections[keyOf(dirk)]?.answers['tryOut']).toBeUndefined();
  });

  it('cannot check in before the visit', async () => {
    const { kit, visit } = await plannedVisit();
    expect(texts(await kit.click(dirk, { id: VISIT_ACTIONS.shareWithTeam, value: visit.id }))).toContain('staat niet (meer) open');
    expect(kit.privateTo(an)).toHaveLength(0);
  });

  it('a group without another facilitator gets an honest answer', async () => {
    const { kit, visit } = await checkedIn();
    const membership = await kit.h.deps.storage.memberships.get(kit.groupId, keyOf(an));
    await kit.h.deps.storage.memberships.save({ ...membership!, active: false, leftAt: kit.h.deps.clock.now().toISOString() });
    expect(texts(await kit.click(dirk, { id: VISIT_ACTIONS.shareWithTeam, value: visit.id }))).toContain('geen begeleider');
  });
});
