import { TeamsInfo, type CloudAdapter } from 'botbuilder';
import type { Address, Directory, RosterMember } from '../../core/index.js';
import { referenceOf } from './conversation-reference.js';

const PAGE_SIZE = 500;
// A team has at most 25,000 members; the cap only guards against a connector that keeps paging.
const MAX_PAGES = 60;

/** Reads the roster of a stored Teams conversation (the team of a channel, or a group chat) by paging through its members. */
export function createTeamsDirectory(opts: { adapter: CloudAdapter; appId?: string }): Directory {
  return {
    async listMembers(address: Address): Promise<RosterMember[]> {
      const reference = referenceOf(address);
      if (!reference) throw new Error('the address has no Teams conversation reference');
      const botId = reference.bot?.id;
      const members: RosterMember[] = [];
      const outcome: { error?: unknown } = {};
      await opts.adapter.continueConversationAsync(opts.appId ?? '', reference, async (context) => {
        // Caught here: with onTurnError set, the SDK would swallow the error and we would report an empty team.
        try {
          let token: string | undefined;
          for (let page = 0; page < MAX_PAGES; page++) {
            const result = await TeamsInfo.getPagedMembers(context, PAGE_SIZE, token);
            for (const member of result.members ?? []) {
              if (member.id === botId) continue;
              members.push({ id: member.aadObjectId ?? member.id, ...(member.name ? { name: member.name } : {}) });
            }
            token = result.continuationToken || undefined;
            if (!token) return;
          }
        } catch (error) {
          outcome.error = error;
        }
      });
      if (outcome.error) throw outcome.error;
      return members;
    },
  };
}
