import { describe, expect, it } from 'vitest';
import { createCore, type Actor, type InboundEvent, type OutboundMessage } from '../../../src/core/index.js';
import { STARTER_ACTIONS } from '../../../src/core/features/starters/starter-actions.js';
import { dm, type CoreHarness } from '../../helpers/core-harness.js';
import { action, an, answer, buttonOf, buttons, cardText, click, fatima, jonas, key, lastPrivate, opener, postOpener, setupGroup, team, texts } from '../results/kit.js';

const inputOf = (m: OutboundMessage | undefined) => m?.card?.blocks.find((b) => b.type === 'input');

/** Clicks a reflection button on a card in the person's direct chat, with the typed text. */
const step = (h: CoreHarness, actor: Actor, card: OutboundMessage | undefined, id: string, text?: string) =>
  click(h, actor, buttonOf(card, id), text === undefined ? {} : { text }, dm(actor.id));

/** Walks through all four questions, answering each. */
async function answerAll(h: CoreHarness, actor: Actor, first: OutboundMessage | undefined, answers: string[]): Promise<OutboundMessage | undefined> {
  let card = first;
  for (const a of answers) [card] = await step(h, actor, card, STARTER_ACTIONS.reflectNext, a);
  return card;
}

describe('guided reflection', () => {
  it('starts from the channel in the direct chat, one question at a time, with Volgende, Overslaan and Stoppen', async () => {
    const { h, groupId } = await setupGroup();
    const post = await postOpener(h, groupId);
    const replies = await click(h, jonas, action(STARTER_ACTIONS.reflect, post.id));
    expect(texts(replies)).toBe('Ik stuurde je de eerste vraag in een privébericht.');
    const card = lastPrivate(h, jonas);
    expect(card?.card?.title).toBe(`Reflectie: ${opener.title.nl}`);
    expect(cardText(card)).toContain('Vraag 1 van 4');
    expect(cardText(card)).toContain(opener.questions[0]!.nl);
    expect(inputOf(card)).toMatchObject({ type: 'input', id: 'text', multiline: true, maxLength: 2000 });
    expect(buttons(card).map((b) => [b.id, b.label, b.value])).toEqual([
      [STARTER_ACTIONS.reflectNext, 'Volgende', `${post.id}|0`],
      [STARTER_ACTIONS.reflectSkip, 'Overslaan', `${post.id}|0`],
      [STARTER_ACTIONS.reflectStop, 'Stoppen', `${post.id}|0`],
    ]);
    // Nothing about the reflection itself appeared in the channel.
    expect(JSON.stringify(replies)).not.toContain(opener.questions[0]!.nl);
  });

  it('goes forward, back (with the saved answer filled in) and skips; progress is stored after every step', async () => {
    const { h, groupId } = await setupGroup();
    const post = await postOpener(h, groupId);
    await click(h, jonas, action(STARTER_ACTIONS.reflect, post.id));
    let [card] = await step(h, jonas, lastPrivate(h, jonas), STARTER_ACTIONS.reflectNext, 'We geven elkaar feedback.');
    expect(cardText(card)).toContain('Vraag 2 van 4');
    expect(buttons(card).map((b) => b.label)).toEqual(['Volgende', 'Terug', 'Overslaan', 'Stoppen']);
    [card] = await step(h, jonas, card, STARTER_ACTIONS.reflectBack);
    expect(cardText(card)).toContain('Vraag 1 van 4');
    expect(inputOf(card)).toMatchObject({ value: 'We geven elkaar feedback.' });
    [card] = await step(h, jonas, card, STARTER_ACTIONS.reflectNext, 'We geven elkaar echt goede feedback.');
    [card] = await step(h, jonas, card, STARTER_ACTIONS.reflectSkip);
    expect(cardText(card)).toContain('Vraag 3 van 4');
    expect(await h.deps.storage.reflections.get(post.id, key(jonas))).toMatchObject({
      index: 2,
      texts: ['We geven elkaar echt goede feedback.', '', null, null],
      status: 'active',
    });
  });

  it('stops and resumes where the person was, also after a restart (a new core on the same storage)', async () => {
    const { h, groupId } = await setupGroup();
    const post = await postOpener(h, groupId);
    await click(h, jonas, action(STARTER_ACTIONS.reflect, post.id));
    let [card] = await step(h, jonas, lastPrivate(h, jonas), STARTER_ACTIONS.reflectNext, 'Eén');
    [card] = await step(h, jonas, card, STARTER_ACTIONS.reflectNext, 'Twee');
    const stopped = await step(h, jonas, card, STARTER_ACTIONS.reflectStop, 'Half getypt');
    expect(texts(stopped)).toBe(
      'Bewaard. Je stopte bij vraag 3 van 4. Klik later opnieuw op *Stap voor stap reflecteren* bij de gespreksstarter, of typ *reflectie*, en je gaat verder waar je was.',
    );
    expect(await h.deps.storage.reflections.get(post.id, key(jonas))).toMatchObject({ index: 2, texts: ['Eén', 'Twee', 'Half getypt', null], status: 'stopped' });

    // Days later, after a restart: a fresh core over the same storage.
    h.deps.clock.advance(3 * 24 * 60 * 60 * 1000);
    const restarted = createCore(h.deps);
    const replies: OutboundMessage[] = [];
    const event = { id: 'after-restart', kind: 'action', actor: jonas, address: team, actionId: STARTER_ACTIONS.reflect, value: post.id, inputs: {} } as InboundEvent;
    await restarted.handle({ event, reply: async (m) => void replies.push(m) });
    expect(texts(replies)).toBe('Ik stuurde je een privébericht om verder te gaan.');
    card = lastPrivate(h, jonas);
    expect(cardText(card)).toContain('Welkom terug, je was bij vraag 3.');
    expect(cardText(card)).toContain('Vraag 3 van 4');
    expect(inputOf(card)).toMatchObject({ value: 'Half getypt' });
    expect((await h.deps.storage.reflections.get(post.id, key(jonas)))?.status).toBe('active');
  });

  it('ends with the person’s own answers together and the choice: by name, anonymously or private', async () => {
    const { h, groupId } = await setupGroup();
    const post = await postOpener(h, groupId);
    await click(h, jonas, action(STARTER_ACTIONS.reflect, post.id));
    let card = await answerAll(h, jonas, lastPrivate(h, jonas), ['Een', '', 'Drie', 'Vier']);
    // The empty second answer counts as skipped.
    expect(card?.card?.title).toBe(`Jouw antwoorden: ${opener.title.nl}`);
    expect(cardText(card)).toContain(`*2. ${opener.questions[1]!.nl}*\\n_overgeslagen_`);
    expect(cardText(card)).toContain(`*3. ${opener.questions[2]!.nl}*\\nDrie`);
    expect(buttons(card).map((b) => [b.label, b.value])).toEqual([
      ['Delen met de groep (met naam)', `${post.id}|named`],
      ['Anoniem delen', `${post.id}|anonymous`],
      ['Voor mezelf houden', `${post.id}|private`],
      ['Terug', `${post.id}|4`],
    ]);
    // Back from the end goes to the last question.
    [card] = await step(h, jonas, card, STARTER_ACTIONS.reflectBack);
    expect(cardText(card)).toContain('Vraag 4 van 4');
  });

  it('shares by name: the named answer exactly as the answer form stores it, replacing an earlier one', async () => {
    const { h, groupId } = await setupGroup();
    const post = await postOpener(h, groupId);
    await answer(h, jonas, post.id, ['oud 1', 'oud 2', 'oud 3', 'oud 4']);
    const before = await h.deps.storage.starterAnswers.findNamed(post.id, key(jonas));
    await click(h, jonas, action(STARTER_ACTIONS.reflect, post.id));
    const end = await answerAll(h, jonas, lastPrivate(h, jonas), ['nieuw 1', 'nieuw 2', '', 'nieuw 4']);
    h.deps.clock.advance(60_000);
    const shared = await step(h, jonas, end, STARTER_ACTIONS.reflectShare);
    expect(texts(shared)).toBe(`Aangepast: je antwoord op *${opener.title.nl}*`);
    expect(buttonOf(shared[0], STARTER_ACTIONS.answerMine).value).toBe(post.id);
    const answers = await h.deps.storage.starterAnswers.listByPost(post.id);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ id: before!.id, anonymous: false, personKey: key(jonas), texts: ['nieuw 1', 'nieuw 2', '', 'nieuw 4'], createdAt: before!.createdAt });
    expect(await h.deps.storage.reflections.get(post.id, key(jonas))).toMatchObject({ status: 'finished', sharedAs: 'named' });
    // Clicking Reflecteer again: already shared, with the way to see it.
    await click(h, jonas, action(STARTER_ACTIONS.reflect, post.id));
    expect(lastPrivate(h, jonas)?.text).toBe('Je deelde deze reflectie al met je naam. Bekijken, wijzigen of verwijderen kan met de knop hieronder.');
    // Deleted through "Mijn antwoord": the reflection's answers can be shared again.
    await click(h, jonas, action(STARTER_ACTIONS.answerDelete, post.id), {}, dm('jonas'));
    expect(await h.deps.storage.starterAnswers.findNamed(post.id, key(jonas))).toBeUndefined();
    await click(h, jonas, action(STARTER_ACTIONS.reflect, post.id));
    const again = lastPrivate(h, jonas);
    expect(cardText(again)).toContain('Je gedeelde antwoord is intussen verwijderd.');
    await click(h, jonas, buttonOf(again, STARTER_ACTIONS.reflectShare, 'met naam'), {}, dm('jonas'));
    expect((await h.deps.storage.starterAnswers.findNamed(post.id, key(jonas)))?.texts).toEqual(['nieuw 1', 'nieuw 2', '', 'nieuw 4']);
  });

  it('shares anonymously: no person key, only the day, a secret for the author alone, and no trace left in the reflection', async () => {
    const { h, groupId } = await setupGroup();
    const post = await postOpener(h, groupId);
    h.deps.clock.advance(5 * 60 * 60 * 1000 + 17 * 60 * 1000);
    await click(h, jonas, action(STARTER_ACTIONS.reflect, post.id));
    const end = await answerAll(h, jonas, lastPrivate(h, jonas), ['geheim 1', 'geheim 2', 'geheim 3', 'geheim 4']);
    const shared = await click(h, jonas, buttonOf(end, STARTER_ACTIONS.reflectShare, 'Anoniem'), {}, dm('jonas'));
    expect(texts(shared)).toContain('Bewaard, zonder je naam.');
    const secret = buttonOf(shared[0], STARTER_ACTIONS.answerMine).value!;
    expect(secret).toMatch(/^[\w-]{32}$/);
    const [stored] = await h.deps.storage.starterAnswers.listByPost(post.id);
    expect(stored).toMatchObject({ anonymous: true, texts: ['geheim 1', 'geheim 2', 'geheim 3', 'geheim 4'], createdAt: '2026-11-23', updatedAt: '2026-11-23' });
    expect(stored!.personKey).toBeUndefined();
    expect(stored!.editKeyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(JSON.stringify(stored)).not.toContain('jonas');
    // No progress record is left that could tell this person shared anonymously.
    expect(await h.deps.storage.reflections.get(post.id, key(jonas))).toBeUndefined();
    expect(JSON.stringify(await h.deps.storage.reflections.listByPerson(key(jonas)))).not.toContain('geheim');
    // Only the secret leads back to it, for the author (the answer flow's own view).
    const mine = await click(h, jonas, buttonOf(shared[0], STARTER_ACTIONS.answerMine), {}, dm('jonas'));
    expect(cardText(mine[0])).toContain('geheim 3');
    // The unfinished-reflection list does not show a reset reflection.
    expect(texts(await h.say(jonas, 'reflectie', dm('jonas')))).toContain('Je hebt geen onafgewerkte reflecties.');
  });

  it('keeps it private: only in the reflection, no answer for anyone, and readable again later', async () => {
    const { h, groupId } = await setupGroup();
    const post = await postOpener(h, groupId);
    await click(h, jonas, action(STARTER_ACTIONS.reflect, post.id));
    const end = await answerAll(h, jonas, lastPrivate(h, jonas), ['privé 1', 'privé 2', 'privé 3', 'privé 4']);
    const kept = await click(h, jonas, buttonOf(end, STARTER_ACTIONS.reflectShare, 'Voor mezelf'), {}, dm('jonas'));
    expect(texts(kept)).toContain('Bewaard, alleen voor jou');
    expect(await h.deps.storage.starterAnswers.listByPost(post.id)).toEqual([]);
    expect(await h.deps.storage.reflections.get(post.id, key(jonas))).toMatchObject({ status: 'finished', sharedAs: 'private', texts: ['privé 1', 'privé 2', 'privé 3', 'privé 4'] });
    // The facilitator's overview does not see it.
    await h.say(an, 'antwoorden', team);
    expect(JSON.stringify(h.deps.messenger.sent.filter((s) => s.address.conversationId !== 'dm-jonas'))).not.toContain('privé');
    // Later: the answers again, and sharing is still possible.
    await click(h, jonas, action(STARTER_ACTIONS.reflect, post.id));
    const again = lastPrivate(h, jonas);
    expect(cardText(again)).toContain('Je hield deze reflectie voor jezelf.');
    expect(cardText(again)).toContain('privé 2');
    await click(h, jonas, buttonOf(again, STARTER_ACTIONS.reflectShare, 'met naam'), {}, dm('jonas'));
    expect((await h.deps.storage.starterAnswers.findNamed(post.id, key(jonas)))?.texts).toEqual(['privé 1', 'privé 2', 'privé 3', 'privé 4']);
  });

  it('offers no anonymous share when the post does not allow it, and refuses a forged click', async () => {
    const { h, groupId } = await setupGroup();
    const post = await postOpener(h, groupId, { anonymous: false });
    await click(h, jonas, action(STARTER_ACTIONS.reflect, post.id));
    const end = await answerAll(h, jonas, lastPrivate(h, jonas), ['a', 'b', 'c', 'd']);
    expect(buttons(end).map((b) => b.label)).toEqual(['Delen met de groep (met naam)', 'Voor mezelf houden', 'Terug']);
    const forged = await click(h, jonas, action(STARTER_ACTIONS.reflectShare, `${post.id}|anonymous`), {}, dm('jonas'));
    expect(cardText(forged[0])).toContain('Bij deze gespreksstarter kan je niet anoniem antwoorden.');
    expect(await h.deps.storage.starterAnswers.listByPost(post.id)).toEqual([]);
  });

  it('refuses sharing when every question was skipped, and answers too long', async () => {
    const { h, groupId } = await setupGroup();
    const post = await postOpener(h, groupId);
    await click(h, jonas, action(STARTER_ACTIONS.reflect, post.id));
    const [tooLong] = await step(h, jonas, lastPrivate(h, jonas), STARTER_ACTIONS.reflectNext, 'x'.repeat(2001));
    expect(cardText(tooLong)).toContain('Dat antwoord is 2001 tekens lang; het kan hoogstens 2000 tekens.');
    expect(cardText(tooLong)).toContain('Vraag 1 van 4');
    let card = tooLong;
    for (let i = 0; i < 4; i++) [card] = await step(h, jonas, card, STARTER_ACTIONS.reflectSkip);
    const refused = await click(h, jonas, buttonOf(card, STARTER_ACTIONS.reflectShare, 'met naam'), {}, dm('jonas'));
    expect(cardText(refused[0])).toContain('Er is niets om te delen: je sloeg alle vragen over.');
    expect(await h.deps.storage.starterAnswers.listByPost(post.id)).toEqual([]);
  });

  it('recognises a click on an older card and shows where the person is instead', async () => {
    const { h, groupId } = await setupGroup();
    const post = await postOpener(h, groupId);
    await click(h, jonas, action(STARTER_ACTIONS.reflect, post.id));
    const first = lastPrivate(h, jonas);
    await step(h, jonas, first, STARTER_ACTIONS.reflectNext, 'Een');
    const [stale] = await step(h, jonas, first, STARTER_ACTIONS.reflectNext, 'Dit hoort bij vraag 1');
    expect(cardText(stale)).toContain('Die knop hoort bij een vraag waar je niet meer bent.');
    expect(cardText(stale)).toContain('Vraag 2 van 4');
    expect((await h.deps.storage.reflections.get(post.id, key(jonas)))?.texts).toEqual(['Een', null, null, null]);
  });

  it('lists unfinished reflections with `reflectie`, privately, with a Verder button', async () => {
    const { h, groupId } = await setupGroup();
    const post = await postOpener(h, groupId);
    await click(h, jonas, action(STARTER_ACTIONS.reflect, post.id));
    await step(h, jonas, lastPrivate(h, jonas), STARTER_ACTIONS.reflectNext, 'Een');
    const [list] = await h.say(jonas, 'reflectie', dm('jonas'));
    expect(list?.card?.title).toBe('Je reflecties');
    expect(cardText(list)).toContain(`*${opener.title.nl}* (PLG Taal): vraag 2 van 4`);
    const verder = buttonOf(list, STARTER_ACTIONS.reflect);
    expect(verder).toMatchObject({ label: expect.stringContaining('Verder: '), value: post.id });
    // In the channel the list goes privately.
    expect(texts(await h.say(jonas, 'reflectie', team))).toBe('Ik stuurde je je reflecties in een privébericht.');
    expect(lastPrivate(h, jonas)?.card?.title).toBe('Je reflecties');
    // Verder resumes.
    const [resumed] = await click(h, jonas, verder, {}, dm('jonas'));
    expect(cardText(resumed)).toContain('Welkom terug, je was bij vraag 2.');
  });

  it('speaks the person’s language (English, French) and takes the command in each', async () => {
    const { h, groupId } = await setupGroup();
    const post = await postOpener(h, groupId);
    await h.say(jonas, 'taal en', dm('jonas'));
    const [card] = await click(h, jonas, action(STARTER_ACTIONS.reflect, post.id), {}, dm('jonas'));
    expect(cardText(card)).toContain('Question 1 of 4');
    expect(cardText(card)).toContain(opener.questions[0]!.en);
    expect(buttons(card).map((b) => b.label)).toEqual(['Next', 'Skip', 'Stop']);
    expect(texts(await h.say(jonas, 'reflection', dm('jonas')))).toBe('Your reflections');
    await h.say(fatima, 'langue fr', dm('fatima'));
    const [fr] = await click(h, fatima, action(STARTER_ACTIONS.reflect, post.id), {}, dm('fatima'));
    expect(cardText(fr)).toContain('Question 1 sur 4');
    expect(buttons(fr).map((b) => b.label)).toEqual(['Suivant', 'Passer', 'Arrêter']);
    expect(texts(await h.say(fatima, 'réflexion', dm('fatima')))).toBe('Vos réflexions');
  });

  it('is for members of the post’s group only, within their own tenant', async () => {
    const { h, groupId } = await setupGroup();
    const post = await postOpener(h, groupId);
    const outsider: Actor = { id: 'zoe', tenantId: 't1', name: 'Zoë Buiten' };
    expect(texts(await click(h, outsider, action(STARTER_ACTIONS.reflect, post.id), {}, dm('zoe')))).toBe('Je bent geen lid van *PLG Taal*.');
    const otherTenant: Actor = { id: 'jonas', tenantId: 't2', name: 'Jonas Claes' };
    expect(texts(await click(h, otherTenant, action(STARTER_ACTIONS.reflect, post.id), {}, dm('jonas', 't2')))).toBe('Die gespreksstarter vind ik niet (meer) in je groep.');
    expect(await h.deps.storage.reflections.listByPerson('chat:t1:zoe')).toEqual([]);
  });
});
