import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeConnector, type FakeConnector } from '../fakes/fake-connector.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { newUser, personalMessage, postActivity } from './teams-activities.js';

const base64url = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
/** A well-formed but unsigned JWT from an issuer the Bot Framework does not trust. */
const foreignToken = `${base64url({ alg: 'RS256', typ: 'JWT', kid: 'k1' })}.${base64url({ iss: 'https://evil.example', aud: 'x', exp: 4102444800 })}.c2lnbmF0dXJl`;

describe('Teams with Bot Framework authentication on', () => {
  let app: TestApp;
  let connector: FakeConnector;

  beforeAll(async () => {
    connector = await startFakeConnector();
    app = await startTestApp({ MICROSOFT_APP_ID: '00000000-0000-4000-8000-000000000001', MICROSOFT_APP_PASSWORD: 'not-a-real-secret' });
  });
  afterAll(async () => {
    await app?.stop();
    await connector?.close();
  });

  it.each([
    ['no Authorization header', {}],
    ['a bogus bearer', { authorization: 'Bearer bogus' }],
    ['a token from an untrusted issuer', { authorization: `Bearer ${foreignToken}` }],
    ['another scheme', { authorization: 'Basic dXNlcjpwYXNz' }],
  ])('refuses %s with 401 and runs nothing', async (_case, headers) => {
    const response = await postActivity(app.url, personalMessage(connector.url, newUser(), 'hulp'), headers);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ code: 'Unauthorized', message: 'the request is not authenticated' });
    expect(connector.requests).toHaveLength(0);
  });

  it('logs the refusal as a warning and keeps serving', async () => {
    expect(app.logger.lines.some((l) => l.level === 'warn' && l.msg === 'teams: request refused' && l.fields?.['status'] === 401)).toBe(true);
    expect(app.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });

  it('still checks the body before authentication (400, 415)', async () => {
    expect((await postActivity(app.url, { type: 'message' })).status).toBe(400);
    expect((await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' })).status).toBe(415);
  });
});
