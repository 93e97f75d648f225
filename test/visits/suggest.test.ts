import { describe, expect, it } from 'vitest';
import { commonMoments, formatReasons, formatSlot } from '../../src/core/features/visits/slot-format.js';
import { slotAt } from '../../src/core/features/visits/matching/index.js';
import { VISIT_ACTIONS } from '../../src/core/features/visits/visit-actions.js';
import { bo, buttons, cas, dirk, keyOf, setupVisits, texts } from './kit.js';
import { lastCard, offer, openRequest, request } from './request-steps.js';

describe('suggestions for a request', () => {
  it('suggests hosts with reasons in words, another school first', async () => {
    const kit = await setupVisits();
    await offer(kit, cas);
    await offer(kit, dirk);
    await request(kit, bo);
    const card = lastCard(kit, bo, 'Collega’s voor je bezoek');
    const shown = texts([card!]);
    expect(shown.indexOf('Dirk Maes')).toBeGreaterThan(-1);
    expect(shown.indexOf('Dirk Maes')).toBeLessThan(shown.indexOf('Cas Willems'));
    expect(shown).toContain('Werkt rond differentiatie en klaspraktijk');
    expect(shown).toContain('Een andere school: Sint-Jan');
    // When both can, from the proposed slots (weekday and period), not a count of periods.
    expect(shown).toMatch(/• Jullie kunnen allebei op (ma|di|wo|do|vr) (\de lesuur|voormiddag|namiddag)/);
    expect(shown).not.toMatch(/momenten waarop/);
    const asks = buttons(card).filter((b) => b.id === VISIT_ACTIONS.ask);
    const saved = await openRequest(kit, bo);
    expect(asks.map((b) => b.value)).toEqual([`${saved!.id}|${keyOf(dirk)}`, `${saved!.id}|${keyOf(cas)}`]);
    expect(buttons(card).find((b) => b.id === VISIT_ACTIONS.requestWithdraw)?.value).toBe(saved!.id);
  });

  it('names reciprocity when the host would also like to visit the visitor', async () => {
    const kit = await setupVisits();
    // Dirk asks to visit someone about differentiation, and Bo hosts exactly that.
    await offer(kit, bo);
    await request(kit, dirk, { question: 'Hoe differentieer ik?' });
    await offer(kit, dirk);
    await request(kit, bo);
    expect(texts([lastCard(kit, bo, 'Collega’s voor je bezoek')!])).toContain('Dirk Maes wil ook graag eens bij jou komen kijken');
  });

  it('says why there is no host, that the request stays open and facilitators see it', async () => {
    const kit = await setupVisits();
    await offer(kit, cas);
    await request(kit, bo, { scope: 'own-school', halfDays: ['1pm'] });
    const card = lastCard(kit, bo, 'Collega’s voor je bezoek');
    const shown = texts([card!]);
    expect(shown).toContain('vind ik nu nog niemand');
    expect(shown).toContain('Ik vind geen moment');
    expect(shown).toContain('begeleiders');
    expect(buttons(card).map((b) => b.id)).toEqual([VISIT_ACTIONS.requestWithdraw]);
  });

  it('formats slots and reasons in three languages', () => {
    const slot = { date: '2026-12-01', periods: [3], start: '2026-12-01T09:20:00.000Z', end: '2026-12-01T10:10:00.000Z' };
    expect(formatSlot(slot, 'nl', 'Europe/Brussels')).toBe('di 1 dec, 3e lesuur (10:20–11:10)');
    expect(formatSlot({ ...slot, periods: [1, 2, 3, 4], start: '2026-12-01T07:25:00.000Z', end: '2026-12-01T11:00:00.000Z' }, 'nl', 'Europe/Brussels')).toBe('di 1 dec, voormiddag (08:25–12:00)');
    expect(formatSlot(slot, 'en', 'Europe/Brussels')).toBe('Tue 1 Dec, period 3 (10:20–11:10)');
    expect(formatReasons([{ kind: 'reciprocal' }, { kind: 'words', words: ['stations'] }], 'fr', 'Bo')).toEqual(['Bo aimerait aussi venir vous voir', 'Rejoint votre question : stations']);
  });

  it('says when both can (at most three moments), whose question it meets, and themes in lower case', () => {
    const at = (date: string, periods: number[]) => ({ date, periods, start: `${date}T07:25:00.000Z`, end: `${date}T08:15:00.000Z` });
    const reasons = [{ kind: 'themes' as const, themes: ['differentiation', 'multilingualism'] }, { kind: 'words' as const, words: ['niveaugroepen'] }, { kind: 'slots' as const, count: 32 }];
    const twoDays = [at('2026-12-01', [1, 2, 3, 4]), at('2026-12-03', [2]), at('2026-12-08', [1, 2, 3, 4])];
    expect(formatReasons(reasons, 'nl', 'Bo', twoDays)).toEqual([
      'Werkt rond differentiatie en klaspraktijk, meertaligheid',
      'Sluit aan bij je vraag: niveaugroepen',
      'Jullie kunnen allebei op di voormiddag en do 2e lesuur',
    ]);
    const many = [at('2026-12-01', [1]), at('2026-12-02', [2]), at('2026-12-03', [3]), at('2026-12-04', [4])];
    expect(formatReasons([{ kind: 'slots', count: 4 }], 'nl', '', many)).toEqual(['Jullie kunnen allebei op di 1e lesuur, wo 2e lesuur, do 3e lesuur en nog andere momenten']);
    expect(formatReasons([{ kind: 'slots', count: 1 }], 'fr', '', [at('2026-12-01', [1])])).toEqual(['Vous êtes tous deux disponibles : mar. 1re heure de cours']);
    // Without slots, the count, in singular or plural.
    expect(formatReasons([{ kind: 'slots', count: 1 }], 'nl')).toEqual(['Er is 1 moment waarop jullie allebei kunnen']);
    expect(formatReasons([{ kind: 'slots', count: 3 }], 'en')).toEqual(['3 times you can both make']);
  });

  it('writes French ordinals: 1re heure, 1er décembre', () => {
    const slot = { date: '2026-12-01', periods: [1], start: '2026-12-01T07:25:00.000Z', end: '2026-12-01T08:15:00.000Z' };
    expect(formatSlot(slot, 'fr', 'Europe/Brussels')).toBe('mar. 1er déc., 1re heure de cours (08:25–09:15)');
    expect(formatSlot({ ...slot, date: '2026-12-02', periods: [3, 4] }, 'fr', 'Europe/Brussels')).toMatch(/^mer\. 2 déc\., 3e–4e heures de cours/);
  });

  it('leaves generic school words out of the shared words', async () => {
    const { sharedWords } = await import('../../src/core/features/visits/matching/words.js');
    expect(sharedWords('Hoe laat ik het 2e leerjaar werken met niveaugroepen?', 'Niveaugroepen in het leerjaar, laat zien hoe')).toEqual(['niveaugroepen']);
    expect(sharedWords('Differentiation for first year pupils at school', 'Differentiation in year one, whole school')).toEqual(['differentiation']);
    expect(sharedWords('Différenciation en première année à l’école', 'Différenciation, année 1, école')).toEqual(['differenciation']);
  });
});

describe('when both can, in words', () => {
  it('lists the moments in week order, each once, whatever the order of the dates', () => {
    const slots = [slotAt('2026-12-03', [1], 'Europe/Brussels'), slotAt('2026-12-04', [1], 'Europe/Brussels'), slotAt('2026-12-08', [1], 'Europe/Brussels'), slotAt('2026-12-01', [1], 'Europe/Brussels')];
    expect(commonMoments(slots, 'nl')).toEqual(['di 1e lesuur', 'do 1e lesuur', 'vr 1e lesuur']);
  });
});
