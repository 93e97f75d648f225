import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/index.js';
import { visitSettingsOf } from '../../src/core/features/visits/visit.js';
import { channelAddress } from '../helpers/core-harness.js';
import { an, bo, keyOf, setupVisits, team, texts, type VisitKit } from './kit.js';

async function speaks(kit: VisitKit, actor: Actor, language: 'nl' | 'en' | 'fr'): Promise<void> {
  const person = (await kit.h.deps.storage.people.get(keyOf(actor)))!;
  await kit.h.deps.storage.people.save({ ...person, language });
}

describe('bezoek instellingen', () => {
  it('shows the current settings with what each means and how to change them', async () => {
    const kit = await setupVisits();
    const out = texts(await kit.say(an, 'bezoek instellingen', team));
    expect(out).toContain('Bezoekinstellingen van Netwerk Gent');
    expect(out).toContain('nooit meer dan 2 leraren van dezelfde school');
    expect(out).toContain('120 dagen');
    expect(out).toContain('bezoek instellingen max 2');
  });

  it('lets a facilitator change several settings at once, keeping the rest at their defaults', async () => {
    const kit = await setupVisits();
    const out = texts(await kit.say(an, 'bezoek instellingen max 1 venster 90 doel 2 directeur aan checkin 6 antwoord 5 horizon 8', team));
    expect(out).toContain('Opgeslagen voor Netwerk Gent');
    const group = await kit.group();
    expect(group.visitSettings).toEqual({ maxAwayPerSchool: 1, pairWindowDays: 90, targetPerTerm: 2, informDirector: true, checkInWeeks: 6, hostAnswerSchoolDays: 5, horizonWeeks: 8 });
    await kit.say(an, 'bezoek instellingen directeur uit', team);
    const after = visitSettingsOf(await kit.group());
    expect(after.informDirector).toBe(false);
    expect(after.maxAwayPerSchool).toBe(1);
  });

  it('accepts pairs separated by commas, as the hint writes them', async () => {
    const kit = await setupVisits();
    expect(texts(await kit.say(an, 'bezoek instellingen max 2, doel 3; venster 60', team))).toContain('Opgeslagen');
    expect(visitSettingsOf(await kit.group())).toMatchObject({ maxAwayPerSchool: 2, targetPerTerm: 3, pairWindowDays: 60 });
  });

  it('understands the Dutch words *opvolging* and *vooruit* (the old *checkin* and *horizon* still work)', async () => {
    const kit = await setupVisits();
    const out = texts(await kit.say(an, 'bezoek instellingen opvolging 5 vooruit 10', team));
    expect(out).toContain('Opgeslagen voor Netwerk Gent');
    expect(visitSettingsOf(await kit.group())).toMatchObject({ checkInWeeks: 5, horizonWeeks: 10 });
    expect(out).toContain('Terugblik na (*opvolging*)');
    expect(out).toContain('Vooruitkijken (*vooruit*)');
    expect(out).toContain('Meerdere tegelijk aanpassen kan: *bezoek instellingen max 1 doel 2*');
    await kit.say(an, 'bezoek instellingen checkin 4 horizon 6', team);
    expect(visitSettingsOf(await kit.group())).toMatchObject({ checkInWeeks: 4, horizonWeeks: 6 });
  });

  it('says in words what on and off mean, and uses the singular for one', async () => {
    const kit = await setupVisits();
    const off = texts(await kit.say(an, 'bezoek instellingen directeur uit doel 1 max 1', team));
    expect(off).toContain('uit — de directeur krijgt geen bericht');
    expect(off).not.toContain('bericht: uit');
    expect(off).toContain('aan 1 bezoek per trimester');
    expect(off).toContain('nooit meer dan 1 leraar van dezelfde school');
    const on = texts(await kit.say(an, 'bezoek instellingen directeur aan doel 2', team));
    expect(on).toContain('aan — bij een bevestigd bezoek krijgt de directeur van de school van de bezoeker bericht');
    expect(on).toContain('aan 2 bezoeken per trimester');
    await speaks(kit, an, 'fr');
    expect(texts(await kit.say(an, 'visite réglages', team))).toContain('Horizon de recherche (*horizon*)');
  });

  it('works in the facilitator’s private chat when they have one group', async () => {
    const kit = await setupVisits();
    const out = texts(await kit.say(an, 'bezoek instellingen doel 3'));
    expect(out).toContain('Opgeslagen voor Netwerk Gent');
    expect(visitSettingsOf(await kit.group()).targetPerTerm).toBe(3);
  });

  it('asks a facilitator of several groups to use the group’s channel', async () => {
    const kit = await setupVisits();
    await kit.h.send({ kind: 'installed', actor: an, address: channelAddress('plg-2'), conversationName: 'PLG Wiskunde' });
    const out = texts(await kit.say(an, 'bezoek instellingen doel 3'));
    expect(out).toContain('Netwerk Gent');
    expect(out).toContain('PLG Wiskunde');
    expect((await kit.group()).visitSettings).toBeUndefined();
  });

  it('refuses a member and names the facilitators', async () => {
    const kit = await setupVisits();
    const out = texts(await kit.say(bo, 'bezoek instellingen max 5', team));
    expect(out).toContain('Alleen een begeleider');
    expect(out).toContain('An Peeters');
    expect((await kit.group()).visitSettings).toBeUndefined();
    expect(texts(await kit.say(bo, 'bezoek instellingen'))).toContain('An Peeters');
  });

  it('names the allowed range for a bad value, in the person’s language, and saves nothing', async () => {
    const kit = await setupVisits();
    expect(texts(await kit.say(an, 'bezoek instellingen max 0', team))).toContain('van 1 tot en met 20');
    expect(texts(await kit.say(an, 'bezoek instellingen venster 9999', team))).toContain('van 0 tot en met 730');
    expect(texts(await kit.say(an, 'bezoek instellingen doel twee', team))).toContain('“twee”');
    expect(texts(await kit.say(an, 'bezoek instellingen directeur misschien', team))).toContain('*aan* of *uit*');
    expect(texts(await kit.say(an, 'bezoek instellingen kleur blauw', team))).toContain('“kleur”');
    // One bad pair spoils the line: nothing of it is saved.
    await kit.say(an, 'bezoek instellingen max 3 horizon 99', team);
    expect((await kit.group()).visitSettings).toBeUndefined();
    await speaks(kit, an, 'en');
    expect(texts(await kit.say(an, 'visit settings checkin 40', team))).toContain('choose a whole number from 1 to 26');
    await speaks(kit, an, 'fr');
    expect(texts(await kit.say(an, 'visite réglages réponse 0', team))).toContain('de 1 à 15');
  });

  it('understands the English and French words', async () => {
    const kit = await setupVisits();
    await speaks(kit, an, 'en');
    const out = texts(await kit.say(an, 'visit settings max 3 window 60 checkin 2 target 4 director on answer 2 horizon 10', team));
    expect(out).toContain('Saved for Netwerk Gent');
    expect(out).toContain('Visit settings of Netwerk Gent');
    expect((await kit.group()).visitSettings).toEqual({ maxAwayPerSchool: 3, pairWindowDays: 60, checkInWeeks: 2, targetPerTerm: 4, informDirector: true, hostAnswerSchoolDays: 2, horizonWeeks: 10 });
    await speaks(kit, an, 'fr');
    const fr = texts(await kit.say(an, 'visite réglages fenêtre 30 suivi 5 objectif 1 direction non réponse 4 horizon 3', team));
    expect(fr).toContain('Enregistré pour Netwerk Gent');
    expect((await kit.group()).visitSettings).toEqual({ maxAwayPerSchool: 3, pairWindowDays: 30, checkInWeeks: 5, targetPerTerm: 1, informDirector: false, hostAnswerSchoolDays: 4, horizonWeeks: 3 });
  });
});
