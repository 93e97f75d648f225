import { z } from 'zod';

// Slack ids are short (T…, U…, C…, D…); the cap keeps a forged payload from smuggling huge keys into storage.
const SlackId = z.string().min(1).max(64);
const Ts = z.string().min(1).max(64);

const Loose = z.object({}).loose();

/**
 * The least Bolt's own routing reads without checking (App.processEvent dereferences `event`, `user`, `view`).
 * A signed body without it is acknowledged and dropped instead of crashing inside Bolt.
 */
export const BoltBodySchema = z.union([
  // Bolt reads `channel` (a string, or an object with an id) before any listener runs; anything else makes it throw.
  z.object({ event: z.object({ type: z.string(), item: Loose.optional(), channel: z.union([z.string(), z.object({ id: z.string() }).loose()]).optional() }).loose() }).loose(),
  z.object({ command: z.string(), team_id: z.string(), user_id: z.string(), event: z.undefined().optional() }).loose(),
  z
    .object({ type: z.string(), user: z.object({ id: z.string() }).loose(), actions: z.array(Loose).optional(), view: Loose.optional(), event: z.undefined().optional() })
    .loose()
    .refine((b) => !b.type.startsWith('view_') || b.view !== undefined),
]);

/** The Events API envelope (`event_callback`); the inner event is parsed per type. */
export const EventEnvelopeSchema = z.object({
  type: z.literal('event_callback'),
  team_id: SlackId,
  event_id: z.string().min(1).max(128),
  event: z.object({ type: z.string() }).loose(),
});

/** A `message` event (DMs: `message.im`). */
export const MessageEventSchema = z.object({
  type: z.literal('message'),
  channel: SlackId,
  channel_type: z.string().optional(),
  user: SlackId.optional(),
  text: z.string().optional(),
  ts: Ts,
  thread_ts: Ts.optional(),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
  user_team: SlackId.optional(),
});

/** An `app_mention` event: someone wrote @leerkring in a channel. */
export const AppMentionEventSchema = z.object({
  type: z.literal('app_mention'),
  channel: SlackId,
  user: SlackId.optional(),
  text: z.string(),
  ts: Ts,
  thread_ts: Ts.optional(),
  bot_id: z.string().optional(),
  user_team: SlackId.optional(),
});

/** `member_joined_channel` / `member_left_channel`. */
export const MemberEventSchema = z.object({
  type: z.enum(['member_joined_channel', 'member_left_channel']),
  channel: SlackId,
  channel_type: z.string().optional(),
  user: SlackId,
  team: SlackId.optional(),
  inviter: SlackId.optional(),
});

/** A slash command (form-encoded fields). */
export const SlashCommandSchema = z.object({
  command: z.string().min(1),
  text: z.string().default(''),
  user_id: SlackId,
  team_id: SlackId,
  channel_id: SlackId,
  channel_name: z.string().optional(),
  response_url: z.url({ protocol: /^https?$/ }),
  trigger_id: z.string().min(1).max(256),
});

const PlainOption = z.object({ value: z.string() });

/** The state of one input element in `state.values`. */
export const ElementStateSchema = z.object({
  type: z.string(),
  value: z.string().nullish(),
  selected_option: PlainOption.nullish(),
  selected_options: z.array(PlainOption).nullish(),
});

/** `state.values`: block id → action id → element state. */
export const StateValuesSchema = z.record(z.string(), z.record(z.string(), ElementStateSchema));

const User = z.object({ id: SlackId, team_id: SlackId.optional() });
const Team = z.object({ id: SlackId }).nullish();

/** One element of `block_actions.actions`. */
export const BlockActionSchema = z.object({
  type: z.string(),
  action_id: z.string().min(1).max(255),
  value: z.string().optional(),
  url: z.string().optional(),
  action_ts: z.string().optional(),
});

/** A `block_actions` interaction (a click in a message). */
export const BlockActionsSchema = z.object({
  type: z.literal('block_actions'),
  trigger_id: z.string().min(1).max(256).optional(),
  user: User,
  team: Team,
  channel: z.object({ id: SlackId, name: z.string().optional() }).optional(),
  container: z.object({ type: z.string(), channel_id: SlackId.optional(), thread_ts: Ts.optional() }).loose().optional(),
  message: z.object({ ts: Ts, thread_ts: Ts.optional() }).loose().optional(),
  response_url: z.url({ protocol: /^https?$/ }).optional(),
  actions: z.array(BlockActionSchema).min(1),
  state: z.object({ values: StateValuesSchema }).optional(),
});

/** A `view_submission` interaction (a modal's submit button). */
export const ViewSubmissionSchema = z.object({
  type: z.literal('view_submission'),
  trigger_id: z.string().min(1).max(256).optional(),
  user: User,
  team: Team,
  view: z.object({
    id: z.string().min(1),
    hash: z.string().optional(),
    callback_id: z.string().optional(),
    private_metadata: z.string().max(3000),
    state: z.object({ values: StateValuesSchema }),
  }),
});

/** What a modal remembers between opening and submit (its `private_metadata`, JSON, ≤3000 chars). */
export const DialogMetadataSchema = z.object({
  actionId: z.string().min(1).max(100),
  value: z.string().max(2000).optional(),
  conversationId: SlackId,
  scope: z.enum(['personal', 'group', 'channel']),
  threadTs: Ts.optional(),
  responseUrl: z.url({ protocol: /^https?$/ }).optional(),
});

/** Routing info carried by a modal. */
export type DialogMetadata = z.infer<typeof DialogMetadataSchema>;
/** The parsed `state.values` of a message or modal. */
export type StateValues = z.infer<typeof StateValuesSchema>;
/** A parsed slash command. */
export type SlashCommand = z.infer<typeof SlashCommandSchema>;
/** A parsed `block_actions` body. */
export type BlockActions = z.infer<typeof BlockActionsSchema>;
/** A parsed `view_submission` body. */
export type ViewSubmission = z.infer<typeof ViewSubmissionSchema>;

/** `auth.test`'s answer, as far as we read it. */
export const AuthTestSchema = z.object({ user_id: SlackId, bot_id: z.string().optional() });

/** `users.info`'s answer, as far as we read it. */
export const UserInfoSchema = z.object({
  user: z.object({
    name: z.string().optional(),
    real_name: z.string().optional(),
    is_bot: z.boolean().optional(),
    profile: z.object({ display_name: z.string().optional(), real_name: z.string().optional() }).optional(),
  }),
});

/** Parses JSON without throwing. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
