import type { Address } from '../model/events.js';

/** A member of a conversation's roster as the platform reports it. */
export interface RosterMember {
  id: string;
  name?: string;
}

/** Reads who is in a channel conversation (Teams paged roster, Slack conversations.members). */
export interface Directory {
  /** Everyone in the conversation except the bot; rejects when the platform cannot be reached. */
  listMembers(address: Address): Promise<RosterMember[]>;
}

/** A directory for tests: rosters set per conversation id. */
export class MemoryDirectory implements Directory {
  readonly rosters = new Map<string, RosterMember[]>();
  async listMembers(address: Address): Promise<RosterMember[]> {
    return this.rosters.get(address.conversationId) ?? [];
  }
}
