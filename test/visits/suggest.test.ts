import { describe, expect, it } from 'vitest';
import { formatReasons, formatSlot } from '../../src/core/features/visits/slot-format.js';
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
    expect(shown).toContain('Werkt rond Differentiatie en klaspraktijk');
    expect(shown).toContain('Een andere school: Sint-Jan');
    expect(shown).toMatch(/\d+ momenten waarop jullie allebei kunnen/);
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
    expect(formatReasons([{ kind: 'reciprocal' }, { kind: 'words', words: ['stations'] }], 'fr', 'Bo')).toEqual(['Bo aimerait aussi venir vous voir', 'Vos questions ont des mots en commun : stations']);
  });
});
