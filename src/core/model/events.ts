/**
 * The inbound-event union: everything a channel can tell the core, already validated.
 */

/** Who did something. `id` is the channel's user id; `tenantId` is the Teams tenant or Slack workspace. */
export interface Actor {
  id: string;
  tenantId: string;
  name?: string;
}

/**
 * Where to answer, and where to send later (reminders). Opaque to the core: it stores and
 * passes it back to the messenger, but never branches on `channel`.
 */
export interface Address {
  /** Which channel adapter owns this address (`teams`, `slack`, …); used only for routing. */
  channel: string;
  tenantId: string;
  conversationId: string;
  /** `personal` is a direct chat with one person; `channel` a team channel; `group` a group chat. */
  scope: 'personal' | 'channel' | 'group';
  /** Set for personal addresses: the person this conversation reaches. */
  userId?: string;
  /** Channel-specific data needed to send later (Teams conversation reference); never read by the core. */
  ref?: Record<string, unknown>;
}

interface EventBase {
  /** Unique per delivery from the platform; used to drop duplicates. */
  id: string;
  address: Address;
}

/** A person wrote to the bot (direct message, @mention, or a Slack slash command). */
export interface MessageEvent extends EventBase {
  kind: 'message';
  actor: Actor;
  /** The text with the bot mention and the slash command name stripped; other mentions stay as `@Name`. */
  text: string;
  /** People mentioned in the text (not the bot), in order of appearance. */
  mentions?: Actor[];
}

/** A person clicked a button or submitted a card/form. */
export interface ActionEvent extends EventBase {
  kind: 'action';
  actor: Actor;
  actionId: string;
  value?: string;
  /** Values of the card's inputs, by input id. */
  inputs: Record<string, string | string[]>;
}

/** The bot was added to a team, channel, group chat or personal scope. */
export interface InstalledEvent extends EventBase {
  kind: 'installed';
  /** Who added the bot, when the platform says so. */
  actor?: Actor;
  /** The team or channel name, when the platform says so; becomes the group's first name. */
  conversationName?: string;
}

/** People joined a conversation the bot is in. */
export interface MembersAddedEvent extends EventBase {
  kind: 'members-added';
  members: Actor[];
}

/** People left a conversation the bot is in. */
export interface MembersRemovedEvent extends EventBase {
  kind: 'members-removed';
  members: Actor[];
}

/** Everything the core can receive. */
export type InboundEvent = MessageEvent | ActionEvent | InstalledEvent | MembersAddedEvent | MembersRemovedEvent;

/** A stable, tenant-scoped key for a person: one tenant or workspace never sees another's people. */
export const personKey = (channel: string, tenantId: string, userId: string): string => `${channel}:${tenantId}:${userId}`;
