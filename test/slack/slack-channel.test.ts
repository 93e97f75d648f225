import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { personKey } from '../../src/core/index.js';
import { startFakeSlack, type FakeSlack } from '../fakes/fake-slack.js';
import type { TestApp } from '../helpers/test-app.js';
import { buttonClick, dm, eventCallback, json, postToSlack, settled, slashCommand, startSlackApp, textsOf, viewSubmission } from './slack-kit.js';

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
  app = await startSlackApp(fake);
});
afterEach(async () => {
  await settled(app);
  await app.stop();
});

/** Sends a DM 'hulp' first so the person exists and later answers are not preceded by the welcome. */
async function knownPerson(user = 'U1'): Promise<void> {
  await postToSlack(app, dm('hulp', { user }));
  await settled(app);
  fake.reset();
}

describe('Slack events', () => {
  it('answers "hulp" in a DM with the Dutch help card, as blocks, with the bot token', async () => {
    await knownPerson();
    const res = await postToSlack(app, dm('hulp'));
    expect(res.status).toBe(200);
    await settled(app);
    const [post] = fake.callsTo('chat.postMessage');
    expect(post?.auth).toBe('Bearer xoxb-test');
    expect(post?.body['channel']).toBe('D1');
    const blocks = post?.body['blocks'] as Array<Record<string, unknown>>;
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Wat Leerkring kan', emoji: true } });
    expect(String(post?.body['text'])).toContain('Wat Leerkring kan');
  });

  it('greets a new person first, then answers', async () => {
    fake.names.set('U7', 'Anna');
    await postToSlack(app, dm('hulp', { user: 'U7', channel: 'D7' }));
    await settled(app);
    const posts = fake.callsTo('chat.postMessage');
    expect(posts).toHaveLength(2);
    expect(textsOf(posts[0]!.body)).toContain('Welkom bij Leerkring');
    expect(textsOf(posts[0]!.body)).toContain('Hallo Anna!');
    expect(textsOf(posts[1]!.body)).toContain('Wat Leerkring kan');
    const person = await app.storage.people.get(personKey('slack', 'T1', 'U7'));
    expect(person).toMatchObject({ userId: 'U7', tenantId: 'T1', name: 'Anna', language: 'nl' });
  });

  it('answers unknown text in friendly Dutch, pointing to hulp', async () => {
    await knownPerson();
    await postToSlack(app, dm('wanneer is de volgende PLG?'));
    await settled(app);
    const [post] = fake.callsTo('chat.postMessage');
    expect(post?.body['text']).toContain('Sorry, dat begrijp ik niet');
    expect(post?.body['text']).toContain('*hulp*');
  });

  it('answers an app_mention in the channel, with the mention stripped', async () => {
    await postToSlack(app, json(eventCallback({ type: 'app_mention', user: 'U1', text: '<@UBOT> taal en', channel: 'C9', ts: '1700000000.000200' })));
    await settled(app);
    const [post] = fake.callsTo('chat.postMessage');
    expect(post?.body['channel']).toBe('C9');
    expect(post?.body['text']).toBe('From now on I will speak English with you.');
    expect((await app.storage.people.get(personKey('slack', 'T1', 'U1')))?.language).toBe('en');
  });

  it('answers a mention inside a thread in that thread', async () => {
    await postToSlack(
      app,
      json(eventCallback({ type: 'app_mention', user: 'U1', text: '<@UBOT|leerkring> hulp', channel: 'C9', ts: '1700000000.000300', thread_ts: '1700000000.000100' })),
    );
    await settled(app);
    const [post] = fake.callsTo('chat.postMessage');
    expect(post?.body['thread_ts']).toBe('1700000000.000100');
    expect(textsOf(post!.body)).toContain('Wat Leerkring kan');
  });

  it('ignores the bot’s own messages, other bots, edits and channel chatter', async () => {
    await postToSlack(app, json(eventCallback({ type: 'message', channel: 'D1', channel_type: 'im', user: 'UBOT', text: 'hulp', ts: '1.1' })));
    await postToSlack(app, json(eventCallback({ type: 'message', channel: 'D1', channel_type: 'im', bot_id: 'BBOT', text: 'hulp', ts: '1.2' })));
    await postToSlack(app, json(eventCallback({ type: 'message', subtype: 'bot_message', channel: 'D1', channel_type: 'im', text: 'hulp', ts: '1.3' })));
    await postToSlack(
      app,
      json(eventCallback({ type: 'message', subtype: 'message_changed', channel: 'D1', channel_type: 'im', message: { user: 'U1', text: 'hulp' }, ts: '1.4' })),
    );
    await postToSlack(app, json(eventCallback({ type: 'message', channel: 'C1', channel_type: 'channel', user: 'U1', text: 'hulp', ts: '1.5' })));
    await settled(app);
    expect(fake.callsTo('chat.postMessage')).toEqual([]);
    expect(await app.storage.people.listByTenant('slack', 'T1')).toEqual([]);
  });

  it('never writes message text or names to the log, even at debug level', async () => {
    fake.names.set('U8', 'Geheime Naam');
    await postToSlack(app, dm('mijn geheime leervraag', { user: 'U8', channel: 'D8' }));
    await settled(app);
    expect(fake.callsTo('chat.postMessage').length).toBeGreaterThan(0);
    expect(app.logger.lines.some((l) => l.level === 'debug' && l.msg.startsWith('slack: '))).toBe(true);
    expect(app.logger.dump()).not.toContain('geheime leervraag');
    expect(app.logger.dump()).not.toContain('Geheime Naam');
  });

  it('asks auth.test once for the bot user id and keeps it', async () => {
    await postToSlack(app, dm('hulp'));
    await postToSlack(app, dm('hulp'));
    await postToSlack(app, dm('taal'));
    await settled(app);
    expect(fake.callsTo('auth.test')).toHaveLength(1);
  });

  it('processes a Slack retry of the same event only once', async () => {
    await knownPerson();
    const event = dm('hulp', { eventId: 'EvRETRY1' });
    expect((await postToSlack(app, event)).status).toBe(200);
    await settled(app);
    const retry = await postToSlack(app, event, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(retry.status).toBe(200);
    await settled(app);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(app.logger.dump()).toContain('duplicate delivery ignored');
  });

  it('keeps people of different workspaces apart, even with the same user id', async () => {
    await postToSlack(app, dm('hulp', { user: 'U5', teamId: 'T1' }));
    await postToSlack(app, dm('taal fr', { user: 'U5', teamId: 'T2' }));
    await settled(app);
    const t1 = await app.storage.people.listByTenant('slack', 'T1');
    const t2 = await app.storage.people.listByTenant('slack', 'T2');
    expect(t1.map((p) => [p.key, p.language])).toEqual([['slack:T1:U5', 'nl']]);
    expect(t2.map((p) => [p.key, p.language])).toEqual([['slack:T2:U5', 'fr']]);
  });

  it('welcomes the channel when the bot is added to it, and records people joining', async () => {
    await postToSlack(app, json(eventCallback({ type: 'member_joined_channel', user: 'UBOT', channel: 'C3', channel_type: 'C', team: 'T1', inviter: 'U1' })));
    await settled(app);
    const [post] = fake.callsTo('chat.postMessage');
    expect(post?.body['channel']).toBe('C3');
    expect(textsOf(post!.body)).toContain('Hallo allemaal!');
    const postsAfterInstall = fake.callsTo('chat.postMessage').length;
    await postToSlack(app, json(eventCallback({ type: 'member_joined_channel', user: 'U2', channel: 'C3', channel_type: 'C', team: 'T1' })));
    await postToSlack(app, json(eventCallback({ type: 'member_left_channel', user: 'U2', channel: 'C3', channel_type: 'C', team: 'T1' })));
    await settled(app);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(postsAfterInstall);
    expect(app.logger.lines.filter((l) => l.msg === 'membership change').map((l) => l.fields?.['kind'])).toEqual(['members-added', 'members-removed']);
  });
});

describe('Slack slash commands', () => {
  it('acknowledges /leerkring at once and answers ephemerally via response_url, in English after "taal en"', async () => {
    const started = Date.now();
    const res = await postToSlack(app, slashCommand('taal en', { responseUrl: fake.responseUrl('cmd1') }));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect(Date.now() - started).toBeLessThan(3000);
    const calls = await fake.waitFor((c) => c.some((x) => x.method === 'response_url'));
    const respond = calls.find((c) => c.method === 'response_url');
    expect(respond?.path).toBe('/respond/cmd1');
    expect(respond?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: 'From now on I will speak English with you.' });
    expect(fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('treats an empty command as hulp', async () => {
    await postToSlack(app, slashCommand('', { responseUrl: fake.responseUrl('cmd2') }));
    await settled(app);
    const [respond] = fake.callsTo('response_url');
    expect(textsOf(respond!.body)).toContain('Wat Leerkring kan');
  });

  it('answers a command typed in the bot’s DM as a normal message there', async () => {
    await knownPerson();
    await postToSlack(app, slashCommand('hulp', { channelId: 'D1', channelName: 'directmessage', responseUrl: fake.responseUrl('cmd3') }));
    await settled(app);
    expect(fake.callsTo('response_url')).toEqual([]);
    const [post] = fake.callsTo('chat.postMessage');
    expect(post?.body['channel']).toBe('D1');
    expect(textsOf(post!.body)).toContain('Wat Leerkring kan');
  });

  it('falls back to response_url in a DM between two people, where the bot cannot post', async () => {
    await knownPerson();
    fake.failNext('chat.postMessage', 1, { kind: 'error', error: 'channel_not_found' });
    await postToSlack(app, slashCommand('hulp', { channelId: 'D99', channelName: 'directmessage', responseUrl: fake.responseUrl('cmd4') }));
    await settled(app);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    const [respond] = fake.callsTo('response_url');
    expect(textsOf(respond!.body)).toContain('Wat Leerkring kan');
  });

  it('answers within 3 seconds even when the core is slow, and posts the answer afterwards', async () => {
    await app.stop();
    const { MemoryStorage } = await import('../../src/storage/memory/memory-storage.js');
    const storage = new MemoryStorage();
    const slowGet = storage.people.get.bind(storage.people);
    storage.people.get = async (key) => {
      await new Promise((resolve) => setTimeout(resolve, 3500));
      return slowGet(key);
    };
    app = await startSlackApp(fake, {}, { storage });
    const started = Date.now();
    const res = await postToSlack(app, slashCommand('hulp', { responseUrl: fake.responseUrl('slow') }));
    const ackedAfter = Date.now() - started;
    expect(res.status).toBe(200);
    expect(ackedAfter).toBeLessThan(1000);
    expect(fake.callsTo('response_url')).toEqual([]);
    const calls = await fake.waitFor((c) => c.some((x) => x.method === 'response_url'), 8000);
    expect(calls.find((c) => c.method === 'response_url')!.at - started).toBeGreaterThanOrEqual(3500);
  });
});

describe('Slack failures inside a turn', () => {
  it('logs a failing turn with its event id and apologises in Dutch, without crashing', async () => {
    await app.stop();
    const { MemoryStorage } = await import('../../src/storage/memory/memory-storage.js');
    const storage = new MemoryStorage();
    storage.people.get = async () => {
      throw new Error('disk on fire');
    };
    app = await startSlackApp(fake, {}, { storage });
    const res = await postToSlack(app, dm('hulp', { eventId: 'EvBROKEN' }));
    expect(res.status).toBe(200);
    await settled(app);
    expect(fake.callsTo('chat.postMessage')[0]?.body['text']).toMatch(/^Er ging iets mis aan mijn kant/);
    expect(app.logger.lines).toContainEqual(expect.objectContaining({ level: 'error', msg: 'slack: turn failed', fields: expect.objectContaining({ eventId: 'EvBROKEN' }) as unknown }));
    const again = await postToSlack(app, json({ challenge: 'alive', type: 'url_verification' }));
    expect(await again.json()).toEqual({ challenge: 'alive' });
  });
});

describe('Slack interactivity', () => {
  it('opens a modal with the language choice when "Taal kiezen" is clicked', async () => {
    await knownPerson();
    const res = await postToSlack(app, buttonClick('lang.choose', { triggerId: 'trig-123' }));
    expect(res.status).toBe(200);
    await settled(app);
    const [open] = fake.callsTo('views.open');
    expect(open?.body['trigger_id']).toBe('trig-123');
    const view = open?.body['view'] as Record<string, unknown>;
    expect(view).toMatchObject({ type: 'modal', callback_id: 'leerkring.dialog', title: { text: 'Kies je taal' }, submit: { text: 'Bewaren' } });
    expect(JSON.parse(String(view['private_metadata']))).toEqual({ actionId: 'lang.set', conversationId: 'D1', scope: 'personal' });
    const input = (view['blocks'] as Array<Record<string, unknown>>).find((b) => b['type'] === 'input');
    expect(input).toMatchObject({ block_id: 'language', element: { type: 'radio_buttons', action_id: 'language', initial_option: { value: 'nl' } } });
    expect(fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('shows the language form inline when the click carries no trigger', async () => {
    await knownPerson();
    await postToSlack(app, buttonClick('lang.choose', { triggerId: null }));
    await settled(app);
    expect(fake.callsTo('views.open')).toEqual([]);
    const [post] = fake.callsTo('chat.postMessage');
    expect(textsOf(post!.body)).toContain('Kies je taal');
    expect(textsOf(post!.body)).toContain('"action_id":"lang.set"');
  });

  it('posts the form inline when Slack refuses the modal', async () => {
    await knownPerson();
    fake.failNext('views.open', 1, { kind: 'error', error: 'expired_trigger_id' });
    await postToSlack(app, buttonClick('lang.choose'));
    await settled(app);
    expect(fake.callsTo('views.open')).toHaveLength(1);
    expect(textsOf(fake.callsTo('chat.postMessage')[0]!.body)).toContain('Kies je taal');
  });

  it('turns a modal submit into the action from private_metadata and answers in French', async () => {
    await knownPerson();
    const res = await postToSlack(
      app,
      viewSubmission({ actionId: 'lang.set', conversationId: 'D1', scope: 'personal' }, { language: { language: { type: 'radio_buttons', selected_option: { value: 'fr' } } } }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ response_action: 'clear' });
    await settled(app);
    const [post] = fake.callsTo('chat.postMessage');
    expect(post?.body).toMatchObject({ channel: 'D1', text: 'Désormais, je vous parle en français.' });
    expect((await app.storage.people.get(personKey('slack', 'T1', 'U1')))?.language).toBe('fr');
  });

  it('reads inline input values from state.values on a button click', async () => {
    await knownPerson();
    await postToSlack(
      app,
      buttonClick('lang.set', { values: { language: { language: { type: 'static_select', selected_option: { text: { type: 'plain_text', text: 'Engels' }, value: 'en' } } } } }),
    );
    await settled(app);
    expect(fake.callsTo('chat.postMessage')[0]?.body['text']).toBe('From now on I will speak English with you.');
  });

  it('answers a click in a channel only to the person who clicked', async () => {
    await postToSlack(app, buttonClick('help.show', { channelId: 'C1', channelName: 'plg-wiskunde', responseUrl: fake.responseUrl('click1') }));
    await settled(app);
    expect(fake.callsTo('chat.postMessage')).toEqual([]);
    const [respond] = fake.callsTo('response_url');
    expect(respond?.body['response_type']).toBe('ephemeral');
    expect(textsOf(respond!.body)).toContain('Wat Leerkring kan');
  });

  it('acknowledges select changes, link buttons and unknown payloads without calling the core', async () => {
    const select = JSON.parse(new URLSearchParams(buttonClick('language').body).get('payload')!) as Record<string, unknown>;
    select['actions'] = [{ type: 'static_select', action_id: 'language', selected_option: { value: 'en' } }];
    const { payload } = await import('./slack-kit.js');
    const responses = await Promise.all([
      postToSlack(app, payload(select)),
      postToSlack(app, payload({ type: 'shortcut', callback_id: 'x', trigger_id: 't', user: { id: 'U1' }, team: { id: 'T1' } })),
      postToSlack(app, payload({ type: 'view_closed', view: { id: 'V1' }, user: { id: 'U1' }, team: { id: 'T1' } })),
      postToSlack(app, json(eventCallback({ type: 'reaction_added', user: 'U1', reaction: 'tada', item: { type: 'message', channel: 'C1', ts: '1.1' } }))),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    await settled(app);
    expect(fake.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
  });
});
