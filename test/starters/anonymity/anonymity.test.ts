import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { personKey, type StarterAnswer } from '../../../src/core/index.js';
import { STARTER_ACTIONS } from '../../../src/core/features/starters/starter-actions.js';
import { startFakeConnector, type ConnectorRequest, type FakeConnector } from '../../fakes/fake-connector.js';
import { startFakeSlack, type FakeSlack, type FakeSlackCall } from '../../fakes/fake-slack.js';
import type { TestApp } from '../../helpers/test-app.js';
import { startTestApp } from '../../helpers/test-app.js';
import { buttonClick, buttonValue, eventCallback, json, postToSlack, settled, slashCommand, startSlackApp, viewSubmission } from '../../slack/slack-kit.js';
import { BOT, CHANNEL, conversationUpdate, groupMessage, newUser, personalConversation, postActivity, submit, submitsOf, type TeamsUser, TENANT } from '../../teams/teams-activities.js';

/*
 * The anonymity promise, end to end through the real adapters: after members answered anonymously (and one by
 * name), the facilitator looked at the results, shared the summary and downloaded the CSV, the anonymous authors'
 * ids and names appear in no outbound payload, no log line, not in the export and not in the stored anonymous answers.
 *
 * What is left out of the search, by where it goes (never by what it contains): the authors' own conversation with
 * the bot (their direct chat, opening it, the platform's lookup of their profile, Slack's ephemeral answers to their
 * own clicks). Those reach the author alone and have to carry their address. In a Teams channel the bot's one-line
 * acknowledgement of their click ("Ik stuurde je de vragen in een privébericht", the same for both answer buttons) is
 * searched whole: the adapter sends replies in shared conversations without a `recipient`.
 */

const ANSWERS = {
  named: ['Met naam: we lezen samen', 'Met naam: meer tijd', 'Met naam: feedback', 'Met naam: kleine stappen'],
  anonymous: [
    ['Anoniem A: oefenkansen', 'Anoniem A: rust', '', 'Anoniem A: eerlijk'],
    ['Anoniem B: samenwerken', '', 'Anoniem B: vragen durven', ''],
    ['Anoniem C: structuur', 'Anoniem C: ruimte', 'Anoniem C: duidelijkheid', ''],
  ],
};

/** Strings that must never turn up: every id and every part of every name of the anonymous authors. */
function forbiddenOf(people: Array<{ ids: string[]; name: string }>): string[] {
  return people.flatMap((p) => [...p.ids, p.name, ...p.name.split(' ')]);
}

function expectNone(haystack: string, forbidden: string[], where: string): void {
  for (const needle of forbidden) expect(haystack.includes(needle), `${where} contains ${needle}`).toBe(false);
}

/** Fetches the CSV a private message links to, over HTTP. */
async function download(app: TestApp, text: string): Promise<string> {
  const match = /\/downloads\/([\w-]+)\.csv/.exec(text);
  if (!match) throw new Error(`no download link in ${text.slice(0, 300)}`);
  const response = await fetch(`${app.url}/downloads/${match[1]}.csv`);
  expect(response.status).toBe(200);
  return response.text();
}

describe('anonymity through the Teams adapter', () => {
  let connector: FakeConnector;
  let app: TestApp;
  beforeAll(async () => {
    connector = await startFakeConnector();
  });
  afterAll(async () => {
    await connector.close();
  });
  beforeEach(async () => {
    app = await startTestApp();
    connector.clear();
  });
  afterEach(async () => {
    await app.stop();
  });

  it('leaves no trace of who answered anonymously in any payload, log line, export or stored answer', async () => {
    const an = newUser('An Peeters');
    const jonas = newUser('Jonas Claes');
    const anonymous = [newUser('Lotte Vermeulen'), newUser('Pieter Wuyts'), newUser('Sara Goossens')];
    const keyOf = (u: TeamsUser): string => personKey('teams', TENANT, u.aadObjectId);
    connector.setMembers(CHANNEL.id, [an, jonas, ...anonymous].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })));

    // An adds the bot to the team: the group, with the roster.
    const install = conversationUpdate(connector.url, an, { added: [{ id: BOT.id }] });
    (install['channelData'] as Record<string, unknown>)['team'] = { id: '19:team@thread.tacv2', name: 'PLG Begrijpend lezen' };
    expect((await postActivity(app.url, install)).status).toBe(200);
    const group = await app.storage.groups.findByConversation('teams', TENANT, CHANNEL.id);
    expect(group).toBeDefined();

    // An posts the opener, anonymous answers allowed.
    await postActivity(app.url, submit(connector.url, an, { actionId: STARTER_ACTIONS.postSubmit, value: 'lib:appreciative-opener', when: 'now', anonymous: 'yes' }, 'channel'));
    const [post] = await app.storage.starterPosts.listByGroup(group!.id);
    expect(post?.status).toBe('posted');

    // Whatever goes to an anonymous author alone.
    const ownConversations = new Set(anonymous.map(personalConversation));

    /** A member clicks an answer button on the post in the channel and submits the form from their direct chat. */
    async function answerAs(user: TeamsUser, texts: string[], anonymously: boolean): Promise<void> {
      const clickActivity = submit(connector.url, user, { actionId: anonymously ? STARTER_ACTIONS.answerAnonymous : STARTER_ACTIONS.answer, value: post!.id }, 'channel');
      expect((await postActivity(app.url, clickActivity)).status).toBe(200);
      const direct = (await app.storage.addresses.get(keyOf(user)))?.conversationId;
      if (!direct) throw new Error(`no direct chat was opened with ${user.name}`);
      if (anonymously) ownConversations.add(direct);
      const form = connector.requests.filter((r) => r.conversationId === direct).at(-1);
      const save = submitsOf(form).find((d) => d['actionId'] === STARTER_ACTIONS.answerSave);
      if (!save) throw new Error(`no answer form reached ${user.name}`);
      const inputs = Object.fromEntries(texts.map((text, i) => [`q${i}`, text]));
      const sent = submit(connector.url, user, { ...save, ...inputs }, 'personal');
      expect((await postActivity(app.url, sent)).status).toBe(200);
    }

    await answerAs(jonas, ANSWERS.named, false);
    for (const [i, user] of anonymous.entries()) await answerAs(user, ANSWERS.anonymous[i]!, true);
    const answers = await app.storage.starterAnswers.listByPost(post!.id);
    expect(answers.filter((a) => a.anonymous)).toHaveLength(3);
    expect(answers.filter((a) => !a.anonymous).map((a) => a.personKey)).toEqual([keyOf(jonas)]);

    // The facilitator: results (privately), the summary in the channel, and the CSV.
    await postActivity(app.url, groupMessage(connector.url, an, 'antwoorden', { mention: true }));
    const anDirect = (await app.storage.addresses.get(keyOf(an)))!.conversationId;
    const results = connector.requests.filter((r) => r.conversationId === anDirect).map((r) => JSON.stringify(r.body));
    expect(results.join('\n')).toContain('Jonas Claes');
    expect(results.join('\n')).toContain('Anoniem B: vragen durven');
    await postActivity(app.url, submit(connector.url, an, { actionId: STARTER_ACTIONS.shareSummary, value: post!.id }, 'personal'));
    const summary = connector.requests.filter((r) => r.conversationId === CHANNEL.thread || r.conversationId === CHANNEL.id).map((r) => JSON.stringify(r.body)).join('\n');
    expect(summary).toContain('4 antwoorden, zonder namen.');
    expect(summary).toContain('Anoniem C: duidelijkheid');
    await postActivity(app.url, submit(connector.url, an, { actionId: STARTER_ACTIONS.exportCsv, value: post!.id }, 'personal'));
    const exportReply = connector.requests.filter((r) => r.conversationId === personalConversation(an)).at(-1);
    const csv = await download(app, JSON.stringify(exportReply?.body));
    expect(csv).toContain('Jonas Claes');
    expect(csv).toContain(';anoniem;');
    expect(csv).toContain('Anoniem A: oefenkansen');

    // The search.
    const forbidden = forbiddenOf(anonymous.map((u) => ({ ids: [u.id, u.aadObjectId, keyOf(u)], name: u.name })));
    const opensOwnChat = (r: ConnectorRequest): boolean =>
      r.method === 'POST' && /^\/v3\/conversations\/?(\?.*)?$/.test(r.url) && anonymous.some((u) => JSON.stringify(r.body ?? {}).includes(u.aadObjectId) || JSON.stringify(r.body ?? {}).includes(u.id));
    let searched = 0;
    for (const request of connector.requests) {
      if (request.conversationId && ownConversations.has(request.conversationId)) continue;
      if (opensOwnChat(request)) continue;
      const body = { ...(request.body ?? {}) };
      expectNone(JSON.stringify({ url: request.url, body }), forbidden, `${request.method} ${request.url}`);
      searched++;
    }
    expect(searched).toBeGreaterThan(5);
    expectNone(app.logger.dump(), forbidden, 'the log');
    expectNone(csv, forbidden, 'the CSV export');
    const stored: StarterAnswer[] = await app.storage.starterAnswers.listByPost(post!.id);
    expectNone(JSON.stringify(stored.filter((a) => a.anonymous)), forbidden, 'the stored anonymous answers');
    expectNone(JSON.stringify(stored), forbidden, 'the stored answers');

    // The search does find what it looks for: the named author is where he belongs, by id and by name.
    const named = forbiddenOf([{ ids: [jonas.aadObjectId], name: jonas.name }]);
    expect(named.some((needle) => csv.includes(needle))).toBe(true);
    expect(JSON.stringify(stored)).toContain(jonas.aadObjectId);
    expect(connector.requests.some((r) => JSON.stringify(r.body ?? {}).includes(jonas.name))).toBe(true);
  });

  /*
   * The Teams adapter stores a channel's conversation reference from the last activity there; it must not keep `user`
   * (who acted) or `activityId`, or a later proactive post (the summary) would be addressed to, and threaded under,
   * whoever clicked last: possibly someone who just chose "Anoniem antwoorden".
   */
  it('a channel post after an anonymous author’s click in that channel is not addressed to them', async () => {
    const an = newUser('An Peeters');
    const jonas = newUser('Jonas Claes');
    const lotte = newUser('Lotte Vermeulen');
    const keyOf = (u: TeamsUser): string => personKey('teams', TENANT, u.aadObjectId);
    connector.setMembers(CHANNEL.id, [an, jonas, lotte].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })));
    await postActivity(app.url, conversationUpdate(connector.url, an, { added: [{ id: BOT.id }] }));
    const group = await app.storage.groups.findByConversation('teams', TENANT, CHANNEL.id);
    await postActivity(app.url, submit(connector.url, an, { actionId: STARTER_ACTIONS.postSubmit, value: 'lib:appreciative-opener', when: 'now', anonymous: 'yes' }, 'channel'));
    const [post] = await app.storage.starterPosts.listByGroup(group!.id);
    for (const [user, actionId] of [[jonas, STARTER_ACTIONS.answer], [lotte, STARTER_ACTIONS.answerAnonymous]] as const) {
      await postActivity(app.url, submit(connector.url, user, { actionId, value: post!.id }, 'channel'));
      const direct = (await app.storage.addresses.get(keyOf(user)))!.conversationId;
      const save = submitsOf(connector.requests.filter((r) => r.conversationId === direct).at(-1)).find((d) => d['actionId'] === STARTER_ACTIONS.answerSave);
      await postActivity(app.url, submit(connector.url, user, { ...save, q0: 'iets', q1: 'meer' }, 'personal'));
    }
    // Lotte's anonymous click was the last thing in the channel; An shares the summary from her direct chat.
    connector.clear();
    await postActivity(app.url, submit(connector.url, an, { actionId: STARTER_ACTIONS.shareSummary, value: post!.id }, 'personal'));
    const inChannel = connector.requests.filter((r) => r.conversationId?.startsWith(CHANNEL.id));
    expect(inChannel.length).toBeGreaterThan(0);
    expectNone(JSON.stringify(inChannel.map((r) => r.body)), forbiddenOf([{ ids: [lotte.id, lotte.aadObjectId], name: lotte.name }]), 'the summary in the channel');
  });
});

describe('anonymity through the Slack adapter', () => {
  let fake: FakeSlack;
  let app: TestApp;
  // The workspace roster (conversations.members) is U1 and U2; the anonymous authors join the channel later.
  const AN = 'U1';
  const JONAS = 'U2';
  const ANONYMOUS = [
    { id: 'ULOTTE7', name: 'Lotte Vermeulen' },
    { id: 'UPIETER7', name: 'Pieter Wuyts' },
    { id: 'USARA77', name: 'Sara Goossens' },
  ];
  const dmOf = (userId: string): string => `D${userId.replace(/^U/, '')}`;
  beforeAll(async () => {
    fake = await startFakeSlack();
  });
  afterAll(async () => {
    await fake.close();
  });
  beforeEach(async () => {
    fake.reset();
    fake.names.set(AN, 'An Peeters');
    fake.names.set(JONAS, 'Jonas Claes');
    for (const a of ANONYMOUS) fake.names.set(a.id, a.name);
    app = await startSlackApp(fake);
  });
  afterEach(async () => {
    await app.stop();
  });

  it('leaves no trace of who answered anonymously in any payload, log line, export or stored answer', async () => {
    await postToSlack(app, json(eventCallback({ type: 'member_joined_channel', user: 'UBOT', channel: 'C7', channel_type: 'C', team: 'T1', inviter: AN })));
    await settled(app);
    for (const a of ANONYMOUS) {
      await postToSlack(app, json(eventCallback({ type: 'member_joined_channel', user: a.id, channel: 'C7', channel_type: 'C', team: 'T1' })));
      await settled(app);
    }
    const group = await app.storage.groups.findByConversation('slack', 'T1', 'C7');
    expect((await app.storage.memberships.listByGroup(group!.id)).filter((m) => m.active)).toHaveLength(5);

    // An posts the opener through the posting dialog.
    await postToSlack(app, buttonClick(STARTER_ACTIONS.post, { value: 'lib:appreciative-opener', user: AN, channelId: 'C7', channelName: 'plg-lezen', responseUrl: fake.responseUrl('an-post') }));
    await settled(app);
    const dialog = fake.callsTo('views.open').at(-1);
    const metadata = JSON.parse(String((dialog?.body['view'] as { private_metadata: string }).private_metadata)) as Record<string, unknown>;
    await postToSlack(
      app,
      viewSubmission(metadata, { when: { when: { type: 'radio_buttons', selected_option: { value: 'now' } } }, anon: { anonymous: { type: 'radio_buttons', selected_option: { value: 'yes' } } } }, { user: AN }),
    );
    await settled(app);
    const [post] = await app.storage.starterPosts.listByGroup(group!.id);
    expect(post?.status).toBe('posted');

    const ownResponseUrls = new Set<string>();
    const ownTriggers = new Set<string>();

    /** A member clicks an answer button in the channel, then saves the form that arrives in their DM. */
    async function answerAs(userId: string, texts: string[], anonymously: boolean): Promise<void> {
      const responseUrl = fake.responseUrl(`click-${userId}-${anonymously ? 'anon' : 'named'}`);
      const triggerId = `trig.${userId}.${Date.now()}`;
      if (anonymously) {
        ownResponseUrls.add(new URL(responseUrl).pathname);
        ownTriggers.add(triggerId);
      }
      await postToSlack(app, buttonClick(anonymously ? STARTER_ACTIONS.answerAnonymous : STARTER_ACTIONS.answer, { value: post!.id, user: userId, channelId: 'C7', channelName: 'plg-lezen', responseUrl, triggerId }));
      await settled(app);
      const form = fake.callsTo('chat.postMessage').filter((c) => c.body['channel'] === dmOf(userId)).at(-1);
      const save = buttonValue(form, STARTER_ACTIONS.answerSave);
      if (!save) throw new Error(`no answer form reached ${userId}`);
      const values = Object.fromEntries(texts.map((text, i) => [`b${i}`, { [`q${i}`]: { type: 'plain_text_input', value: text } }]));
      await postToSlack(app, buttonClick(STARTER_ACTIONS.answerSave, { value: save, user: userId, channelId: dmOf(userId), values }));
      await settled(app);
    }

    await answerAs(JONAS, ANSWERS.named, false);
    for (const [i, a] of ANONYMOUS.entries()) await answerAs(a.id, ANSWERS.anonymous[i]!, true);
    const answers = await app.storage.starterAnswers.listByPost(post!.id);
    expect(answers.filter((a) => a.anonymous)).toHaveLength(3);
    expect(answers.filter((a) => !a.anonymous).map((a) => a.personKey)).toEqual([personKey('slack', 'T1', JONAS)]);

    // The facilitator: results with /leerkring antwoorden, then the summary and the export from the private card.
    await postToSlack(app, slashCommand('antwoorden', { user: AN, channelId: 'C7', responseUrl: fake.responseUrl('an-results') }));
    await settled(app);
    const toAn = (): FakeSlackCall[] => fake.callsTo('chat.postMessage').filter((c) => c.body['channel'] === dmOf(AN));
    expect(JSON.stringify(toAn().map((c) => c.body))).toContain('Jonas Claes');
    await postToSlack(app, buttonClick(STARTER_ACTIONS.shareSummary, { value: post!.id, user: AN, channelId: dmOf(AN) }));
    await settled(app);
    const channel = JSON.stringify(fake.callsTo('chat.postMessage').filter((c) => c.body['channel'] === 'C7').map((c) => c.body));
    expect(channel).toContain('4 antwoorden, zonder namen.');
    expect(channel).toContain('Anoniem C: duidelijkheid');
    await postToSlack(app, buttonClick(STARTER_ACTIONS.exportCsv, { value: post!.id, user: AN, channelId: dmOf(AN) }));
    await settled(app);
    const csv = await download(app, JSON.stringify(toAn().at(-1)?.body));
    expect(csv).toContain('Jonas Claes');
    expect(csv).toContain('Anoniem B: samenwerken');

    // The search.
    const forbidden = forbiddenOf(ANONYMOUS.map((a) => ({ ids: [a.id, personKey('slack', 'T1', a.id), dmOf(a.id)], name: a.name })));
    const ownCall = (c: FakeSlackCall): boolean => {
      const anon = ANONYMOUS.map((a) => a.id);
      if (c.method === 'conversations.open' && anon.includes(String(c.body['users']))) return true;
      if (c.method === 'users.info' && anon.includes(String(c.body['user']))) return true;
      if (c.method === 'chat.postMessage' && anon.map(dmOf).includes(String(c.body['channel']))) return true;
      if (c.method === 'views.open' && ownTriggers.has(String(c.body['trigger_id']))) return true;
      return c.method === 'response_url' && ownResponseUrls.has(c.path);
    };
    let searched = 0;
    for (const call of fake.calls) {
      if (ownCall(call)) continue;
      expectNone(JSON.stringify({ method: call.method, path: call.path, body: call.body }), forbidden, `${call.method} ${call.path}`);
      searched++;
    }
    expect(searched).toBeGreaterThan(5);
    expectNone(app.logger.dump(), forbidden, 'the log');
    expectNone(csv, forbidden, 'the CSV export');
    const stored = await app.storage.starterAnswers.listByPost(post!.id);
    expectNone(JSON.stringify(stored.filter((a) => a.anonymous)), forbidden, 'the stored anonymous answers');
    expectNone(JSON.stringify(stored), forbidden, 'the stored answers');

    // The search works: the named author shows up where he should.
    expect(csv).toContain('Jonas Claes');
    expect(JSON.stringify(stored)).toContain(JONAS);
    expect(fake.calls.some((c) => JSON.stringify(c.body).includes('Jonas Claes'))).toBe(true);
  });
});
