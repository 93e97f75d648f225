import type { Storage } from '../../src/core/index.js';
import type { SlackChannel } from '../../src/channels/slack/slack-channel.js';
import type { FakeSlack, FakeSlackCall } from '../fakes/fake-slack.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { slackSignedHeaders } from '../helpers/slack-sign.js';

/** The signing secret every Slack test app uses. */
export const SECRET = 'test-secret';

/** Starts the real app with Slack enabled against the fake Web API. */
export function startSlackApp(fake: FakeSlack, env: Record<string, string> = {}, opts: { storage?: Storage } = {}): Promise<TestApp> {
  return startTestApp({ SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: `${fake.url}/api/`, ...env }, opts);
}

/** The running Slack channel module of an app. */
export function slackOf(app: TestApp): SlackChannel {
  const channel = app.channels.find((c) => c.name === 'slack');
  if (!channel) throw new Error('slack channel is not enabled');
  return channel as SlackChannel;
}

/** Waits until the Slack channel finished the work of every acknowledged request. */
export const settled = (app: TestApp): Promise<void> => slackOf(app).receiver.idle();

/** A raw body with its content type. */
export interface RawBody {
  body: string;
  contentType: string;
}

/** A JSON body (Events API). */
export const json = (value: unknown): RawBody => ({ body: JSON.stringify(value), contentType: 'application/json' });

/** A form body (slash commands). */
export const form = (fields: Record<string, string>): RawBody => ({ body: new URLSearchParams(fields).toString(), contentType: 'application/x-www-form-urlencoded' });

/** A form body with one `payload` field (interactivity). */
export const payload = (value: unknown): RawBody => form({ payload: JSON.stringify(value) });

/** POSTs a body to /slack/events, signed unless told otherwise. */
export function postToSlack(
  app: TestApp,
  raw: RawBody,
  opts: { timestamp?: number; secret?: string; headers?: Record<string, string>; unsigned?: boolean } = {},
): Promise<Response> {
  const signed = slackSignedHeaders(opts.secret ?? SECRET, raw.body, raw.contentType, opts.timestamp);
  const headers = opts.unsigned ? { 'content-type': raw.contentType } : signed;
  return fetch(`${app.url}/slack/events`, { method: 'POST', headers: { ...headers, ...opts.headers }, body: raw.body });
}

let sequence = 0;
const nextId = (prefix: string): string => `${prefix}${Date.now().toString(36)}${(++sequence).toString(36)}`.toUpperCase();

/** An Events API envelope around an event. */
export function eventCallback(event: Record<string, unknown>, opts: { teamId?: string; eventId?: string } = {}): Record<string, unknown> {
  const teamId = opts.teamId ?? 'T1';
  return {
    token: 'legacy',
    team_id: teamId,
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: opts.eventId ?? nextId('Ev'),
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: teamId, user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
    event,
  };
}

/** A DM from a person to the bot. */
export function dm(text: string, opts: { user?: string; channel?: string; teamId?: string; eventId?: string } = {}): RawBody {
  return json(
    eventCallback(
      { type: 'message', channel: opts.channel ?? 'D1', channel_type: 'im', user: opts.user ?? 'U1', text, ts: `${Date.now() / 1000}` },
      { ...(opts.teamId ? { teamId: opts.teamId } : {}), ...(opts.eventId ? { eventId: opts.eventId } : {}) },
    ),
  );
}

/** A `/leerkring` slash command. */
export function slashCommand(text: string, opts: { user?: string; channelId?: string; channelName?: string; responseUrl: string; teamId?: string }): RawBody {
  return form({
    token: 'legacy',
    team_id: opts.teamId ?? 'T1',
    team_domain: 'school',
    channel_id: opts.channelId ?? 'C1',
    channel_name: opts.channelName ?? 'plg-wiskunde',
    user_id: opts.user ?? 'U1',
    user_name: 'anna',
    command: '/leerkring',
    text,
    api_app_id: 'A1',
    is_enterprise_install: 'false',
    response_url: opts.responseUrl,
    trigger_id: nextId('trig.'),
  });
}

/** A button click in a DM message. */
export function buttonClick(
  actionId: string,
  opts: { value?: string; user?: string; channelId?: string; channelName?: string; values?: Record<string, unknown>; responseUrl?: string; triggerId?: string | null } = {},
): RawBody {
  const channelId = opts.channelId ?? 'D1';
  return payload({
    type: 'block_actions',
    user: { id: opts.user ?? 'U1', username: 'anna', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy',
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: channelId, is_ephemeral: false },
    ...(opts.triggerId === null ? {} : { trigger_id: opts.triggerId ?? nextId('trig.') }),
    team: { id: 'T1', domain: 'school' },
    channel: { id: channelId, name: opts.channelName ?? 'directmessage' },
    message: { type: 'message', ts: '1700000000.000100', text: 'card' },
    ...(opts.responseUrl ? { response_url: opts.responseUrl } : {}),
    state: { values: opts.values ?? {} },
    actions: [
      { type: 'button', action_id: actionId, block_id: 'actions', text: { type: 'plain_text', text: 'knop' }, ...(opts.value ? { value: opts.value } : {}), action_ts: `${Date.now() / 1000}` },
    ],
  });
}

/** A modal's submit with private_metadata and state values. */
export function viewSubmission(metadata: Record<string, unknown>, values: Record<string, unknown>, opts: { user?: string } = {}): RawBody {
  return payload({
    type: 'view_submission',
    team: { id: 'T1', domain: 'school' },
    user: { id: opts.user ?? 'U1', username: 'anna', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy',
    trigger_id: nextId('trig.'),
    view: {
      id: nextId('V'),
      team_id: 'T1',
      type: 'modal',
      callback_id: 'leerkring.dialog',
      private_metadata: JSON.stringify(metadata),
      hash: '1700000000.abc',
      state: { values },
    },
  });
}

/** Every text a recorded chat.postMessage or response_url call carries (fallback text and block texts). */
export function textsOf(body: Record<string, unknown>): string {
  return JSON.stringify([body['text'], body['blocks'] ?? []]);
}

/** The value of a Block Kit button with this action id in a recorded Web API call. */
export function buttonValue(call: FakeSlackCall | undefined, actionId: string): string | undefined {
  let found: string | undefined;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o['type'] === 'button' && o['action_id'] === actionId && typeof o['value'] === 'string') found = o['value'];
      Object.values(o).forEach(walk);
    }
  };
  walk(call?.body['blocks']);
  return found;
}

/** True when a recorded call's blocks hold a button or input with this action id. */
export const hasButton = (call: FakeSlackCall, actionId: string): boolean => JSON.stringify(call.body['blocks'] ?? []).includes(`"action_id":"${actionId}"`);
