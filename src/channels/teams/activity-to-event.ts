import { createHash } from 'node:crypto';
import { TurnContext, type Activity } from 'botbuilder';
import { z } from 'zod';
import { LIMITS, type ActionEvent, type Actor, type Address, type InboundEvent } from '../../core/index.js';
import { SUBMIT_ROUTING_KEYS } from './adaptive-card.js';

// Optional Bot Framework fields are sometimes sent as null, so optional means nullish here.
const AccountSchema = z.looseObject({
  id: z.string().min(1).max(512),
  name: z.string().max(512).nullish(),
  aadObjectId: z.string().min(1).max(128).nullish(),
});

/** The envelope every activity must have before it reaches the SDK; anything else is answered 400. */
export const TeamsActivitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().min(1).max(512).nullish(),
  name: z.string().max(256).nullish(),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.url({ protocol: /^https?$/ }).max(2048),
  from: AccountSchema,
  recipient: AccountSchema,
  conversation: z.looseObject({
    id: z.string().min(1).max(1024),
    conversationType: z.string().max(64).nullish(),
    tenantId: z.string().max(128).nullish(),
    isGroup: z.boolean().nullish(),
    name: z.string().max(512).nullish(),
  }),
  channelData: z
    .looseObject({
      tenant: z.looseObject({ id: z.string().max(128).nullish() }).nullish(),
      team: z.looseObject({ name: z.string().max(512).nullish() }).nullish(),
    })
    .nullish(),
  text: z.string().nullish(),
  value: z.unknown().optional(),
  action: z.string().max(64).nullish(),
  entities: z.array(z.unknown()).max(100).nullish(),
  membersAdded: z.array(AccountSchema).max(1000).nullish(),
  membersRemoved: z.array(AccountSchema).max(1000).nullish(),
});

/** An activity that passed the envelope schema. */
export type TeamsActivity = z.infer<typeof TeamsActivitySchema>;

const MentionSchema = z.looseObject({
  type: z.literal('mention'),
  text: z.string().nullish(),
  mentioned: z.looseObject({ id: z.string().min(1).max(512), name: z.string().max(512).nullish(), aadObjectId: z.string().min(1).max(128).nullish() }),
});

type Mention = z.infer<typeof MentionSchema>;

/** The `value` of an `Action.Submit` click (or the `data` of an `Action.Execute`): routing keys plus input values. */
export const SubmitSchema = z.looseObject({
  actionId: z.string().min(1).max(LIMITS.actionId),
  value: z.string().max(LIMITS.actionValue).optional(),
  lkMulti: z.array(z.string().min(1).max(LIMITS.inputId)).max(LIMITS.options).optional(),
});

const ExecuteSchema = z.looseObject({
  action: z.looseObject({ type: z.literal('Action.Execute'), verb: z.string(), data: z.record(z.string(), z.unknown()).nullish() }),
});

/** A parsed submit: what the core needs of a click. */
export type SubmittedAction = Pick<ActionEvent, 'actionId' | 'value' | 'inputs'>;

/**
 * Reads a submitted card value. Keys other than the routing keys are input ids; inputs named in
 * `lkMulti` arrive as one comma-joined string and are split again. Undefined when the value is not ours.
 */
export function parseSubmit(raw: unknown): SubmittedAction | undefined {
  const parsed = SubmitSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const { actionId, value, lkMulti = [] } = parsed.data;
  const inputs: Record<string, string | string[]> = {};
  for (const [id, input] of Object.entries(parsed.data)) {
    if ((SUBMIT_ROUTING_KEYS as readonly string[]).includes(id) || id.length > LIMITS.inputId) continue;
    // Teams adds its own objects (e.g. `msteams`) to submit data; inputs are always scalars.
    if (typeof input !== 'string' && typeof input !== 'number' && typeof input !== 'boolean') continue;
    const text = String(input);
    inputs[id] = lkMulti.includes(id) ? text.split(',').map((v) => v.trim()).filter((v) => v !== '') : text;
  }
  // An untouched multi-select may be left out of the submit; the core should still see "nothing chosen".
  for (const id of lkMulti) inputs[id] ??= [];
  return { actionId, ...(value !== undefined ? { value } : {}), inputs };
}

function scopeOf(activity: TeamsActivity): Address['scope'] {
  switch (activity.conversation.conversationType) {
    case 'personal':
      return 'personal';
    case 'channel':
      return 'channel';
    case 'groupChat':
      return 'group';
  }
  if (!activity.conversation.isGroup) return 'personal';
  return activity.channelData && 'channel' in activity.channelData ? 'channel' : 'group';
}

// aadObjectId is the person's Entra id: the same in every chat and team, unlike the per-bot `29:` id.
const actorOf = (account: { id: string; name?: string | null; aadObjectId?: string | null }, tenantId: string): Actor => ({
  id: account.aadObjectId ?? account.id,
  tenantId,
  ...(account.name ? { name: account.name } : {}),
});

function addressOf(activity: TeamsActivity, tenantId: string, scope: Address['scope']): Address {
  // In a channel the conversation id names the thread (`19:…@thread.tacv2;messageid=…`); the group is the
  // channel itself, and a later (proactive) message should start a new post rather than answer an old thread.
  const conversationId = activity.conversation.id.split(';messageid=')[0] ?? activity.conversation.id;
  const reference = TurnContext.getConversationReference(activity as unknown as Partial<Activity>);
  // A shared conversation's stored reference must not remember who acted last, or proactive posts there are
  // addressed to (and threaded under) that person, e.g. someone who just chose to answer anonymously.
  const { user: _user, activityId: _activityId, ...shared } = reference;
  const kept = scope === 'personal' ? reference : shared;
  // A JSON round trip keeps the stored reference plain data (no undefined fields, no class instances).
  const ref = JSON.parse(JSON.stringify({ ...kept, conversation: { ...kept.conversation, id: conversationId } })) as Record<string, unknown>;
  return {
    channel: 'teams',
    tenantId,
    conversationId,
    scope,
    ...(scope === 'personal' ? { userId: activity.from.aadObjectId ?? activity.from.id } : {}),
    ref,
  };
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Removes the bot's @mention (`<at>Leerkring</at>`) from the text and writes other mentions as `@Name`.
 * The entity text is matched first; a bare `<at>` tag with the bot's name is removed too.
 */
function cleanText(text: string, mentions: Mention[], botId: string, botName?: string | null): string {
  let result = text;
  const names = new Set<string>(botName ? [botName] : []);
  for (const mention of mentions) {
    if (mention.mentioned.id !== botId) continue;
    if (mention.text) result = result.split(mention.text).join(' ');
    if (mention.mentioned.name) names.add(mention.mentioned.name);
  }
  for (const name of names) result = result.replace(new RegExp(`<at>\\s*${escapeRegExp(name)}\\s*</at>`, 'gi'), ' ');
  return result
    .replace(/<at>\s*@?(.*?)\s*<\/at>/gi, '@$1')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Teams user ids start with 29: (8:orgid: in some payloads); channel, team and tag mentions are not people.
const isPerson = (mention: Mention): boolean => Boolean(mention.mentioned.aadObjectId) || /^(29|8):/.test(mention.mentioned.id);

/**
 * The people mentioned besides the bot, in order of appearance, once each. Mention entities carry the
 * `29:` id and rarely the Entra id; the channel resolves them to Entra ids before the core sees them.
 */
function mentionedPeople(text: string, mentions: Mention[], botId: string, tenantId: string): Actor[] {
  const position = (m: Mention): number => {
    const at = m.text ? text.indexOf(m.text) : -1;
    return at === -1 ? Number.MAX_SAFE_INTEGER : at;
  };
  const people = mentions.filter((m) => m.mentioned.id !== botId && isPerson(m)).sort((a, b) => position(a) - position(b));
  const seen = new Set<string>();
  return people.flatMap((m) => {
    const actor = actorOf(m.mentioned, tenantId);
    if (seen.has(actor.id)) return [];
    seen.add(actor.id);
    return [actor];
  });
}

function eventId(activity: TeamsActivity): string {
  return activity.id ?? `h:${createHash('sha256').update(JSON.stringify(activity)).digest('hex').slice(0, 32)}`;
}

function messageToEvent(activity: TeamsActivity, botId: string, base: { id: string; address: Address; actor: Actor }): InboundEvent | undefined {
  if (activity.value !== undefined && activity.value !== null && typeof activity.value === 'object' && 'actionId' in activity.value) {
    const submitted = parseSubmit(activity.value);
    return submitted ? { kind: 'action', ...base, ...submitted } : undefined;
  }
  const mentions = (activity.entities ?? []).flatMap((e) => {
    const parsed = MentionSchema.safeParse(e);
    return parsed.success ? [parsed.data] : [];
  });
  if (base.address.scope !== 'personal' && !mentions.some((m) => m.mentioned.id === botId)) return undefined;
  const text = activity.text ?? '';
  const people = mentionedPeople(text, mentions, botId, base.actor.tenantId);
  return { kind: 'message', ...base, text: cleanText(text, mentions, botId, activity.recipient.name), ...(people.length ? { mentions: people } : {}) };
}

/**
 * Teams announces one install twice, in no fixed order: an `installationUpdate` (action `add`) and a
 * `conversationUpdate` whose membersAdded holds the bot. Preferring one would cost the welcome whenever that
 * one is not sent, so both become `installed` with the same event id per conversation and the core's duplicate
 * check welcomes once. The price: a reinstall is welcomed again only after the inbox has forgotten the first.
 */
const installedId = (address: Address): string => `installed:${address.conversationId}`;

// The team's name names a PLG better than "General"; group chats only have a topic when someone set one.
function installed(activity: TeamsActivity, address: Address, actor: Actor): InboundEvent {
  const name = activity.channelData?.team?.name ?? activity.conversation.name;
  return { kind: 'installed', id: installedId(address), address, actor, ...(name ? { conversationName: name } : {}) };
}

/**
 * Turns a Teams activity into a core event. Undefined for activities the core does not handle: other types,
 * channel messages that do not @mention the bot, the bot's own removal, app upgrades, malformed submits.
 */
export function activityToEvent(raw: unknown, botId: string): InboundEvent | undefined {
  const parsed = TeamsActivitySchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const activity = parsed.data;
  const tenantId = activity.conversation.tenantId ?? activity.channelData?.tenant?.id ?? 'default';
  const scope = scopeOf(activity);
  const address = addressOf(activity, tenantId, scope);
  const actor = actorOf(activity.from, tenantId);
  const id = eventId(activity);

  switch (activity.type) {
    case 'message':
      return messageToEvent(activity, botId, { id, address, actor });
    case 'invoke': {
      if (activity.name !== 'adaptiveCard/action') return undefined;
      const execute = ExecuteSchema.safeParse(activity.value);
      if (!execute.success) return undefined;
      const submitted = parseSubmit({ ...execute.data.action.data, actionId: execute.data.action.verb });
      return submitted ? { kind: 'action', id, address, actor, ...submitted } : undefined;
    }
    case 'installationUpdate':
      return activity.action === 'add' ? installed(activity, address, actor) : undefined;
    case 'conversationUpdate': {
      const added = activity.membersAdded ?? [];
      if (added.some((m) => m.id === botId)) return installed(activity, address, actor);
      const removed = (activity.membersRemoved ?? []).filter((m) => m.id !== botId);
      const others = added.filter((m) => m.id !== botId);
      if (others.length) return { kind: 'members-added', id, address, members: others.map((m) => actorOf(m, tenantId)) };
      if (removed.length) return { kind: 'members-removed', id, address, members: removed.map((m) => actorOf(m, tenantId)) };
      return undefined;
    }
    default:
      return undefined;
  }
}
