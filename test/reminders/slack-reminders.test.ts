import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { personKey, type Group } from '../../src/core/index.js';
import { startFakeSlack, type FakeSlack, type FakeSlackCall } from '../fakes/fake-slack.js';
import type { TestApp } from '../helpers/test-app.js';
import { buttonClick, dm, eventCallback, json, postToSlack, settled, slashCommand, startSlackApp, textsOf } from '../slack/slack-kit.js';
import { CLASS_TIME, planMoment, SEVEN_DAYS_BEFORE, setQuietHours, tickTo } from './app-kit.js';

let fake: FakeSlack;
let app: TestApp;
let group: Group;

const keyOf = (user: string): string => personKey('slack', 'T1', user);
/** chat.postMessage calls to a DM channel (the fake opens D<n> for U<n>) that carry a reminder. */
const remindersTo = (channel: string): FakeSlackCall[] =>
  fake.callsTo('chat.postMessage').filter((c) => c.body['channel'] === channel && String(c.body['text']).startsWith('Herinnering'));
const noticesTo = (channel: string): FakeSlackCall[] =>
  fake.callsTo('chat.postMessage').filter((c) => c.body['channel'] === channel && textsOf(c.body).includes('niet meer bereiken'));
const buttonsOf = (call: FakeSlackCall | undefined): Array<Record<string, unknown>> =>
  ((call?.body['blocks'] ?? []) as Array<{ type: string; elements?: Array<Record<string, unknown>> }>).filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);

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
  // Both wrote to the bot in a DM once, so their personal addresses are stored.
  await postToSlack(app, dm('hulp', { user: 'U1', channel: 'D1' }));
  await postToSlack(app, dm('hulp', { user: 'U2', channel: 'D2' }));
  await settled(app);
  // An creates the group in #plg-wiskunde; Jonas joins the channel.
  await postToSlack(app, slashCommand('groep nieuw PLG Wiskunde', { user: 'U1', channelId: 'C1', responseUrl: fake.responseUrl('new') }));
  await settled(app);
  await postToSlack(app, json(eventCallback({ type: 'member_joined_channel', user: 'U2', channel: 'C1', channel_type: 'C', team: 'T1' })));
  await settled(app);
  const found = await app.storage.groups.findByConversation('slack', 'T1', 'C1');
  if (!found) throw new Error('the group was not created');
  group = found;
  expect((await app.storage.memberships.listByGroup(group.id)).map((m) => [m.personKey, m.role]).sort()).toEqual([
    [keyOf('U1'), 'facilitator'],
    [keyOf('U2'), 'member'],
  ]);
  fake.reset();
});
afterEach(async () => {
  await settled(app);
  await app.stop();
});

describe('reminders through the Slack adapter', () => {
  it('delivers one reminder with RSVP buttons to each member’s DM; a click on “Ik kom” records the answer', async () => {
    const moment = await planMoment(app, group);
    await tickTo(app, SEVEN_DAYS_BEFORE);
    expect(remindersTo('D1')).toHaveLength(1);
    expect(remindersTo('D2')).toHaveLength(1);
    const post = remindersTo('D2')[0];
    expect(post?.auth).toBe('Bearer xoxb-test');
    expect(buttonsOf(post).map((b) => [b['action_id'], b['value']])).toEqual(
      expect.arrayContaining([
        ['moment.rsvp', `${moment.id}|yes`],
        [expect.stringMatching(/^moment\.rsvp/), `${moment.id}|no`],
        ['moment.ask', moment.id],
      ]),
    );
    await app.core.runJob(`moment:${moment.id}:v0:${keyOf('U2')}:10080`);
    await app.tick(60_000);
    expect(remindersTo('D2')).toHaveLength(1);

    // Jonas clicks "Ik kom" in the DM (a signed block_actions request).
    const res = await postToSlack(app, buttonClick('moment.rsvp', { value: `${moment.id}|yes`, user: 'U2', channelId: 'D2' }));
    expect(res.status).toBe(200);
    await settled(app);
    expect((await app.storage.moments.get(moment.id))?.rsvps[keyOf('U2')]?.answer).toBe('yes');
  });

  it('posts one message with RSVP buttons in the channel when the group chose channel delivery', async () => {
    await app.storage.groups.save({ ...group, reminders: { ...group.reminders, delivery: 'channel' } });
    const moment = await planMoment(app, group);
    await tickTo(app, SEVEN_DAYS_BEFORE);
    const posts = fake.callsTo('chat.postMessage').filter((c) => c.body['channel'] === 'C1');
    expect(posts).toHaveLength(1);
    expect(buttonsOf(posts[0]).filter((b) => String(b['action_id']).startsWith('moment.rsvp')).map((b) => b['value'])).toEqual([`${moment.id}|yes`, `${moment.id}|no`]);
    expect(remindersTo('D2')).toHaveLength(0);
  });

  it('honours a 429 Retry-After exactly and delivers one message', async () => {
    await setQuietHours(app, keyOf('U1'), CLASS_TIME);
    const moment = await planMoment(app, group);
    fake.failNext('chat.postMessage', 1, { kind: 'rate-limited', retryAfter: 30 });
    await tickTo(app, SEVEN_DAYS_BEFORE);
    expect(remindersTo('D2')).toHaveLength(1);
    expect(await app.storage.reminders.get(`moment:${moment.id}:v0:${keyOf('U2')}:10080`)).toMatchObject({ status: 'pending', nextAttemptAt: '2026-11-25T14:30:30.000Z' });
    await app.tick(29_999);
    expect(remindersTo('D2')).toHaveLength(1);
    await app.tick(1);
    expect(remindersTo('D2')).toHaveLength(2);
    expect(await app.storage.reminders.get(`moment:${moment.id}:v0:${keyOf('U2')}:10080`)).toMatchObject({ status: 'sent', attempts: 2, sentAt: '2026-11-25T14:30:30.000Z' });
  });

  it('backs off after a 500 and delivers one message', async () => {
    await setQuietHours(app, keyOf('U1'), CLASS_TIME);
    const moment = await planMoment(app, group);
    fake.failNext('chat.postMessage', 1, { kind: 'http', status: 500 });
    await tickTo(app, SEVEN_DAYS_BEFORE);
    expect(await app.storage.reminders.get(`moment:${moment.id}:v0:${keyOf('U2')}:10080`)).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: '2026-11-25T14:30:30.000Z' });
    await app.tick(30_000);
    await app.tick(10 * 60_000);
    expect(remindersTo('D2')).toHaveLength(2);
    expect(await app.storage.reminders.get(`moment:${moment.id}:v0:${keyOf('U2')}:10080`)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it.each([
    ['conversations.open', 'cannot_dm_bot'],
    ['chat.postMessage', 'channel_not_found'],
  ])('marks a person unreachable when %s answers %s, and tells the facilitator once', async (method, error) => {
    await setQuietHours(app, keyOf('U1'), CLASS_TIME);
    const moment = await planMoment(app, group);
    fake.failNext(method, 1, { kind: 'error', error });
    await tickTo(app, SEVEN_DAYS_BEFORE);
    expect(await app.storage.reminders.get(`moment:${moment.id}:v0:${keyOf('U2')}:10080`)).toMatchObject({ status: 'failed', lastError: expect.stringContaining(error) });
    expect((await app.storage.people.get(keyOf('U2')))?.unreachableSince).toBe(SEVEN_DAYS_BEFORE);
    expect(noticesTo('D1')).toHaveLength(1);
    expect(textsOf(noticesTo('D1')[0]!.body)).toContain('Leerkring kan Jonas Claes niet meer bereiken (groep: PLG Wiskunde).');
    await tickTo(app, '2026-11-25T16:00:00.000Z');
    await tickTo(app, '2026-12-01T16:00:00.000Z');
    expect(remindersTo('D1')).toHaveLength(2);
    expect(noticesTo('D1')).toHaveLength(1);
    expect(await app.storage.reminders.get(`moment:${moment.id}:v0:${keyOf('U2')}:1440`)).toMatchObject({ status: 'dropped' });
  });
});
