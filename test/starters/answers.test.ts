import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ActionButton, Actor, Address, OutboundMessage, StarterPost, TextInput } from '../../src/core/index.js';
import { findLibraryStarter } from '../../src/core/features/starters/library/index.js';
import { STARTER_ACTIONS } from '../../src/core/features/starters/starter-actions.js';
import { channelAddress, coreHarness, dm, type CoreHarness } from '../helpers/core-harness.js';

const an: Actor = { id: 'an', tenantId: 't1', name: 'An Peeters' };
const jonas: Actor = { id: 'jonas', tenantId: 't1', name: 'Jonas Claes' };
const fatima: Actor = { id: 'fatima', tenantId: 't1', name: 'Fatima El Idrissi' };
const sam: Actor = { id: 'sam', tenantId: 't1', name: 'Sam Outsider' };
const team = channelAddress('team-1');
const opener = findLibraryStarter('appreciative-opener')!;

const buttons = (m: OutboundMessage | undefined): ActionButton[] => (m?.card?.actions ?? []).filter((a): a is ActionButton => a.type === 'action');
const buttonOf = (m: OutboundMessage | undefined, id: string): ActionButton => {
  const found = buttons(m).find((a) => a.id === id);
  if (!found) throw new Error(`no ${id} button in ${JSON.stringify(buttons(m).map((b) => b.id))}`);
  return found;
};
const inputsOf = (m: OutboundMessage | undefined): TextInput[] => (m?.card?.blocks ?? []).filter((b): b is TextInput => b.type === 'input');
const texts = (replies: OutboundMessage[]): string => replies.map((r) => r.text).join('\n');
const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

/** Every message the bot sent or replied, with where it went, so tests can search all of them. */
interface Outbound {
  conversationId: string;
  message: OutboundMessage;
}

interface Kit {
  h: CoreHarness;
  groupId: string;
  post: StarterPost;
  /** Replies and proactive sends so far. */
  outbound: Outbound[];
  click(actor: Actor, button: ActionButton, inputs?: Record<string, string>, address?: Address): Promise<OutboundMessage[]>;
  /** What was sent privately (proactively) to a user's direct chat. */
  privateTo(userId: string): OutboundMessage[];
}

async function setup(allowAnonymous = true): Promise<Kit> {
  const h = coreHarness();
  h.deps.directory.rosters.set('team-1', [an, jonas, fatima].map((p) => ({ id: p.id, name: p.name! })));
  await h.send({ kind: 'installed', actor: an, address: team, conversationName: 'PLG Taal' });
  const group = await h.deps.storage.groups.findByConversation('chat', 't1', 'team-1');
  const outbound: Outbound[] = [];
  const click = async (actor: Actor, button: ActionButton, inputs: Record<string, string> = {}, address = team): Promise<OutboundMessage[]> => {
    const replies = await h.send({ kind: 'action', actor, address, actionId: button.id, ...(button.value !== undefined ? { value: button.value } : {}), inputs });
    for (const message of replies) outbound.push({ conversationId: address.conversationId, message });
    return replies;
  };
  const [form] = await click(an, { type: 'action', id: STARTER_ACTIONS.post, label: '', value: 'lib:appreciative-opener' });
  await click(an, buttonOf(form, STARTER_ACTIONS.postSubmit), { when: 'now', anonymous: allowAnonymous ? 'yes' : 'no' });
  const [post] = await h.deps.storage.starterPosts.listByGroup(group!.id);
  return {
    h,
    groupId: group!.id,
    post: post!,
    outbound,
    click,
    privateTo: (userId) => h.deps.messenger.sent.filter((s) => s.address.conversationId === `dm-${userId}`).map((s) => s.message),
  };
}

const everything = (kit: Kit): Outbound[] => [...kit.outbound, ...kit.h.deps.messenger.sent.map((s) => ({ conversationId: s.address.conversationId, message: s.message }))];

describe('answering a posted starter', () => {
  it('sends the named form privately, acknowledges in the channel, stores one answer per person and replaces it on a second save', async () => {
    const kit = await setup();
    const { h, post } = kit;
    const replies = await kit.click(jonas, { type: 'action', id: STARTER_ACTIONS.answer, label: '', value: post.id });
    expect(texts(replies)).toBe('Ik stuurde je de vragen in een privébericht.');
    const [form] = kit.privateTo('jonas');
    expect(form?.card).toMatchObject({ title: 'Jouw antwoord', presentation: 'dialog' });
    expect(inputsOf(form).map((i) => [i.id, i.label, i.multiline, i.maxLength])).toEqual(opener.questions.map((q, i) => [`q${i}`, `${i + 1}. ${q.nl}`, true, 2000]));
    const save = buttonOf(form, STARTER_ACTIONS.answerSave);
    expect(save.value).toBe(`${post.id}|named`);

    expect(texts(await kit.click(jonas, save, { q0: ' ', q1: '' }, dm('jonas')))).toBe('Vul minstens één antwoord in.');
    expect(texts(await kit.click(jonas, save, { q0: 'x'.repeat(2001) }, dm('jonas')))).toBe('Antwoord 1 is 2001 tekens lang; hoogstens 2000 mag.');
    const [saved] = await kit.click(jonas, save, { q0: 'Samen lessen voorbereiden.', q1: '' }, dm('jonas'));
    expect(saved?.text).toBe(`Bewaard, dank je! Je antwoord op *${opener.title.nl}* staat met je naam bij de groep.`);
    const [first] = await h.deps.storage.starterAnswers.listByPost(post.id);
    expect(first).toMatchObject({ postId: post.id, anonymous: false, personKey: 'chat:t1:jonas', createdAt: '2026-11-23T08:00:00.000Z' });
    expect(first?.texts).toEqual(['Samen lessen voorbereiden.', ...opener.questions.slice(1).map(() => '')]);

    h.deps.clock.advance(60 * 60_000);
    const [updated] = await kit.click(jonas, save, { q0: 'Samen lessen voorbereiden en evalueren.', q1: 'Differentiëren.' }, dm('jonas'));
    expect(updated?.text).toBe(`Aangepast: je antwoord op *${opener.title.nl}*`);
    const answers = await h.deps.storage.starterAnswers.listByPost(post.id);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ id: first!.id, createdAt: '2026-11-23T08:00:00.000Z', updatedAt: '2026-11-23T09:00:00.000Z' });
    expect(answers[0]?.texts.slice(0, 2)).toEqual(['Samen lessen voorbereiden en evalueren.', 'Differentiëren.']);

    // "Mijn antwoord" shows it with "Aanpassen" (the form, prefilled) and "Verwijderen".
    const [mine] = await kit.click(jonas, buttonOf(updated, STARTER_ACTIONS.answerMine), {}, dm('jonas'));
    expect(mine?.card?.title).toBe('Jouw antwoord');
    expect(JSON.stringify(mine?.card?.blocks)).toContain('Samen lessen voorbereiden en evalueren.');
    const [again] = await kit.click(jonas, buttonOf(mine, STARTER_ACTIONS.answerEdit), {}, dm('jonas'));
    expect(inputsOf(again).map((i) => i.value)).toEqual(['Samen lessen voorbereiden en evalueren.', 'Differentiëren.', ...opener.questions.slice(2).map(() => undefined)]);
    expect(buttonOf(again, STARTER_ACTIONS.answerSave).value).toBe(`${post.id}|named`);
    // Clicking "Antwoorden" again also brings the prefilled form.
    await kit.click(jonas, { type: 'action', id: STARTER_ACTIONS.answer, label: '', value: post.id });
    expect(inputsOf(kit.privateTo('jonas').at(-1))[0]?.value).toBe('Samen lessen voorbereiden en evalueren.');
    expect(texts(await kit.click(jonas, buttonOf(mine, STARTER_ACTIONS.answerDelete), {}, dm('jonas')))).toBe(`Je antwoord op *${opener.title.nl}* is verwijderd.`);
    expect(await h.deps.storage.starterAnswers.listByPost(post.id)).toEqual([]);
    expect(texts(await kit.click(jonas, buttonOf(updated, STARTER_ACTIONS.answerMine), {}, dm('jonas')))).toBe(`Je hebt nog niet geantwoord op deze gespreksstarter: *${opener.title.nl}*`);
  });

  it('stores an anonymous answer with no person key, only the day, and the hash of a secret that only the author receives', async () => {
    const kit = await setup();
    const { h, post } = kit;
    const named = await kit.click(jonas, { type: 'action', id: STARTER_ACTIONS.answer, label: '', value: post.id });
    const anonymous = await kit.click(fatima, { type: 'action', id: STARTER_ACTIONS.answerAnonymous, label: '', value: post.id });
    // The channel hears exactly the same for both buttons.
    expect(texts(anonymous)).toBe(texts(named));

    const [form] = kit.privateTo('fatima');
    expect(form?.card?.title).toBe('Anoniem antwoord');
    expect(JSON.stringify(form?.card?.blocks)).toContain('Dit antwoord wordt bewaard zonder je naam');
    const save = buttonOf(form, STARTER_ACTIONS.answerSave);
    const secret = /^[\w-]+\|anonymous:([\w-]{32})$/.exec(save.value ?? '')?.[1];
    expect(secret, save.value).toBeDefined();

    h.deps.clock.set('2026-11-23T22:30:00.000Z'); // 23:30 in Brussels: still the 23rd there
    const [confirmation] = await kit.click(fatima, save, { q0: 'Ik durf niet altijd te zeggen wat niet werkt.' }, dm('fatima'));
    expect(confirmation?.text).toContain('Bewaard, zonder je naam.');
    expect(buttons(confirmation).map((b) => [b.id, b.label, b.value])).toEqual([
      [STARTER_ACTIONS.answerMine, 'Mijn anoniem antwoord bekijken', secret],
      [STARTER_ACTIONS.answerDelete, 'Verwijderen', secret],
    ]);
    const [stored] = await h.deps.storage.starterAnswers.listByPost(post.id);
    expect(stored).toEqual({
      id: expect.stringMatching(/^ans_/),
      postId: post.id,
      groupId: kit.groupId,
      anonymous: true,
      editKeyHash: sha256(secret!),
      texts: ['Ik durf niet altijd te zeggen wat niet werkt.', ...opener.questions.slice(1).map(() => '')],
      createdAt: '2026-11-23',
      updatedAt: '2026-11-23',
    });
    expect(JSON.stringify(stored)).not.toMatch(/fatima|Fatima|El Idrissi/);
    expect(JSON.stringify(stored)).not.toContain(secret);

    // Submitting the same form twice keeps one answer.
    await kit.click(fatima, save, { q0: 'Ik durf niet altijd te zeggen wat niet werkt.' }, dm('fatima'));
    expect(await h.deps.storage.starterAnswers.listByPost(post.id)).toHaveLength(1);

    // The secret travelled only to Fatima's own direct chat, never to the channel or anyone else.
    for (const { conversationId, message } of everything(kit)) {
      if (JSON.stringify(message).includes(secret!)) expect(conversationId).toBe('dm-fatima');
    }
    expect(everything(kit).filter((o) => o.conversationId === 'team-1').map((o) => JSON.stringify(o.message)).join('')).not.toContain(secret);
  });

  it('lets the author view, edit and delete the anonymous answer through the secret; a wrong secret finds nothing', async () => {
    const kit = await setup();
    const { h, post } = kit;
    await kit.click(fatima, { type: 'action', id: STARTER_ACTIONS.answerAnonymous, label: '', value: post.id });
    const [confirmation] = await kit.click(fatima, buttonOf(kit.privateTo('fatima')[0], STARTER_ACTIONS.answerSave), { q0: 'Eerste versie.' }, dm('fatima'));
    const [view] = await kit.click(fatima, buttonOf(confirmation, STARTER_ACTIONS.answerMine), {}, dm('fatima'));
    expect(view?.card?.title).toBe('Je anonieme antwoord');
    expect(JSON.stringify(view?.card?.blocks)).toContain('Eerste versie.');
    expect(JSON.stringify(view?.card?.blocks)).toContain('Laatst aangepast: maandag 23 november 2026');

    const [editForm] = await kit.click(fatima, buttonOf(view, STARTER_ACTIONS.answerEdit), {}, dm('fatima'));
    expect(editForm?.card?.title).toBe('Anoniem antwoord');
    expect(inputsOf(editForm)[0]?.value).toBe('Eerste versie.');
    h.deps.clock.set('2026-11-25T10:00:00.000Z');
    const [edited] = await kit.click(fatima, buttonOf(editForm, STARTER_ACTIONS.answerSave), { q0: 'Tweede versie.', q1: 'Meer tijd.' }, dm('fatima'));
    expect(edited?.text).toBe(`Aangepast en nog altijd zonder naam: je anonieme antwoord op *${opener.title.nl}*`);
    const answers = await h.deps.storage.starterAnswers.listByPost(post.id);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ anonymous: true, createdAt: '2026-11-23', updatedAt: '2026-11-25' });
    expect(answers[0]?.personKey).toBeUndefined();
    expect(answers[0]?.texts.slice(0, 2)).toEqual(['Tweede versie.', 'Meer tijd.']);

    // Anyone else with a made-up secret, or a named value, finds nothing of it.
    const wrong = { type: 'action', id: STARTER_ACTIONS.answerMine, label: '', value: 'A'.repeat(32) } as const;
    expect(texts(await kit.click(jonas, wrong, {}, dm('jonas')))).toBe('Dat antwoord vind ik niet (meer); misschien is het al verwijderd.');
    expect(texts(await kit.click(jonas, { ...wrong, id: STARTER_ACTIONS.answerDelete }, {}, dm('jonas')))).toBe('Dat antwoord vind ik niet (meer); misschien is het al verwijderd.');
    expect(texts(await kit.click(fatima, { ...wrong, value: post.id }, {}, dm('fatima')))).toBe(`Je hebt nog niet geantwoord op deze gespreksstarter: *${opener.title.nl}*`);
    const forged = { type: 'action', id: STARTER_ACTIONS.answerSave, label: '', value: `${post.id}|anonymous:${'B'.repeat(32)}` } as const;
    await kit.click(jonas, forged, { q0: 'Nieuw, los van Fatima.' }, dm('jonas'));
    expect((await h.deps.storage.starterAnswers.listByPost(post.id)).map((a) => a.texts[0]).sort()).toEqual(['Nieuw, los van Fatima.', 'Tweede versie.']);

    expect(texts(await kit.click(fatima, buttonOf(view, STARTER_ACTIONS.answerDelete), {}, dm('fatima')))).toBe(`Je anonieme antwoord op *${opener.title.nl}* is verwijderd.`);
    expect((await h.deps.storage.starterAnswers.listByPost(post.id)).map((a) => a.texts[0])).toEqual(['Nieuw, los van Fatima.']);
    expect(texts(await kit.click(fatima, buttonOf(confirmation, STARTER_ACTIONS.answerMine), {}, dm('fatima')))).toContain('Dat antwoord vind ik niet (meer)');
  });

  it('accepts one new anonymous answer per person and post, so nobody can push a post past the summary threshold alone', async () => {
    const kit = await setup();
    const bare = { type: 'action', id: STARTER_ACTIONS.answerSave, label: '', value: `${kit.post.id}|anonymous` } as const;
    const [first] = await kit.click(fatima, bare, { q0: 'Een.' }, dm('fatima'));
    const secret = buttonOf(first, STARTER_ACTIONS.answerMine).value;
    expect(texts(await kit.click(fatima, bare, { q0: 'Twee.' }, dm('fatima')))).toContain('Je antwoordde al anoniem op deze starter.');
    const stored = await kit.h.deps.storage.starterAnswers.listByPost(kit.post.id);
    expect(stored.map((a) => a.editKeyHash)).toEqual([sha256(secret!)]);
    expect(stored.map((a) => a.texts[0])).toEqual(['Een.']);
    // The post remembers that someone answered anonymously, never who wrote which answer.
    const post = await kit.h.deps.storage.starterPosts.get(kit.post.id);
    expect(post?.anonymousMarks).toHaveLength(1);
    expect(JSON.stringify(post)).not.toContain('fatima');
  });

  it('lets only active members (guests too) answer a posted starter, anonymously only where allowed', async () => {
    const kit = await setup(false);
    const { h, post, groupId } = kit;
    const answer = { type: 'action', id: STARTER_ACTIONS.answer, label: '', value: post.id } as const;
    expect(texts(await kit.click(sam, answer))).toBe('Je bent geen lid van *PLG Taal*.');
    expect(texts(await kit.click(sam, { ...answer, id: STARTER_ACTIONS.answerSave, value: `${post.id}|named` }, { q0: 'Hallo' }, dm('sam')))).toBe('Je bent geen lid van *PLG Taal*.');
    expect(kit.privateTo('sam')).toEqual([]);
    await h.deps.storage.memberships.save({ groupId, personKey: 'chat:t1:sam', role: 'guest', active: true, joinedAt: '2026-11-23T08:00:00.000Z' });
    expect(texts(await kit.click(sam, answer))).toBe('Ik stuurde je de vragen in een privébericht.');

    expect(texts(await kit.click(fatima, { ...answer, id: STARTER_ACTIONS.answerAnonymous }))).toBe(`Bij *${opener.title.nl}* kan je alleen met je naam antwoorden.`);
    expect(texts(await kit.click(fatima, { ...answer, id: STARTER_ACTIONS.answerSave, value: `${post.id}|anonymous` }, { q0: 'Stil' }, dm('fatima')))).toBe(`Bij *${opener.title.nl}* kan je alleen met je naam antwoorden.`);

    await h.deps.storage.starterPosts.save({ ...post, status: 'closed' });
    expect(texts(await kit.click(jonas, answer))).toBe(`*${opener.title.nl}* is afgesloten; antwoorden of aanpassen kan niet meer.`);
    await h.deps.storage.starterPosts.save({ ...post, id: 'pst_later', status: 'scheduled', scheduledFor: '2026-12-01T08:00:00.000Z' });
    expect(texts(await kit.click(jonas, { ...answer, value: 'pst_later' }))).toContain('is nog niet gepost');
    expect(texts(await kit.click(jonas, { ...answer, value: 'pst_nope' }))).toBe('Die gespreksstarter vind ik niet (meer) in je groep.');
    expect(await h.deps.storage.starterAnswers.listByPost(post.id)).toEqual([]);
  });

  it('answers in the person’s language and says so when no private message can reach them', async () => {
    const kit = await setup();
    await kit.click(jonas, { type: 'action', id: STARTER_ACTIONS.answer, label: '', value: kit.post.id }, {}, dm('jonas'));
    await kit.h.say(fatima, 'language en', dm('fatima'));
    await kit.click(fatima, { type: 'action', id: STARTER_ACTIONS.answerAnonymous, label: '', value: kit.post.id });
    const [form] = kit.privateTo('fatima');
    expect(form?.card?.title).toBe('Anonymous answer');
    expect(inputsOf(form)[0]?.label).toBe(`1. ${opener.questions[0]!.en}`);
    kit.h.deps.messenger.closedDirect.add('an');
    expect(texts(await kit.click(an, { type: 'action', id: STARTER_ACTIONS.answerAnonymous, label: '', value: kit.post.id }))).toBe(
      'Ik kan je geen privébericht sturen. Open een chat met Leerkring, typ daar *hulp* en klik dan opnieuw.',
    );
  });

  it('never logs who answered anonymously', async () => {
    const kit = await setup();
    await kit.click(fatima, { type: 'action', id: STARTER_ACTIONS.answerAnonymous, label: '', value: kit.post.id });
    const save = buttonOf(kit.privateTo('fatima')[0], STARTER_ACTIONS.answerSave);
    const [confirmation] = await kit.click(fatima, save, { q0: 'Anoniem.' }, dm('fatima'));
    const [view] = await kit.click(fatima, buttonOf(confirmation, STARTER_ACTIONS.answerMine), {}, dm('fatima'));
    const [form] = await kit.click(fatima, buttonOf(view, STARTER_ACTIONS.answerEdit), {}, dm('fatima'));
    await kit.click(fatima, buttonOf(form, STARTER_ACTIONS.answerSave), { q0: 'Anoniem, aangepast.' }, dm('fatima'));
    await kit.click(fatima, buttonOf(view, STARTER_ACTIONS.answerDelete), {}, dm('fatima'));
    const log = kit.h.deps.logger.dump();
    expect(log).toContain('starters: anonymous answer saved');
    for (const needle of ['fatima', 'Fatima', 'El Idrissi', save.value!.split(':')[1]!]) expect(log).not.toContain(needle);
  });
});
