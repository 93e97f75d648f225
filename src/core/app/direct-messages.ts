import type { Address } from '../model/events.js';
import type { OutboundMessage } from '../model/message.js';
import type { SendResult } from '../ports/messenger.js';
import type { CoreDeps } from './context.js';

/** Key under which a conversation's address is stored for later (proactive) sends. */
export const conversationKey = (channel: string, tenantId: string, conversationId: string): string =>
  `conv:${channel}:${tenantId}:${conversationId}`;

/** The stored address of a group's channel (set when anyone used the bot there). */
export function channelAddressOf(deps: CoreDeps, group: { channel: string; tenantId: string; conversationId: string }): Promise<Address | undefined> {
  return deps.storage.addresses.get(conversationKey(group.channel, group.tenantId, group.conversationId));
}

/**
 * Where to reach a person privately: their own chat with the bot if they ever wrote to it, otherwise a
 * direct chat opened through the group's channel (most members only ever appear in a roster).
 */
export async function directAddressOf(deps: CoreDeps, personKey: string, group?: { channel: string; tenantId: string; conversationId: string }): Promise<Address | undefined> {
  const stored = await deps.storage.addresses.get(personKey);
  if (stored) return stored;
  if (!group || !deps.messenger.openDirect) return undefined;
  const person = await deps.storage.people.get(personKey);
  const via = await channelAddressOf(deps, group);
  if (!person || !via) return undefined;
  const opened = await deps.messenger.openDirect(via, person.userId);
  if (opened) await deps.storage.addresses.save(personKey, opened);
  return opened;
}

/** Sends a private message to a member, opening a direct chat through the group's channel when needed. */
export async function sendToPerson(
  deps: CoreDeps,
  personKey: string,
  message: OutboundMessage,
  group?: { channel: string; tenantId: string; conversationId: string },
): Promise<SendResult> {
  const address = await directAddressOf(deps, personKey, group);
  if (!address) return { ok: false, reason: 'unreachable', detail: 'no direct chat with this person' };
  return deps.messenger.send(address, message);
}
