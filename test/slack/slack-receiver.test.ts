import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../fakes/fake-slack.js';
import type { TestApp } from '../helpers/test-app.js';
import { slackSignedHeaders } from '../helpers/slack-sign.js';
import { SECRET, dm, form, json, postToSlack, settled, startSlackApp } from './slack-kit.js';

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
  app = await startSlackApp(fake, { MAX_BODY_BYTES: '4096' });
});
afterEach(async () => {
  await settled(app);
  await app.stop();
});

const now = (): number => Math.floor(Date.now() / 1000);

describe('POST /slack/events: what Slack itself sends', () => {
  it('answers url_verification with the challenge', async () => {
    const res = await postToSlack(app, json({ token: 'legacy', challenge: 'abc123', type: 'url_verification' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'abc123' });
  });

  it('answers ssl_check without a signature', async () => {
    const res = await postToSlack(app, form({ ssl_check: '1', token: 'legacy' }), { unsigned: true });
    expect(res.status).toBe(200);
  });

  it('accepts a charset parameter on the content type', async () => {
    const raw = json({ challenge: 'c2', type: 'url_verification' });
    const res = await postToSlack(app, { ...raw, contentType: 'application/json; charset=utf-8' });
    expect(await res.json()).toEqual({ challenge: 'c2' });
  });
});

describe('POST /slack/events: refusals', () => {
  it('refuses a bad signature with 401 and does nothing', async () => {
    const res = await postToSlack(app, dm('hulp'), { secret: 'wrong-secret' });
    expect(res.status).toBe(401);
    await settled(app);
    expect(fake.calls).toEqual([]);
  });

  it('refuses a stale timestamp (10 minutes old) with 401, even when correctly signed', async () => {
    const res = await postToSlack(app, dm('hulp'), { timestamp: now() - 600 });
    expect(res.status).toBe(401);
  });

  it('refuses a request without signature headers with 401', async () => {
    const res = await postToSlack(app, dm('hulp'), { unsigned: true });
    expect(res.status).toBe(401);
  });

  it('refuses a body changed after signing with 401', async () => {
    const signed = slackSignedHeaders(SECRET, dm('hulp').body);
    const res = await fetch(`${app.url}/slack/events`, { method: 'POST', headers: signed, body: dm('taal fr').body });
    expect(res.status).toBe(401);
  });

  it('refuses ssl_check with a smuggled payload: the payload is dropped, not processed', async () => {
    const res = await postToSlack(app, form({ ssl_check: '1', payload: JSON.stringify({ type: 'block_actions' }) }), { unsigned: true });
    expect(res.status).toBe(200);
    await settled(app);
    expect(fake.calls).toEqual([]);
  });

  it('refuses malformed JSON with a valid signature with 400', async () => {
    const res = await postToSlack(app, { body: '{"type": "event_callback", ', contentType: 'application/json' });
    expect(res.status).toBe(400);
  });

  it('refuses JSON that is not an object with 400', async () => {
    for (const body of ['null', '42', '"text"', '[1,2]']) {
      const res = await postToSlack(app, { body, contentType: 'application/json' });
      expect(res.status, body).toBe(400);
    }
  });

  it('refuses a form payload that is not JSON with 400', async () => {
    const res = await postToSlack(app, form({ payload: '{not json' }));
    expect(res.status).toBe(400);
  });

  it('refuses a body over MAX_BODY_BYTES with 413 from its content-length', async () => {
    const res = await postToSlack(app, json({ type: 'event_callback', padding: 'x'.repeat(10_000) }));
    expect(res.status).toBe(413);
  });

  it('refuses a streamed body over MAX_BODY_BYTES with 413 while reading it', async () => {
    // 64 MB offered; far less is ever pulled because the server stops reading after 4 KB and closes.
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 1024) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await fetch(`${app.url}/slack/events`, {
      method: 'POST',
      headers: slackSignedHeaders(SECRET, 'unknown', 'application/json'),
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(1024);
  });

  it('refuses other content types with 415', async () => {
    for (const contentType of ['text/plain', 'multipart/form-data; boundary=x', 'application/xml']) {
      const res = await postToSlack(app, { body: 'hulp', contentType });
      expect(res.status, contentType).toBe(415);
    }
    const res = await fetch(`${app.url}/slack/events`, { method: 'POST', body: new Uint8Array([1, 2, 3]) });
    expect(res.status).toBe(415);
  });

  it('acknowledges signed payloads of unknown shape with 200 and never 500s', async () => {
    const bodies = [
      json({ type: 'event_callback', event: 'not an object' }),
      json({ type: 'event_callback', team_id: 'T1', event_id: 'Ev1', event: { type: 'message' } }),
      json({ type: 'event_callback', team_id: 'T1', event_id: 'Ev2', event: { type: 'message', user: 'U1', text: 'hulp', channel: null } }),
      json({ type: 'something_new' }),
      json({}),
      form({ command: '/leerkring' }),
      form({ payload: JSON.stringify({ type: 'block_actions', actions: 'nope' }) }),
      form({ payload: JSON.stringify({ type: 'view_submission', view: { private_metadata: 'not json', state: { values: {} } }, user: { id: 'U1' } }) }),
    ];
    for (const raw of bodies) {
      const res = await postToSlack(app, raw);
      expect(res.status, raw.body).toBe(200);
    }
    await settled(app);
    expect(fake.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
    expect(app.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('keeps serving after refusals on the same connection', async () => {
    await postToSlack(app, json({ type: 'event_callback', padding: 'x'.repeat(10_000) }));
    await postToSlack(app, { body: 'x', contentType: 'text/plain' });
    const res = await postToSlack(app, json({ challenge: 'still-here', type: 'url_verification' }));
    expect(await res.json()).toEqual({ challenge: 'still-here' });
  });
});
