import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { personKey } from '../../../src/core/index.js';
import { NEEDS_ACTIONS } from '../../../src/core/features/needs/needs-cards.js';
import { startFakeSlack, type FakeSlack, type FakeSlackCall } from '../../fakes/fake-slack.js';
import type { TestApp } from '../../helpers/test-app.js';
import { buttonClick, buttonValue, eventCallback, hasButton, json, postToSlack, type RawBody, settled, slashCommand, startSlackApp, viewSubmission } from '../../slack/slack-kit.js';

/*
 * A needs round end to end through the Slack adapter, on the fake clock: `/leerkring noden tot 30/11` in the channel,
 * private invitations in DMs, the answer form as a modal (named and anonymous), the rephrasing offer, reminders
 * 3 days and 1 day before closing, closing at 17:00 Brussels time with the results (or the withholding) for the facilitator.
 */

const CLOSES = '2026-11-30T16:00:00.000Z';
const HELP = 'ik weet niet hoe ik moet differentiëren in een drukke klas';
const SUGGESTED = 'Hoe kan ik leren differentiëren in een drukke klas, zodat ik zulke situaties voortaan zelf aanpak?';
// conversations.members of the fake answers U1 and U2; Fatima and Lies join the channel after the bot.
const AN = 'U1';
const JONAS = 'U2';
const FATIMA = 'UFATIMA9';
const LIES = 'ULIES9';
const CHANNEL = 'C7';
const dmOf = (userId: string): string => `D${userId.replace(/^U/, '')}`;

let fake: FakeSlack;
let app: TestApp;
let roundId: string;
let triggers: Map<string, string[]>;
let sequence = 0;

async function deliver(body: RawBody): Promise<void> {
  const res = await postToSlack(app, body);
  expect(res.status).toBe(200);
  await settled(app);
}

const privateTo = (userId: string): FakeSlackCall[] => fake.callsTo('chat.postMessage').filter((c) => c.body['channel'] === dmOf(userId));
const reminders = (userId: string): FakeSlackCall[] => privateTo(userId).filter((c) => String(c.body['text']).startsWith('Herinnering'));

async function at(iso: string): Promise<void> {
  app.clock.set(iso);
  await app.manual.runDue(app.clock.now());
  await settled(app);
}

/** Slack `state.values` for the answer form (block ids are free; action ids are the input ids). */
function formValues(over: Record<string, string> = {}): Record<string, unknown> {
  const v = { learnWhat: 'Beter differentiëren in mijn klas', themes: 'differentiation', ways: 'observing,co-teaching', nowPlace: 'on-site', nowForm: 'informal', wantedPlace: 'both', wantedForm: 'formal', ...over };
  const radio = (id: string, value: string) => ({ [`b_${id}`]: { [id]: { type: 'radio_buttons', selected_option: { value } } } });
  const boxes = (id: string, values: string) => ({ [`b_${id}`]: { [id]: { type: 'checkboxes', selected_options: values.split(',').filter(Boolean).map((value) => ({ value })) } } });
  return {
    b_learnWhat: { learnWhat: { type: 'plain_text_input', value: v.learnWhat } },
    ...boxes('themes', v.themes),
    b_otherTheme: { otherTheme: { type: 'plain_text_input', value: null } },
    ...boxes('ways', v.ways),
    ...radio('nowPlace', v.nowPlace),
    ...radio('nowForm', v.nowForm),
    ...radio('wantedPlace', v.wantedPlace),
    ...radio('wantedForm', v.wantedForm),
  };
}

/** The member clicks an invitation button in their DM; the form opens as a modal; they submit it. Returns what was posted to their DM since. */
async function answer(userId: string, anonymous: boolean, over: Record<string, string> = {}): Promise<FakeSlackCall[]> {
  const invite = privateTo(userId).find((c) => hasButton(c, NEEDS_ACTIONS.fill));
  const action = anonymous ? NEEDS_ACTIONS.fillAnonymous : NEEDS_ACTIONS.fill;
  const triggerId = `trig.${userId}.${++sequence}`;
  triggers.set(userId, [...(triggers.get(userId) ?? []), triggerId]);
  const opened = fake.callsTo('views.open').length;
  await deliver(buttonClick(action, { value: buttonValue(invite, action)!, user: userId, channelId: dmOf(userId), triggerId }));
  const modal = fake.callsTo('views.open')[opened];
  expect(modal, JSON.stringify(fake.calls.map((c) => [c.method, c.body['channel']]))).toBeDefined();
  expect(modal?.body['trigger_id']).toBe(triggerId);
  const metadata = JSON.parse(String((modal?.body['view'] as { private_metadata: string }).private_metadata)) as Record<string, unknown>;
  expect(metadata).toMatchObject({ actionId: NEEDS_ACTIONS.save });
  expect(String(metadata['value'])).toMatch(anonymous ? new RegExp(`^${roundId}\\|anonymous:[\\w-]{32}$`) : new RegExp(`^${roundId}\\|named$`));
  const before = privateTo(userId).length;
  await deliver(viewSubmission(metadata, formValues(over), { user: userId }));
  return privateTo(userId).slice(before);
}

beforeAll(async () => {
  fake = await startFakeSlack();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(async () => {
  fake.reset();
  triggers = new Map();
  fake.names.set(AN, 'An Peeters');
  fake.names.set(JONAS, 'Jonas Claes');
  fake.names.set(FATIMA, 'Fatima El Idrissi');
  fake.names.set(LIES, 'Lies Maes');
  app = await startSlackApp(fake);
  // An invites the bot into #plg-taal: the group, with An as facilitator; Fatima and Lies join afterwards.
  await deliver(json(eventCallback({ type: 'member_joined_channel', user: 'UBOT', channel: CHANNEL, channel_type: 'C', team: 'T1', inviter: AN })));
  for (const user of [FATIMA, LIES]) await deliver(json(eventCallback({ type: 'member_joined_channel', user, channel: CHANNEL, channel_type: 'C', team: 'T1' })));
  const group = await app.storage.groups.findByConversation('slack', 'T1', CHANNEL);
  if (!group) throw new Error('the group was not created');
  expect((await app.storage.memberships.listByGroup(group.id)).filter((m) => m.active)).toHaveLength(4);

  // `/leerkring noden tot 30/11`: the start form; An submits it with anonymous answers allowed.
  await deliver(slashCommand('noden tot 30/11', { user: AN, channelId: CHANNEL, channelName: 'plg-taal', responseUrl: fake.responseUrl('start') }));
  const startForm = fake.calls.find((c) => hasButton(c, NEEDS_ACTIONS.start));
  expect(startForm, JSON.stringify(fake.calls.map((c) => [c.method, c.body['text']]))).toBeDefined();
  await deliver(
    buttonClick(NEEDS_ACTIONS.start, {
      user: AN,
      channelId: CHANNEL,
      channelName: 'plg-taal',
      responseUrl: fake.responseUrl('started'),
      values: { b_closes: { closes: { type: 'plain_text_input', value: '30/11' } }, b_anon: { anonymous: { type: 'radio_buttons', selected_option: { value: 'yes' } } } },
    }),
  );
  const [round] = await app.storage.needsRounds.listByGroup(group.id);
  expect(round).toMatchObject({ status: 'open', allowAnonymous: true, closesAt: CLOSES });
  roundId = round!.id;
});
afterEach(async () => {
  await settled(app);
  await app.stop();
});

describe('a needs round through the Slack adapter', () => {
  it('invites privately, takes named and anonymous answers with the rephrasing, reminds the rest twice, and sends the results only to the facilitator', async () => {
    for (const user of [AN, JONAS, FATIMA, LIES]) {
      const invite = privateTo(user).find((c) => hasButton(c, NEEDS_ACTIONS.fill));
      expect(buttonValue(invite, NEEDS_ACTIONS.fill), user).toBe(roundId);
      expect(buttonValue(invite, NEEDS_ACTIONS.fillAnonymous), user).toBe(roundId);
    }
    expect(JSON.stringify(fake.callsTo('response_url').map((c) => c.body))).toContain('4 van de 4 leden');

    const anReplies = await answer(AN, false, { learnWhat: 'Oudergesprekken voorbereiden', themes: 'conversations' });
    expect(JSON.stringify(anReplies.map((c) => c.body['text']))).toContain('Bedankt! Je antwoord is bewaard');

    // Jonas writes a help question and takes over the suggestion.
    const jonasReplies = await answer(JONAS, false, { learnWhat: HELP });
    const offer = jonasReplies.find((c) => hasButton(c, NEEDS_ACTIONS.rephraseAccept));
    expect(offer, JSON.stringify(jonasReplies.map((c) => c.body['text']))).toBeDefined();
    expect(JSON.stringify(offer!.body)).toContain(SUGGESTED);
    await deliver(buttonClick(NEEDS_ACTIONS.rephraseAccept, { value: buttonValue(offer, NEEDS_ACTIONS.rephraseAccept)!, user: JONAS, channelId: dmOf(JONAS) }));
    expect(await app.storage.needsAnswers.findNamed(roundId, personKey('slack', 'T1', JONAS))).toMatchObject({ learnWhat: HELP, learningQuestion: SUGGESTED });

    const fatimaReplies = await answer(FATIMA, true, { learnWhat: 'Meertalige ouders betrekken', themes: 'multilingualism' });
    expect(JSON.stringify(fatimaReplies.map((c) => c.body['text']))).toMatch(/anoniem bewaard/);
    const answers = await app.storage.needsAnswers.listByRound(roundId);
    expect(answers).toHaveLength(3);
    const anonymous = answers.filter((a) => a.anonymous);
    expect(anonymous).toHaveLength(1);
    expect(anonymous[0]).toMatchObject({ themes: ['multilingualism'], ways: ['observing', 'co-teaching'] });
    expect(anonymous[0]?.personKey).toBeUndefined();
    expect(JSON.stringify(anonymous)).not.toMatch(/FATIMA|Fatima/);

    await at('2026-11-27T15:59:00Z');
    expect(reminders(LIES)).toHaveLength(0);
    await at('2026-11-27T16:00:00Z');
    expect(reminders(LIES)).toHaveLength(1);
    expect(String(reminders(LIES)[0]!.body['text'])).toContain('Al anoniem ingevuld? Dan mag je dit negeren.');
    expect(buttonValue(reminders(LIES)[0], NEEDS_ACTIONS.fill)).toBe(roundId);
    expect(reminders(FATIMA)).toHaveLength(1);
    await at('2026-11-29T16:00:00Z');
    await at('2026-11-30T15:59:00Z');
    for (const user of [LIES, FATIMA]) expect(reminders(user), user).toHaveLength(2);
    for (const user of [AN, JONAS]) expect(reminders(user), user).toHaveLength(0);

    const channelBefore = fake.callsTo('chat.postMessage').filter((c) => c.body['channel'] === CHANNEL).length;
    await at(CLOSES);
    expect(await app.storage.needsRounds.get(roundId)).toMatchObject({ status: 'closed' });
    expect(app.manual.size()).toBe(0);
    const toAn = privateTo(AN);
    expect(String(toAn.at(-2)?.body['text'])).toMatch(/^De nodenbevraging van .+ is afgesloten: 3 van de 4 leden antwoordden\. De resultaten volgen\.$/);
    const results = JSON.stringify(toAn.at(-1)?.body);
    expect(results).toContain('Resultaten nodenbevraging');
    expect(results).toContain('3 van de 4 leden (1 anoniem)');
    expect(results).toContain('Meertalige ouders betrekken');
    expect(results).toContain(SUGGESTED);
    expect(results).toContain('Jonas Claes');
    for (const user of [JONAS, FATIMA, LIES]) expect(privateTo(user).some((c) => JSON.stringify(c.body).includes('Resultaten nodenbevraging')), user).toBe(false);
    expect(fake.callsTo('chat.postMessage').filter((c) => c.body['channel'] === CHANNEL).length).toBe(channelBefore);

    // No payload outside Fatima's own conversation with the bot carries her id, DM or name; nor the log.
    const forbidden = [FATIMA, dmOf(FATIMA), personKey('slack', 'T1', FATIMA), 'Fatima', 'Idrissi'];
    const own = (c: FakeSlackCall): boolean =>
      (c.method === 'conversations.open' && String(c.body['users']) === FATIMA) ||
      (c.method === 'users.info' && String(c.body['user']) === FATIMA) ||
      (c.method === 'chat.postMessage' && c.body['channel'] === dmOf(FATIMA)) ||
      (c.method === 'views.open' && (triggers.get(FATIMA) ?? []).includes(String(c.body['trigger_id'])));
    let searched = 0;
    for (const call of fake.calls) {
      if (own(call)) continue;
      const haystack = JSON.stringify({ method: call.method, path: call.path, body: call.body });
      for (const needle of forbidden) expect(haystack.includes(needle), `${call.method} ${call.path} contains ${needle}`).toBe(false);
      searched++;
    }
    expect(searched).toBeGreaterThan(10);
    for (const needle of forbidden) expect(app.logger.dump().includes(needle), `the log contains ${needle}`).toBe(false);
  });

  it('withholds the results when only two members answered', async () => {
    await answer(JONAS, false);
    await answer(FATIMA, true, { learnWhat: 'Meertalige ouders betrekken' });
    await at('2026-11-27T16:00:00Z');
    await at('2026-11-29T16:00:00Z');
    for (const user of [AN, LIES, FATIMA]) expect(reminders(user), user).toHaveLength(2);
    expect(reminders(JONAS)).toHaveLength(0);
    await at(CLOSES);
    const toAn = privateTo(AN);
    expect(String(toAn.at(-2)?.body['text'])).toMatch(/is afgesloten: 2 van de 4 leden antwoordden\. De resultaten volgen\.$/);
    expect(String(toAn.at(-1)?.body['text'])).toMatch(/worden niet getoond: er zijn 2 antwoorden, minder dan 3/);
    const everything = JSON.stringify(fake.calls.map((c) => c.body));
    expect(everything).not.toContain('Resultaten nodenbevraging');
    expect(everything.includes('Meertalige ouders betrekken')).toBe(false);
  });
});
