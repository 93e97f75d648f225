import type { CoreDeps, HandlerContext } from '../../../app/context.js';
import type { Person, QuietHours } from '../../../ports/storage.js';
import { activeMembers, groupOfConversation, groupsOfPerson, requireFacilitator } from '../../groups/group-access.js';
import type { Group } from '../../groups/group.js';
import { DEFAULT_ZONE } from '../../groups/roster-sync.js';
import { quietUntil } from '../../reminders/quiet-hours.js';
import { postForPerson } from '../starter-access.js';
import type { StarterPost } from '../starter.js';

/**
 * The groups a facilitator command is about: in a channel its group (refusing anyone but its facilitators), in a
 * direct chat every group the person facilitates. Undefined when answered already.
 */
export async function facilitatedGroups(ctx: HandlerContext): Promise<Group[] | undefined> {
  if (ctx.event.address.scope !== 'personal') {
    const group = await groupOfConversation(ctx);
    if (!group) {
      await ctx.reply({ text: ctx.t('group.none') });
      return undefined;
    }
    return (await requireFacilitator(ctx, group)) ? [group] : undefined;
  }
  const groups = (await groupsOfPerson(ctx.deps, ctx.person)).filter((g) => g.role === 'facilitator').map((g) => g.group);
  if (groups.length === 0) {
    await ctx.reply({ text: ctx.t('results.notFacilitatorAnywhere') });
    return undefined;
  }
  return groups;
}

/** A post by id for a facilitator of its group; otherwise answers "not found" or who the facilitators are. */
export async function postForFacilitator(ctx: HandlerContext, postId: string | undefined): Promise<{ post: StarterPost; group: Group } | undefined> {
  const found = await postForPerson(ctx, postId);
  if (!found) return undefined;
  return (await requireFacilitator(ctx, found.group)) ? found : undefined;
}

/** True when the person is an active facilitator of the group (for jobs, which have no handler context). */
export async function facilitates(deps: CoreDeps, groupId: string, personKey: string): Promise<boolean> {
  const m = await deps.storage.memberships.get(groupId, personKey);
  return !!m?.active && m.role === 'facilitator';
}

/** The group's active facilitators, longest-serving first. */
export async function facilitatorsOf(deps: CoreDeps, groupId: string): Promise<string[]> {
  return (await activeMembers(deps, groupId))
    .filter((m) => m.membership.role === 'facilitator')
    .sort((a, b) => a.membership.joinedAt.localeCompare(b.membership.joinedAt))
    .map((m) => m.membership.personKey);
}

/**
 * Suggestions and warnings are never urgent: without quiet hours of their own, people get them outside evenings,
 * nights and weekends.
 */
export const SUGGESTION_QUIET_HOURS: QuietHours = { start: '20:00', end: '08:00', weekends: true };

/** When a person's quiet time around `at` ends (their own quiet hours, or the default above), or undefined when not quiet. */
export const quietFor = (person: Person | undefined, at: Date): Date | undefined =>
  quietUntil(at, person?.quietHours ?? SUGGESTION_QUIET_HOURS, person?.timeZone ?? DEFAULT_ZONE);
