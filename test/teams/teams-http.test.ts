import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/core/index.js';
import { startFakeConnector, type FakeConnector, type PostedActivity } from '../fakes/fake-connector.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import {
  BOT,
  CHANNEL,
  conversationUpdate,
  execute,
  groupMessage,
  installationUpdate,
  newUser,
  personalConversation,
  personalMessage,
  postActivity,
  submit,
} from './teams-activities.js';

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
const cardOf = (activity: PostedActivity | undefined) => activity?.attachments?.[0]?.content;
const cardTitle = (activity: PostedActivity | undefined): unknown => cardOf(activity)?.body?.[0]?.text;

describe('Teams over HTTP (auth off, real app, fake connector)', () => {
  let app: TestApp;
  let connector: FakeConnector;

  beforeAll(async () => {
    connector = await startFakeConnector();
    app = await startTestApp({ MAX_BODY_BYTES: '8192' });
  });
  afterAll(async () => {
    await app?.stop();
    await connector?.close();
  });
  beforeEach(() => connector.clear());

  it('welcomes a new person with a card, then answers "hulp" with the Dutch help card, in reply to the message', async () => {
    const user = newUser();
    const activity = personalMessage(connector.url, user, 'hulp');
    const response = await postActivity(app.url, activity);
    expect(response.status).toBe(200);

    const posted = connector.requests;
    expect(posted).toHaveLength(2);
    for (const request of posted) {
      expect(request.conversationId).toBe(personalConversation(user));
      expect(request.replyToId).toBe(activity['id']);
      expect(request.body?.attachments?.[0]?.contentType).toBe(ADAPTIVE);
      expect(cardOf(request.body)?.version).toBe('1.5');
      expect(request.body?.text).toBeUndefined();
      expect(request.body?.summary).toBeTruthy();
    }
    expect(cardTitle(posted[0]?.body)).toBe('Welkom bij Leerkring');
    expect(cardOf(posted[0]?.body)?.body?.[1]?.text).toContain('Hallo An Peeters!');
    expect(cardTitle(posted[1]?.body)).toBe('Wat Leerkring kan');
  });

  it('switches to English with "taal en", then "help" answers in English', async () => {
    const user = newUser();
    await postActivity(app.url, personalMessage(connector.url, user, 'hulp'));
    connector.clear();

    await postActivity(app.url, personalMessage(connector.url, user, 'taal en'));
    expect(connector.posted()).toHaveLength(1);
    expect(connector.posted()[0]?.text).toBe('From now on I will speak English with you.');

    await postActivity(app.url, personalMessage(connector.url, user, 'help'));
    expect(cardTitle(connector.posted()[1])).toBe('What Leerkring can do');
  });

  it('answers an @mention in a channel in that channel conversation, without the mention in the command', async () => {
    const user = newUser();
    expect((await postActivity(app.url, groupMessage(connector.url, user, 'hulp', { mention: true }))).status).toBe(200);
    expect(connector.requests).toHaveLength(1);
    expect(connector.requests[0]?.conversationId).toBe(CHANNEL.thread);
    expect(cardTitle(connector.posted()[0])).toBe('Wat Leerkring kan');
  });

  it('ignores a channel message that does not mention the bot', async () => {
    const response = await postActivity(app.url, groupMessage(connector.url, newUser(), 'hulp', { mention: false }));
    expect(response.status).toBe(200);
    expect(connector.requests).toHaveLength(0);
  });

  it('welcomes the group in Dutch when the bot is added to a team', async () => {
    const installer = newUser('Jan Janssens');
    const response = await postActivity(app.url, conversationUpdate(connector.url, installer, { added: [{ id: BOT.id }] }));
    expect(response.status).toBe(200);
    // The welcome comes first; features may add their own messages after it.
    const posts = connector.requests.filter((r) => r.method === 'POST');
    expect(posts.length).toBeGreaterThanOrEqual(1);
    expect(posts.every((r) => r.conversationId === CHANNEL.id)).toBe(true);
    const card = cardOf(connector.posted()[0]);
    expect(card?.body?.[0]?.text).toBe('Welkom bij Leerkring');
    expect(card?.body?.[1]?.text).toContain('Hallo allemaal!');
  });

  it('welcomes once when Teams sends both installationUpdate and conversationUpdate for a personal install', async () => {
    const user = newUser();
    await postActivity(app.url, installationUpdate(connector.url, user, 'add'));
    await postActivity(app.url, conversationUpdate(connector.url, user, { added: [{ id: BOT.id }] }, 'personal'));
    expect(connector.posted()).toHaveLength(1);
    expect(cardTitle(connector.posted()[0])).toBe('Welkom bij Leerkring');

    // The installer is known now, so the first message gets no second welcome.
    connector.clear();
    await postActivity(app.url, personalMessage(connector.url, user, 'hulp'));
    expect(connector.posted().map(cardTitle)).toEqual(['Wat Leerkring kan']);
  });

  it('does not welcome again after an app upgrade, and accepts members joining and leaving quietly', async () => {
    const user = newUser();
    await postActivity(app.url, installationUpdate(connector.url, user, 'add-upgrade'));
    const joined = await postActivity(app.url, conversationUpdate(connector.url, user, { added: [{ id: '29:new', aadObjectId: 'aad-new' }] }));
    const left = await postActivity(app.url, conversationUpdate(connector.url, user, { removed: [{ id: '29:old', aadObjectId: 'aad-old' }] }));
    const botRemoved = await postActivity(app.url, conversationUpdate(connector.url, user, { removed: [{ id: BOT.id }] }));
    expect([joined.status, left.status, botRemoved.status]).toEqual([200, 200, 200]);
    expect(connector.requests).toHaveLength(0);
  });

  it('handles a card submit (Action.Submit): lang.set with the language input answers in French', async () => {
    const response = await postActivity(app.url, submit(connector.url, newUser(), { actionId: 'lang.set', language: 'fr' }));
    expect(response.status).toBe(200);
    expect(connector.posted()).toHaveLength(1);
    expect(connector.posted()[0]?.text).toBe('Désormais, je vous parle en français.');
  });

  it('handles a card submit in a channel without an @mention', async () => {
    await postActivity(app.url, submit(connector.url, newUser(), { actionId: 'help.show' }, 'channel'));
    expect(cardTitle(connector.posted()[0])).toBe('Wat Leerkring kan');
  });

  it('handles an Action.Execute invoke: the invoke response confirms, the answer arrives as a message', async () => {
    const response = await postActivity(app.url, execute(connector.url, newUser(), 'help.show'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: '✓' });
    expect(cardTitle(connector.posted()[0])).toBe('Wat Leerkring kan');
  });

  it('answers an invalid Action.Execute with an invoke error, not a crash', async () => {
    const response = await postActivity(app.url, execute(connector.url, newUser(), ''));
    expect(response.status).toBe(400);
    expect(connector.requests).toHaveLength(0);
  });

  it('answers unknown text kindly, pointing to hulp (Teams markdown bold)', async () => {
    const user = newUser();
    await postActivity(app.url, personalMessage(connector.url, user, 'hulp'));
    connector.clear();
    await postActivity(app.url, personalMessage(connector.url, user, 'wanneer is de volgende PLG?'));
    expect(connector.posted()).toHaveLength(1);
    expect(connector.posted()[0]?.text).toBe('Sorry, dat begrijp ik niet: "wanneer is de volgende PLG?". Typ **hulp** om te zien wat ik kan.');
    expect(connector.posted()[0]?.textFormat).toBe('markdown');
  });

  it('answers an unknown button kindly', async () => {
    await postActivity(app.url, submit(connector.url, newUser(), { actionId: 'visits.accept', value: 'v-1' }));
    expect(connector.posted()[0]?.text).toBe('Die knop ken ik niet (meer). Typ **hulp** om verder te gaan.');
  });

  it('answers a message longer than the inbound limit politely', async () => {
    const user = newUser();
    await postActivity(app.url, personalMessage(connector.url, user, 'hulp'));
    connector.clear();
    const long = 'a'.repeat(LIMITS.inboundText + 100);
    expect((await postActivity(app.url, personalMessage(connector.url, user, long))).status).toBe(200);
    expect(connector.posted()[0]?.text).toContain(`${LIMITS.inboundText + 100} tekens`);
  });

  it('answers the same activity id only once', async () => {
    const user = newUser();
    const activity = personalMessage(connector.url, user, 'hulp');
    await postActivity(app.url, activity);
    const first = connector.requests.length;
    const again = await postActivity(app.url, activity);
    expect(again.status).toBe(200);
    expect(connector.requests).toHaveLength(first);
    expect(app.logger.dump()).toContain('duplicate delivery ignored');
  });

  describe('refuses bad requests without crashing', () => {
    it('malformed JSON → 400', async () => {
      const response = await postActivity(app.url, '{"type": "message", ');
      expect(response.status).toBe(400);
    });

    it('a content type other than JSON → 415', async () => {
      const response = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hulp' });
      expect(response.status).toBe(415);
      expect(await response.json()).toMatchObject({ code: 'UnsupportedMediaType' });
      const none = await fetch(`${app.url}/api/messages`, { method: 'POST', body: new Uint8Array([1, 2, 3]) });
      expect(none.status).toBe(415);
    });

    it('a compressed body → 415', async () => {
      const response = await postActivity(app.url, '{}', { 'content-encoding': 'gzip' });
      expect(response.status).toBe(415);
    });

    it('a body over MAX_BODY_BYTES → 413', async () => {
      const activity = personalMessage(connector.url, newUser(), 'x'.repeat(9000));
      const response = await postActivity(app.url, activity);
      expect(response.status).toBe(413);
    });

    it('an activity without the Bot Framework envelope → 400', async () => {
      for (const body of [
        { type: 'message' },
        [],
        'null',
        { ...personalMessage(connector.url, newUser(), 'hulp'), serviceUrl: 'file:///etc/passwd' },
        { ...personalMessage(connector.url, newUser(), 'hulp'), conversation: { id: 42 } },
        { ...personalMessage(connector.url, newUser(), 'hulp'), from: undefined },
      ]) {
        const response = await postActivity(app.url, body);
        expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      }
      expect((await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' } })).status).toBe(400);
    });

    it('keeps serving afterwards, with no 5xx logged', async () => {
      const user = newUser();
      const response = await postActivity(app.url, personalMessage(connector.url, user, 'hulp'));
      expect(response.status).toBe(200);
      expect(connector.posted().map(cardTitle)).toEqual(['Welkom bij Leerkring', 'Wat Leerkring kan']);
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
      expect(app.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
    });
  });

  it('acknowledges activity types the core does not handle', async () => {
    const reaction = { ...personalMessage(connector.url, newUser(), ''), type: 'messageReaction', reactionsAdded: [{ type: 'like' }] };
    expect((await postActivity(app.url, reaction)).status).toBe(200);
    expect(connector.requests).toHaveLength(0);
  });
});
