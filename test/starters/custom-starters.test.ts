import { describe, expect, it } from 'vitest';
import type { ActionButton, Actor, OutboundMessage } from '../../src/core/index.js';
import { STARTER_ACTIONS } from '../../src/core/features/starters/starter-actions.js';
import { channelAddress, coreHarness, dm, type CoreHarness } from '../helpers/core-harness.js';

const an: Actor = { id: 'an', tenantId: 't1', name: 'An Peeters' };
const jonas: Actor = { id: 'jonas', tenantId: 't1', name: 'Jonas Claes' };
const team = channelAddress('team-1');

const buttons = (m: OutboundMessage | undefined): ActionButton[] => (m?.card?.actions ?? []).filter((a): a is ActionButton => a.type === 'action');
const buttonOf = (m: OutboundMessage | undefined, id: string): ActionButton => {
  const found = buttons(m).find((a) => a.id === id);
  if (!found) throw new Error(`no ${id} button in ${JSON.stringify(buttons(m).map((b) => b.id))}`);
  return found;
};
const click = (h: CoreHarness, actor: Actor, button: ActionButton, inputs: Record<string, string> = {}, address = team) =>
  h.send({ kind: 'action', actor, address, actionId: button.id, ...(button.value !== undefined ? { value: button.value } : {}), inputs });
const texts = (replies: OutboundMessage[]): string => replies.map((r) => r.text).join('\n');

async function setup(): Promise<{ h: CoreHarness; groupId: string }> {
  const h = coreHarness();
  h.deps.directory.rosters.set('team-1', [an, jonas].map((p) => ({ id: p.id, name: p.name! })));
  await h.send({ kind: 'installed', actor: an, address: team, conversationName: 'PLG Taal' });
  const group = await h.deps.storage.groups.findByConversation('chat', 't1', 'team-1');
  return { h, groupId: group!.id };
}

const good = { title: '  Feedback op toetsen ', intro: 'Na de toetsenweek.', phase: 'reflecting', tags: 'Feedback, toetsen , feedback', q0: 'Wat zag je?', q1: '', q2: 'Wat doe je anders?' };

describe('a group’s own starters', () => {
  it('opens the form with `starters nieuw`, stores a valid starter in its author’s language, and lists it as the group’s own', async () => {
    const { h, groupId } = await setup();
    const [form] = await h.say(an, 'starters nieuw', team);
    expect(form?.card).toMatchObject({ title: 'Eigen gespreksstarter', presentation: 'dialog' });
    expect(form?.card?.blocks.filter((b) => b.type === 'input').map((b) => b.type === 'input' && b.id)).toEqual(['title', 'intro', 'tags', 'q0', 'q1', 'q2', 'q3', 'q4']);
    const [saved] = await click(h, an, buttonOf(form, STARTER_ACTIONS.customSave), good);
    expect(saved?.text).toBe('Bewaard: *Feedback op toetsen* staat nu bij de eigen starters van *PLG Taal*.');
    const [custom] = await h.deps.storage.customStarters.listByGroup(groupId);
    expect(custom).toMatchObject({
      groupId, language: 'nl', phase: 'reflecting', tags: ['feedback', 'toetsen'], title: 'Feedback op toetsen', intro: 'Na de toetsenweek.',
      questions: ['Wat zag je?', 'Wat doe je anders?'], status: 'active', createdBy: 'chat:t1:an',
    });
    expect(buttonOf(saved, STARTER_ACTIONS.post).value).toBe(`custom:${custom!.id}`);
    const [list] = await h.say(jonas, 'starters reflectie', team);
    expect(buttons(list)[0]).toMatchObject({ id: STARTER_ACTIONS.show, value: `custom:${custom!.id}` });
    expect(JSON.stringify(list?.card?.blocks)).toContain('*Feedback op toetsen* · Reflecteren · _eigen starter_');

    // A French-speaking facilitator writes in French: the starter's language is its author's.
    await h.deps.storage.memberships.save({ groupId, personKey: 'chat:t1:jonas', role: 'facilitator', active: true, joinedAt: '2026-11-23T08:00:00.000Z' });
    await h.say(jonas, 'langue fr', dm('jonas'));
    const [frForm] = await click(h, jonas, { type: 'action', id: STARTER_ACTIONS.customNew, label: '' });
    await click(h, jonas, buttonOf(frForm, STARTER_ACTIONS.customSave), { title: 'Les devoirs', phase: 'trying-out', q0: 'Qu’avez-vous essayé ?' });
    expect((await h.deps.storage.customStarters.listByGroup(groupId)).map((s) => [s.title, s.language])).toEqual([
      ['Feedback op toetsen', 'nl'],
      ['Les devoirs', 'fr'],
    ]);
  });

  it('names every problem at once, in the person’s language, and shows the form again with what was typed', async () => {
    const { h, groupId } = await setup();
    const [form] = await h.say(an, 'starters nieuw', team);
    const save = buttonOf(form, STARTER_ACTIONS.customSave);
    const bad = {
      title: 'x'.repeat(121),
      intro: 'y'.repeat(501),
      phase: 'nonsense',
      tags: 'een, twee, drie, vier, vijf, zes, zeven, acht, negen',
      q0: '',
      q1: 'z'.repeat(301),
    };
    const [again] = await click(h, an, save, bad);
    expect(again?.text.split('\n')).toEqual([
      'De titel is 121 tekens lang; hoogstens 120 mag.',
      'De inleiding is 501 tekens lang; hoogstens 500 mag.',
      'Kies een fase.',
      'Vraag 2 is 301 tekens lang; hoogstens 300 mag.',
      'Je gaf 9 tags; hoogstens 8 mag.',
    ]);
    expect(again?.card?.blocks).toContainEqual(expect.objectContaining({ type: 'input', id: 'q1', value: 'z'.repeat(301) }));
    expect(texts(await click(h, an, save, { title: '', q0: ' ', tags: `kort, ${'t'.repeat(31)}` }))).toBe(
      ['Geef je gespreksstarter een titel.', 'Kies een fase.', 'Schrijf minstens één vraag.', `De tag "${'t'.repeat(31)}" is te lang: hoogstens 30 tekens.`].join('\n'),
    );

    await h.say(an, 'language en', dm('an'));
    expect(texts(await click(h, an, save, { title: 'Ok', phase: 'needs' }))).toBe('Write at least one question.');
    expect(texts(await click(h, an, save, { title: 'x'.repeat(130), phase: 'needs', q0: '?' }))).toBe('The title is 130 characters long; at most 120 are allowed.');
    await h.say(an, 'langue fr', dm('an'));
    expect(texts(await click(h, an, save, { title: 'Ok', phase: 'needs', q0: '?', tags: 'a,b,c,d,e,f,g,h,i' }))).toBe('Vous avez donné 9 mots-clés ; 8 au maximum.');
    expect(texts(await click(h, an, save, { title: '', phase: 'needs', q0: '?' }))).toBe('Donnez un titre à votre amorce.');
    expect(await h.deps.storage.customStarters.listByGroup(groupId)).toEqual([]);
  });

  it('is for facilitators in their group’s channel only', async () => {
    const { h, groupId } = await setup();
    expect(texts(await h.say(jonas, 'starters nieuw', team))).toBe('Alleen een begeleider kan dat. In *PLG Taal* zijn dat: An Peeters.');
    expect(texts(await h.say(an, 'starters nieuw', dm('an')))).toContain('Dat doe je in het kanaal van je groep (PLG Taal)');
    // A forged submit by a member is refused too.
    const forged = { type: 'action', id: STARTER_ACTIONS.customSave, label: '', value: `new:${groupId}` } as const;
    expect(texts(await click(h, jonas, forged, good))).toContain('Alleen een begeleider kan dat.');
    await h.say(jonas, 'language en', dm('jonas'));
    expect(texts(await h.say(jonas, 'starters new', team))).toBe('Only a facilitator can do that. In *PLG Taal* that is: An Peeters.');
    expect(await h.deps.storage.customStarters.listByGroup(groupId)).toEqual([]);
  });

  it('edits with a prefilled form, and retires: gone from the list, posts and answers stay, planned posts do not go out', async () => {
    const { h, groupId } = await setup();
    const [form] = await h.say(an, 'starters nieuw', team);
    await click(h, an, buttonOf(form, STARTER_ACTIONS.customSave), good);
    const [custom] = await h.deps.storage.customStarters.listByGroup(groupId);
    const [view] = await click(h, an, { type: 'action', id: STARTER_ACTIONS.show, label: '', value: `custom:${custom!.id}` });
    expect(buttons(view).map((b) => b.id)).toEqual([STARTER_ACTIONS.post, STARTER_ACTIONS.customEdit, STARTER_ACTIONS.customRetire, STARTER_ACTIONS.browse]);
    // A member sees the starter but cannot change it.
    const [memberView] = await click(h, jonas, { type: 'action', id: STARTER_ACTIONS.show, label: '', value: `custom:${custom!.id}` });
    expect(buttons(memberView).map((b) => b.id)).toEqual([STARTER_ACTIONS.browse]);
    expect(texts(await click(h, jonas, buttonOf(view, STARTER_ACTIONS.customRetire)))).toContain('Alleen een begeleider kan dat.');

    const [editForm] = await click(h, an, buttonOf(view, STARTER_ACTIONS.customEdit));
    expect(editForm?.card?.title).toBe('Gespreksstarter aanpassen');
    expect(editForm?.card?.blocks).toContainEqual(expect.objectContaining({ id: 'tags', value: 'feedback, toetsen' }));
    expect(editForm?.card?.blocks).toContainEqual(expect.objectContaining({ id: 'q1', value: 'Wat doe je anders?' }));
    const [updated] = await click(h, an, buttonOf(editForm, STARTER_ACTIONS.customSave), { title: 'Feedback na toetsen', phase: 'reflecting', q0: 'Wat zag je?' });
    expect(updated?.text).toBe('Aangepast: *Feedback na toetsen*');
    const edited = await h.deps.storage.customStarters.get(custom!.id);
    expect(edited).toMatchObject({ title: 'Feedback na toetsen', questions: ['Wat zag je?'], tags: [], language: 'nl', createdAt: custom!.createdAt });
    expect(edited?.intro).toBeUndefined();

    await h.deps.storage.starterPosts.save({ id: 'pst_done', groupId, starterId: custom!.id, source: 'custom', allowAnonymous: false, status: 'posted', postedAt: '2026-11-20T08:00:00.000Z', createdBy: 'chat:t1:an', createdAt: '2026-11-20T08:00:00.000Z' });
    await h.deps.storage.starterPosts.save({ id: 'pst_later', groupId, starterId: custom!.id, source: 'custom', allowAnonymous: false, status: 'scheduled', scheduledFor: '2026-11-30T08:00:00.000Z', createdBy: 'chat:t1:an', createdAt: '2026-11-23T08:00:00.000Z' });
    h.deps.scheduler.schedule('post:pst_later', new Date('2026-11-30T08:00:00.000Z'));
    expect(texts(await click(h, an, buttonOf(view, STARTER_ACTIONS.customRetire)))).toBe(
      '*Feedback na toetsen* staat niet meer in de lijst. Wat al gepost is, en de antwoorden daarop, blijven bewaard.\nDe 1 geplande post(s) van deze starter gaan niet meer uit.',
    );
    expect((await h.deps.storage.customStarters.get(custom!.id))?.status).toBe('retired');
    expect((await h.deps.storage.starterPosts.get('pst_done'))?.status).toBe('posted');
    expect((await h.deps.storage.starterPosts.get('pst_later'))?.status).toBe('closed');
    expect(h.deps.scheduler.size()).toBe(0);
    expect(JSON.stringify(await h.say(jonas, 'starters', team))).not.toContain('Feedback na toetsen');
    expect(texts(await click(h, an, buttonOf(view, STARTER_ACTIONS.customEdit)))).toBe('*Feedback na toetsen* wordt niet meer gebruikt, dus dat kan niet meer.');
    expect(texts(await click(h, an, buttonOf(view, STARTER_ACTIONS.post)))).toBe('*Feedback na toetsen* wordt niet meer gebruikt, dus dat kan niet meer.');
  });
});
