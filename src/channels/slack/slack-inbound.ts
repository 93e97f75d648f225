import type { ActionEvent, Actor, Address, InboundEvent } from '../../core/index.js';
import { originalActionId } from './block-kit.js';
import {
  AppMentionEventSchema,
  BlockActionsSchema,
  DialogMetadataSchema,
  EventEnvelopeSchema,
  MemberEventSchema,
  MessageEventSchema,
  SlashCommandSchema,
  ViewSubmissionSchema,
  parseJson,
  type StateValues,
} from './slack-payloads.js';

/** The value of `Address.channel` for Slack. */
export const SLACK = 'slack';

/** How to answer one inbound payload in Slack. */
export interface ReplyRoute {
  /** The conversation to post in with chat.postMessage. */
  channelId: string;
  scope: Address['scope'];
  threadTs?: string;
  /** Where ephemeral answers go (slash commands, clicks). */
  responseUrl?: string;
  /** Answer through `responseUrl` (only the person sees it) instead of posting in the conversation. */
  ephemeral: boolean;
  /** Opens a modal for a dialog card; valid 3 seconds after `receivedAt`. */
  triggerId?: string;
  receivedAt: number;
}

/** A Slack payload as a core event plus the way to answer it, or why it is ignored. */
export type Translation = { ok: true; event: InboundEvent; route: ReplyRoute } | { ok: false; reason: string };

const ignore = (reason: string): Translation => ({ ok: false, reason });

/** The address scope of a Slack conversation, from the channel type or, in commands and clicks, its id and name. */
export function scopeOf(channelId: string, hint?: { channelType?: string; channelName?: string }): Address['scope'] {
  switch (hint?.channelType) {
    case 'im':
      return 'personal';
    case 'mpim':
      return 'group';
    case 'channel':
    case 'group':
      return 'channel';
  }
  if (hint?.channelName === 'directmessage' || channelId.startsWith('D')) return 'personal';
  if (hint?.channelName?.startsWith('mpdm-')) return 'group';
  return 'channel';
}

function address(tenantId: string, conversationId: string, scope: Address['scope'], userId: string): Address {
  return { channel: SLACK, tenantId, conversationId, scope, ...(scope === 'personal' ? { userId } : {}) };
}

/** The values of a message's or modal's inputs, by input id (the element's action id). */
export function stateToInputs(values: StateValues | undefined): Record<string, string | string[]> {
  const inputs: Record<string, string | string[]> = {};
  for (const block of Object.values(values ?? {})) {
    for (const [actionId, state] of Object.entries(block)) {
      const id = originalActionId(actionId);
      if (state.selected_options !== undefined && state.selected_options !== null) {
        inputs[id] = state.selected_options.map((o) => o.value);
      } else if (state.selected_option !== undefined) {
        if (state.selected_option !== null) inputs[id] = state.selected_option.value;
      } else if (typeof state.value === 'string') {
        inputs[id] = state.value;
      }
    }
  }
  return inputs;
}

/** Removes mentions of the bot (`<@UBOT>` or `<@UBOT|name>`) from a message. */
export function stripMention(text: string, botUserId: string | undefined): string {
  const stripped = botUserId ? text.replace(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g'), ' ') : text.replace(/^\s*<@[A-Z0-9]+(?:\|[^>]*)?>/, ' ');
  return stripped.replace(/\s+/g, ' ').trim();
}

/** Events API message in a DM → message event; everything else (bots, edits, joins, channel chatter) is ignored. */
export function fromMessageEvent(body: unknown, botUserId: string | undefined, receivedAt: number): Translation {
  const envelope = EventEnvelopeSchema.safeParse(body);
  if (!envelope.success) return ignore('unexpected event envelope');
  const message = MessageEventSchema.safeParse(envelope.data.event);
  if (!message.success) return ignore('unexpected message event');
  const m = message.data;
  if (m.bot_id !== undefined) return ignore('message from a bot');
  // Edits, deletions, joins and bot_message all carry a subtype; only plain messages (and file shares) are people talking.
  if (m.subtype !== undefined && m.subtype !== 'file_share') return ignore(`message subtype ${m.subtype}`);
  if (!m.user) return ignore('message without user');
  if (botUserId !== undefined && m.user === botUserId) return ignore('own message');
  const scope = scopeOf(m.channel, { ...(m.channel_type ? { channelType: m.channel_type } : {}) });
  // Channel messages reach the bot through app_mention; handling message.channels too would answer twice.
  if (scope !== 'personal') return ignore('message outside a DM');
  const tenantId = envelope.data.team_id;
  const actor: Actor = { id: m.user, tenantId: m.user_team ?? tenantId };
  return {
    ok: true,
    event: { kind: 'message', id: envelope.data.event_id, address: address(tenantId, m.channel, scope, m.user), actor, text: m.text ?? '' },
    route: { channelId: m.channel, scope, ...(m.thread_ts ? { threadTs: m.thread_ts } : {}), ephemeral: false, receivedAt },
  };
}

/** `app_mention` → message event with the mention stripped; answered in the same channel (and thread). */
export function fromAppMention(body: unknown, botUserId: string | undefined, receivedAt: number): Translation {
  const envelope = EventEnvelopeSchema.safeParse(body);
  if (!envelope.success) return ignore('unexpected event envelope');
  const mention = AppMentionEventSchema.safeParse(envelope.data.event);
  if (!mention.success) return ignore('unexpected app_mention event');
  const m = mention.data;
  if (m.bot_id !== undefined || !m.user) return ignore('mention by a bot');
  if (botUserId !== undefined && m.user === botUserId) return ignore('own mention');
  const tenantId = envelope.data.team_id;
  const scope = scopeOf(m.channel);
  return {
    ok: true,
    event: {
      kind: 'message',
      id: envelope.data.event_id,
      address: address(tenantId, m.channel, scope, m.user),
      actor: { id: m.user, tenantId: m.user_team ?? tenantId },
      text: stripMention(m.text, botUserId),
    },
    route: { channelId: m.channel, scope, ...(m.thread_ts ? { threadTs: m.thread_ts } : {}), ephemeral: false, receivedAt },
  };
}

/** `member_joined_channel` / `member_left_channel` → members-added / members-removed, or `installed` when the bot itself joined. */
export function fromMemberEvent(body: unknown, botUserId: string | undefined, receivedAt: number): Translation {
  const envelope = EventEnvelopeSchema.safeParse(body);
  if (!envelope.success) return ignore('unexpected event envelope');
  const parsed = MemberEventSchema.safeParse(envelope.data.event);
  if (!parsed.success) return ignore('unexpected member event');
  const e = parsed.data;
  const tenantId = envelope.data.team_id;
  // Only channels (public C…, private G…) have membership events.
  const scope = 'channel';
  const where: Address = { channel: SLACK, tenantId, conversationId: e.channel, scope };
  const route: ReplyRoute = { channelId: e.channel, scope, ephemeral: false, receivedAt };
  const id = envelope.data.event_id;
  const member: Actor = { id: e.user, tenantId: e.team ?? tenantId };
  if (e.user === botUserId) {
    if (e.type === 'member_left_channel') return ignore('bot left a channel');
    return { ok: true, event: { kind: 'installed', id, address: where, ...(e.inviter ? { actor: { id: e.inviter, tenantId } } : {}) }, route };
  }
  return { ok: true, event: { kind: e.type === 'member_joined_channel' ? 'members-added' : 'members-removed', id, address: where, members: [member] }, route };
}

/** `/leerkring <text>` → message event; an empty command means `hulp`. Answered ephemerally, or in the DM. */
export function fromSlashCommand(body: unknown, receivedAt: number): Translation {
  const parsed = SlashCommandSchema.safeParse(body);
  if (!parsed.success) return ignore('unexpected slash command');
  const c = parsed.data;
  const scope = scopeOf(c.channel_id, c.channel_name ? { channelName: c.channel_name } : {});
  const text = c.text.trim() === '' ? 'hulp' : c.text;
  return {
    ok: true,
    event: { kind: 'message', id: `command:${c.trigger_id}`, address: address(c.team_id, c.channel_id, scope, c.user_id), actor: { id: c.user_id, tenantId: c.team_id }, text },
    route: { channelId: c.channel_id, scope, responseUrl: c.response_url, ephemeral: scope !== 'personal', triggerId: c.trigger_id, receivedAt },
  };
}

/** A button click in a message → action event with the message's input values; selects, link buttons and modal clicks are ignored. */
export function fromBlockActions(body: unknown, receivedAt: number): Translation {
  const parsed = BlockActionsSchema.safeParse(body);
  if (!parsed.success) return ignore('unexpected block_actions payload');
  const b = parsed.data;
  const [action] = b.actions;
  if (!action || action.type !== 'button') return ignore(`block action of type ${action?.type ?? 'none'}`);
  if (action.url !== undefined) return ignore('link button');
  const channelId = b.channel?.id ?? b.container?.channel_id;
  if (!channelId) return ignore('block action outside a conversation');
  const tenantId = b.team?.id ?? b.user.team_id;
  if (!tenantId) return ignore('block action without team');
  const scope = scopeOf(channelId, b.channel?.name ? { channelName: b.channel.name } : {});
  const id = b.trigger_id ? `action:${b.trigger_id}` : `action:${action.action_ts ?? b.message?.ts ?? ''}:${b.user.id}`;
  const event: ActionEvent = {
    kind: 'action',
    id,
    address: address(tenantId, channelId, scope, b.user.id),
    actor: { id: b.user.id, tenantId: b.user.team_id ?? tenantId },
    actionId: originalActionId(action.action_id),
    ...(action.value !== undefined ? { value: action.value } : {}),
    inputs: stateToInputs(b.state?.values),
  };
  const threadTs = b.message?.thread_ts ?? b.container?.thread_ts;
  return {
    ok: true,
    event,
    route: {
      channelId,
      scope,
      ...(threadTs ? { threadTs } : {}),
      ...(b.response_url ? { responseUrl: b.response_url } : {}),
      // One person's click in a shared conversation is answered to that person only.
      ephemeral: scope !== 'personal' && b.response_url !== undefined,
      ...(b.trigger_id ? { triggerId: b.trigger_id } : {}),
      receivedAt,
    },
  };
}

/** A modal's submit → action event routed by the modal's private_metadata, answered where the modal was opened. */
export function fromViewSubmission(body: unknown, receivedAt: number): Translation {
  const parsed = ViewSubmissionSchema.safeParse(body);
  if (!parsed.success) return ignore('unexpected view_submission payload');
  const v = parsed.data;
  const metadata = DialogMetadataSchema.safeParse(parseJson(v.view.private_metadata));
  if (!metadata.success) return ignore('view without Leerkring metadata');
  const m = metadata.data;
  const tenantId = v.team?.id ?? v.user.team_id;
  if (!tenantId) return ignore('view submission without team');
  const event: ActionEvent = {
    kind: 'action',
    id: v.trigger_id ? `view:${v.trigger_id}` : `view:${v.view.id}:${v.view.hash ?? ''}`,
    address: address(tenantId, m.conversationId, m.scope, v.user.id),
    actor: { id: v.user.id, tenantId: v.user.team_id ?? tenantId },
    actionId: m.actionId,
    ...(m.value !== undefined ? { value: m.value } : {}),
    inputs: stateToInputs(v.view.state.values),
  };
  return {
    ok: true,
    event,
    route: {
      channelId: m.conversationId,
      scope: m.scope,
      ...(m.threadTs ? { threadTs: m.threadTs } : {}),
      ...(m.responseUrl ? { responseUrl: m.responseUrl } : {}),
      ephemeral: m.scope !== 'personal' && m.responseUrl !== undefined,
      receivedAt,
    },
  };
}
