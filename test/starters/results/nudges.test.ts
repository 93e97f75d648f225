import { describe, expect, it } from 'vitest';
import { createCore, ManualScheduler, type QuietHours } from '../../../src/core/index.js';
import { STARTER_ACTIONS } from '../../../src/core/features/starters/starter-actions.js';
import { jobDue } from '../../../src/core/features/starters/results/job-index.js';
import { scheduleNudgeSuggestion } from '../../../src/core/features/starters/results/results.js';
import { dm, type CoreHarness } from '../../helpers/core-harness.js';
import { action, an, answer, buttonOf, buttons, cardText, click, DAY, fatima, HOUR, jonas, key, lastPrivate, lotte, opener, pieter, postOpener, privateTo, sara, setupGroup, texts } from './kit.js';

async function setQuiet(h: CoreHarness, personKey: string, quietHours: QuietHours): Promise<void> {
  const person = await h.deps.storage.people.get(personKey);
  await h.deps.storage.people.save({ ...person!, quietHours });
}

/** Runs every job due by `iso` (moving the fake clock there). */
async function runUntil(h: CoreHarness, iso: string): Promise<void> {
  h.deps.clock.set(iso);
  await h.deps.scheduler.runDue(h.deps.clock.now());
}

const suggestions = (h: CoreHarness) => privateTo(h, an).filter((m) => m.card?.title === 'Een duwtje in de rug?');

describe('nudging members who did not answer', () => {
  it('sends a friendly private reminder with the post’s answer buttons to whoever has no named answer or finished reflection, at most once', async () => {
    const { h, groupId } = await setupGroup();
    const post = await postOpener(h, groupId);
    await answer(h, jonas, post.id, ['a', 'b', 'c', 'd']);
    await answer(h, fatima, post.id, ['a', 'b', 'c', 'd'], true);
    // Lotte finished the reflection and kept it private: she took part.
    await h.deps.storage.reflections.save({ postId: post.id, personKey: key(lotte), index: 4, texts: ['x', 'y', 'z', 'w'], status: 'finished', sharedAs: 'private', startedAt: '2026-11-23T08:00:00.000Z', updatedAt: '2026-11-23T08:00:00.000Z' });
    await h.say(pieter, 'language en', dm('pieter'));
    const replies = await click(h, an, action(STARTER_ACTIONS.nudge, post.id), {}, dm('an'));
    // Fatima answered anonymously; nobody can know, so she gets one too (and is told to ignore it).
    expect(texts(replies)).toBe('Ik stuurde 3 leden een vriendelijke herinnering.');
    expect(privateTo(h, jonas).some((m) => m.text.startsWith('Hoi'))).toBe(false);
    expect(privateTo(h, lotte).some((m) => m.text.startsWith('Hoi'))).toBe(false);
    const toSara = lastPrivate(h, sara);
    expect(toSara?.text).toBe(`Hoi Sara! Je antwoord helpt het gesprek vooruit, ook als het kort is. In *PLG Taal* staat nog een gespreksstarter open: *${opener.title.nl}*`);
    expect(cardText(toSara)).toContain(`1. ${opener.questions[0]!.nl}`);
    expect(cardText(toSara)).toContain('Al geantwoord zonder je naam? Dan mag je dit bericht negeren.');
    expect(buttons(toSara).map((b) => [b.id, b.value])).toEqual([
      [STARTER_ACTIONS.answer, post.id],
      [STARTER_ACTIONS.answerAnonymous, post.id],
      [STARTER_ACTIONS.reflect, post.id],
    ]);
    expect(lastPrivate(h, pieter)?.text).toContain('Hi Pieter! Your answer moves the conversation forward, even a short one. A conversation starter is still open in *PLG Taal*');
    expect(lastPrivate(h, fatima)?.text).toContain('Hoi Fatima!');
    // A second click: nobody gets a second one.
    const sent = h.deps.messenger.sent.length;
    expect(texts(await click(h, an, action(STARTER_ACTIONS.nudge, post.id), {}, dm('an')))).toBe('Ik stuurde 0 leden een vriendelijke herinnering. 3 leden kregen er al een voor deze starter; ik stuur er niet nog een.');
    expect(h.deps.messenger.sent.length).toBe(sent);
    // The buttons in the reminder work: Sara answers from it.
    const [form] = await click(h, sara, buttonOf(toSara, STARTER_ACTIONS.answer), {}, dm('sara'));
    expect(form?.card?.title).toBe('Jouw antwoord');
  });

  it('retries members it could not reach on a later click, and never nudges the facilitator who clicked', async () => {
    const { h, groupId } = await setupGroup();
    const post = await postOpener(h, groupId);
    h.deps.messenger.closedDirect.add('sara');
    expect(texts(await click(h, an, action(STARTER_ACTIONS.nudge, post.id), {}, dm('an')))).toBe('Ik stuurde 4 leden een vriendelijke herinnering. 1 lid kon ik niet bereiken.');
    h.deps.messenger.closedDirect.delete('sara');
    expect(texts(await click(h, an, action(STARTER_ACTIONS.nudge, post.id), {}, dm('an')))).toBe('Ik stuurde 1 lid een vriendelijke herinnering. 4 leden kregen er al een voor deze starter; ik stuur er niet nog een.');
    expect(privateTo(h, an).some((m) => m.text.startsWith('Hoi An'))).toBe(false);
  });
});

describe('the bot suggests a nudge', () => {
  it('3 days after posting, when fewer than half took part: privately to the facilitator, once', async () => {
    const { h, groupId } = await setupGroup();
    const post = await postOpener(h, groupId);
    await answer(h, jonas, post.id, ['a', 'b', 'c', 'd']);
    await answer(h, fatima, post.id, ['a', 'b', 'c', 'd'], true);
    await scheduleNudgeSuggestion(h.deps, post);
    // Monday 09:00 + 3 days: Thursday 09:00 in Brussels.
    expect(await jobDue(h.deps, `nudge:${post.id}`)).toEqual(new Date('2026-11-26T08:00:00.000Z'));
    await runUntil(h, '2026-11-26T07:59:00.000Z');
    expect(suggestions(h)).toHaveLength(0);
    await runUntil(h, '2026-11-26T08:00:00.000Z');
    const [suggestion] = suggestions(h);
    expect(suggestion?.text).toBe(
      `Drie dagen na *${opener.title.nl}* in *PLG Taal* deden 2 van de 5 leden mee. Een vriendelijke herinnering helpt vaak. Zal ik wie nog niet antwoordde er een sturen?`,
    );
    expect(buttons(suggestion).map((b) => [b.id, b.value])).toEqual([
      [STARTER_ACTIONS.nudge, post.id],
      [STARTER_ACTIONS.results, post.id],
    ]);
    expect((await h.deps.storage.starterPosts.get(post.id))?.nudgeSuggestedAt).toBe('2026-11-26T08:00:00.000Z');
    // Never twice: scheduling again, or the job running again, does nothing.
    await scheduleNudgeSuggestion(h.deps, (await h.deps.storage.starterPosts.get(post.id))!);
    await h.core.runJob(`nudge:${post.id}`);
    await runUntil(h, '2026-12-03T08:00:00.000Z');
    expect(suggestions(h)).toHaveLength(1);
    expect(await jobDue(h.deps, `nudge:${post.id}`)).toBeUndefined();
    // Members got nothing from the suggestion itself.
    expect(privateTo(h, sara)).toEqual([]);
    // The suggestion's button nudges.
    await click(h, an, buttonOf(suggestion, STARTER_ACTIONS.nudge), {}, dm('an'));
    expect(lastPrivate(h, sara)?.text).toContain('Hoi Sara!');
  });

  it('says nothing when half or more took part (anonymous answers count, without knowing whose)', async () => {
    const { h, groupId } = await setupGroup();
    const post = await postOpener(h, groupId);
    await answer(h, jonas, post.id, ['a', 'b', 'c', 'd']);
    await answer(h, fatima, post.id, ['a', 'b', 'c', 'd'], true);
    await answer(h, lotte, post.id, ['a', 'b', 'c', 'd'], true);
    await scheduleNudgeSuggestion(h.deps, post);
    await runUntil(h, '2026-11-27T08:00:00.000Z');
    expect(suggestions(h)).toHaveLength(0);
    expect((await h.deps.storage.starterPosts.get(post.id))?.nudgeSuggestedAt).toBeUndefined();
    expect(await jobDue(h.deps, `nudge:${post.id}`)).toBeUndefined();
  });

  it('waits for the end of the facilitator’s quiet hours', async () => {
    const { h, groupId } = await setupGroup();
    const post = await postOpener(h, groupId);
    await setQuiet(h, key(an), { start: '08:00', end: '17:00', weekends: false });
    await scheduleNudgeSuggestion(h.deps, post);
    await runUntil(h, '2026-11-26T08:00:00.000Z');
    expect(suggestions(h)).toHaveLength(0);
    expect(await jobDue(h.deps, `nudge:${post.id}`)).toEqual(new Date('2026-11-26T16:00:00.000Z'));
    await runUntil(h, '2026-11-26T16:00:00.000Z');
    expect(suggestions(h)).toHaveLength(1);
  });

  it('without quiet hours of their own, not in the weekend: a post on Thursday is suggested on Monday at 08:00', async () => {
    const { h, groupId } = await setupGroup(undefined, '2026-11-26T09:00:00Z');
    const post = await postOpener(h, groupId);
    await scheduleNudgeSuggestion(h.deps, post);
    await runUntil(h, '2026-11-29T10:00:00.000Z');
    expect(suggestions(h)).toHaveLength(0);
    expect(await jobDue(h.deps, `nudge:${post.id}`)).toEqual(new Date('2026-11-30T07:00:00.000Z'));
    await runUntil(h, '2026-11-30T07:00:00.000Z');
    expect(suggestions(h)).toHaveLength(1);
  });

  it('survives a restart: the job is re-armed from storage', async () => {
    const { h, groupId } = await setupGroup();
    const post = await postOpener(h, groupId);
    await scheduleNudgeSuggestion(h.deps, post);
    const scheduler = new ManualScheduler();
    const restarted = createCore({ ...h.deps, scheduler });
    scheduler.onDue((id) => restarted.runJob(id));
    expect(await restarted.start()).toBeGreaterThanOrEqual(2);
    h.deps.clock.set('2026-11-26T08:00:00.000Z');
    await scheduler.runDue(h.deps.clock.now());
    expect(suggestions(h)).toHaveLength(1);
  });

  it('goes to the longest-serving facilitator when whoever posted no longer facilitates', async () => {
    const { h, groupId } = await setupGroup();
    const post = await postOpener(h, groupId);
    await h.say(an, 'groep rol @Jonas Claes begeleider', { channel: 'chat', tenantId: 't1', conversationId: 'team-1', scope: 'channel' }, [jonas]);
    const membership = await h.deps.storage.memberships.get(groupId, key(an));
    await h.deps.storage.memberships.save({ ...membership!, role: 'member' });
    await scheduleNudgeSuggestion(h.deps, post);
    await runUntil(h, '2026-11-26T08:00:00.000Z');
    expect(suggestions(h)).toHaveLength(0);
    expect(privateTo(h, jonas).filter((m) => m.card?.title === 'Een duwtje in de rug?')).toHaveLength(1);
  });

  it('gives up on a post that is closed, and does not nag two weeks later', async () => {
    const { h, groupId } = await setupGroup();
    const post = await postOpener(h, groupId);
    await scheduleNudgeSuggestion(h.deps, post);
    await h.deps.storage.starterPosts.save({ ...post, status: 'closed' });
    await runUntil(h, '2026-11-26T08:00:00.000Z');
    expect(suggestions(h)).toHaveLength(0);
    const late = await postOpener(h, groupId);
    await scheduleNudgeSuggestion(h.deps, late);
    await runUntil(h, new Date(Date.parse(late.postedAt!) + 15 * DAY + HOUR).toISOString());
    expect(suggestions(h)).toHaveLength(0);
  });
});
