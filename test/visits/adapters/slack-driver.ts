import { expect } from 'vitest';
import { personKey } from '../../../src/core/index.js';
import type { FakeSlack, FakeSlackCall } from '../../fakes/fake-slack.js';
import type { TestApp } from '../../helpers/test-app.js';
import { buttonClick, dm, eventCallback, json, postToSlack, settled, slashCommand, startSlackApp, viewSubmission, type RawBody } from '../../slack/slack-kit.js';
import { EVERYONE, NAMES, type Inputs, type Sent, type VisitDriver, type Who } from './visit-flow.js';

type Json = Record<string, unknown>;

// conversations.members of the fake answers U1 and U2; the others join the channel after the bot.
const IDS: Record<Who, string> = { an: 'U1', bo: 'U2', cas: 'UCAS9', dirk: 'UDIRK9', eva: 'UEVA9' };
const CHANNEL = 'C7';
const CHANNEL_NAME = 'netwerk-gent';
const dmOf = (userId: string): string => `D${userId.replace(/^U/, '')}`;
/** The action id a Block Kit element stands for (a repeated id gets `~2`, `~3`). */
const original = (actionId: string): string => actionId.replace(/~\d+$/, '');

/** Every object in a JSON tree. */
function objectsOf(node: unknown, out: Json[] = []): Json[] {
  if (Array.isArray(node)) node.forEach((n) => objectsOf(n, out));
  else if (node && typeof node === 'object') {
    out.push(node as Json);
    Object.values(node as Json).forEach((n) => objectsOf(n, out));
  }
  return out;
}

const plainText = (node: unknown): string => String((node as { text?: unknown } | undefined)?.text ?? '');

/** A recorded call (chat.postMessage, response_url or views.open) as the flow reads it. */
function sentOf(call: FakeSlackCall): Sent {
  const view = call.method === 'views.open' ? (call.body['view'] as Json) : undefined;
  const blocks = view ? view['blocks'] : call.body['blocks'];
  const objects = objectsOf(blocks);
  const header = objects.find((o) => o['type'] === 'header');
  const metadata = view ? (JSON.parse(String(view['private_metadata'])) as Json) : undefined;
  const buttons = view
    ? metadata && view['submit']
      ? [{ actionId: String(metadata['actionId']), value: metadata['value'] === undefined ? undefined : String(metadata['value']), label: plainText(view['submit']) }]
      : []
    : objects
        .filter((o) => o['type'] === 'button' && o['url'] === undefined)
        .map((o) => ({ actionId: original(String(o['action_id'])), value: o['value'] === undefined ? undefined : String(o['value']), label: plainText(o['text']) }));
  return {
    text: view ? plainText(view['title']) : String(call.body['text'] ?? ''),
    all: JSON.stringify(call.body),
    title: header ? plainText(header['text']) : view ? plainText(view['title']) : undefined,
    buttons,
    links: objects.filter((o) => o['type'] === 'button' && typeof o['url'] === 'string').map((o) => String(o['url'])),
    choices: (inputId) =>
      ((objects.find((o) => o['action_id'] === inputId && Array.isArray(o['options']))?.['options'] ?? []) as Array<{ value: string; text: unknown }>).map((o) => ({
        value: o.value,
        label: plainText(o.text),
      })),
    modal: view !== undefined,
    raw: call,
  };
}

/** Slack `state.values` for every input block: what the person typed or chose, else what the form showed. */
function stateOf(blocks: unknown, inputs: Inputs): Json {
  const values: Json = {};
  for (const block of (Array.isArray(blocks) ? blocks : []) as Json[]) {
    if (block['type'] !== 'input') continue;
    const element = block['element'] as Json;
    const actionId = String(element['action_id']);
    const given = inputs[original(actionId)];
    const list = (v: string | string[]): string[] => (Array.isArray(v) ? v : v.split(',').filter(Boolean));
    const type = String(element['type']);
    let state: Json;
    if (type === 'checkboxes' || type === 'multi_static_select') {
      const chosen = given !== undefined ? list(given).map((value) => ({ value })) : ((element['initial_options'] as Json[] | undefined) ?? []).map((o) => ({ value: o['value'] }));
      state = { type, selected_options: chosen };
    } else if (type === 'radio_buttons' || type === 'static_select') {
      const value = given !== undefined ? list(given)[0] : (element['initial_option'] as Json | undefined)?.['value'];
      state = { type, selected_option: value === undefined ? null : { value } };
    } else {
      const value = given !== undefined ? (Array.isArray(given) ? given.join(',') : given) : element['initial_value'];
      state = { type, value: value ?? null };
    }
    values[String(block['block_id'])] = { [actionId]: state };
  }
  return values;
}

/**
 * The flow's driver on the Slack adapter: the app against the fake Web API, An inviting the bot into #netwerk-gent and
 * the others joining. People type in their DM or use `/leerkring` in the channel (answered ephemerally); clicks carry
 * a trigger_id and the message's state values, so a form shown as the answer to a click opens as a modal.
 */
export async function startSlackDriver(fake: FakeSlack): Promise<VisitDriver & { stop(): Promise<void> }> {
  fake.reset();
  for (const who of EVERYONE) fake.names.set(IDS[who], NAMES[who]);
  const app: TestApp = await startSlackApp(fake);
  let sequence = 0;
  const triggers = new Map<string, Who>();
  const responseUrls = new Map<string, Who>();

  async function deliver(body: RawBody): Promise<void> {
    const res = await postToSlack(app, body);
    expect(res.status).toBe(200);
    await settled(app);
  }
  const responseUrl = (who: Who): string => {
    const url = fake.responseUrl(`${who}-${++sequence}`);
    responseUrls.set(new URL(url).pathname, who);
    return url;
  };
  const triggerFor = (who: Who): string => {
    const id = `trig.${who}.${++sequence}`;
    triggers.set(id, who);
    return id;
  };
  const isTo = (who: Who, call: FakeSlackCall): boolean =>
    (call.method === 'chat.postMessage' && call.body['channel'] === dmOf(IDS[who])) ||
    (call.method === 'response_url' && responseUrls.get(call.path) === who) ||
    (call.method === 'views.open' && triggers.get(String(call.body['trigger_id'])) === who);
  const privateTo = (who: Who): Sent[] => fake.calls.filter((c) => isTo(who, c)).map(sentOf);

  await deliver(json(eventCallback({ type: 'member_joined_channel', user: 'UBOT', channel: CHANNEL, channel_type: 'C', team: 'T1', inviter: IDS.an })));
  for (const who of ['cas', 'dirk', 'eva'] as const) await deliver(json(eventCallback({ type: 'member_joined_channel', user: IDS[who], channel: CHANNEL, channel_type: 'C', team: 'T1' })));
  const found = await app.storage.groups.findByConversation('slack', 'T1', CHANNEL);
  if (!found) throw new Error('the group was not created');
  expect((await app.storage.memberships.listByGroup(found.id)).filter((m) => m.active)).toHaveLength(EVERYONE.length);

  return {
    app,
    group: async () => (await app.storage.groups.get(found.id))!,
    key: (who) => personKey('slack', 'T1', IDS[who]),
    async say(who, text, where) {
      const before = privateTo(who).length;
      await deliver(
        where === 'private'
          ? dm(text, { user: IDS[who], channel: dmOf(IDS[who]) })
          : slashCommand(text, { user: IDS[who], channelId: CHANNEL, channelName: CHANNEL_NAME, responseUrl: responseUrl(who) }),
      );
      return privateTo(who).slice(before);
    },
    async submit(who, from, actionId, inputs = {}, value) {
      const call = from.raw as FakeSlackCall;
      const before = privateTo(who).length;
      if (from.modal) {
        const view = call.body['view'] as Json;
        const metadata = JSON.parse(String(view['private_metadata'])) as Json;
        expect(metadata['actionId']).toBe(actionId);
        await deliver(viewSubmission(metadata, stateOf(view['blocks'], inputs), { user: IDS[who] }));
        return privateTo(who).slice(before);
      }
      const button = objectsOf(call.body['blocks']).find(
        (o) => o['type'] === 'button' && o['url'] === undefined && original(String(o['action_id'])) === actionId && (value === undefined || o['value'] === value),
      );
      if (!button) throw new Error(`no ${actionId} button in ${from.all}`);
      const inChannel = call.method === 'response_url';
      await deliver(
        buttonClick(String(button['action_id']), {
          ...(button['value'] !== undefined ? { value: String(button['value']) } : {}),
          user: IDS[who],
          channelId: inChannel ? CHANNEL : dmOf(IDS[who]),
          ...(inChannel ? { channelName: CHANNEL_NAME, responseUrl: responseUrl(who) } : {}),
          triggerId: triggerFor(who),
          values: stateOf(call.body['blocks'], inputs),
        }),
      );
      return privateTo(who).slice(before);
    },
    privateTo,
    formsAsModals: true,
    channelPosts: () => fake.callsTo('chat.postMessage').filter((c) => c.body['channel'] === CHANNEL).map(sentOf),
    async at(iso) {
      app.clock.set(iso);
      await app.manual.runDue(app.clock.now());
      await settled(app);
    },
    async stop() {
      await settled(app);
      await app.stop();
    },
  };
}
