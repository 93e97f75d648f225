import { describe, expect, it } from 'vitest';
import { createCore, ManualScheduler, type ActionButton, type Actor, type OutboundMessage, type StarterPost } from '../../src/core/index.js';
import { findLibraryStarter } from '../../src/core/features/starters/library/index.js';
import { STARTER_ACTIONS } from '../../src/core/features/starters/starter-actions.js';
import { channelAddress, coreHarness, dm, type CoreHarness } from '../helpers/core-harness.js';

const an: Actor = { id: 'an', tenantId: 't1', name: 'An Peeters' };
const jonas: Actor = { id: 'jonas', tenantId: 't1', name: 'Jonas Claes' };
const team = channelAddress('team-1');
const opener = findLibraryStarter('appreciative-opener')!;

const buttons = (m: OutboundMessage | undefined): ActionButton[] => (m?.card?.actions ?? []).filter((a): a is ActionButton => a.type === 'action');
const buttonOf = (m: OutboundMessage | undefined, id: string): ActionButton => {
  const found = buttons(m).find((a) => a.id === id);
  if (!found) throw new Error(`no ${id} button in ${JSON.stringify(buttons(m).map((b) => b.id))}`);
  return found;
};
const click = (h: CoreHarness, actor: Actor, button: ActionButton, inputs: Record<string, string> = {}, address = team) =>
  h.send({ kind: 'action', actor, address, actionId: button.id, ...(button.value !== undefined ? { value: button.value } : {}), inputs });
const texts = (replies: OutboundMessage[]): string => replies.map((r) => r.text).join('\n');
/** Cards the bot posted in the group's channel on its own (not as replies). */
const channelPosts = (h: CoreHarness): OutboundMessage[] => h.deps.messenger.sent.filter((s) => s.address.conversationId === 'team-1').map((s) => s.message);
const postButton = (ref = 'lib:appreciative-opener'): ActionButton => ({ type: 'action', id: STARTER_ACTIONS.post, label: '', value: ref });

async function setup(): Promise<{ h: CoreHarness; groupId: string }> {
  const h = coreHarness();
  h.deps.directory.rosters.set('team-1', [an, jonas].map((p) => ({ id: p.id, name: p.name! })));
  await h.send({ kind: 'installed', actor: an, address: team, conversationName: 'PLG Taal' });
  h.deps.scheduler.onDue((id) => h.core.runJob(id));
  const group = await h.deps.storage.groups.findByConversation('chat', 't1', 'team-1');
  return { h, groupId: group!.id };
}

/** The facilitator opens the posting form on the opener and submits it with these choices. */
async function post(h: CoreHarness, inputs: Record<string, string>, actor = an): Promise<OutboundMessage[]> {
  const [form] = await click(h, an, postButton());
  return click(h, actor, buttonOf(form, STARTER_ACTIONS.postSubmit), inputs);
}

const postsOf = (h: CoreHarness, groupId: string): Promise<StarterPost[]> => h.deps.storage.starterPosts.listByGroup(groupId);

describe('posting a starter', () => {
  it('uses a posting form once: submitting the same form again does not post the starter twice', async () => {
    const { h, groupId } = await setup();
    const [form] = await click(h, an, postButton());
    const submit = buttonOf(form, STARTER_ACTIONS.postSubmit);
    await click(h, an, submit, { when: 'now', anonymous: 'yes' });
    expect(texts(await click(h, an, submit, { when: 'now', anonymous: 'no' }))).toContain('Dit formulier is al gebruikt of verlopen.');
    expect(await postsOf(h, groupId)).toHaveLength(1);
    // A fresh form posts again, as a facilitator wants when they click Posten once more.
    await post(h, { when: 'now', anonymous: 'no' });
    expect(await postsOf(h, groupId)).toHaveLength(2);
  });

  it('posts now: a card in the channel, in Dutch, with numbered questions and Antwoorden, Anoniem antwoorden and Stap voor stap', async () => {
    const { h, groupId } = await setup();
    const [form] = await click(h, an, postButton());
    expect(form?.card).toMatchObject({ title: `Posten: ${opener.title.nl}`, presentation: 'dialog' });
    expect(JSON.stringify(form?.card?.blocks)).toContain('Elke week tot het volgende moment (er is er nog geen gepland)');
    // The facilitator reads English; the channel card stays in the group's language.
    await h.say(an, 'language en', dm('an'));
    const replies = await click(h, an, buttonOf(form, STARTER_ACTIONS.postSubmit), { when: 'now', anonymous: 'yes' });
    expect(texts(replies)).toBe(`*${opener.title.en}* is now in the channel.\nAnonymous answers are allowed.`);
    const [card] = channelPosts(h);
    const [stored] = await postsOf(h, groupId);
    expect(stored).toMatchObject({ starterId: 'appreciative-opener', source: 'library', allowAnonymous: true, status: 'posted', postedAt: '2026-11-23T08:00:00.000Z', createdBy: 'chat:t1:an' });
    expect(card?.card?.title).toBe(opener.title.nl);
    const blocks = JSON.stringify(card?.card?.blocks);
    opener.questions.forEach((q, i) => expect(blocks).toContain(`${i + 1}. ${q.nl}`));
    expect(buttons(card).map((b) => [b.id, b.label, b.value])).toEqual([
      [STARTER_ACTIONS.answer, 'Antwoorden', stored!.id],
      [STARTER_ACTIONS.answerAnonymous, 'Anoniem antwoorden', stored!.id],
      [STARTER_ACTIONS.reflect, 'Stap voor stap reflecteren', stored!.id],
    ]);
  });

  it('shows "Anoniem antwoorden" only when the facilitator allowed it', async () => {
    const { h } = await setup();
    expect(texts(await post(h, { when: 'now', anonymous: 'no' }))).toContain('Antwoorden kan alleen met naam.');
    const [card] = channelPosts(h);
    expect(buttons(card).map((b) => b.label)).toEqual(['Antwoorden', 'Stap voor stap reflecteren']);
  });

  it('is for facilitators in the group’s channel', async () => {
    const { h, groupId } = await setup();
    expect(texts(await click(h, jonas, postButton()))).toBe('Alleen een begeleider kan dat. In *PLG Taal* zijn dat: An Peeters.');
    expect(texts(await post(h, { when: 'now', anonymous: 'yes' }, jonas))).toBe('Alleen een begeleider kan dat. In *PLG Taal* zijn dat: An Peeters.');
    expect(texts(await click(h, an, postButton(), {}, dm('an')))).toContain('Dat doe je in het kanaal van je groep (PLG Taal)');
    expect(texts(await click(h, an, postButton('lib:no-such-starter')))).toBe('Die gespreksstarter vind ik niet (meer). Typ *starters* voor de lijst.');
    expect(await postsOf(h, groupId)).toEqual([]);
  });

  it('plans a post at a time in the group’s zone; the job posts it then, once, however often it runs', async () => {
    const { h, groupId } = await setup();
    const replies = await post(h, { when: 'at', at: 'woensdag 7u45', anonymous: 'yes' });
    expect(texts(replies)).toBe(`Gepland: *${opener.title.nl}* komt in het kanaal op woensdag 25 november 2026, 07:45.\nAnoniem antwoorden mag.`);
    const [planned] = await postsOf(h, groupId);
    expect(planned).toMatchObject({ status: 'scheduled', scheduledFor: '2026-11-25T06:45:00.000Z' });
    expect(channelPosts(h)).toHaveLength(0);

    h.deps.clock.set('2026-11-25T06:44:00.000Z');
    expect(await h.deps.scheduler.runDue(h.deps.clock.now())).toBe(0);
    h.deps.clock.set('2026-11-25T06:45:00.000Z');
    expect(await h.deps.scheduler.runDue(h.deps.clock.now())).toBe(1);
    expect(channelPosts(h)).toHaveLength(1);
    expect(await h.deps.storage.starterPosts.get(planned!.id)).toMatchObject({ status: 'posted', postedAt: '2026-11-25T06:45:00.000Z' });
    // The same job again (a restart, a double wake-up) does nothing.
    await h.core.runJob(`post:${planned!.id}`);
    await Promise.all([h.core.runJob(`post:${planned!.id}`), h.core.runJob(`post:${planned!.id}`)]);
    expect(channelPosts(h)).toHaveLength(1);
  });

  it('refuses a past or unreadable time and shows the form again with what was typed', async () => {
    const { h, groupId } = await setup();
    const [past] = await post(h, { when: 'at', at: 'gisteren 8u', anonymous: 'yes' });
    expect(past?.text).toContain('Dat tijdstip ligt al achter ons.');
    expect(past?.card?.blocks).toContainEqual(expect.objectContaining({ id: 'at', value: 'gisteren 8u' }));
    expect(past?.card?.blocks).toContainEqual(expect.objectContaining({ id: 'anonymous', value: 'yes' }));
    expect((await post(h, { when: 'at', at: '', anonymous: 'no' }))[0]?.text).toBe('Vul het tijdstip in, bijvoorbeeld *maandag 8u*.');
    expect((await post(h, { when: 'at', at: 'elke maandag 8u', anonymous: 'no' }))[0]?.text).toContain('Daarin lees ik een reeks.');
    expect((await post(h, { when: 'at', at: 'ooit eens', anonymous: 'no' }))[0]?.text).toContain('Zo lukt het bijvoorbeeld: *maandag 8u*');
    await h.say(an, 'langue fr', dm('an'));
    expect((await post(h, { when: 'at', at: 'hier à 8h', anonymous: 'no' }))[0]?.text).toContain('Par exemple : *lundi 8h*');
    expect(await postsOf(h, groupId)).toEqual([]);
  });

  it('posts weekly until the next planned moment: now, then every week at the same time, skipping holidays', async () => {
    const { h, groupId } = await setup();
    expect(texts(await post(h, { when: 'weekly', anonymous: 'no' }))).toBe(
      '*PLG Taal* heeft nog geen volgend moment gepland, dus ik weet niet tot wanneer. Plan eerst een moment met *plan*, of post nu of op een tijdstip.',
    );
    // Next meeting on Thursday 14 January 2027; the Christmas holiday falls in between.
    const [confirm] = await h.say(an, 'plan Overleg: 14/01 14u-16u', team);
    await click(h, an, buttonOf(confirm, 'moment.plan.confirm'));
    const sentBefore = channelPosts(h).length;
    const [form] = await click(h, an, postButton());
    expect(JSON.stringify(form?.card?.blocks)).toContain('Elke week tot het volgende moment (donderdag 14 januari 2027, 14:00–16:00)');
    const [reply] = await click(h, an, buttonOf(form, STARTER_ACTIONS.postSubmit), { when: 'weekly', anonymous: 'yes' });
    expect(reply?.text.split('\n')).toEqual([
      `Gepland: *${opener.title.nl}* komt 6 keer in het kanaal, elke week tot het volgende moment (donderdag 14 januari 2027, 14:00–16:00):`,
      '1. maandag 23 november 2026, 09:00 (nu)',
      '2. maandag 30 november 2026, 09:00',
      '3. maandag 7 december 2026, 09:00',
      '4. maandag 14 december 2026, 09:00',
      '5. maandag 4 januari 2027, 09:00',
      '6. maandag 11 januari 2027, 09:00',
      'Overgeslagen: maandag 21 december 2026 (kerstvakantie), maandag 28 december 2026 (kerstvakantie).',
      'Anoniem antwoorden mag.',
      `*${opener.title.nl}* staat nu in het kanaal.`,
    ]);
    const posts = await postsOf(h, groupId);
    expect(posts.map((p) => [p.status, p.scheduledFor])).toEqual([
      ['posted', '2026-11-23T08:00:00.000Z'],
      ['scheduled', '2026-11-30T08:00:00.000Z'],
      ['scheduled', '2026-12-07T08:00:00.000Z'],
      ['scheduled', '2026-12-14T08:00:00.000Z'],
      ['scheduled', '2027-01-04T08:00:00.000Z'],
      ['scheduled', '2027-01-11T08:00:00.000Z'],
    ]);
    expect(new Set(posts.map((p) => p.seriesId)).size).toBe(1);
    expect(posts.every((p) => p.allowAnonymous)).toBe(true);
    expect(channelPosts(h)).toHaveLength(sentBefore + 1);
    h.deps.clock.set('2027-01-12T00:00:00.000Z');
    expect(await h.deps.scheduler.runDue(h.deps.clock.now())).toBeGreaterThanOrEqual(5);
    expect(channelPosts(h)).toHaveLength(sentBefore + 6);
    expect((await postsOf(h, groupId)).every((p) => p.status === 'posted')).toBe(true);
  });

  it('tries again when the channel cannot be reached', async () => {
    const { h, groupId } = await setup();
    h.deps.messenger.failures.set('team-1', { ok: false, reason: 'transient' });
    expect(texts(await post(h, { when: 'now', anonymous: 'no' }))).toContain('kwam niet aan in het kanaal. Ik probeer het over 15 minuten opnieuw.');
    const [stored] = await postsOf(h, groupId);
    expect(stored?.status).toBe('scheduled');
    h.deps.messenger.failures.clear();
    h.deps.clock.advance(15 * 60_000);
    await h.deps.scheduler.runDue(h.deps.clock.now());
    expect((await h.deps.storage.starterPosts.get(stored!.id))?.status).toBe('posted');
    expect(channelPosts(h)).toHaveLength(1);
  });

  it('re-arms every scheduled post at start', async () => {
    const { h, groupId } = await setup();
    await post(h, { when: 'at', at: 'morgen 8u', anonymous: 'no' });
    const [planned] = await postsOf(h, groupId);
    const scheduler = new ManualScheduler();
    const restarted = createCore({ ...h.deps, scheduler });
    scheduler.onDue((id) => restarted.runJob(id));
    expect(await restarted.start()).toBeGreaterThanOrEqual(1);
    h.deps.clock.set('2026-11-24T07:00:00.000Z');
    await scheduler.runDue(h.deps.clock.now());
    expect((await h.deps.storage.starterPosts.get(planned!.id))?.status).toBe('posted');
  });
});
