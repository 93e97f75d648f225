import { describe, expect, it } from 'vitest';
import type { ActionButton, Actor, ChoiceInput, OutboundMessage } from '../../src/core/index.js';
import { STARTER_ACTIONS } from '../../src/core/features/starters/starter-actions.js';
import { LIBRARY, findLibraryStarter } from '../../src/core/features/starters/library/index.js';
import { channelAddress, coreHarness, dm, type CoreHarness } from '../helpers/core-harness.js';

const an: Actor = { id: 'an', tenantId: 't1', name: 'An Peeters' };
const jonas: Actor = { id: 'jonas', tenantId: 't1', name: 'Jonas Claes' };
const team = channelAddress('team-1');

const buttons = (m: OutboundMessage | undefined): ActionButton[] => (m?.card?.actions ?? []).filter((a): a is ActionButton => a.type === 'action');
const buttonOf = (m: OutboundMessage | undefined, id: string, label?: string): ActionButton => {
  const found = buttons(m).find((a) => a.id === id && (label === undefined || a.label.includes(label)));
  if (!found) throw new Error(`no ${id} button${label ? ` "${label}"` : ''} in ${JSON.stringify(buttons(m).map((b) => b.label))}`);
  return found;
};
const click = (h: CoreHarness, actor: Actor, button: ActionButton, inputs: Record<string, string> = {}, address = team) =>
  h.send({ kind: 'action', actor, address, actionId: button.id, ...(button.value !== undefined ? { value: button.value } : {}), inputs });
const showButtons = (m: OutboundMessage | undefined): ActionButton[] => buttons(m).filter((b) => b.id === STARTER_ACTIONS.show);
const cardText = (m: OutboundMessage | undefined): string => JSON.stringify(m?.card?.blocks ?? []);

async function setup(): Promise<{ h: CoreHarness; groupId: string }> {
  const h = coreHarness();
  h.deps.directory.rosters.set('team-1', [an, jonas].map((p) => ({ id: p.id, name: p.name! })));
  await h.send({ kind: 'installed', actor: an, address: team, conversationName: 'PLG Taal' });
  const group = await h.deps.storage.groups.findByConversation('chat', 't1', 'team-1');
  return { h, groupId: group!.id };
}

describe('browsing starters', () => {
  it('lists the library ten at a time, with a "Bekijk" button per starter and "Meer" to page on', async () => {
    const { h } = await setup();
    const [list] = await h.say(jonas, 'starters', team);
    expect(list?.card?.title).toBe('Gespreksstarters');
    expect(cardText(list)).toContain(`1–10 van ${LIBRARY.length}`);
    const shown = showButtons(list);
    expect(shown).toHaveLength(10);
    expect(shown[0]).toMatchObject({ label: `Bekijk: ${LIBRARY[0]!.title.nl}`, value: `lib:${LIBRARY[0]!.id}` });
    const seen = new Set(shown.map((b) => b.value));
    let page = list;
    for (let n = 1; n < Math.ceil(LIBRARY.length / 10); n++) {
      [page] = await click(h, jonas, buttonOf(page, STARTER_ACTIONS.browse, 'Meer'));
      for (const b of showButtons(page)) seen.add(b.value);
    }
    expect(seen.size).toBe(LIBRARY.length);
    expect(buttons(page).some((b) => b.label === 'Meer')).toBe(false);
    // Members get no button to write their own starter.
    expect(buttons(list).some((b) => b.id === STARTER_ACTIONS.customNew)).toBe(false);
  });

  it('filters by a typed phase word or tag, in any language, and by the form’s choices', async () => {
    const { h } = await setup();
    const reflecting = LIBRARY.filter((s) => s.phase === 'reflecting');
    const [byPhase] = await h.say(jonas, 'starters reflectie', team);
    expect(cardText(byPhase)).toContain('Filter: Reflecteren');
    expect(showButtons(byPhase).map((b) => b.value)).toEqual(reflecting.slice(0, 10).map((s) => `lib:${s.id}`));

    const tag = 'feedback';
    const tagged = LIBRARY.filter((s) => s.tags.includes(tag));
    expect(tagged.length).toBeGreaterThan(0);
    const [byTag] = await h.say(jonas, `starters tag:${tag}`, team);
    expect(showButtons(byTag).map((b) => b.value)).toEqual(tagged.slice(0, 10).map((s) => `lib:${s.id}`));
    const [bare] = await h.say(jonas, `starters ${tag}`, team);
    expect(showButtons(bare).map((b) => b.value)).toEqual(showButtons(byTag).map((b) => b.value));

    const [both] = await h.say(jonas, `starters réflexion #${tag}`, team);
    expect(showButtons(both).map((b) => b.value)).toEqual(tagged.filter((s) => s.phase === 'reflecting').map((s) => `lib:${s.id}`));

    const phaseChoice = byTag?.card?.blocks.find((b): b is ChoiceInput => b.type === 'choice' && b.id === 'phase');
    expect(phaseChoice?.options.map((o) => o.label)).toEqual(['Alle fases', 'Van start', 'Noden en leervraag', 'Uitproberen', 'Reflecteren', 'Collegiaal bezoek', 'Delen met het team', 'Het jaar afsluiten']);
    const [viaForm] = await click(h, jonas, buttonOf(byTag, STARTER_ACTIONS.browse, 'Filteren'), { phase: 'collegial-visit', tag: 'all' });
    expect(showButtons(viaForm).map((b) => b.value)).toEqual(LIBRARY.filter((s) => s.phase === 'collegial-visit').map((s) => `lib:${s.id}`));
  });

  it('says which words it did not understand and still shows the list', async () => {
    const { h } = await setup();
    const [list] = await h.say(jonas, 'starters blabla', team);
    expect(cardText(list)).toContain('Ik ken geen fase of tag \\"blabla\\"');
    expect(showButtons(list)).toHaveLength(10);
    await h.say(jonas, 'taal en', dm('jonas'));
    const [english] = await h.say(jonas, 'starters reflecting', team);
    expect(cardText(english)).toContain('Filter: Reflecting');
    expect(showButtons(english)[0]?.label).toBe(`View: ${LIBRARY.find((s) => s.phase === 'reflecting')!.title.en}`);
  });

  it('shows one starter with its questions and further reading; "Posten" only for a facilitator in the channel', async () => {
    const { h } = await setup();
    const starter = findLibraryStarter('appreciative-opener')!;
    const view = { type: 'action', id: STARTER_ACTIONS.show, label: '', value: 'lib:appreciative-opener' } as const;
    const [forMember] = await click(h, jonas, view);
    expect(forMember?.card?.title).toBe(starter.title.nl);
    const blocks = cardText(forMember);
    expect(blocks).toContain(starter.intro.nl);
    starter.questions.forEach((q, i) => expect(blocks).toContain(`${i + 1}. ${q.nl}`));
    if (starter.links?.[0]) expect(forMember?.card?.blocks).toContainEqual({ type: 'links', links: [expect.objectContaining({ url: starter.links[0].url })] });
    expect(buttons(forMember).map((b) => b.id)).toEqual([STARTER_ACTIONS.browse]);

    const [forFacilitator] = await click(h, an, view);
    expect(buttonOf(forFacilitator, STARTER_ACTIONS.post)).toMatchObject({ label: 'Posten', value: 'lib:appreciative-opener' });

    // In a personal chat: browsing only; the facilitator is told where posting happens.
    const [personal] = await click(h, an, view, {}, dm('an'));
    expect(buttons(personal).some((b) => b.id === STARTER_ACTIONS.post)).toBe(false);
    expect(cardText(personal)).toContain('Posten doe je in het kanaal van je groep');
  });

  it('works in a personal chat, in French, and shows a group’s own starters marked as its own', async () => {
    const { h, groupId } = await setup();
    await h.deps.storage.customStarters.save({
      id: 'cst_1', groupId, language: 'nl', phase: 'getting-started', tags: ['ouders'], title: 'Oudercontact', questions: ['Hoe bereik je ouders?'],
      status: 'active', createdBy: 'chat:t1:an', createdAt: '2026-11-20T08:00:00.000Z', updatedAt: '2026-11-20T08:00:00.000Z',
    });
    await h.deps.storage.customStarters.save({
      id: 'cst_2', groupId, language: 'nl', phase: 'getting-started', tags: [], title: 'Oud en vergeten', questions: ['?'],
      status: 'retired', createdBy: 'chat:t1:an', createdAt: '2026-11-20T08:00:00.000Z', updatedAt: '2026-11-20T08:00:00.000Z',
    });
    await h.say(jonas, 'langue fr', dm('jonas'));
    const [list] = await h.say(jonas, 'amorces', dm('jonas'));
    expect(list?.card?.title).toBe('Amorces de discussion');
    expect(showButtons(list)[0]).toMatchObject({ label: 'Voir : Oudercontact', value: 'custom:cst_1' });
    expect(cardText(list)).toContain('amorce propre à PLG Taal');
    expect(JSON.stringify(list)).not.toContain('Oud en vergeten');
    expect(showButtons(list)[1]?.label).toBe(`Voir : ${LIBRARY[0]!.title.fr}`);
    const [own] = await click(h, jonas, showButtons(list)[0]!, {}, dm('jonas'));
    expect(own?.card?.title).toBe('Oudercontact');
    expect(cardText(own)).toContain('1. Hoe bereik je ouders?');

    // Someone outside the group never sees it, even with its id.
    const outsider: Actor = { id: 'sam', tenantId: 't1', name: 'Sam' };
    expect((await click(h, outsider, showButtons(list)[0]!, {}, dm('sam')))[0]?.text).toContain('Die gespreksstarter vind ik niet');
    expect(JSON.stringify(await h.say(outsider, 'starters', dm('sam')))).not.toContain('Oudercontact');
  });
});
