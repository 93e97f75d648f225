import type { HandlerContext } from '../../app/context.js';
import { requireFacilitator } from '../groups/group-access.js';
import type { Group } from '../groups/group.js';
import { sameTenant } from '../moments/moment-access.js';
import { replyPrivately } from './request-private.js';
import { visitGroupsFor } from './visit-access.js';
import { tOf } from './visits-translate.js';

/**
 * The group a facilitator command is about, when the person facilitates it: the channel's group, or in a private
 * chat the one group they facilitate (with several, they are asked to use the group's channel). Answers otherwise.
 */
export async function facilitatedGroup(ctx: HandlerContext): Promise<Group | undefined> {
  const groups = await visitGroupsFor(ctx);
  if (groups.length === 0) return undefined;
  let group = groups[0]!;
  if (groups.length > 1) {
    const facilitated: Group[] = [];
    for (const g of groups) {
      const m = await ctx.deps.storage.memberships.get(g.id, ctx.person.key);
      if (m?.active && m.role === 'facilitator') facilitated.push(g);
    }
    if (facilitated.length > 1) {
      await ctx.reply({ text: ctx.t('group.useChannel', { groups: facilitated.map((g) => g.name).join(', ') }) });
      return undefined;
    }
    group = facilitated[0] ?? group;
  }
  return (await requireFacilitator(ctx, group)) ? group : undefined;
}

/** The group a facilitator's button is about (its id in the value), when they still facilitate it; answers otherwise. */
export async function facilitatedGroupById(ctx: HandlerContext, groupId: string | undefined): Promise<Group | undefined> {
  const group = groupId ? await ctx.deps.storage.groups.get(groupId) : undefined;
  if (!group || !sameTenant(group, ctx.person)) {
    await ctx.reply({ text: tOf(ctx)('visits.overview.noGroup') });
    return undefined;
  }
  return (await requireFacilitator(ctx, group)) ? group : undefined;
}

/** Answers only the person (see replyPrivately). */
export const privately = replyPrivately;
