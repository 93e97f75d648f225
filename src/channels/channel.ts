import type { Server } from 'restify';
import type { Address, Directory, Messenger, OutboundMessage, RosterMember, SendResult } from '../core/index.js';

/** A channel adapter as the composition root sees it: routes on the shared server, and a messenger for proactive sends. */
export interface ChannelModule {
  /** `teams`, `slack`: the value of `Address.channel` for addresses this module owns. */
  readonly name: string;
  /** Adds this channel's routes to the shared restify server. */
  mount(server: Server): void;
  /** Sends to addresses this channel owns. */
  readonly messenger: Messenger;
  /** Reads channel rosters; a channel without one reports no members (groups then grow as people write). */
  readonly directory?: Directory;
  /** Waits for work still running on acknowledged requests; called before storage closes. */
  close?(): Promise<void>;
}

/** Routes proactive sends to the channel that owns the address. */
export class ChannelRouterMessenger implements Messenger {
  private readonly byName = new Map<string, Messenger>();
  /** Registers the messenger for a channel name. */
  register(channel: string, messenger: Messenger): void {
    this.byName.set(channel, messenger);
  }
  async send(address: Address, message: OutboundMessage): Promise<SendResult> {
    const messenger = this.byName.get(address.channel);
    if (!messenger) return { ok: false, reason: 'unreachable', detail: `channel ${address.channel} is not enabled` };
    return messenger.send(address, message);
  }
  async openDirect(via: Address, userId: string): Promise<Address | undefined> {
    return this.byName.get(via.channel)?.openDirect?.(via, userId);
  }
}

/** Routes roster reads to the channel that owns the address. */
export class ChannelRouterDirectory implements Directory {
  private readonly byName = new Map<string, Directory>();
  /** Registers the directory for a channel name. */
  register(channel: string, directory: Directory): void {
    this.byName.set(channel, directory);
  }
  async listMembers(address: Address): Promise<RosterMember[]> {
    return (await this.byName.get(address.channel)?.listMembers(address)) ?? [];
  }
}
