import { describe, expect, it } from 'vitest';
import type { ChoiceInput } from '../../src/core/model/message.js';
import { VISIT_ACTIONS } from '../../src/core/features/visits/visit-actions.js';
import { dm } from '../helpers/core-harness.js';
import { bo, buttonOf, keyOf, setupVisits, team, texts } from './kit.js';
import { lastCard, openRequest, request, requestInputs } from './request-steps.js';

const choice = (m: { card?: { blocks: unknown[] } } | undefined, id: string) => m?.card?.blocks.find((b): b is ChoiceInput => (b as ChoiceInput).type === 'choice' && (b as ChoiceInput).id === id);

describe('bezoek: the request form', () => {
  it('sends the form privately from the channel, with a short line in the channel', async () => {
    const kit = await setupVisits();
    const replies = await kit.say(bo, 'bezoek', team);
    expect(texts(replies)).toContain('privébericht');
    const form = lastCard(kit, bo, 'Op bezoek bij een collega');
    expect(form?.card?.presentation).toBe('dialog');
    expect(buttonOf(form, VISIT_ACTIONS.requestSubmit).value).toBe(kit.groupId);
    // Half-days without Wednesday afternoon; periods per weekday, 5 × 8 − 4 = 36, within the options limit.
    expect(choice(form, 'halfDays')?.options.map((o) => o.value)).toEqual(['1am', '1pm', '2am', '2pm', '3am', '4am', '4pm', '5am', '5pm']);
    expect(choice(form, 'periods')?.options).toHaveLength(36);
    expect(choice(form, 'periods')?.options[2]?.label).toBe('ma 3e lesuur');
    expect(choice(form, 'themes')?.options.map((o) => o.label)).toContain('Differentiatie en klaspraktijk');
    expect(choice(form, 'form')?.options.map((o) => o.label).join(' ')).toContain('zorgcoördinator');
  });

  it('answers in a personal chat directly, in the person’s language', async () => {
    const kit = await setupVisits();
    await kit.say(bo, 'taal en');
    const replies = await kit.say(bo, 'visit');
    expect(replies.at(-1)?.card?.title).toBe('Visit a colleague');
  });

  it('saves a valid request with dates for the coming weeks in the group’s zone', async () => {
    const kit = await setupVisits();
    const replies = await request(kit, bo);
    expect(texts(replies)).toContain('Je aanvraag voor Netwerk Gent staat klaar');
    const saved = await openRequest(kit, bo);
    expect(saved).toMatchObject({ themes: ['differentiation'], lens: 'methods', form: 'observe', scope: 'network', trio: false, fromDate: '2026-11-23', toDate: '2026-12-21' });
    expect(saved?.free).toEqual([1, 2, 3, 4].map((period) => ({ weekday: 2, period })).concat([1, 2, 3, 4].map((period) => ({ weekday: 4, period }))));
  });

  it('keeps one open request per person per group: a new submit updates it', async () => {
    const kit = await setupVisits();
    await request(kit, bo);
    const first = await openRequest(kit, bo);
    const replies = await request(kit, bo, { question: 'Hoe geef ik feedback tijdens stations?', periods: ['1-3', '3-2'], halfDays: [] });
    expect(texts(replies)).toContain('bijgewerkt');
    const all = await kit.h.deps.storage.visitRequests.listByVisitor(keyOf(bo));
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ id: first!.id, learningQuestion: 'Hoe geef ik feedback tijdens stations?', free: [{ weekday: 1, period: 3 }, { weekday: 3, period: 2 }] });
  });

  it('accepts multi-choices as comma-separated strings', async () => {
    const kit = await setupVisits();
    await request(kit, bo, { themes: 'differentiation,care-guidance', halfDays: '1am', periods: '5-6' });
    const saved = await openRequest(kit, bo);
    expect(saved?.themes).toEqual(['differentiation', 'care-guidance']);
    expect(saved?.free).toHaveLength(5);
  });

  it('sends the form back with the values and a clear error', async () => {
    const kit = await setupVisits();
    let replies = await request(kit, bo, { question: '' });
    expect(replies.at(-1)?.text).toContain('Vul je leervraag');
    expect(choice(replies.at(-1), 'themes')?.value).toEqual(['differentiation']);
    replies = await request(kit, bo, { halfDays: [], periods: ['3-7'] });
    expect(replies.at(-1)?.text).toContain('minstens één halve dag');
    replies = await request(kit, bo, { lens: 'own' });
    expect(replies.at(-1)?.text).toContain('eigen bril');
    replies = await request(kit, bo, { form: 'skydiving' });
    expect(replies.at(-1)?.text).toContain('Vorm');
    expect(await openRequest(kit, bo)).toBeUndefined();
  });

  it('refuses oversized text with the length and the limit', async () => {
    const kit = await setupVisits();
    const replies = await request(kit, bo, { question: 'x'.repeat(900) });
    expect(replies.at(-1)?.text).toContain('900');
    expect(replies.at(-1)?.text).toContain('500');
    expect(replies.at(-1)?.card?.title).toBe('Op bezoek bij een collega');
    expect(await openRequest(kit, bo)).toBeUndefined();
  });

  it('refuses a non-member and a second tenant’s person without saving', async () => {
    const kit = await setupVisits();
    const zoe = { id: 'zoe', tenantId: 't1', name: 'Zoë' };
    let replies = await kit.click(zoe, { id: VISIT_ACTIONS.requestSubmit, value: kit.groupId }, requestInputs());
    expect(texts(replies)).toContain('geen lid van Netwerk Gent');
    const mallory = { id: 'mal', tenantId: 't2', name: 'Mallory' };
    replies = await kit.click(mallory, { id: VISIT_ACTIONS.requestSubmit, value: kit.groupId }, requestInputs(), dm('mal', 't2'));
    expect(texts(replies)).not.toContain('Netwerk Gent');
    expect(await kit.h.deps.storage.visitRequests.listByGroup(kit.groupId)).toHaveLength(0);
  });

  it('withdraws an open request; only its visitor can', async () => {
    const kit = await setupVisits();
    await request(kit, bo);
    const saved = await openRequest(kit, bo);
    const cas = { id: 'cas', tenantId: 't1', name: 'Cas Willems' };
    expect(texts(await kit.click(cas, { id: VISIT_ACTIONS.requestWithdraw, value: saved!.id }))).toContain('vind ik niet');
    expect(texts(await kit.click(bo, { id: VISIT_ACTIONS.requestWithdraw, value: saved!.id }))).toContain('ingetrokken');
    expect((await kit.h.deps.storage.visitRequests.get(saved!.id))?.status).toBe('withdrawn');
    expect(texts(await kit.click(bo, { id: VISIT_ACTIONS.requestWithdraw, value: saved!.id }))).toContain('loopt niet meer');
  });

  it('prefills the form with the open request', async () => {
    const kit = await setupVisits();
    await request(kit, bo, { periods: ['1-3'] });
    const replies = await kit.say(bo, 'bezoek');
    const form = replies.at(-1);
    expect(choice(form, 'halfDays')?.value).toEqual(['2am', '4am']);
    expect(choice(form, 'periods')?.value).toEqual(['1-3']);
    expect(choice(form, 'weeks')?.value).toBe('4');
  });

  it('asks which group when the person is in several, and saves in the chosen one', async () => {
    const kit = await setupVisits();
    kit.h.deps.directory.rosters.set('plg-2', [{ id: 'an', name: 'An Peeters' }, { id: 'bo', name: 'Bo Janssens' }]);
    const an = { id: 'an', tenantId: 't1', name: 'An Peeters' };
    await kit.h.send({ kind: 'installed', actor: an, address: { channel: 'chat', tenantId: 't1', conversationId: 'plg-2', scope: 'channel' }, conversationName: 'PLG Wiskunde' });
    const second = await kit.h.deps.storage.groups.findByConversation('chat', 't1', 'plg-2');
    const form = (await kit.say(bo, 'bezoek')).at(-1);
    expect(choice(form, 'group')?.options.map((o) => o.label).sort()).toEqual(['Netwerk Gent', 'PLG Wiskunde']);
    expect(buttonOf(form, VISIT_ACTIONS.requestSubmit).value).toBeUndefined();
    await kit.click(bo, { id: VISIT_ACTIONS.requestSubmit }, requestInputs({ group: second!.id }));
    const all = await kit.h.deps.storage.visitRequests.listByVisitor(keyOf(bo));
    expect(all.map((r) => r.groupId)).toEqual([second!.id]);
  });
});
