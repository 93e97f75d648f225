import { describe, expect, it } from 'vitest';
import { STARTER_ACTIONS } from '../../../src/core/features/starters/starter-actions.js';
import { dm } from '../../helpers/core-harness.js';
import { action, an, answer, buttonOf, buttons, cardText, channelPosts, click, fatima, jonas, lastPrivate, lotte, opener, pieter, postOpener, privateTo, sara, setupGroup, storeAnonymous, team, texts } from './kit.js';

/** Two named answers (Jonas, Fatima) and `anonymous` anonymous ones (Lotte, Pieter, Sara in that order). */
async function withAnswers(anonymous: number, named = true) {
  const { h, groupId } = await setupGroup();
  const post = await postOpener(h, groupId);
  if (named) {
    await answer(h, jonas, post.id, ['Jonas één', 'Jonas twee', '', 'Jonas vier']);
    await answer(h, fatima, post.id, ['Fatima één', 'Fatima twee', 'Fatima drie', 'Fatima vier']);
  }
  const anonymousAuthors = [lotte, pieter, sara].slice(0, anonymous);
  for (const [i, who] of anonymousAuthors.entries()) await answer(h, who, post.id, [`anoniem ${i + 1} een`, `anoniem ${i + 1} twee`, '', ''], true);
  return { h, groupId, post, anonymousAuthors };
}

describe('results for facilitators', () => {
  it('`antwoorden` in the channel: privately, counts, who answered by name, answers per question, and the three buttons', async () => {
    const { h, post } = await withAnswers(3);
    const replies = await h.say(an, 'antwoorden', team);
    expect(texts(replies)).toBe('Ik stuurde je de antwoorden in een privébericht.');
    const card = lastPrivate(h, an);
    expect(card?.card?.title).toBe(`Antwoorden: ${opener.title.nl}`);
    expect(card?.card?.blocks[0]).toMatchObject({
      type: 'facts',
      facts: [
        { label: 'Groep', value: 'PLG Taal' },
        { label: 'Gepost', value: '23 nov 2026' },
        { label: 'Met naam', value: '2' },
        { label: 'Anoniem', value: '3' },
        { label: 'Nog niet geantwoord', value: '0' },
      ],
    });
    const shown = cardText(card);
    expect(shown).toContain('*Met naam geantwoord:* Fatima El Idrissi, Jonas Claes');
    expect(shown).toContain(`*1. ${opener.questions[0]!.nl}*\\n• *Fatima*: Fatima één\\n• *Jonas*: Jonas één\\n• anoniem 1 een\\n• anoniem 2 een\\n• anoniem 3 een`);
    expect(shown).toContain(`*3. ${opener.questions[2]!.nl}*\\n• *Fatima*: Fatima drie\\n*4.`);
    // Nobody who answered anonymously is named, counted by name or hinted at.
    for (const name of ['Lotte', 'Pieter', 'Sara', 'Janssens', 'De Smet', 'Maes']) expect(shown).not.toContain(name);
    expect(buttons(card).map((b) => [b.id, b.label, b.value])).toEqual([
      [STARTER_ACTIONS.shareSummary, 'Samenvatting delen', post.id],
      [STARTER_ACTIONS.exportCsv, 'Exporteer CSV', post.id],
      [STARTER_ACTIONS.nudge, 'Herinner wie nog niet antwoordde', post.id],
    ]);
    // The channel saw none of it.
    expect(JSON.stringify(channelPosts(h).slice(1))).not.toContain('Jonas één');
  });

  it('counts who has not answered yet, leaving out whoever posted it', async () => {
    const { h } = await withAnswers(1);
    await h.say(an, 'antwoorden', team);
    const facts = JSON.stringify(lastPrivate(h, an)?.card?.blocks[0]);
    // 5 members; Jonas and Fatima by name, one anonymous: 2 to go.
    expect(facts).toContain('{"label":"Nog niet geantwoord","value":"2"}');
  });

  it('is for facilitators only: members get a refusal and nothing private', async () => {
    const { h, post } = await withAnswers(3);
    const before = privateTo(h, jonas).length;
    expect(texts(await h.say(jonas, 'antwoorden', team))).toBe('Alleen een begeleider kan dat. In *PLG Taal* zijn dat: An Peeters.');
    for (const id of [STARTER_ACTIONS.results, STARTER_ACTIONS.shareSummary, STARTER_ACTIONS.exportCsv, STARTER_ACTIONS.nudge]) {
      expect(texts(await click(h, jonas, action(id, post.id), {}, dm('jonas')))).toBe('Alleen een begeleider kan dat. In *PLG Taal* zijn dat: An Peeters.');
    }
    expect(privateTo(h, jonas)).toHaveLength(before);
    expect(texts(await h.say(jonas, 'antwoorden', dm('jonas')))).toContain('Alleen begeleiders zien de antwoorden en de deelname');
    expect(await h.deps.storage.downloads.get('x')).toBeUndefined();
  });

  it('in a direct chat: an overview of the latest posts with a button each, and the newest in full', async () => {
    const { h, groupId, post } = await withAnswers(0);
    h.deps.clock.advance(60_000);
    const second = await postOpener(h, groupId, { anonymous: false });
    const [overview, full] = await h.say(an, 'antwoorden', dm('an'));
    expect(overview?.card?.title).toBe('Gespreksstarters in PLG Taal');
    expect(cardText(overview)).toContain(`*${opener.title.nl}* (23 nov 2026): met naam 0 · anoniem 0 · nog niet 5`);
    expect(cardText(overview)).toContain(`*${opener.title.nl}* (23 nov 2026): met naam 2 · anoniem 0 · nog niet 3`);
    expect(buttons(overview).map((b) => b.value)).toEqual([second.id, post.id]);
    expect(full?.card?.title).toBe(`Antwoorden: ${opener.title.nl}`);
    const [older] = await click(h, an, buttonOf(overview, STARTER_ACTIONS.results), {}, dm('an'));
    expect(older?.card?.title).toBe(`Antwoorden: ${opener.title.nl}`);
  });

  it('speaks the facilitator’s language', async () => {
    const { h, post } = await withAnswers(3);
    await h.say(an, 'language en', dm('an'));
    const [card] = await click(h, an, action(STARTER_ACTIONS.results, post.id), {}, dm('an'));
    expect(card?.card?.title).toBe(`Answers: ${opener.title.en}`);
    expect(cardText(card)).toContain('*Answered with their name:* Fatima El Idrissi, Jonas Claes');
    expect(buttons(card).map((b) => b.label)).toEqual(['Share summary', 'Export CSV', 'Remind those who have not answered']);
    expect(texts(await h.say(an, 'answers', dm('an')))).toContain('Answers:');
    await h.say(an, 'langue fr', dm('an'));
    expect(texts(await h.say(an, 'réponses', dm('an')))).toContain('Réponses :');
  });
});

describe('sharing a summary', () => {
  it('with 3 anonymous answers: every answer, without any name, sorted so order says nothing', async () => {
    const { h, post } = await withAnswers(3);
    const replies = await click(h, an, action(STARTER_ACTIONS.shareSummary, post.id), {}, dm('an'));
    expect(texts(replies)).toBe('De samenvatting staat in *PLG Taal*.');
    const summary = channelPosts(h).at(-1);
    expect(summary?.card?.title).toBe(`Samenvatting: ${opener.title.nl}`);
    const shown = cardText(summary);
    expect(shown).toContain('5 antwoorden, zonder namen.');
    expect(shown).toContain(`*1. ${opener.questions[0]!.nl}*\\n• anoniem 1 een\\n• anoniem 2 een\\n• anoniem 3 een\\n• Fatima één\\n• Jonas één`);
    for (const name of ['Jonas Claes', 'Fatima El', '*Jonas*', '*Fatima*', 'Lotte', 'Pieter', 'Sara', 'An Peeters']) expect(shown).not.toContain(name);
    expect(shown).not.toContain('pas gedeeld vanaf');
  });

  it('with 2 anonymous answers the facilitator’s own view counts them but does not show their texts', async () => {
    const { h } = await withAnswers(2);
    await h.say(an, 'antwoorden', team);
    const shown = cardText(lastPrivate(h, an));
    expect(shown).toContain('Jonas één');
    expect(shown).not.toContain('anoniem 1 een');
    expect(shown).not.toContain('anoniem 2 een');
    expect(shown).toContain('Anonieme antwoorden worden pas gedeeld vanaf 3.');
  });

  it('with 2 anonymous answers: withheld from the summary, and the summary says so', async () => {
    const { h, post } = await withAnswers(2);
    const replies = await click(h, an, action(STARTER_ACTIONS.shareSummary, post.id), {}, dm('an'));
    expect(texts(replies)).toBe('De samenvatting staat in *PLG Taal*, zonder de anonieme antwoorden: die worden pas gedeeld vanaf 3.');
    const shown = cardText(channelPosts(h).at(-1));
    expect(shown).toContain('2 antwoorden, zonder namen.');
    expect(shown).toContain('Jonas één');
    expect(shown).not.toContain('anoniem 1');
    expect(shown).not.toContain('anoniem 2');
    expect(shown).toContain('Anonieme antwoorden worden pas gedeeld vanaf 3.');
  });

  it('does not count the sharer’s own anonymous answer towards the threshold, and refuses a second one from anybody', async () => {
    const { h, post } = await withAnswers(2);
    // The facilitator answers anonymously too: 3 anonymous answers, but she knows which one is hers.
    await answer(h, an, post.id, ['mijn eigen'], true);
    expect((await h.deps.storage.starterAnswers.listByPost(post.id)).filter((a) => a.anonymous)).toHaveLength(3);
    expect(texts(await answer(h, an, post.id, ['nog een'], true))).toContain('Je antwoordde al anoniem op deze starter.');
    const replies = await click(h, an, action(STARTER_ACTIONS.shareSummary, post.id), {}, dm('an'));
    expect(texts(replies)).toContain('zonder de anonieme antwoorden');
    const shown = cardText(channelPosts(h).at(-1));
    expect(shown).not.toContain('mijn eigen');
    expect(shown).not.toContain('anoniem 1');
  });

  it('only anonymous answers, fewer than 3: no summary at all; the facilitator is told why', async () => {
    const { h, post } = await withAnswers(2, false);
    const posts = channelPosts(h).length;
    const replies = await click(h, an, action(STARTER_ACTIONS.shareSummary, post.id), {}, dm('an'));
    expect(texts(replies)).toBe(
      'Ik deel nog geen samenvatting: anonieme antwoorden worden pas gedeeld vanaf 3, en er zijn nog geen antwoorden met naam. Zo kan niemand herkend worden.',
    );
    expect(channelPosts(h)).toHaveLength(posts);
  });

  it('only anonymous answers, 3 of them: shared', async () => {
    const { h, post } = await withAnswers(3, false);
    await click(h, an, action(STARTER_ACTIONS.shareSummary, post.id), {}, dm('an'));
    expect(cardText(channelPosts(h).at(-1))).toContain('3 antwoorden, zonder namen.');
  });

  it('no answers: nothing to share', async () => {
    const { h, post } = await withAnswers(0, false);
    expect(texts(await click(h, an, action(STARTER_ACTIONS.shareSummary, post.id), {}, dm('an')))).toBe('Er zijn nog geen antwoorden, dus ook nog niets om samen te vatten.');
  });

  it('clicked in the channel: the facilitator’s note goes privately', async () => {
    const { h, groupId } = await setupGroup();
    const post = await postOpener(h, groupId);
    await storeAnonymous(h, post, ['a', 'b', 'c', 'd'], 1);
    const replies = await click(h, an, action(STARTER_ACTIONS.shareSummary, post.id));
    expect(texts(replies)).toBe('Ik stuurde je de antwoorden in een privébericht.');
    expect(lastPrivate(h, an)?.text).toContain('Ik deel nog geen samenvatting');
  });
});
