import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { personKey } from '../../../src/core/index.js';
import { NEEDS_ACTIONS } from '../../../src/core/features/needs/needs-cards.js';
import { startFakeConnector, type ConnectorRequest, type FakeConnector } from '../../fakes/fake-connector.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { BOT, CHANNEL, conversationUpdate, dataOf, groupMessage, newUser, personalConversation, postActivity, submit, submitsOf, type TeamsUser, TENANT } from '../../teams/teams-activities.js';

/*
 * A needs round end to end through the Teams adapter, on the fake clock: start in the channel, private invitations,
 * named and anonymous answers, the rephrasing offer, reminders 3 days and 1 day before closing, closing at 17:00
 * Brussels time with the results (or the withholding) sent privately to the facilitator.
 */

const CLOSES = '2026-11-30T16:00:00.000Z'; // Monday 30 November, 17:00 in Brussels; the clock starts Monday 23 November.
const HELP = 'ik weet niet hoe ik moet differentiëren in een drukke klas';
const SUGGESTED = 'Hoe kan ik leren differentiëren in een drukke klas, zodat ik zulke situaties voortaan zelf aanpak?';

let connector: FakeConnector;
let app: TestApp;
let an: TeamsUser;
let jonas: TeamsUser;
let fatima: TeamsUser;
let lies: TeamsUser;
let groupId: string;
let roundId: string;
/** Every conversation the bot used with one person (the 1:1 it opened and the personal chat clicks come from). */
const conversations = new Map<string, Set<string>>();

const keyOf = (u: TeamsUser): string => personKey('teams', TENANT, u.aadObjectId);
const textOf = (r: ConnectorRequest): string => String(r.body?.text ?? r.body?.summary ?? '');
const cardOf = (r: ConnectorRequest | undefined): any => r?.body?.attachments?.[0]?.content;

async function send(activity: Record<string, unknown>): Promise<void> {
  const res = await postActivity(app.url, activity);
  expect(res.status).toBeLessThan(300);
}

async function remember(user: TeamsUser): Promise<Set<string>> {
  const set = conversations.get(user.id) ?? new Set([personalConversation(user)]);
  const stored = (await app.storage.addresses.get(keyOf(user)))?.conversationId;
  if (stored) set.add(stored);
  conversations.set(user.id, set);
  return set;
}
/** What the bot sent to a person privately, oldest first. */
const privateTo = (user: TeamsUser): ConnectorRequest[] => {
  const set = conversations.get(user.id) ?? new Set([personalConversation(user)]);
  return connector.requests.filter((r) => r.method === 'POST' && r.conversationId !== undefined && set.has(r.conversationId) && r.body !== undefined);
};
const reminders = (user: TeamsUser): ConnectorRequest[] => privateTo(user).filter((r) => textOf(r).startsWith('Herinnering'));

async function at(iso: string): Promise<void> {
  app.clock.set(iso);
  await app.manual.runDue(app.clock.now());
}

const form = (over: Record<string, string> = {}): Record<string, string> => ({
  learnWhat: 'Beter differentiëren in mijn klas',
  themes: 'differentiation',
  otherTheme: '',
  ways: 'observing,co-teaching',
  nowPlace: 'on-site',
  nowForm: 'informal',
  wantedPlace: 'both',
  wantedForm: 'formal',
  ...over,
});

/** The member clicks a button of the invitation in their 1:1 and submits the form; returns the replies to the save. */
async function answer(user: TeamsUser, anonymous: boolean, inputs: Record<string, string>): Promise<ConnectorRequest[]> {
  const invite = privateTo(user).find((r) => submitsOf(r).some((d) => d['actionId'] === NEEDS_ACTIONS.fill));
  await send(submit(connector.url, user, dataOf(invite, anonymous ? NEEDS_ACTIONS.fillAnonymous : NEEDS_ACTIONS.fill), 'personal'));
  await remember(user);
  const dialog = privateTo(user).filter((r) => submitsOf(r).some((d) => d['actionId'] === NEEDS_ACTIONS.save)).at(-1);
  const save = dataOf(dialog, NEEDS_ACTIONS.save);
  expect(String(save['value'])).toMatch(anonymous ? new RegExp(`^${roundId}\\|anonymous:[\\w-]{32}$`) : new RegExp(`^${roundId}\\|named$`));
  const before = privateTo(user).length;
  await send(submit(connector.url, user, { ...save, ...inputs }, 'personal'));
  return privateTo(user).slice(before);
}

beforeAll(async () => {
  connector = await startFakeConnector();
});
afterAll(async () => {
  await connector.close();
});
beforeEach(async () => {
  conversations.clear();
  app = await startTestApp();
  connector.clear();
  an = newUser('An Peeters');
  jonas = newUser('Jonas Claes');
  fatima = newUser('Fatima El Idrissi');
  lies = newUser('Lies Maes');
  connector.setMembers(CHANNEL.id, [an, jonas, fatima, lies].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })));
  // An adds the bot to the team: the group, with its roster; An facilitates.
  const install = conversationUpdate(connector.url, an, { added: [{ id: BOT.id }] });
  (install['channelData'] as Record<string, unknown>)['team'] = { id: '19:team@thread.tacv2', name: 'PLG Taal' };
  await send(install);
  const group = await app.storage.groups.findByConversation('teams', TENANT, CHANNEL.id);
  if (!group) throw new Error('the group was not created');
  groupId = group.id;

  // `noden tot 30/11` in the channel: the start form; An submits it with anonymous answers allowed.
  await send(groupMessage(connector.url, an, 'noden tot 30/11', { mention: true }));
  const startForm = connector.requests.filter((r) => r.conversationId?.startsWith(CHANNEL.id)).find((r) => submitsOf(r).some((d) => d['actionId'] === NEEDS_ACTIONS.start));
  expect(startForm, connector.requests.map((r) => `${r.method} ${r.url} ${textOf(r)}`).join('\n')).toBeDefined();
  await send(submit(connector.url, an, { ...dataOf(startForm, NEEDS_ACTIONS.start), closes: '30/11', anonymous: 'yes' }, 'channel'));
  const [round] = await app.storage.needsRounds.listByGroup(groupId);
  expect(round).toMatchObject({ status: 'open', allowAnonymous: true, closesAt: CLOSES });
  roundId = round!.id;
  for (const user of [an, jonas, fatima, lies]) await remember(user);
});
afterEach(async () => {
  await app.stop();
});

describe('a needs round through the Teams adapter', () => {
  it('invites privately, takes named and anonymous answers with the rephrasing, reminds the rest twice, and sends the results only to the facilitator', async () => {
    // Every member got the invitation in a 1:1 the bot opened, with both buttons.
    for (const user of [an, jonas, fatima, lies]) {
      const direct = (await app.storage.addresses.get(keyOf(user)))?.conversationId;
      expect(direct, user.name).toMatch(/^a:direct-/);
      const invite = privateTo(user).find((r) => submitsOf(r).length > 0);
      expect(submitsOf(invite)).toEqual([
        expect.objectContaining({ actionId: NEEDS_ACTIONS.fill, value: roundId }),
        expect.objectContaining({ actionId: NEEDS_ACTIONS.fillAnonymous, value: roundId }),
      ]);
    }
    const inChannel = connector.requests.filter((r) => r.conversationId?.startsWith(CHANNEL.id)).map(textOf).join('\n');
    expect(inChannel).toContain('4 van de 4 leden');

    // An answers by name.
    const anReplies = await answer(an, false, form({ learnWhat: 'Oudergesprekken voorbereiden', themes: 'conversations' }));
    expect(anReplies.map(textOf).join('\n')).toMatch(/^Bedankt! Je antwoord is bewaard/);

    // Jonas writes a help question and takes over the suggested learning question.
    const jonasReplies = await answer(jonas, false, form({ learnWhat: HELP }));
    const offer = jonasReplies.find((r) => submitsOf(r).some((d) => d['actionId'] === NEEDS_ACTIONS.rephraseAccept));
    expect(offer, jonasReplies.map(textOf).join('\n')).toBeDefined();
    expect(JSON.stringify(cardOf(offer))).toContain(SUGGESTED);
    expect(submitsOf(offer).map((d) => d['actionId'])).toEqual([NEEDS_ACTIONS.rephraseAccept, NEEDS_ACTIONS.rephraseEdit, NEEDS_ACTIONS.rephraseKeep]);
    await send(submit(connector.url, jonas, dataOf(offer, NEEDS_ACTIONS.rephraseAccept), 'personal'));
    expect(await app.storage.needsAnswers.findNamed(roundId, keyOf(jonas))).toMatchObject({ learnWhat: HELP, learningQuestion: SUGGESTED });

    // Fatima answers anonymously.
    const fatimaReplies = await answer(fatima, true, form({ learnWhat: 'Meertalige ouders betrekken', themes: 'multilingualism' }));
    expect(fatimaReplies.map(textOf).join('\n')).toMatch(/anoniem bewaard/);
    const answers = await app.storage.needsAnswers.listByRound(roundId);
    expect(answers).toHaveLength(3);
    const anonymous = answers.filter((a) => a.anonymous);
    expect(anonymous).toHaveLength(1);
    expect(anonymous[0]?.personKey).toBeUndefined();
    expect(JSON.stringify(anonymous)).not.toMatch(new RegExp(`${fatima.aadObjectId}|${fatima.id}|Fatima`));

    // Friday 27 November 17:00 (3 days before): one reminder to those without a named answer.
    await at('2026-11-27T15:59:00Z');
    expect(reminders(lies)).toHaveLength(0);
    await at('2026-11-27T16:00:00Z');
    expect(reminders(lies)).toHaveLength(1);
    expect(textOf(reminders(lies)[0]!)).toContain('Al anoniem ingevuld? Dan mag je dit negeren.');
    expect(submitsOf(reminders(lies)[0]).map((d) => d['actionId'])).toEqual([NEEDS_ACTIONS.fill, NEEDS_ACTIONS.fillAnonymous]);
    expect(reminders(fatima)).toHaveLength(1);
    // Sunday 29 November 17:00 (1 day before): the second and last one.
    await at('2026-11-29T16:00:00Z');
    await at('2026-11-30T15:59:00Z');
    for (const user of [lies, fatima]) expect(reminders(user), user.name).toHaveLength(2);
    for (const user of [an, jonas]) expect(reminders(user), user.name).toHaveLength(0);

    // Closing: An gets the count and the results card privately; nobody else does, and nothing goes to the channel.
    const channelBefore = connector.requests.filter((r) => r.conversationId?.startsWith(CHANNEL.id)).length;
    await at(CLOSES);
    expect(await app.storage.needsRounds.get(roundId)).toMatchObject({ status: 'closed' });
    expect(app.manual.size()).toBe(0);
    const toAn = privateTo(an);
    expect(textOf(toAn.at(-2)!)).toBe('De nodenbevraging van PLG Taal is afgesloten: 3 van de 4 leden antwoordden. De resultaten volgen.');
    const results = JSON.stringify(toAn.at(-1)?.body);
    expect(cardOf(toAn.at(-1))?.body?.[0]?.text).toBe('Resultaten nodenbevraging PLG Taal');
    expect(results).toContain('3 van de 4 leden (1 anoniem)');
    expect(results).toContain('Meertalige ouders betrekken');
    expect(results).toContain(SUGGESTED);
    expect(results).toContain('Jonas Claes');
    for (const user of [jonas, fatima, lies]) expect(privateTo(user).some((r) => JSON.stringify(r.body).includes('Resultaten nodenbevraging')), user.name).toBe(false);
    // The theme counts and the grid as pictures the channel can fetch from the app itself; the text stays.
    const chartUrls = [...results.matchAll(/"url":"([^"]*\/charts\/[A-Za-z0-9_-]+\.png)"/g)].map((m) => m[1]!);
    expect(chartUrls).toHaveLength(2);
    expect(results).toContain('Positionering: nu en gewenst');
    for (const chartUrl of chartUrls) {
      const res = await fetch(`${app.url}${new URL(chartUrl).pathname}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      expect([...new Uint8Array(await res.arrayBuffer()).slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    }
    expect(connector.requests.filter((r) => r.conversationId?.startsWith(CHANNEL.id)).length).toBe(channelBefore);

    // No payload outside Fatima's own conversations carries her ids or name; nor the log.
    const forbidden = [fatima.id, fatima.aadObjectId, keyOf(fatima), fatima.name, 'Fatima', 'Idrissi'];
    const own = conversations.get(fatima.id)!;
    const opensHers = (r: ConnectorRequest): boolean => r.method === 'POST' && /^\/v3\/conversations\/?(\?.*)?$/.test(r.url) && JSON.stringify(r.body ?? {}).includes(fatima.aadObjectId);
    let searched = 0;
    for (const request of connector.requests) {
      if (request.conversationId && own.has(request.conversationId)) continue;
      if (opensHers(request)) continue;
      const haystack = JSON.stringify({ url: request.url, body: request.body ?? {} });
      for (const needle of forbidden) expect(haystack.includes(needle), `${request.method} ${request.url} contains ${needle}`).toBe(false);
      searched++;
    }
    expect(searched).toBeGreaterThan(10);
    for (const needle of forbidden) expect(app.logger.dump().includes(needle), `the log contains ${needle}`).toBe(false);
  });

  it('withholds the results when only two members answered', async () => {
    await answer(jonas, false, form());
    await answer(fatima, true, form({ learnWhat: 'Meertalige ouders betrekken' }));
    await at('2026-11-27T16:00:00Z');
    await at('2026-11-29T16:00:00Z');
    for (const user of [an, lies, fatima]) expect(reminders(user), user.name).toHaveLength(2);
    expect(reminders(jonas)).toHaveLength(0);
    await at(CLOSES);
    const toAn = privateTo(an);
    expect(textOf(toAn.at(-2)!)).toBe('De nodenbevraging van PLG Taal is afgesloten: 2 van de 4 leden antwoordden. De resultaten volgen.');
    expect(textOf(toAn.at(-1)!)).toMatch(/^De resultaten van de nodenbevraging van PLG Taal worden niet getoond: er zijn 2 antwoorden, minder dan 3/);
    expect(toAn.at(-1)?.body?.attachments).toBeUndefined();
    const everything = JSON.stringify(connector.requests.map((r) => r.body));
    expect(everything).not.toContain('Resultaten nodenbevraging');
    expect(everything.includes('Meertalige ouders betrekken')).toBe(false);
  });
});
