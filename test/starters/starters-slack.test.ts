import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { personKey, type Group } from '../../src/core/index.js';
import { startFakeSlack, type FakeSlack, type FakeSlackCall } from '../fakes/fake-slack.js';
import type { TestApp } from '../helpers/test-app.js';
import { buttonClick, eventCallback, json, postToSlack, settled, slashCommand, startSlackApp, textsOf, viewSubmission } from '../slack/slack-kit.js';

let fake: FakeSlack;
let app: TestApp;
let group: Group;

type Block = { type: string; block_id?: string; element?: { action_id: string; type: string }; elements?: Array<Record<string, unknown>> };
const blocksOf = (call: FakeSlackCall | undefined): Block[] => (call?.body['blocks'] ?? []) as Block[];
const buttonsOf = (call: FakeSlackCall | undefined): Array<Record<string, unknown>> => blocksOf(call).filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
const postsTo = (channel: string): FakeSlackCall[] => fake.callsTo('chat.postMessage').filter((c) => c.body['channel'] === channel);

async function deliver(body: Parameters<typeof postToSlack>[1]): Promise<void> {
  const res = await postToSlack(app, body);
  expect(res.status).toBe(200);
  await settled(app);
}

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
  // An creates the group in #plg-wiskunde; Jonas joins the channel but never writes to the bot.
  await deliver(slashCommand('groep nieuw PLG Wiskunde', { user: 'U1', channelId: 'C1', responseUrl: fake.responseUrl('new') }));
  await deliver(json(eventCallback({ type: 'member_joined_channel', user: 'U2', channel: 'C1', channel_type: 'C', team: 'T1' })));
  const found = await app.storage.groups.findByConversation('slack', 'T1', 'C1');
  if (!found) throw new Error('the group was not created');
  group = found;
  fake.reset();
});
afterEach(async () => {
  await settled(app);
  await app.stop();
});

describe('conversation starters through the Slack adapter', () => {
  it('a facilitator posts from a modal; a member answers anonymously in a DM opened for him; the stored answer has no person key', async () => {
    // An clicks "Posten" in the channel: the posting form opens as a modal.
    await deliver(buttonClick('starters.post', { value: 'lib:appreciative-opener', user: 'U1', channelId: 'C1', channelName: 'plg-wiskunde', responseUrl: fake.responseUrl('post') }));
    const [open] = fake.callsTo('views.open');
    const view = open?.body['view'] as { private_metadata: string; blocks: Block[] };
    expect(JSON.parse(view.private_metadata)).toMatchObject({ actionId: 'starters.post.submit', value: expect.stringMatching(/^lib:appreciative-opener\|pfm_\w+$/), conversationId: 'C1', scope: 'channel' });
    const blockOf = (actionId: string): string => view.blocks.find((b) => b.element?.action_id === actionId)!.block_id!;
    await deliver(
      viewSubmission(JSON.parse(view.private_metadata) as Record<string, unknown>, {
        [blockOf('when')]: { when: { type: 'radio_buttons', selected_option: { value: 'now' } } },
        [blockOf('at')]: { at: { type: 'plain_text_input', value: null } },
        [blockOf('anonymous')]: { anonymous: { type: 'radio_buttons', selected_option: { value: 'yes' } } },
      }),
    );
    const [post] = await app.storage.starterPosts.listByGroup(group.id);
    expect(post).toMatchObject({ status: 'posted', allowAnonymous: true });
    const [card] = postsTo('C1');
    expect(buttonsOf(card).map((b) => [(b['text'] as { text: string }).text, b['action_id'], b['value']])).toEqual([
      ['Antwoorden', 'starters.answer', post!.id],
      ['Anoniem antwoorden', 'starters.answer.anonymous', post!.id],
      ['Stap voor stap reflecteren', 'starters.reflect', post!.id],
    ]);

    // Jonas clicks "Anoniem antwoorden" in the channel: the form goes to his DM; the channel click is answered to him only.
    fake.reset();
    await deliver(buttonClick('starters.answer.anonymous', { value: post!.id, user: 'U2', channelId: 'C1', channelName: 'plg-wiskunde', responseUrl: fake.responseUrl('click') }));
    expect(fake.callsTo('conversations.open').map((c) => c.body['users'])).toEqual(['U2']);
    const [form] = postsTo('D2');
    expect(form, JSON.stringify(fake.calls.map((c) => [c.method, c.body['channel']]))).toBeDefined();
    const input = blocksOf(form).find((b) => b.type === 'input' && b.element?.action_id === 'q0');
    expect(input?.element?.type).toBe('plain_text_input');
    const save = buttonsOf(form).find((b) => b['action_id'] === 'starters.answer.save');
    const value = String(save?.['value']);
    expect(value).toMatch(new RegExp(`^${post!.id}\\|anonymous:[\\w-]{32}$`));
    const secret = value.split(':')[1]!;
    expect(postsTo('C1')).toEqual([]);
    const [ack] = fake.callsTo('response_url');
    expect(ack?.body).toMatchObject({ response_type: 'ephemeral', text: 'Ik stuurde je de vragen in een privébericht.' });
    expect(textsOf(ack!.body)).not.toContain(secret);

    // Jonas saves the form in the DM (a block_actions click carrying the inputs' state).
    fake.reset();
    await deliver(
      buttonClick('starters.answer.save', {
        value,
        user: 'U2',
        channelId: 'D2',
        values: { [input!.block_id!]: { q0: { type: 'plain_text_input', value: 'Ik durf niet altijd te zeggen wat niet werkt.' } } },
      }),
    );
    const [answer] = await app.storage.starterAnswers.listByPost(post!.id);
    expect(answer).toMatchObject({ anonymous: true, createdAt: '2026-11-23', texts: expect.arrayContaining(['Ik durf niet altijd te zeggen wat niet werkt.']) });
    expect(answer?.personKey).toBeUndefined();
    expect(JSON.stringify(answer)).not.toMatch(/U2|Jonas/);
    const [confirmation] = postsTo('D2');
    expect(buttonsOf(confirmation).map((b) => [b['action_id'], b['value']])).toEqual([
      ['starters.answer.mine', secret],
      ['starters.answer.delete', secret],
    ]);
    expect(fake.calls.filter((c) => c.body['channel'] !== 'D2' && JSON.stringify(c.body).includes(secret))).toEqual([]);

    // Later, "Mijn anoniem antwoord bekijken" and "Aanpassen": the edit form opens as a modal and replaces that answer.
    fake.reset();
    await deliver(buttonClick('starters.answer.mine', { value: secret, user: 'U2', channelId: 'D2' }));
    const [mine] = postsTo('D2');
    expect(textsOf(mine!.body)).toContain('Ik durf niet altijd te zeggen wat niet werkt.');
    await deliver(buttonClick('starters.answer.edit', { value: secret, user: 'U2', channelId: 'D2' }));
    const [modal] = fake.callsTo('views.open');
    const editView = modal?.body['view'] as { private_metadata: string; blocks: Block[] };
    const metadata = JSON.parse(editView.private_metadata) as Record<string, unknown>;
    expect(metadata).toMatchObject({ actionId: 'starters.answer.save', value, conversationId: 'D2', scope: 'personal' });
    const q0Block = editView.blocks.find((b) => b.element?.action_id === 'q0')!.block_id!;
    await deliver(viewSubmission(metadata, { [q0Block]: { q0: { type: 'plain_text_input', value: 'Nu durf ik het wel.' } } }, { user: 'U2' }));
    const after = await app.storage.starterAnswers.listByPost(post!.id);
    expect(after.map((a) => [a.id, a.anonymous, a.personKey, a.texts[0]])).toEqual([[answer!.id, true, undefined, 'Nu durf ik het wel.']]);

    const log = app.logger.dump();
    for (const needle of [personKey('slack', 'T1', 'U2'), 'Jonas Claes', secret]) expect(log).not.toContain(needle);
  });

  it('browses the library with `/leerkring starters` and filters by a typed phase', async () => {
    await deliver(slashCommand('starters reflectie', { user: 'U2', channelId: 'C1', responseUrl: fake.responseUrl('browse') }));
    const [list] = fake.callsTo('response_url');
    expect(textsOf(list!.body)).toContain('Filter: Reflecteren');
    expect(buttonsOf(list).filter((b) => b['action_id'] === 'starters.show' || String(b['action_id']).startsWith('starters.show~')).length).toBeGreaterThan(0);
  });
});
