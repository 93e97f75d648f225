import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Address, OutboundMessage } from '../../src/core/index.js';
import { toSendFailure } from '../../src/channels/slack/slack-errors.js';
import { startFakeSlack, type FakeSlack } from '../fakes/fake-slack.js';
import type { TestApp } from '../helpers/test-app.js';
import { startSlackApp } from './slack-kit.js';

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
  await app.stop();
});

const personal: Address = { channel: 'slack', tenantId: 'T1', conversationId: 'D-old', scope: 'personal', userId: 'U42' };
const channel: Address = { channel: 'slack', tenantId: 'T1', conversationId: 'C7', scope: 'channel' };
const reminder: OutboundMessage = {
  text: 'Herinnering: *PLG wiskunde* morgen om 15u30',
  card: { title: 'Herinnering', blocks: [{ type: 'facts', facts: [{ label: 'Waar', value: 'Lokaal 12' }] }] },
};

describe('SlackMessenger (proactive sends)', () => {
  it('opens a direct chat with a channel member who never wrote to the bot, and delivers there', async () => {
    const opened = await app.messenger.openDirect(channel, 'U77');
    expect(opened).toMatchObject({ channel: 'slack', tenantId: 'T1', scope: 'personal', userId: 'U77' });
    expect((await app.messenger.send(opened!, reminder)).ok).toBe(true);
    expect(fake.callsTo('conversations.open')[0]?.body).toMatchObject({ users: 'U77' });
    expect(fake.callsTo('chat.postMessage')[0]?.body).toMatchObject({ channel: 'D77' });
  });

  it('opens the DM with the person and posts there', async () => {
    const result = await app.messenger.send(personal, reminder);
    expect(result).toEqual({ ok: true, messageId: expect.stringMatching(/^D42:1700000000\./) as unknown as string });
    const [open] = fake.callsTo('conversations.open');
    expect(open?.body).toMatchObject({ users: 'U42' });
    const [post] = fake.callsTo('chat.postMessage');
    expect(post?.body).toMatchObject({ channel: 'D42', text: 'Herinnering: *PLG wiskunde* morgen om 15u30' });
    expect(post?.body['blocks']).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Herinnering', emoji: true } },
      { type: 'section', fields: [{ type: 'mrkdwn', text: '*Waar*\nLokaal 12' }] },
    ]);
    expect(post?.auth).toBe('Bearer xoxb-test');
  });

  it('posts to a channel address directly', async () => {
    expect((await app.messenger.send(channel, { text: 'Hallo groep' })).ok).toBe(true);
    expect(fake.callsTo('conversations.open')).toEqual([]);
    expect(fake.callsTo('chat.postMessage')[0]?.body).toMatchObject({ channel: 'C7', text: 'Hallo groep' });
  });

  it('reports 429 as rate-limited with Retry-After in milliseconds, without retrying', async () => {
    fake.failNext('chat.postMessage', 1, { kind: 'rate-limited', retryAfter: 3 });
    const started = Date.now();
    const result = await app.messenger.send(channel, { text: 'x' });
    expect(result).toMatchObject({ ok: false, reason: 'rate-limited', retryAfterMs: 3000 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('reports HTTP 500 as transient, without retrying', async () => {
    fake.failNext('chat.postMessage', 1, { kind: 'http', status: 500 });
    expect(await app.messenger.send(channel, { text: 'x' })).toMatchObject({ ok: false, reason: 'transient' });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('reports channel_not_found as unreachable', async () => {
    fake.failNext('chat.postMessage', 1, { kind: 'error', error: 'channel_not_found' });
    expect(await app.messenger.send(channel, { text: 'x' })).toMatchObject({ ok: false, reason: 'unreachable', detail: 'slack error channel_not_found' });
  });

  it('reports a person who cannot be messaged as unreachable when the DM will not open', async () => {
    fake.failNext('conversations.open', 1, { kind: 'error', error: 'user_disabled' });
    expect(await app.messenger.send(personal, { text: 'x' })).toMatchObject({ ok: false, reason: 'unreachable' });
    expect(fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('reports a network failure as transient', async () => {
    const closed = await startFakeSlack();
    await closed.close();
    await app.stop();
    app = await startSlackApp(closed);
    expect(await app.messenger.send(channel, { text: 'x' })).toMatchObject({ ok: false, reason: 'transient' });
  });

  it('refuses addresses of other channels', async () => {
    const slack = app.channels.find((c) => c.name === 'slack')!;
    expect(await slack.messenger.send({ ...channel, channel: 'teams' }, { text: 'x' })).toMatchObject({ ok: false, reason: 'unreachable' });
  });
});

describe('toSendFailure', () => {
  const platform = (error: string) => ({ code: 'slack_webapi_platform_error', data: { ok: false, error } });

  it.each([
    'channel_not_found',
    'not_in_channel',
    'is_archived',
    'user_not_found',
    'account_inactive',
    'cannot_dm_bot',
    'user_disabled',
    'messages_tab_disabled',
    'token_revoked',
  ])('maps %s to unreachable', (error) => {
    expect(toSendFailure(platform(error)).reason).toBe('unreachable');
  });

  it('maps rate limits to rate-limited with milliseconds', () => {
    expect(toSendFailure({ code: 'slack_webapi_rate_limited_error', retryAfter: 7 })).toMatchObject({ reason: 'rate-limited', retryAfterMs: 7000 });
    expect(toSendFailure({ ...platform('ratelimited'), data: { error: 'ratelimited', response_metadata: { retryAfter: 2 } } })).toMatchObject({
      reason: 'rate-limited',
      retryAfterMs: 2000,
    });
  });

  it('maps 5xx, network and unknown errors to transient', () => {
    expect(toSendFailure({ code: 'slack_webapi_http_error', statusCode: 503 }).reason).toBe('transient');
    expect(toSendFailure({ code: 'slack_webapi_request_error', original: new Error('ECONNREFUSED') })).toMatchObject({
      reason: 'transient',
      detail: 'request failed: ECONNREFUSED',
    });
    expect(toSendFailure(platform('invalid_blocks')).reason).toBe('transient');
    expect(toSendFailure(new Error('boom')).reason).toBe('transient');
  });
});
