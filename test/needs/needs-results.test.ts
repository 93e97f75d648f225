import { describe, expect, it } from 'vitest';
import { NEEDS_ACTIONS } from '../../src/core/features/needs/needs-cards.js';
import { aggregateRound, type RoundMember } from '../../src/core/features/needs/results/needs-aggregate.js';
import { resultsMessage } from '../../src/core/features/needs/results/needs-results.js';
import type { NeedsAnswer } from '../../src/core/features/needs/needs.js';
import { dm } from '../helpers/core-harness.js';
import { an, buttonOf, fatima, filled, jonas, setup, team, texts, type Kit } from './kit.js';

const answer = (over: Partial<NeedsAnswer>): NeedsAnswer => ({
  id: 'a', roundId: 'r', groupId: 'g', anonymous: false, learnWhat: '', themes: [], ways: [],
  position: { now: { place: 'on-site', form: 'informal' }, wanted: { place: 'both', form: 'formal' } },
  createdAt: '2026-12-01', updatedAt: '2026-12-01', ...over,
});

const members: RoundMember[] = [
  { personKey: 'p:an', name: 'An Peeters', schoolRole: 'teacher' },
  { personKey: 'p:jonas', name: 'Jonas Claes', schoolRole: 'care-coordinator' },
  { personKey: 'p:fatima', name: 'Fatima El Idrissi', schoolRole: 'teacher' },
  { personKey: 'p:lies', name: 'Lies Maes', schoolRole: 'teacher' },
];

const round: NeedsAnswer[] = [
  answer({ id: '1', personKey: 'p:an', schoolRole: 'teacher', learnWhat: 'Hoe help ik anderstalige leerlingen?', learningQuestion: 'Hoe ondersteun ik meertalige leerlingen bij begrijpend lezen?', themes: ['multilingualism', 'differentiation'], ways: ['observing', 'co-teaching'] }),
  answer({ id: '2', personKey: 'p:jonas', schoolRole: 'care-coordinator', learnWhat: 'Differentiëren met niveaugroepen', themes: ['differentiation'], ways: ['observing'], position: { now: { place: 'off-site', form: 'formal' }, wanted: { place: 'on-site', form: 'informal' } } }),
  answer({ id: '3', anonymous: true, editKeyHash: 'secret-hash', learnWhat: 'Zelfzorg bij werkdruk', themes: ['workable-work', 'differentiation'], ways: ['reading', 'observing'] }),
  answer({ id: '4', anonymous: true, editKeyHash: 'other-hash', learnWhat: 'Anders evalueren', themes: ['differentiation'], ways: [] }),
];

describe('aggregateRound', () => {
  it('counts themes, ways, roles and the grids exactly; groups questions by theme, anonymous ones without name and sorted', () => {
    const r = aggregateRound(round, members, 'nl');
    expect(r).toMatchObject({ answered: 4, expected: 4, anonymous: 2, withheld: false, warnings: [] });
    expect(r.themes.map((c) => [c.id, c.count])).toEqual([['differentiation', 4], ['multilingualism', 1], ['workable-work', 1]]);
    expect(r.themes[0]?.label).toBe('Differentiatie en klaspraktijk');
    expect(r.ways.map((c) => [c.id, c.count])).toEqual([['observing', 3], ['co-teaching', 1], ['reading', 1]]);
    expect(r.roles.map((c) => [c.id, c.count])).toEqual([['anonymous', 2], ['teacher', 1], ['care-coordinator', 1]]);
    expect(r.roles.find((c) => c.id === 'anonymous')?.label).toBe('anoniem');
    expect(aggregateRound(round, members, 'fr').roles.find((c) => c.id === 'anonymous')?.label).toBe('anonyme');
    // [on-site, both, off-site] × [informal, both, formal]
    expect(r.grid.now).toEqual([[3, 0, 0], [0, 0, 0], [0, 0, 1]]);
    expect(r.grid.wanted).toEqual([[1, 0, 0], [0, 0, 3], [0, 0, 0]]);
    const differentiation = r.questions.find((g) => g.themeId === 'differentiation');
    expect(differentiation?.questions).toEqual([
      { text: 'Hoe ondersteun ik meertalige leerlingen bij begrijpend lezen?', author: 'An Peeters' },
      { text: 'Differentiëren met niveaugroepen', author: 'Jonas Claes' },
      { text: 'Anders evalueren' },
      { text: 'Zelfzorg bij werkdruk' },
    ]);
    expect(r.questions.map((g) => g.themeId)).toEqual(['differentiation', 'multilingualism', 'workable-work']);
  });

  it('withholds everything below 3 answers, keeping only the count', () => {
    const r = aggregateRound(round.slice(0, 2), [...members, { personKey: 'p:x' }], 'nl');
    expect(r).toMatchObject({ answered: 2, withheld: true, themes: [], ways: [], roles: [], questions: [] });
    expect(r.grid.now.flat().every((n) => n === 0)).toBe(true);
    const message = resultsMessage(r, { name: 'PLG Taal' }, 'nl');
    expect(message.card).toBeUndefined();
    expect(message.text).toMatch(/^De resultaten van de nodenbevraging van PLG Taal worden niet getoond: er zijn 2 antwoorden, minder dan 3/);
    expect(message.text).toContain('minder dan de helft');
  });

  it('warns when fewer than half answered, and when all named answers come from one role in a mixed group', () => {
    const six = [...members, { personKey: 'p:x' }, { personKey: 'p:y' }, { personKey: 'p:z', schoolRole: 'director' as const }];
    const oneRole = [round[0]!, answer({ id: '5', personKey: 'p:fatima', schoolRole: 'teacher', learnWhat: 'x' }), round[2]!];
    expect(aggregateRound(oneRole, six, 'nl').warnings).toEqual(['few-answers', 'one-role']);
    expect(aggregateRound(oneRole, members, 'nl').warnings).toEqual(['one-role']);
    const teachersOnly = members.map((m) => ({ ...m, schoolRole: 'teacher' as const }));
    expect(aggregateRound(oneRole, teachersOnly, 'nl').warnings).toEqual([]);
    const card = resultsMessage(aggregateRound(oneRole, six, 'en'), { name: 'PLG' }, 'en');
    const all = JSON.stringify(card);
    expect(all).toContain('fewer than half of the members answered (3 of 7)');
    expect(all).toContain('one role in school (teacher)');
  });

  it('renders a card with counts, grid and questions that carries no anonymous author id or name', () => {
    const message = resultsMessage(aggregateRound(round, members, 'nl'), { name: 'PLG Taal' }, 'nl');
    const json = JSON.stringify(message);
    expect(message.card?.title).toBe('Resultaten nodenbevraging PLG Taal');
    expect(message.card?.blocks[0]).toMatchObject({ type: 'facts', facts: [{ label: 'Antwoorden', value: '4 van de 4 leden (2 anoniem)' }, { label: 'Thema’s' }, { label: 'Manieren van leren' }, { label: 'Rol in de school' }] });
    expect(json).toContain('op school: informeel 3→1 · beide 0→0 · formeel 0→0');
    expect(json).toContain('• Anders evalueren\\n• Zelfzorg bij werkdruk"');
    for (const secret of ['secret-hash', 'other-hash', 'p:fatima', 'p:lies', 'Fatima', 'Lies']) expect(json).not.toContain(secret);
  });
});

describe('results in chat', () => {
  async function answeredRound(): Promise<Kit> {
    const kit = await setup();
    const [form] = await kit.h.say(an, 'noden tot 15/12', team);
    await kit.click(an, buttonOf(form, NEEDS_ACTIONS.start), { closes: '15/12', anonymous: 'yes' });
    for (const [user, actor, anonymous] of [['an', an, false], ['jonas', jonas, false], ['fatima', fatima, true]] as const) {
      const invite = kit.privateTo(user)[0];
      const [dialog] = await kit.click(actor, buttonOf(invite, anonymous ? NEEDS_ACTIONS.fillAnonymous : NEEDS_ACTIONS.fill), {}, dm(user));
      await kit.click(actor, buttonOf(dialog, NEEDS_ACTIONS.save), filled({ learnWhat: `Leervraag van ${actor.name}` }), dm(user));
    }
    return kit;
  }

  it('sends the facilitator the results card when the round closes, without the anonymous author', async () => {
    const kit = await answeredRound();
    await kit.at('2026-12-15T16:00:00Z');
    const results = kit.privateTo('an').at(-1);
    expect(results?.card?.title).toBe('Resultaten nodenbevraging PLG Taal');
    const json = JSON.stringify(results);
    expect(json).toContain('3 van de 3 leden (1 anoniem)');
    expect(json).toContain('• Leervraag van Fatima El Idrissi"');
    expect(json).not.toContain('(Fatima El Idrissi)');
    expect(json).not.toContain('fatima');
    expect(kit.privateTo('jonas').some((m) => m.card?.title?.startsWith('Resultaten'))).toBe(false);
  });

  it('answers `noden resultaten` for facilitators privately, and refuses other members', async () => {
    const kit = await answeredRound();
    const replies = await kit.h.say(an, 'noden resultaten', team);
    expect(texts(replies)).toBe('Ik stuurde je de resultaten in een privébericht.');
    expect(kit.privateTo('an').at(-1)?.card?.title).toBe('Resultaten nodenbevraging PLG Taal');
    expect(kit.toChannel().some((m) => m.card?.title?.startsWith('Resultaten'))).toBe(false);
    expect(texts(await kit.h.say(jonas, 'noden resultaten', team))).toMatch(/An Peeters/);
    expect(kit.privateTo('jonas').some((m) => m.card?.title?.startsWith('Resultaten'))).toBe(false);
  });
});
