import { randomUUID } from 'node:crypto';
import type { ConnectorRequest } from '../fakes/fake-connector.js';

/** The bot as Teams addresses it in activities. */
export const BOT = { id: '28:leerkring-bot', name: 'Leerkring' };
/** The tenant of every test activity. */
export const TENANT = 'tenant-vlaanderen';
/** A team channel conversation (the General channel) and a thread in it. */
export const CHANNEL = { id: '19:general@thread.tacv2', thread: '19:general@thread.tacv2;messageid=1700000000000' };

/** A Teams user: the per-bot `29:` id and the stable Entra object id. */
export interface TeamsUser {
  id: string;
  name: string;
  aadObjectId: string;
}

/** A new, unique test user, so tests do not share people. */
export function newUser(name = 'An Peeters'): TeamsUser {
  const n = randomUUID().slice(0, 8);
  return { id: `29:user-${n}`, name, aadObjectId: `aad-${n}` };
}

/** The personal (1:1) conversation id of a user. */
export const personalConversation = (user: TeamsUser): string => `a:personal-${user.aadObjectId}`;

type Scope = 'personal' | 'channel' | 'groupChat';

/** The fields Teams puts on every activity. */
export function baseActivity(serviceUrl: string, user: TeamsUser, scope: Scope = 'personal'): Record<string, unknown> {
  const conversation =
    scope === 'personal'
      ? { id: personalConversation(user), conversationType: 'personal', tenantId: TENANT }
      : scope === 'channel'
        ? { id: CHANNEL.thread, conversationType: 'channel', isGroup: true, tenantId: TENANT }
        : { id: '19:group-chat@thread.v2', conversationType: 'groupChat', isGroup: true, tenantId: TENANT };
  return {
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { ...user },
    recipient: { ...BOT },
    conversation,
    channelData: scope === 'channel' ? { tenant: { id: TENANT }, team: { id: '19:team@thread.tacv2' }, channel: { id: CHANNEL.id } } : { tenant: { id: TENANT } },
    locale: 'nl-BE',
  };
}

/** A typed message in a personal chat. */
export const personalMessage = (serviceUrl: string, user: TeamsUser, text: string): Record<string, unknown> => ({
  ...baseActivity(serviceUrl, user),
  type: 'message',
  text,
  textFormat: 'plain',
});

/** A message in a channel or group chat; `mention` adds the bot's `<at>` tag and mention entity. */
export function groupMessage(serviceUrl: string, user: TeamsUser, text: string, opts: { mention: boolean; scope?: Scope }): Record<string, unknown> {
  const mention = `<at>${BOT.name}</at>`;
  return {
    ...baseActivity(serviceUrl, user, opts.scope ?? 'channel'),
    type: 'message',
    text: opts.mention ? `${mention} ${text}` : text,
    textFormat: 'plain',
    entities: opts.mention ? [{ type: 'mention', text: mention, mentioned: { ...BOT } }] : [],
  };
}

/** An Action.Submit click: a message whose value is the button data merged with the inputs. */
export const submit = (serviceUrl: string, user: TeamsUser, value: Record<string, unknown>, scope: Scope = 'personal'): Record<string, unknown> => ({
  ...baseActivity(serviceUrl, user, scope),
  type: 'message',
  value,
});

/** An Action.Execute click: an `adaptiveCard/action` invoke. */
export const execute = (serviceUrl: string, user: TeamsUser, verb: string, data: Record<string, unknown> = {}): Record<string, unknown> => ({
  ...baseActivity(serviceUrl, user),
  type: 'invoke',
  name: 'adaptiveCard/action',
  value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
});

/** A conversationUpdate: members (or the bot) added to or removed from the conversation. */
export function conversationUpdate(
  serviceUrl: string,
  user: TeamsUser,
  change: { added?: Array<{ id: string; aadObjectId?: string; name?: string }>; removed?: Array<{ id: string; aadObjectId?: string }> },
  scope: Scope = 'channel',
): Record<string, unknown> {
  const activity = baseActivity(serviceUrl, user, scope);
  // Membership updates in a channel name the channel, not a thread.
  const conversation = scope === 'channel' ? { ...(activity['conversation'] as object), id: CHANNEL.id } : activity['conversation'];
  return {
    ...activity,
    conversation,
    type: 'conversationUpdate',
    ...(change.added ? { membersAdded: change.added } : {}),
    ...(change.removed ? { membersRemoved: change.removed } : {}),
  };
}

/** An installationUpdate (`add`, `remove`, `add-upgrade`, …). */
export const installationUpdate = (serviceUrl: string, user: TeamsUser, action: string, scope: Scope = 'personal'): Record<string, unknown> => ({
  ...baseActivity(serviceUrl, user, scope),
  type: 'installationUpdate',
  action,
});

/** POSTs an activity (or any body) to the app's /api/messages. */
export function postActivity(appUrl: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${appUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Every `Action.Submit` data object of the cards in a request the bot sent to the (fake) connector. */
export function submitsOf(request: ConnectorRequest | undefined): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o['type'] === 'Action.Submit' && o['data'] && typeof o['data'] === 'object') out.push(o['data'] as Record<string, unknown>);
      Object.values(o).forEach(walk);
    }
  };
  walk(request?.body?.attachments);
  return out;
}

/** The `Action.Submit` data of the button with this action id; throws (naming what is there) when there is none. */
export function dataOf(request: ConnectorRequest | undefined, actionId: string): Record<string, unknown> {
  const found = submitsOf(request).find((d) => d['actionId'] === actionId);
  if (!found) throw new Error(`no ${actionId} in ${JSON.stringify(submitsOf(request))}`);
  return found;
}
