import { describe, expect, it } from 'vitest';
import { proposalCard, type ProposalView } from '../../src/core/features/visits/ask-cards.js';
import { formWords } from '../../src/core/features/visits/round-words.js';
import { VISIT_FORMS, type VisitForm } from '../../src/core/features/visits/visit.js';
import { visitsT } from '../../src/core/features/visits/visits-translate.js';
import { visitsMessages } from '../../src/core/features/visits/visits-messages.js';
import type { SchoolRole } from '../../src/core/features/groups/group.js';
import { an, bo, cas, dirk, eva, keyOf, setupVisits, team, texts } from './kit.js';

const view = (form: VisitForm, visitors: string[]): ProposalView => ({
  visit: {
    id: 'v1',
    sequence: 0,
    form,
    proposedSlots: [{ date: '2026-12-01', periods: [3], start: '2026-12-01T09:20:00.000Z', end: '2026-12-01T10:10:00.000Z' }],
    answerBy: '2026-11-26T08:00:00.000Z',
  },
  zone: 'Europe/Brussels',
  groupName: 'Netwerk Gent',
  visitors: visitors.map((name) => ({ name })),
  hostName: 'Dirk',
  to: 'host',
});

describe('wording per visit form', () => {
  it('the host’s card says what the visitor comes to do, per form, alone or as a trio', () => {
    const t = visitsT('nl');
    const intro = (form: VisitForm, visitors = ['Bo']) => proposalCard(t, 'nl', view(form, visitors)).text;
    expect(intro('observe')).toBe('Bo wil graag bij jou in de klas komen kijken (Netwerk Gent).');
    expect(intro('co-teaching')).toBe('Bo wil graag met jou een les geven (co-teaching) (Netwerk Gent).');
    expect(intro('shadowing')).toBe('Bo wil graag een deel van je dag met je meelopen (Netwerk Gent).');
    expect(intro('other-school')).toBe('Bo wil graag jouw school en je klas bezoeken (Netwerk Gent).');
    expect(intro('consultation')).toContain('een les van jou bijwonen en die daarna met jou bespreken');
    expect(intro('co-teaching', ['Bo', 'Cas'])).toBe('Bo en Cas willen graag samen met jou een les geven (co-teaching) (Netwerk Gent).');
    for (const form of VISIT_FORMS.filter((f) => f !== 'observe')) expect(intro(form), form).not.toContain('komen kijken');
    expect(proposalCard(visitsT('en'), 'en', view('shadowing', ['Bo', 'Cas'])).text).toBe('Bo and Cas would both like to shadow you for part of your day (Netwerk Gent).');
    const fr = proposalCard(visitsT('fr'), 'fr', view('co-teaching', ['Bo']));
    expect(fr.text).toBe('Bo aimerait donner une leçon avec vous (co-enseignement) (Netwerk Gent).');
    expect(JSON.stringify(fr.card)).toContain('Non, merci');
  });

  it('one label per form: the request form, cards, overview and CSV share visits.form.*', () => {
    for (const language of ['nl', 'en', 'fr'] as const) {
      const t = visitsT(language);
      for (const form of VISIT_FORMS) expect(formWords(t, form)).toBe(t(`visits.form.${form}`));
    }
    expect(formWords(visitsT('nl'), 'observe')).toBe('Meekijken in de klas (hospiteren)');
    expect(formWords(visitsT('en'), 'observe')).toBe('Observe a colleague’s class');
  });

  it('no slash plurals and the right quotes in these catalogs', () => {
    for (const language of ['nl', 'en', 'fr'] as const) {
      for (const [key, value] of Object.entries(visitsMessages[language])) {
        if (!/^visits\.(reason|request|offer|proposal|suggest|unmatched|round|overview|settings|csv|form|slot|list|noGroups|pupilNote)\b/.test(key)) continue;
        expect(value, key).not.toMatch(/\((s|en|’s|e)\)|\/-|\b(vraag\/vragen|jour\(s\))/);
        if (language !== 'fr') expect(value, key).not.toContain('"');
      }
    }
  });
});

describe('the overview flags only the people the target is about', () => {
  it('⚠ for teachers, student-teachers and unknown roles; not for the pedagogical adviser or director', async () => {
    const kit = await setupVisits();
    const roles: Array<[typeof an, SchoolRole]> = [[an, 'pedagogical-adviser'], [bo, 'teacher'], [cas, 'student-teacher'], [dirk, 'director']];
    for (const [actor, schoolRole] of roles) {
      const person = (await kit.h.deps.storage.people.get(keyOf(actor)))!;
      await kit.h.deps.storage.people.save({ ...person, schoolRole });
    }
    await kit.say(an, 'bezoek overzicht', team);
    const card = kit.privateTo(an).at(-1)!;
    const shown = texts([card]);
    for (const actor of [bo, cas, eva]) expect(shown).toContain(`⚠ *${actor.name}*`);
    for (const actor of [an, dirk]) {
      expect(shown).not.toContain(`⚠ *${actor.name}*`);
      expect(shown).toContain(`• ${actor.name}`);
    }
    const facts = card.card!.blocks.find((b) => b.type === 'facts') as { facts: Array<{ label: string; value: string }> };
    expect(facts.facts.find((f) => f.label === 'Onder het doel')?.value).toBe('3 / 3');
    expect(shown).toContain('⚠ staat bij leraren en student-leraren die nog onder het doel zitten');
  });
});
