import type { CoreDeps, HandlerContext } from '../../app/context.js';
import type { Translate } from '../../i18n/translate.js';
import type { Person } from '../../ports/storage.js';
import type { Group, GroupRole, Membership } from './group.js';

/** A membership with the person's profile. */
export interface Member {
  membership: Membership;
  person: Person | undefined;
}

/** The display name of a member, falling back to their id. */
export const displayName = (m: Member): string => m.person?.name ?? m.membership.personKey.split(':').pop() ?? '?';

/** Active members of a group with their profiles. */
export async function activeMembers(deps: CoreDeps, groupId: string): Promise<Member[]> {
  const memberships = (await deps.storage.memberships.listByGroup(groupId)).filter((m) => m.active);
  return Promise.all(memberships.map(async (membership) => ({ membership, person: await deps.storage.people.get(membership.personKey) })));
}

/** The group bound to the conversation of this event, if any. */
export async function groupOfConversation(ctx: Pick<HandlerContext, 'deps' | 'event'>): Promise<Group | undefined> {
  const { address } = ctx.event;
  if (address.scope === 'personal') return undefined;
  return ctx.deps.storage.groups.findByConversation(address.channel, address.tenantId, address.conversationId);
}

/** The groups a person is an active member of. */
export async function groupsOfPerson(deps: CoreDeps, person: Person): Promise<Array<{ group: Group; role: GroupRole }>> {
  const memberships = (await deps.storage.memberships.listByPerson(person.key)).filter((m) => m.active);
  const out: Array<{ group: Group; role: GroupRole }> = [];
  for (const m of memberships) {
    const group = await deps.storage.groups.get(m.groupId);
    // Tenant isolation: a membership can only ever point at a group of the person's own tenant.
    if (group && group.tenantId === person.tenantId && group.channel === person.channel) out.push({ group, role: m.role });
  }
  return out.sort((a, b) => a.group.name.localeCompare(b.group.name));
}

/** Names of a group's facilitators, for refusals that say who can help. */
export async function facilitatorNames(deps: CoreDeps, group: Group, t: Translate): Promise<string> {
  const names = (await activeMembers(deps, group.id)).filter((m) => m.membership.role === 'facilitator').map(displayName);
  return names.length > 0 ? names.join(', ') : t('group.nobody');
}

/** True when the person facilitates the group; otherwise answers with a polite refusal naming who can. */
export async function requireFacilitator(ctx: HandlerContext, group: Group): Promise<boolean> {
  const membership = await ctx.deps.storage.memberships.get(group.id, ctx.person.key);
  if (membership?.active && membership.role === 'facilitator') return true;
  await ctx.reply({ text: ctx.t('group.notFacilitator', { group: group.name, names: await facilitatorNames(ctx.deps, group, ctx.t) }) });
  return false;
}

/** The group of this conversation, or an answer explaining there is none (or that groups live in channels). */
export async function requireGroupHere(ctx: HandlerContext): Promise<Group | undefined> {
  if (ctx.event.address.scope === 'personal') {
    // Someone who already has groups needs to know where to go, not how to create a group.
    const mine = await groupsOfPerson(ctx.deps, ctx.person);
    await ctx.reply({ text: mine.length > 0 ? ctx.t('group.useChannel', { groups: mine.map((g) => g.group.name).join(', ') }) : ctx.t('group.needsChannel') });
    return undefined;
  }
  const group = await groupOfConversation(ctx);
  if (!group) await ctx.reply({ text: ctx.t('group.none') });
  return group;
}
