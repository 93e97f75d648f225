import type { CoreDeps } from '../../app/context.js';
import { channelAddressOf, directAddressOf } from '../../app/direct-messages.js';
import { translator, type Translate } from '../../i18n/translate.js';
import { DEFAULT_LANGUAGE, type Language } from '../../i18n/languages.js';
import type { Address } from '../../model/events.js';
import type { OutboundMessage } from '../../model/message.js';
import { activeMembers } from '../groups/group-access.js';
import type { Group } from '../groups/group.js';

/** Posts in the group's channel through the stored conversation address; false when it did not arrive. */
export async function postToGroup(deps: CoreDeps, group: Group, message: OutboundMessage): Promise<boolean> {
  const stored = await channelAddressOf(deps, group);
  // Without a stored address (never happens after a message in the channel) the bare ids still reach Slack channels.
  const address: Address = stored ?? { channel: group.channel, tenantId: group.tenantId, conversationId: group.conversationId, scope: 'channel' };
  try {
    const result = await deps.messenger.send(address, message);
    if (!result.ok) deps.logger.warn('moments: channel post did not arrive', { groupId: group.id, reason: result.reason });
    return result.ok;
  } catch (error) {
    deps.logger.warn('moments: channel post failed', { groupId: group.id, error: error instanceof Error ? error.message : String(error) });
    return false;
  }
}

/** How a notification round went. */
export interface NotifyOutcome {
  sent: number;
  /** Members the bot has no personal chat with yet. */
  noAddress: number;
  failed: number;
}

/**
 * Sends every active member (except `except`) a direct message in their own language: to their own chat
 * with the bot, or one opened through the group's channel. People the platform cannot reach are counted;
 * one failing recipient never stops the others.
 */
export async function notifyMembers(deps: CoreDeps, group: Group, build: (t: Translate, language: Language) => OutboundMessage, except?: string): Promise<NotifyOutcome> {
  const outcome: NotifyOutcome = { sent: 0, noAddress: 0, failed: 0 };
  for (const member of await activeMembers(deps, group.id)) {
    const key = member.membership.personKey;
    if (key === except) continue;
    const address = await directAddressOf(deps, key, group);
    if (!address || address.scope !== 'personal') {
      outcome.noAddress++;
      continue;
    }
    const language = member.person?.language ?? DEFAULT_LANGUAGE;
    try {
      const result = await deps.messenger.send(address, build(translator(language), language));
      if (result.ok) outcome.sent++;
      else {
        outcome.failed++;
        deps.logger.warn('moments: notification did not arrive', { groupId: group.id, reason: result.reason });
      }
    } catch (error) {
      outcome.failed++;
      deps.logger.warn('moments: notification failed', { groupId: group.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return outcome;
}
