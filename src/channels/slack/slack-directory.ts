import type { webApi } from '@slack/bolt';
import { z } from 'zod';
import type { Address, Directory, RosterMember } from '../../core/index.js';
import type { BotIdentity, UserNames } from './slack-identity.js';

type WebClient = InstanceType<typeof webApi.WebClient>;

const MembersPageSchema = z.object({
  members: z.array(z.string()),
  response_metadata: z.object({ next_cursor: z.string().optional() }).optional(),
});

const PAGE_SIZE = 1000;
// A guard against a cursor that never ends; 50 pages is 50 000 members.
const MAX_PAGES = 50;
// Names are looked up a few at a time so a large channel does not trip Slack's users.info rate limit.
const NAME_BATCH = 10;

/** Reads a Slack channel's members with conversations.members, and their display names. */
export function createSlackDirectory(opts: { client: WebClient; identity: BotIdentity; names: UserNames }): Directory {
  return {
    async listMembers(address: Address): Promise<RosterMember[]> {
      const botUserId = await opts.identity.userId();
      const ids: string[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const result = MembersPageSchema.parse(
          await opts.client.conversations.members({ channel: address.conversationId, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) }),
        );
        ids.push(...result.members.filter((id) => id !== botUserId));
        cursor = result.response_metadata?.next_cursor || undefined;
        if (!cursor) break;
      }
      const members: RosterMember[] = [];
      for (let i = 0; i < ids.length; i += NAME_BATCH) {
        const batch = ids.slice(i, i + NAME_BATCH);
        const names = await Promise.all(batch.map((id) => opts.names.get(address.tenantId, id)));
        batch.forEach((id, j) => members.push({ id, ...(names[j] ? { name: names[j] } : {}) }));
      }
      return members;
    },
  };
}
