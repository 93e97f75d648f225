import type { webApi } from '@slack/bolt';
import type { Address, Logger, Messenger, OutboundMessage, SendResult } from '../../core/index.js';
import { toSlackMessage } from './block-kit.js';
import { describeSlackError, toSendFailure } from './slack-errors.js';
import { SLACK } from './slack-inbound.js';

type WebClient = webApi.WebClient;

/** Proactive sends to Slack: DMs through conversations.open, channels directly. Never retries; the caller decides. */
export class SlackMessenger implements Messenger {
  constructor(
    private readonly client: WebClient,
    private readonly logger: Logger,
  ) {}

  async send(address: Address, message: OutboundMessage): Promise<SendResult> {
    if (address.channel !== SLACK) return { ok: false, reason: 'unreachable', detail: `not a Slack address (${address.channel})` };
    try {
      const channel = await this.target(address);
      if (!channel) return { ok: false, reason: 'unreachable', detail: 'no direct message channel for this person' };
      const result = await this.client.chat.postMessage({ channel, ...toSlackMessage(message) });
      return { ok: true, ...(typeof result.ts === 'string' ? { messageId: `${channel}:${result.ts}` } : {}) };
    } catch (error) {
      const failure = toSendFailure(error);
      this.logger.warn('slack: send failed', { conversationId: address.conversationId, scope: address.scope, reason: failure.reason, error: describeSlackError(error) });
      return failure;
    }
  }

  /** Slack opens a DM with any member by user id when sending (conversations.open), so the address is enough. */
  async openDirect(via: Address, userId: string): Promise<Address | undefined> {
    if (via.channel !== SLACK) return undefined;
    return { channel: SLACK, tenantId: via.tenantId, conversationId: `dm:${userId}`, scope: 'personal', userId };
  }

  // The stored DM id may be a conversation between two people (a slash command there); the bot's own DM is asked fresh.
  private async target(address: Address): Promise<string | undefined> {
    if (address.scope !== 'personal' || !address.userId) return address.conversationId;
    const opened = await this.client.conversations.open({ users: address.userId });
    return opened.channel?.id;
  }
}
