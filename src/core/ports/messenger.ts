import type { Address } from '../model/events.js';
import type { OutboundMessage } from '../model/message.js';

/** Why a send did not arrive; the core decides what to do (retry later, mark unreachable). */
export type SendFailure =
  | { ok: false; reason: 'unreachable'; detail?: string }
  | { ok: false; reason: 'rate-limited'; retryAfterMs: number; detail?: string }
  | { ok: false; reason: 'transient'; detail?: string };

/** Result of one proactive send. */
export type SendResult = { ok: true; messageId?: string } | SendFailure;

/** Sends messages outside a turn (reminders, notifications) to a stored address. */
export interface Messenger {
  send(address: Address, message: OutboundMessage): Promise<SendResult>;
  /**
   * Opens a direct chat with a member of the conversation at `via` (a group's channel), for people who
   * never wrote to the bot themselves. Resolves with the new personal address, or undefined when the
   * platform cannot (e.g. the app is not available to that person).
   */
  openDirect?(via: Address, userId: string): Promise<Address | undefined>;
}

/** A messenger that records what it sends; tests set failures per conversation. */
export class MemoryMessenger implements Messenger {
  readonly sent: Array<{ address: Address; message: OutboundMessage }> = [];
  readonly failures = new Map<string, SendFailure>();
  /** User ids the platform will not open a direct chat with (e.g. the app is blocked for them). */
  readonly closedDirect = new Set<string>();
  async openDirect(via: Address, userId: string): Promise<Address | undefined> {
    if (this.closedDirect.has(userId)) return undefined;
    return { channel: via.channel, tenantId: via.tenantId, conversationId: `dm-${userId}`, scope: 'personal', userId };
  }
  async send(address: Address, message: OutboundMessage): Promise<SendResult> {
    const failure = this.failures.get(address.conversationId);
    if (failure) return failure;
    this.sent.push({ address, message });
    return { ok: true, messageId: `m-${this.sent.length}` };
  }
}
