import { describe, expect, it } from 'vitest';
import { cardToAdaptiveCard } from '../../src/channels/teams/adaptive-card.js';
import { cardToBlockKit } from '../../src/channels/slack/block-kit.js';
import type { Card, ChoiceInput, OutboundMessage } from '../../src/core/model/message.js';
import { VISIT_ACTIONS } from '../../src/core/features/visits/visit-actions.js';
import { VISIT_FORMS } from '../../src/core/features/visits/visit.js';
import { bo, cas, keyOf, setupVisits, team } from './kit.js';
import { lastCard, openRequest, request } from './request-steps.js';

const choice = (m: OutboundMessage | undefined, id: string): ChoiceInput | undefined =>
  m?.card?.blocks.find((b): b is ChoiceInput => b.type === 'choice' && b.id === id);
const input = (m: OutboundMessage | undefined, id: string) => m?.card?.blocks.find((b) => b.type === 'input' && b.id === id);

/** Teams' Input.ChoiceSet of a card by id. */
const teamsChoice = (card: Card, id: string) => {
  const body = cardToAdaptiveCard(card).body as Array<Record<string, unknown>>;
  return body.find((e) => e['type'] === 'Input.ChoiceSet' && e['id'] === id);
};
/** Slack's input element of a card by action id. */
const slackElement = (card: Card, id: string) =>
  cardToBlockKit(card)
    .map((b) => (b.type === 'input' ? (b.element as unknown as Record<string, unknown>) : undefined))
    .find((e) => e?.['action_id'] === id);

describe('the request and host forms stay short', () => {
  it('request form: themes and single periods as compact multi-selects, half-days as checkboxes, short labels', async () => {
    const kit = await setupVisits();
    await kit.say(bo, 'bezoek', team);
    const form = lastCard(kit, bo, 'Op bezoek bij een collega');
    expect(choice(form, 'themes')).toMatchObject({ multi: true, style: 'compact' });
    expect(choice(form, 'periods')).toMatchObject({ multi: true, style: 'compact', label: 'Of losse vrije lesuren (optioneel)' });
    expect(choice(form, 'halfDays')).toMatchObject({ multi: true, style: 'expanded', label: 'Vrije halve dagen' });
    expect(input(form, 'lensOwn')).toMatchObject({ label: 'Eigen bril (alleen als je die kiest)' });
    expect(input(form, 'lensOwn')).not.toHaveProperty('required');
    // No option label long enough to be cut off in a narrow dialog.
    for (const o of choice(form, 'form')!.options) expect(o.label.length, o.label).toBeLessThanOrEqual(50);
    expect(choice(form, 'form')!.options.map((o) => o.value)).toEqual([...VISIT_FORMS]);
  });

  it('host form: the same compact themes and periods', async () => {
    const kit = await setupVisits();
    await kit.say(cas, 'gastheer', team);
    const form = lastCard(kit, cas, 'Gastheer of gastvrouw zijn');
    expect(choice(form, 'themes')).toMatchObject({ multi: true, style: 'compact' });
    expect(choice(form, 'periods')).toMatchObject({ multi: true, style: 'compact', label: 'Of losse lesuren (optioneel)' });
    expect(choice(form, 'halfDays')).toMatchObject({ multi: true, style: 'expanded' });
  });

  it('Teams renders them as compact multi-select ChoiceSets; Slack as multi-selects within its option limit', async () => {
    const kit = await setupVisits();
    await kit.say(bo, 'bezoek', team);
    const card = lastCard(kit, bo, 'Op bezoek bij een collega')!.card!;
    for (const id of ['themes', 'periods']) expect(teamsChoice(card, id), id).toMatchObject({ isMultiSelect: true, style: 'compact' });
    expect(teamsChoice(card, 'halfDays')).toMatchObject({ isMultiSelect: true, style: 'expanded' });
    const periods = slackElement(card, 'periods')!;
    expect(periods['type']).toBe('multi_static_select');
    expect(periods['options']).toHaveLength(36);
    expect(slackElement(card, 'themes')!['type']).toBe('multi_static_select');
    expect(slackElement(card, 'halfDays')!['type']).toBe('checkboxes');
  });

  it('accepts the multi-selects as comma-joined strings (Teams) with the same values as before', async () => {
    const kit = await setupVisits();
    await request(kit, bo, { themes: 'differentiation,multilingualism', halfDays: '2am', periods: '4-2,5-8' });
    const saved = await openRequest(kit, bo);
    expect(saved?.themes).toEqual(['differentiation', 'multilingualism']);
    expect(saved?.free).toEqual([...[1, 2, 3, 4].map((period) => ({ weekday: 2, period })), { weekday: 4, period: 2 }, { weekday: 5, period: 8 }]);
    await kit.click(cas, { id: VISIT_ACTIONS.offerSubmit, value: kit.groupId }, { themes: 'care-guidance', show: '', halfDays: '', periods: '1-1, 1-2', maxVisitors: '1' });
    const offer = await kit.h.deps.storage.hostOffers.get(kit.groupId, keyOf(cas));
    expect(offer).toMatchObject({ themes: ['care-guidance'], periods: [{ weekday: 1, period: 1 }, { weekday: 1, period: 2 }] });
  });

  it('prefills a stored selection as values of the compact multi-selects', async () => {
    const kit = await setupVisits();
    await request(kit, bo, { themes: ['differentiation'], halfDays: [], periods: ['4-2'] });
    await kit.say(bo, 'bezoek', team);
    const form = lastCard(kit, bo, 'Op bezoek bij een collega');
    expect(choice(form, 'periods')?.value).toEqual(['4-2']);
    expect(teamsChoice(form!.card!, 'periods')).toMatchObject({ value: '4-2' });
  });
});
