import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { conversationKey, personKey, type Address } from '../../src/core/index.js';
import { sendFailure } from '../../src/channels/teams/teams-messenger.js';
import { startFakeConnector, type FakeConnector } from '../fakes/fake-connector.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { CHANNEL, groupMessage, newUser, personalConversation, personalMessage, postActivity, TENANT, type TeamsUser } from './teams-activities.js';

describe('Teams proactive sends (app.messenger → continueConversationAsync → connector)', () => {
  let app: TestApp;
  let connector: FakeConnector;
  let user: TeamsUser;
  let address: Address;

  beforeAll(async () => {
    connector = await startFakeConnector();
    app = await startTestApp();
    user = newUser();
    await postActivity(app.url, personalMessage(connector.url, user, 'hulp'));
    const stored = await app.storage.addresses.get(personKey('teams', TENANT, user.aadObjectId));
    if (!stored) throw new Error('the personal address was not stored');
    address = stored;
  });
  afterAll(async () => {
    await app?.stop();
    await connector?.close();
  });
  beforeEach(() => connector.clear());

  it('stores a personal address with a plain conversation reference', () => {
    expect(address).toMatchObject({ channel: 'teams', tenantId: TENANT, conversationId: personalConversation(user), scope: 'personal', userId: user.aadObjectId });
    expect(address.ref).toMatchObject({ serviceUrl: connector.url, channelId: 'msteams', conversation: { id: personalConversation(user) } });
    expect(JSON.parse(JSON.stringify(address.ref))).toEqual(address.ref);
  });

  it('delivers a text message to the stored conversation', async () => {
    const result = await app.messenger.send(address, { text: 'Herinnering: *PLG-moment* morgen om 15u30' });
    expect(result).toEqual({ ok: true, messageId: expect.any(String) });
    expect(connector.requests).toHaveLength(1);
    expect(connector.requests[0]?.conversationId).toBe(personalConversation(user));
    expect(connector.requests[0]?.body?.text).toBe('Herinnering: **PLG-moment** morgen om 15u30');
  });

  it('delivers a card', async () => {
    const result = await app.messenger.send(address, { text: 'Herinnering', card: { title: 'Herinnering', blocks: [{ type: 'text', text: 'Morgen' }] } });
    expect(result.ok).toBe(true);
    const posted = await connector.waitFor((r) => r.body?.attachments !== undefined);
    expect(posted.body?.attachments?.[0]?.content?.body?.[0]?.text).toBe('Herinnering');
    expect(posted.body?.summary).toBe('Herinnering');
  });

  it('reports 429 as rate-limited with Retry-After in ms, after exactly one attempt', async () => {
    connector.failNext(1, { status: 429, headers: { 'retry-after': '2' } });
    const result = await app.messenger.send(address, { text: 'x' });
    expect(result).toMatchObject({ ok: false, reason: 'rate-limited', retryAfterMs: 2000 });
    expect(connector.requests).toHaveLength(1);
  });

  it('reports 429 without Retry-After as rate-limited for 1000 ms', async () => {
    connector.failNext(1, { status: 429 });
    expect(await app.messenger.send(address, { text: 'x' })).toMatchObject({ ok: false, reason: 'rate-limited', retryAfterMs: 1000 });
  });

  it('reports 500 as transient without retrying inside the messenger', async () => {
    connector.failNext(1, { status: 500 });
    const started = Date.now();
    expect(await app.messenger.send(address, { text: 'x' })).toMatchObject({ ok: false, reason: 'transient' });
    expect(connector.requests).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(900);
  });

  it.each([
    [403, 'BotDisabledByAdmin'],
    [403, 'ConversationBlockedByUser'],
    [404, 'ConversationNotFound'],
  ])('reports %i %s as unreachable', async (status, code) => {
    connector.failNext(1, { status, body: { error: { code, message: 'refused' } } });
    const result = await app.messenger.send(address, { text: 'x' });
    expect(result).toMatchObject({ ok: false, reason: 'unreachable' });
    expect(result.ok === false && result.detail).toContain(code);
  });

  it('reports a network failure as transient', async () => {
    const gone = { ...address, ref: { ...address.ref, serviceUrl: 'http://127.0.0.1:1/' } };
    expect(await app.messenger.send(gone, { text: 'x' })).toMatchObject({ ok: false, reason: 'transient' });
  });

  it('reports an address without a conversation reference as unreachable', async () => {
    const { ref: _ref, ...bare } = address;
    expect(await app.messenger.send(bare, { text: 'x' })).toMatchObject({ ok: false, reason: 'unreachable' });
    expect(await app.messenger.send({ ...address, ref: { channelId: 'msteams' } }, { text: 'x' })).toMatchObject({ ok: false, reason: 'unreachable' });
    expect(connector.requests).toHaveLength(0);
  });

  it('does not turn a failed proactive send into an apology or a turn error', async () => {
    connector.failNext(1, { status: 500 });
    await app.messenger.send(address, { text: 'x' });
    expect(connector.requests).toHaveLength(1);
    expect(app.logger.lines.some((l) => l.msg === 'teams: turn failed')).toBe(false);
    expect(app.logger.lines.some((l) => l.msg === 'teams: proactive send failed')).toBe(true);
  });
});

describe('sendFailure', () => {
  const restError = (statusCode: number | undefined, retryAfter?: string) => ({
    statusCode,
    code: 'X',
    message: 'm',
    response: { headers: { get: (name: string) => (name === 'retry-after' ? retryAfter : undefined) } },
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(sendFailure(restError(429, '1.5'))).toMatchObject({ reason: 'rate-limited', retryAfterMs: 1500 });
    const later = new Date(Date.now() + 30_000).toUTCString();
    const result = sendFailure(restError(429, later));
    expect(result.reason === 'rate-limited' && result.retryAfterMs).toBeGreaterThan(25_000);
    expect(sendFailure(restError(429, 'soon'))).toMatchObject({ retryAfterMs: 1000 });
  });

  it('maps other statuses', () => {
    expect(sendFailure(restError(502)).reason).toBe('transient');
    expect(sendFailure(restError(401)).reason).toBe('transient');
    expect(sendFailure(new Error('socket hang up')).reason).toBe('transient');
    expect(sendFailure(undefined).reason).toBe('transient');
  });
});

describe('Teams direct chats with roster members who never wrote to the bot', () => {
  it('opens a 1:1 through the team channel (POST /v3/conversations) and then delivers to it', async () => {
    const connector = await startFakeConnector();
    const app = await startTestApp();
    try {
      const an = newUser('An Peeters');
      const lotte = newUser('Lotte Maes');
      await postActivity(app.url, groupMessage(connector.url, an, 'hulp', { mention: true }));
      const channel = await app.storage.addresses.get(conversationKey('teams', TENANT, CHANNEL.id));
      expect(channel).toBeDefined();
      connector.clear();

      const opened = await app.messenger.openDirect(channel!, lotte.aadObjectId);
      expect(opened).toMatchObject({ channel: 'teams', tenantId: TENANT, scope: 'personal', userId: lotte.aadObjectId });
      const create = connector.requests.find((r) => r.method === 'POST' && r.url.startsWith('/v3/conversations') && !r.conversationId);
      expect(create?.body).toMatchObject({ isGroup: false, members: [{ id: lotte.aadObjectId }], tenantId: TENANT });

      expect((await app.messenger.send(opened!, { text: 'Welkom in de PLG' })).ok).toBe(true);
      expect(connector.posted(opened!.conversationId).map((a) => a.text)).toEqual(['Welkom in de PLG']);

      connector.failNext(1, { status: 403 });
      expect(await app.messenger.openDirect(channel!, 'someone-blocked')).toBeUndefined();
      // A passing failure is not "unreachable": it rejects so the caller retries later.
      connector.failNext(1, { status: 500 });
      await expect(app.messenger.openDirect(channel!, 'someone-else')).rejects.toBeTruthy();
    } finally {
      await app.stop();
      await connector.close();
    }
  });
});
