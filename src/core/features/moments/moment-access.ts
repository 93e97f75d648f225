import type { CoreDeps, HandlerContext } from '../../app/context.js';
import type { Group, Membership } from '../groups/group.js';
import type { Moment } from './moment.js';

/** True when the group belongs to the person's own tenant and channel; nothing crosses that line. */
export const sameTenant = (group: Group, person: HandlerContext['person']): boolean => group.tenantId === person.tenantId && group.channel === person.channel;

/** A group by id if it is in the person's tenant; otherwise answers as if it did not exist. */
export async function groupForPerson(ctx: HandlerContext, groupId: string): Promise<Group | undefined> {
  const group = await ctx.deps.storage.groups.get(groupId);
  if (group && sameTenant(group, ctx.person)) return group;
  await ctx.reply({ text: ctx.t('moment.notFound') });
  return undefined;
}

/**
 * A moment and its group by moment id, if the group is in the person's tenant; otherwise answers
 * "not found" (the same answer as for an unknown id, so ids reveal nothing across tenants).
 */
export async function momentForPerson(ctx: HandlerContext, momentId: string | undefined): Promise<{ moment: Moment; group: Group } | undefined> {
  const moment = momentId ? await ctx.deps.storage.moments.get(momentId) : undefined;
  const group = moment ? await ctx.deps.storage.groups.get(moment.groupId) : undefined;
  if (moment && group && sameTenant(group, ctx.person)) return { moment, group };
  await ctx.reply({ text: ctx.t('moment.notFound') });
  return undefined;
}

/** The person's active membership of the group, or an answer that they are not a member. */
export async function requireMember(ctx: HandlerContext, group: Group): Promise<Membership | undefined> {
  const membership = await ctx.deps.storage.memberships.get(group.id, ctx.person.key);
  if (membership?.active) return membership;
  await ctx.reply({ text: ctx.t('group.notMember', { group: group.name }) });
  return undefined;
}

/** True when the moment is still to come and not cancelled; otherwise answers why it can no longer change. */
export async function requireComing(ctx: HandlerContext, moment: Moment): Promise<boolean> {
  if (moment.status === 'cancelled') {
    await ctx.reply({ text: ctx.t('moment.isCancelled', { title: moment.title }) });
    return false;
  }
  if (Date.parse(moment.start) <= ctx.deps.clock.now().getTime()) {
    await ctx.reply({ text: ctx.t('moment.isPast', { title: moment.title }) });
    return false;
  }
  return true;
}

/** The group's planned moments that start after `now`, soonest first. */
export async function comingMoments(deps: CoreDeps, groupId: string, now: Date): Promise<Moment[]> {
  const moments = (await deps.storage.moments.listByGroup(groupId)).filter((m) => m.status === 'planned' && Date.parse(m.start) > now.getTime());
  return moments.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}
