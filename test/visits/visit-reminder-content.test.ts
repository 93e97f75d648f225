import { describe, expect, it } from 'vitest';
import { VISIT_ACTIONS } from '../../src/core/features/visits/visit-actions.js';
import { bo, buttonOf, dirk, keyOf } from './kit.js';
import { all, AT, lastTo, LEARNING_QUESTION, plannedVisit } from './visit-reminder-kit.js';

describe('the day-before and hour-before reminders of a visit', () => {
  it('tell the visitor when, where, with whom, the form, the learning question and the cover, with a calendar link', async () => {
    const { kit, visit } = await plannedVisit();
    await kit.at(AT.dayBefore);
    const m = lastTo(kit, dirk);
    expect(m?.card?.title).toBe('Morgen: klasbezoek');
    expect(m?.text).toContain('Je gaat morgen om 10:20 kijken in de klas van Bo Janssens.');
    const facts = Object.fromEntries((m?.card?.blocks ?? []).flatMap((b) => (b.type === 'facts' ? b.facts.map((f) => [f.label, f.value]) : [])));
    expect(facts).toEqual({
      Wanneer: 'dinsdag 1 december, 3e lesuur (10:20–11:10)',
      Waar: 'klas van Bo Janssens, De Linde',
      Wie: 'Dirk Maes bij Bo Janssens',
      Vorm: 'meekijken in de klas',
      Leervraag: LEARNING_QUESTION,
      'Opvang van de klas': 'studentleraar (Sara, stagiair 3de jaar)',
    });
    const links = (m?.card?.blocks ?? []).flatMap((b) => (b.type === 'links' ? b.links.map((l) => l.url) : []));
    expect(links).toEqual([`http://localhost:3978/kalender/bezoek/${visit.icsToken}.ics`]);
    expect(all(m)).toContain('Bo Janssens deelde (nog) geen voorbereiding.');
  });

  it('tell the host who comes, and one hour before say so again', async () => {
    const { kit } = await plannedVisit();
    await kit.at(AT.dayBefore);
    expect(lastTo(kit, bo)?.text).toContain('Je krijgt morgen om 10:20 bezoek van Dirk Maes in je klas.');
    await kit.at(AT.hourBefore);
    const m = lastTo(kit, bo);
    expect(m?.card?.title).toBe('Zo meteen: klasbezoek');
    expect(m?.text).toContain('vandaag om 10:20, over 1 uur');
  });

  it('carry the other side’s preparation once it was given', async () => {
    const { kit, visit } = await plannedVisit();
    await kit.at(AT.prepare);
    await kit.click(bo, buttonOf(lastTo(kit, bo), VISIT_ACTIONS.prepSubmit), { show: 'Hoekenwerk met dobbelstenen', practical: 'Lokaal B12, zit achteraan' });
    await kit.at(AT.dayBefore);
    const m = lastTo(kit, dirk);
    expect(all(m)).toContain('Zo bereidde Bo Janssens zich voor');
    expect(all(m)).toContain('Hoekenwerk met dobbelstenen');
    expect(all(m)).toContain('Lokaal B12, zit achteraan');
    // Bo sees that Dirk did not prepare, and never her own answers echoed back.
    expect(all(lastTo(kit, bo))).toContain('Dirk Maes deelde (nog) geen voorbereiding.');
    expect(all(lastTo(kit, bo))).not.toContain('Lokaal B12');
    expect((await kit.h.deps.storage.reminders.get(`visit:${visit.id}:v1:${keyOf(dirk)}:1440`))?.status).toBe('sent');
  });

  it('speak the recipient’s language', async () => {
    const { kit } = await plannedVisit();
    const person = await kit.h.deps.storage.people.get(keyOf(dirk));
    await kit.h.deps.storage.people.save({ ...person!, language: 'fr' });
    await kit.at(AT.dayBefore);
    const m = lastTo(kit, dirk);
    expect(m?.card?.title).toBe('Demain : visite de classe');
    expect(all(m)).toContain('mardi 1 décembre, 3e heure de cours (10:20–11:10)');
    expect(all(m)).toContain('étudiant·e stagiaire');
  });
});

describe('times in each reader’s own zone', () => {
  it('the preparation form, the day-before reminder and the shared preparation show the reader’s clock', async () => {
    const { kit } = await plannedVisit();
    const person = await kit.h.deps.storage.people.get(keyOf(dirk));
    await kit.h.deps.storage.people.save({ ...person!, timeZone: 'Europe/London' });
    await kit.at(AT.prepare);
    // Dirk reads London time, Bo Brussels time.
    expect(all(lastTo(kit, dirk))).toContain('(09:20–10:10)');
    expect(all(lastTo(kit, bo))).toContain('(10:20–11:10)');

    await kit.click(bo, buttonOf(lastTo(kit, bo), VISIT_ACTIONS.prepSubmit), { show: 'Hoekenwerk' });
    expect(all(lastTo(kit, dirk))).toContain('dinsdag 1 december, 3e lesuur (09:20–10:10)');

    await kit.at(AT.dayBefore);
    expect(lastTo(kit, dirk)?.text).toContain('morgen om 09:20');
    expect(lastTo(kit, bo)?.text).toContain('morgen om 10:20');
  });
});
