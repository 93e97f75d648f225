import { expect } from 'vitest';
import { personKey } from '../../../src/core/index.js';
import type { ConnectorRequest, FakeConnector } from '../../fakes/fake-connector.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { BOT, CHANNEL, conversationUpdate, groupMessage, newUser, personalConversation, personalMessage, postActivity, submit, TENANT, type TeamsUser } from '../../teams/teams-activities.js';
import { EVERYONE, NAMES, type Inputs, type Sent, type VisitDriver, type Who } from './visit-flow.js';

type Json = Record<string, unknown>;

/** Every object in a JSON tree. */
function objectsOf(node: unknown, out: Json[] = []): Json[] {
  if (Array.isArray(node)) node.forEach((n) => objectsOf(n, out));
  else if (node && typeof node === 'object') {
    out.push(node as Json);
    Object.values(node as Json).forEach((n) => objectsOf(n, out));
  }
  return out;
}

/** A request to the fake connector as the flow reads it: the Adaptive Card's title, Action.Submit data, choices and links. */
function sentOf(request: ConnectorRequest): Sent {
  const body = (request.body ?? {}) as Json;
  const card = (body['attachments'] as Array<{ content?: Json }> | undefined)?.[0]?.content;
  const objects = objectsOf(card);
  const heading = objects.find((o) => o['type'] === 'TextBlock' && o['style'] === 'heading');
  return {
    text: String(body['text'] ?? body['summary'] ?? ''),
    all: JSON.stringify(body),
    title: heading ? String(heading['text']) : undefined,
    buttons: objects
      .filter((o) => o['type'] === 'Action.Submit')
      .map((o) => {
        const data = (o['data'] ?? {}) as Json;
        return { actionId: String(data['actionId']), value: data['value'] === undefined ? undefined : String(data['value']), label: String(o['title'] ?? '') };
      }),
    links: objects.filter((o) => o['type'] === 'Action.OpenUrl').map((o) => String(o['url'])),
    choices: (inputId) =>
      ((objects.find((o) => o['type'] === 'Input.ChoiceSet' && o['id'] === inputId)?.['choices'] ?? []) as Array<{ title: string; value: string }>).map((c) => ({ value: c.value, label: c.title })),
    modal: false,
    raw: request,
  };
}

/**
 * The flow's driver on the Teams adapter: the app with the fake Bot Connector, five members in the team channel,
 * An adding the bot. Clicks are `Action.Submit` messages whose value is the button's data merged with every input of
 * the card (Teams sends the inputs' current values, multi-selects comma-joined).
 */
export async function startTeamsDriver(connector: FakeConnector): Promise<VisitDriver & { stop(): Promise<void> }> {
  const app: TestApp = await startTestApp();
  connector.clear();
  const users = Object.fromEntries(EVERYONE.map((w) => [w, newUser(NAMES[w])])) as Record<Who, TeamsUser>;
  /** Every conversation the bot used with a person: their personal chat and the 1:1 it opened. */
  const conversations = new Map<Who, Set<string>>(EVERYONE.map((w) => [w, new Set([personalConversation(users[w])])]));
  const key = (who: Who): string => personKey('teams', TENANT, users[who].aadObjectId);

  async function refresh(): Promise<void> {
    for (const who of EVERYONE) {
      const stored = (await app.storage.addresses.get(key(who)))?.conversationId;
      if (stored) conversations.get(who)!.add(stored);
    }
  }
  async function send(activity: Json): Promise<void> {
    const res = await postActivity(app.url, activity);
    expect(res.status).toBeLessThan(300);
    await refresh();
  }
  const privateTo = (who: Who): Sent[] => {
    const set = conversations.get(who)!;
    return connector.requests.filter((r) => r.method === 'POST' && r.conversationId !== undefined && set.has(r.conversationId) && r.body !== undefined).map(sentOf);
  };

  connector.setMembers(CHANNEL.id, EVERYONE.map((w) => ({ id: users[w].id, name: users[w].name, aadObjectId: users[w].aadObjectId })));
  const install = conversationUpdate(connector.url, users.an, { added: [{ id: BOT.id }] });
  (install['channelData'] as Json)['team'] = { id: '19:team@thread.tacv2', name: 'Netwerk Gent' };
  await send(install);
  const found = await app.storage.groups.findByConversation('teams', TENANT, CHANNEL.id);
  if (!found) throw new Error('the group was not created');

  return {
    app,
    group: async () => (await app.storage.groups.get(found.id))!,
    key,
    async say(who, text, where) {
      const before = privateTo(who).length;
      await send(where === 'private' ? personalMessage(connector.url, users[who], text) : groupMessage(connector.url, users[who], text, { mention: true }));
      return privateTo(who).slice(before);
    },
    async submit(who, from, actionId, inputs = {}, value) {
      const request = from.raw as ConnectorRequest;
      const objects = objectsOf((request.body as Json | undefined)?.['attachments']);
      const button = objects.find((o) => {
        const data = o['data'] as Json | undefined;
        return o['type'] === 'Action.Submit' && data?.['actionId'] === actionId && (value === undefined || data['value'] === value);
      });
      if (!button) throw new Error(`no ${actionId} button in ${from.all}`);
      // What Teams merges into the data: every input's current value, then what the person typed or chose.
      const current: Json = {};
      for (const input of objects.filter((o) => typeof o['type'] === 'string' && String(o['type']).startsWith('Input.'))) {
        if (input['value'] !== undefined) current[String(input['id'])] = String(input['value']);
      }
      const typed = Object.fromEntries(Object.entries(inputs).map(([id, v]) => [id, Array.isArray(v) ? v.join(',') : v]));
      const before = privateTo(who).length;
      await send(submit(connector.url, users[who], { ...current, ...typed, ...(button['data'] as Json) }, 'personal'));
      return privateTo(who).slice(before);
    },
    privateTo,
    formsAsModals: false,
    channelPosts: () => connector.requests.filter((r) => r.method === 'POST' && r.conversationId?.startsWith(CHANNEL.id) && r.body !== undefined).map(sentOf),
    async at(iso) {
      app.clock.set(iso);
      await app.manual.runDue(app.clock.now());
      await refresh();
    },
    stop: () => app.stop(),
  };
}
