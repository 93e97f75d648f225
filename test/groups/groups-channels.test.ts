import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { personKey } from '../../src/core/index.js';
import { startFakeConnector, type FakeConnector } from '../fakes/fake-connector.js';
import { startFakeSlack, type FakeSlack } from '../fakes/fake-slack.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { json, eventCallback, postToSlack, settled, slashCommand, startSlackApp, textsOf } from '../slack/slack-kit.js';
import { BOT, CHANNEL, conversationUpdate, groupMessage, newUser, postActivity, TENANT } from '../teams/teams-activities.js';

const cardTexts = (activity: { attachments?: Array<{ content: unknown }>; text?: string; summary?: string }): string =>
  JSON.stringify([activity.text, activity.summary, activity.attachments?.map((a) => a.content)]);

describe('groups through the Teams adapter', () => {
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

  it('creates the group from the team roster when installed, with the installer as facilitator, and applies roles by mention', async () => {
    const an = newUser('An Peeters');
    const jonas = newUser('Jonas Claes');
    const lotte = newUser('Lotte Maes');
    connector.setMembers(CHANNEL.id, [an, jonas, lotte].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })));

    const install = conversationUpdate(connector.url, an, { added: [{ id: BOT.id }] });
    (install['channelData'] as Record<string, unknown>)['team'] = { id: '19:team@thread.tacv2', name: 'PLG Begrijpend lezen' };
    expect((await postActivity(app.url, install)).status).toBe(200);
    const created = await connector.waitFor((r) => cardTexts(r.body ?? {}).includes('is aangemaakt'));
    expect(cardTexts(created.body!)).toContain('De groep **PLG Begrijpend lezen** is aangemaakt en hoort bij dit kanaal. An Peeters is begeleider; ik vond 3 leden in het kanaal.');

    const group = (await app.storage.groups.listByTenant('teams', TENANT))[0]!;
    const roles = Object.fromEntries((await app.storage.memberships.listByGroup(group.id)).map((m) => [m.personKey, m.role]));
    expect(roles).toEqual({
      [personKey('teams', TENANT, an.aadObjectId)]: 'facilitator',
      [personKey('teams', TENANT, jonas.aadObjectId)]: 'member',
      [personKey('teams', TENANT, lotte.aadObjectId)]: 'member',
    });

    connector.clear();
    await postActivity(app.url, groupMessage(connector.url, jonas, 'groep naam Iets anders', { mention: true }));
    const refusal = await connector.waitFor((r) => r.method === 'POST');
    expect(refusal.body?.text).toContain('Alleen een begeleider kan dat. In **PLG Begrijpend lezen** zijn dat: An Peeters.');

    connector.clear();
    const promote = groupMessage(connector.url, an, `groep rol <at>${jonas.name}</at> begeleider`, { mention: true });
    (promote['entities'] as unknown[]).push({ type: 'mention', text: `<at>${jonas.name}</at>`, mentioned: { id: jonas.id, name: jonas.name } });
    await postActivity(app.url, promote);
    const done = await connector.waitFor((r) => r.method === 'POST');
    expect(done.body?.text).toContain('Jonas Claes is nu begeleider in **PLG Begrijpend lezen**.');
    expect((await app.storage.memberships.get(group.id, personKey('teams', TENANT, jonas.aadObjectId)))?.role).toBe('facilitator');

    await postActivity(app.url, conversationUpdate(connector.url, an, { removed: [{ id: lotte.id, aadObjectId: lotte.aadObjectId }] }));
    expect((await app.storage.memberships.get(group.id, personKey('teams', TENANT, lotte.aadObjectId)))?.active).toBe(false);
  });
});

describe('groups through the Slack adapter', () => {
  let fake: FakeSlack;
  let app: TestApp;
  beforeAll(async () => {
    fake = await startFakeSlack();
  });
  afterAll(async () => {
    await fake.close();
  });
  beforeEach(async () => {
    fake.reset();
    fake.names.set('U1', 'An Peeters');
    fake.names.set('U2', 'Jonas Claes');
    app = await startSlackApp(fake);
  });
  afterEach(async () => {
    await app.stop();
  });

  it('creates the group from conversations.members when the bot is invited, and only its facilitator changes it', async () => {
    await postToSlack(app, json(eventCallback({ type: 'member_joined_channel', user: 'UBOT', channel: 'C7', channel_type: 'C', team: 'T1', inviter: 'U1' })));
    await settled(app);
    expect(fake.callsTo('conversations.members')[0]?.body['channel']).toBe('C7');
    const posts = fake.callsTo('chat.postMessage').map((c) => textsOf(c.body)).join('\n');
    expect(posts).toContain('An Peeters is begeleider; ik vond 2 leden in het kanaal.');
    const group = await app.storage.groups.findByConversation('slack', 'T1', 'C7');
    expect((await app.storage.memberships.listByGroup(group!.id)).map((m) => [m.personKey, m.role]).sort()).toEqual([
      [personKey('slack', 'T1', 'U1'), 'facilitator'],
      [personKey('slack', 'T1', 'U2'), 'member'],
    ]);

    await postToSlack(app, slashCommand('groep naam Nieuw', { user: 'U2', channelId: 'C7', responseUrl: fake.responseUrl('r1') }));
    await settled(app);
    const refusal = fake.calls.filter((c) => c.path === '/respond/r1').map((c) => textsOf(c.body)).join('\n');
    expect(refusal).toContain('Alleen een begeleider kan dat. In *');

    await postToSlack(app, slashCommand('groep', { user: 'U2', channelId: 'C7', responseUrl: fake.responseUrl('r2') }));
    await settled(app);
    const overview = fake.calls.filter((c) => c.path === '/respond/r2').map((c) => textsOf(c.body)).join('\n');
    expect(overview).toContain('Begeleiders');
    expect(overview).toContain('An Peeters');
  });

  it('never shows a group to another workspace with the same channel id', async () => {
    await postToSlack(app, json(eventCallback({ type: 'member_joined_channel', user: 'UBOT', channel: 'C7', channel_type: 'C', team: 'T1', inviter: 'U1' })));
    await settled(app);
    await postToSlack(app, slashCommand('groep', { user: 'U9', channelId: 'C7', teamId: 'T2', responseUrl: fake.responseUrl('other') }));
    await settled(app);
    const answer = fake.calls.filter((c) => c.path === '/respond/other').map((c) => textsOf(c.body)).join('\n');
    expect(answer).toContain('Dit kanaal heeft nog geen groep.');
    expect(answer).not.toContain('An Peeters');
  });
});
