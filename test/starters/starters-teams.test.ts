import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { personKey, type Group } from '../../src/core/index.js';
import { startFakeConnector, type ConnectorRequest, type FakeConnector, type PostedActivity } from '../fakes/fake-connector.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { CHANNEL, conversationUpdate, groupMessage, newUser, personalConversation, personalMessage, postActivity, submit, TENANT, type TeamsUser } from '../teams/teams-activities.js';

let connector: FakeConnector;
let app: TestApp;
let an: TeamsUser;
let jonas: TeamsUser;
let group: Group;

const keyOf = (user: TeamsUser): string => personKey('teams', TENANT, user.aadObjectId);
const cardOf = (activity: PostedActivity | undefined): any => activity?.attachments?.[0]?.content;
const submitsOf = (activity: PostedActivity | undefined): Array<{ title: string; data: Record<string, string> }> =>
  (cardOf(activity)?.actions ?? []).filter((a: { type: string }) => a.type === 'Action.Submit');
/** Activities the bot posted to a conversation (the channel itself, a thread in it, or a 1:1). */
const postedTo = (conversationId: string): ConnectorRequest[] => connector.requests.filter((r) => r.method === 'POST' && r.conversationId?.startsWith(conversationId));

async function send(activity: Record<string, unknown>): Promise<void> {
  const res = await postActivity(app.url, activity);
  expect(res.status).toBeLessThan(300);
}

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
  // An wrote to the bot once; Jonas never did: he only appears in the channel.
  await send(personalMessage(connector.url, an, 'hulp'));
  await send(groupMessage(connector.url, an, 'groep nieuw PLG Wiskunde', { mention: true }));
  await send(conversationUpdate(connector.url, an, { added: [{ id: jonas.id, aadObjectId: jonas.aadObjectId, name: jonas.name }] }));
  const found = await app.storage.groups.findByConversation('teams', TENANT, CHANNEL.id);
  if (!found) throw new Error('the group was not created');
  group = found;
  connector.clear();
});
afterEach(async () => {
  await app.stop();
});

describe('conversation starters through the Teams adapter', () => {
  it('a facilitator posts a library starter; a member answers anonymously in a 1:1 opened for him; the stored answer has no person key', async () => {
    // An clicks "Posten" on a starter in the channel and submits the posting form.
    await send(submit(connector.url, an, { actionId: 'starters.post', value: 'lib:appreciative-opener' }, 'channel'));
    const form = postedTo(CHANNEL.id).map((r) => r.body).find((b) => cardOf(b)?.body?.[0]?.text?.startsWith('Posten:'));
    expect(submitsOf(form).map((a) => a.data)).toEqual([{ actionId: 'starters.post.submit', value: expect.stringMatching(/^lib:appreciative-opener\|pfm_\w+$/) }]);
    connector.clear();
    await send(submit(connector.url, an, { actionId: 'starters.post.submit', value: 'lib:appreciative-opener', when: 'now', anonymous: 'yes' }, 'channel'));
    const [post] = await app.storage.starterPosts.listByGroup(group.id);
    expect(post).toMatchObject({ status: 'posted', allowAnonymous: true });
    // The card goes to the channel itself (a new post), not to the thread of the click.
    const channelCard = connector.requests.find((r) => r.conversationId === CHANNEL.id && cardOf(r.body) !== undefined);
    expect(submitsOf(channelCard?.body).map((a) => [a.title, a.data])).toEqual([
      ['Antwoorden', { actionId: 'starters.answer', value: post!.id }],
      ['Anoniem antwoorden', { actionId: 'starters.answer.anonymous', value: post!.id }],
      ['Stap voor stap reflecteren', { actionId: 'starters.reflect', value: post!.id }],
    ]);

    // Jonas clicks "Anoniem antwoorden" in the channel.
    connector.clear();
    await send(submit(connector.url, jonas, { actionId: 'starters.answer.anonymous', value: post!.id }, 'channel'));
    const create = connector.requests.find((r) => r.method === 'POST' && /^\/v3\/conversations\/?$/.test(r.url));
    expect(create?.body).toMatchObject({ members: [{ id: jonas.aadObjectId }] });
    const direct = connector.requests.find((r) => r.conversationId?.startsWith('a:direct-') && cardOf(r.body) !== undefined);
    expect(direct, connector.requests.map((r) => `${r.method} ${r.url}`).join('\n')).toBeDefined();
    expect(connector.requests.indexOf(create!)).toBeLessThan(connector.requests.indexOf(direct!));
    const answerForm = cardOf(direct?.body);
    expect(answerForm.body[0].text).toBe('Anoniem antwoord');
    expect(answerForm.body.filter((e: { type: string }) => e.type === 'Input.Text').map((e: { id: string; isMultiline: boolean }) => [e.id, e.isMultiline])[0]).toEqual(['q0', true]);
    const [save] = submitsOf(direct?.body);
    expect(save?.data.value).toMatch(new RegExp(`^${post!.id}\\|anonymous:[\\w-]{32}$`));
    // In the channel only the acknowledgement, the same as for a named answer, and never the secret.
    const inChannel = postedTo(CHANNEL.id);
    expect(inChannel.map((r) => r.body?.text)).toEqual(['Ik stuurde je de vragen in een privébericht.']);
    const secret = save!.data.value!.split(':')[1]!;
    expect(JSON.stringify(inChannel.map((r) => r.body))).not.toContain(secret);

    // Jonas fills in the form in the 1:1 and saves it.
    connector.clear();
    await send(submit(connector.url, jonas, { ...save!.data, q0: 'Ik durf niet altijd te zeggen wat niet werkt.', q1: '' }));
    const [answer] = await app.storage.starterAnswers.listByPost(post!.id);
    expect(answer).toMatchObject({ anonymous: true, createdAt: '2026-11-23', texts: expect.arrayContaining(['Ik durf niet altijd te zeggen wat niet werkt.']) });
    expect(answer?.personKey).toBeUndefined();
    expect(JSON.stringify(answer)).not.toContain(jonas.aadObjectId);
    expect(JSON.stringify(answer)).not.toContain(keyOf(jonas));
    const confirmation = postedTo(personalConversation(jonas)).map((r) => r.body).find((b) => cardOf(b) !== undefined);
    expect(submitsOf(confirmation).map((a) => [a.title, a.data])).toEqual([
      ['Mijn anoniem antwoord bekijken', { actionId: 'starters.answer.mine', value: secret }],
      ['Verwijderen', { actionId: 'starters.answer.delete', value: secret }],
    ]);
    const log = app.logger.dump();
    for (const needle of [jonas.aadObjectId, jonas.id, jonas.name, secret]) expect(log).not.toContain(needle);
  });

  it('acknowledges a named answer in the channel with exactly the same words', async () => {
    await send(submit(connector.url, an, { actionId: 'starters.post.submit', value: 'lib:appreciative-opener', when: 'now', anonymous: 'yes' }, 'channel'));
    const [post] = await app.storage.starterPosts.listByGroup(group.id);
    connector.clear();
    await send(submit(connector.url, jonas, { actionId: 'starters.answer', value: post!.id }, 'channel'));
    expect(postedTo(CHANNEL.id).map((r) => r.body?.text)).toEqual(['Ik stuurde je de vragen in een privébericht.']);
    const direct = connector.requests.find((r) => r.conversationId?.startsWith('a:direct-') && cardOf(r.body) !== undefined);
    expect(submitsOf(direct?.body)[0]?.data).toEqual({ actionId: 'starters.answer.save', value: `${post!.id}|named` });
    await send(submit(connector.url, jonas, { actionId: 'starters.answer.save', value: `${post!.id}|named`, q0: 'Samen voorbereiden.' }));
    expect((await app.storage.starterAnswers.findNamed(post!.id, keyOf(jonas)))?.texts[0]).toBe('Samen voorbereiden.');
  });
});
