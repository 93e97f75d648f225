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
}

/** A messenger that records what it sends; tests set failures per conversation. */
export class MemoryMessenger implements Messenger {
  readonly sent: Array<{ address: Address; message: OutboundMessage }> = [];
  readonly failures = new Map<string, SendFailure>();
  async send(address: Address, message: OutboundMessage): Promise<SendResult> {
    const failure = this.failures.get(address.conversationId);
    if (failure) return failure;
    this.sent.push({ address, message });
    return { ok: true, messageId: `m-${this.sent.length}` };
  }
}
