import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { personKey, type Group } from '../../src/core/index.js';
import { startFakeConnector, type ConnectorRequest, type FakeConnector } from '../fakes/fake-connector.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { CHANNEL, conversationUpdate, groupMessage, newUser, personalConversation, personalMessage, postActivity, submit, TENANT, type TeamsUser } from '../teams/teams-activities.js';
import { CLASS_TIME, planMoment, SEVEN_DAYS_BEFORE, setQuietHours, START, tickTo } from './app-kit.js';

let connector: FakeConnector;
let app: TestApp;
let an: TeamsUser;
let jonas: TeamsUser;
let group: Group;

const keyOf = (user: TeamsUser): string => personKey('teams', TENANT, user.aadObjectId);
/** Reminder cards posted to a person's 1:1 chat (anything with an Adaptive Card whose title starts with "Herinnering"). */
const remindersTo = (user: TeamsUser, status?: number): ConnectorRequest[] =>
  connector.requests.filter(
    (r) =>
      r.conversationId === personalConversation(user) &&
      (status === undefined || r.status === status) &&
      String(r.body?.attachments?.[0]?.content?.body?.[0]?.text ?? '').startsWith('Herinnering'),
  );
const noticesTo = (user: TeamsUser): ConnectorRequest[] =>
  connector.requests.filter((r) => r.conversationId === personalConversation(user) && String(r.body?.summary ?? '').includes('niet meer bereiken'));

beforeAll(async () => {
  connector = await startFakeConnector();
});
afterAll(async () => {
  await connector.close();
});
beforeEach(async () => {
  app = await startTestApp();
  an = newUser('An Peeters');
  jonas = newUser('Jonas Claes');
  // Both wrote to the bot in a 1:1 chat once, so their personal addresses are stored.
  for (const user of [an, jonas]) expect((await postActivity(app.url, personalMessage(connector.url, user, 'hulp'))).status).toBeLessThan(300);
  // An creates the group in the team channel; Jonas joins the channel.
  await postActivity(app.url, groupMessage(connector.url, an, 'groep nieuw PLG Wiskunde', { mention: true }));
  await postActivity(app.url, conversationUpdate(connector.url, an, { added: [{ id: jonas.id, aadObjectId: jonas.aadObjectId, name: jonas.name }] }));
  const found = await app.storage.groups.findByConversation('teams', TENANT, CHANNEL.id);
  if (!found) throw new Error('the group was not created');
  group = found;
  expect((await app.storage.memberships.listByGroup(group.id)).map((m) => [m.personKey, m.role]).sort()).toEqual(
    [
      [keyOf(an), 'facilitator'],
      [keyOf(jonas), 'member'],
    ].sort(),
  );
  connector.clear();
});
afterEach(async () => {
  await app.stop();
});

describe('reminders through the Teams adapter', () => {
  it('delivers one reminder card with RSVP buttons to each member’s 1:1 chat; a click on “Ik kom” records the answer', async () => {
    const moment = await planMoment(app, group);
    await tickTo(app, SEVEN_DAYS_BEFORE);
    expect(remindersTo(an)).toHaveLength(1);
    expect(remindersTo(jonas)).toHaveLength(1);
    const card = remindersTo(jonas)[0]?.body?.attachments?.[0]?.content;
    expect(card.body[0].text).toBe('Herinnering: PLG-moment: feedback die vooruit helpt');
    expect(card.actions).toEqual(
      expect.arrayContaining([
        { type: 'Action.Submit', title: 'Ik kom', data: { actionId: 'moment.rsvp', value: `${moment.id}|yes` } },
        { type: 'Action.Submit', title: 'Ik kan niet', data: { actionId: 'moment.rsvp', value: `${moment.id}|no` } },
        { type: 'Action.Submit', title: 'Eigen vraag toevoegen', data: { actionId: 'moment.ask', value: moment.id } },
      ]),
    );
    // Nothing more when the same job runs again.
    await app.core.runJob(`moment:${moment.id}:v0:${keyOf(jonas)}:10080`);
    await app.tick(60_000);
    expect(remindersTo(jonas)).toHaveLength(1);

    // Jonas clicks "Ik kom" on the reminder card.
    const clicked = await postActivity(app.url, submit(connector.url, jonas, { actionId: 'moment.rsvp', value: `${moment.id}|yes` }));
    expect(clicked.status).toBeLessThan(300);
    expect((await app.storage.moments.get(moment.id))?.rsvps[keyOf(jonas)]?.answer).toBe('yes');
  });

  it('plans through the moments feature (`plan …` + Bevestigen in the channel) and then reminds once', async () => {
    await postActivity(app.url, groupMessage(connector.url, an, 'plan PLG-overleg: 2/12 15u30-16u30', { mention: true }));
    const confirmation = connector.requests.find((r) => JSON.stringify(r.body ?? {}).includes('moment.plan.confirm'));
    const confirm = (confirmation?.body?.attachments?.[0]?.content?.actions as Array<{ data?: { actionId?: string; value?: string } }>).find((a) => a.data?.actionId === 'moment.plan.confirm');
    expect(confirm?.data?.value).toBeDefined();
    await postActivity(app.url, submit(connector.url, an, { actionId: 'moment.plan.confirm', value: confirm!.data!.value! }, 'channel'));
    const [moment] = await app.storage.moments.listByGroup(group.id);
    expect(moment).toMatchObject({ title: 'PLG-overleg', start: START });
    connector.clear();
    await tickTo(app, SEVEN_DAYS_BEFORE);
    expect(remindersTo(jonas)).toHaveLength(1);
    expect(remindersTo(an)).toHaveLength(1);
    expect(JSON.stringify(remindersTo(jonas)[0]?.body)).toContain(`${moment!.id}|yes`);
  });

  it('reaches a member who never wrote to the bot: a 1:1 is opened through the team channel, then one reminder', async () => {
    const lotte = newUser('Lotte Maes');
    await postActivity(app.url, conversationUpdate(connector.url, an, { added: [{ id: lotte.id, aadObjectId: lotte.aadObjectId, name: lotte.name }] }));
    const moment = await planMoment(app, group);
    connector.clear();
    await tickTo(app, SEVEN_DAYS_BEFORE);
    const created = connector.requests.filter((r) => r.method === 'POST' && /^\/v3\/conversations\/?$/.test(r.url));
    expect(created.map((r) => r.body?.['members'])).toEqual([[{ id: lotte.aadObjectId }]]);
    const stored = await app.storage.addresses.get(keyOf(lotte));
    expect(stored?.conversationId).toMatch(/^a:direct-/);
    expect(connector.posted(stored!.conversationId)).toHaveLength(1);
    expect(await app.storage.reminders.get(`moment:${moment.id}:v0:${keyOf(lotte)}:10080`)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('posts one card with RSVP buttons in the team channel when the group chose channel delivery', async () => {
    await app.storage.groups.save({ ...group, reminders: { ...group.reminders, delivery: 'channel' } });
    const moment = await planMoment(app, group);
    await tickTo(app, SEVEN_DAYS_BEFORE);
    const posts = connector.requests.filter((r) => r.conversationId === CHANNEL.id);
    expect(posts).toHaveLength(1);
    const actions = posts[0]?.body?.attachments?.[0]?.content?.actions as Array<{ data?: { actionId?: string; value?: string } }>;
    expect(actions.filter((a) => a.data?.actionId === 'moment.rsvp').map((a) => a.data?.value)).toEqual([`${moment.id}|yes`, `${moment.id}|no`]);
    expect(remindersTo(jonas)).toHaveLength(0);
  });

  it('retries a 429 exactly after Retry-After and delivers one message', async () => {
    await setQuietHours(app, keyOf(an), CLASS_TIME);
    const moment = await planMoment(app, group);
    connector.failNext(1, { status: 429, headers: { 'retry-after': '30' } });
    await tickTo(app, SEVEN_DAYS_BEFORE);
    expect(remindersTo(jonas).map((r) => r.status)).toEqual([429]);
    await app.tick(29_999);
    expect(remindersTo(jonas)).toHaveLength(1);
    await app.tick(1);
    expect(remindersTo(jonas).map((r) => r.status)).toEqual([429, 200]);
    expect(await app.storage.reminders.get(`moment:${moment.id}:v0:${keyOf(jonas)}:10080`)).toMatchObject({ status: 'sent', attempts: 2, sentAt: '2026-11-25T14:30:30.000Z' });
  });

  it('backs off after a 500 and delivers one message', async () => {
    await setQuietHours(app, keyOf(an), CLASS_TIME);
    await planMoment(app, group);
    connector.failNext(1, { status: 500 });
    await tickTo(app, SEVEN_DAYS_BEFORE);
    expect(remindersTo(jonas).map((r) => r.status)).toEqual([500]);
    await app.tick(29_000);
    expect(remindersTo(jonas)).toHaveLength(1);
    await app.tick(1_000);
    expect(remindersTo(jonas).map((r) => r.status)).toEqual([500, 200]);
    await app.tick(10 * 60_000);
    expect(remindersTo(jonas, 200)).toHaveLength(1);
  });

  it('marks a person who blocked the bot (403) unreachable and tells the facilitator once', async () => {
    await setQuietHours(app, keyOf(an), CLASS_TIME);
    const moment = await planMoment(app, group);
    connector.failNext(1, { status: 403, body: { error: { code: 'ConversationBlockedByUser', message: 'User blocked the conversation with the bot.' } } });
    await tickTo(app, SEVEN_DAYS_BEFORE);
    expect((await app.storage.people.get(keyOf(jonas)))?.unreachableSince).toBe(SEVEN_DAYS_BEFORE);
    expect(noticesTo(an)).toHaveLength(1);
    expect(noticesTo(an)[0]?.body?.summary).toContain('Leerkring kan Jonas Claes niet meer bereiken (groep: PLG Wiskunde).');
    // An's own reminder still comes after her quiet hours; Jonas's later reminders are dropped without a new notice.
    await tickTo(app, '2026-11-25T16:00:00.000Z');
    await tickTo(app, '2026-12-01T16:00:00.000Z');
    expect(remindersTo(an, 200)).toHaveLength(2);
    expect(remindersTo(jonas)).toHaveLength(1);
    expect(noticesTo(an)).toHaveLength(1);
    expect(await app.storage.reminders.get(`moment:${moment.id}:v0:${keyOf(jonas)}:1440`)).toMatchObject({ status: 'dropped' });
  });
});
