import type { HandlerContext } from '../../app/context.js';
import { sendToPerson } from '../../app/direct-messages.js';
import type { OutboundMessage } from '../../model/message.js';
import { groupOfConversation, groupsOfPerson } from '../groups/group-access.js';
import type { Group } from '../groups/group.js';
import { sameTenant } from '../moments/moment-access.js';
import type { CustomStarter, StarterPost } from './starter.js';

/** True when the person actively facilitates the group. */
export async function isFacilitator(ctx: Pick<HandlerContext, 'deps' | 'person'>, group: Group): Promise<boolean> {
  const membership = await ctx.deps.storage.memberships.get(group.id, ctx.person.key);
  return membership?.active === true && membership.role === 'facilitator';
}

/** The groups whose own starters the person may see here: this channel's group, or in a personal chat every group they are in. */
export async function groupsForBrowsing(ctx: HandlerContext): Promise<Group[]> {
  if (ctx.event.address.scope !== 'personal') {
    const group = await groupOfConversation(ctx);
    return group ? [group] : [];
  }
  return (await groupsOfPerson(ctx.deps, ctx.person)).map((g) => g.group);
}

/** A custom starter the person may see: one of a group of their tenant that is this channel's group or one they belong to. */
export async function visibleCustom(ctx: HandlerContext, id: string): Promise<{ custom: CustomStarter; group: Group } | undefined> {
  const custom = await ctx.deps.storage.customStarters.get(id);
  const group = custom ? await ctx.deps.storage.groups.get(custom.groupId) : undefined;
  if (!custom || !group || !sameTenant(group, ctx.person)) return undefined;
  const here = await groupOfConversation(ctx);
  if (here?.id === group.id) return { custom, group };
  const membership = await ctx.deps.storage.memberships.get(group.id, ctx.person.key);
  return membership?.active ? { custom, group } : undefined;
}

/** A post and its group by id, if the group is in the person's tenant; otherwise answers "not found" (ids reveal nothing across tenants). */
export async function postForPerson(ctx: HandlerContext, postId: string | undefined): Promise<{ post: StarterPost; group: Group } | undefined> {
  const post = postId ? await ctx.deps.storage.starterPosts.get(postId) : undefined;
  const group = post ? await ctx.deps.storage.groups.get(post.groupId) : undefined;
  if (post && group && sameTenant(group, ctx.person)) return { post, group };
  await ctx.reply({ text: ctx.t('starters.post.notFound') });
  return undefined;
}

/**
 * Answers only the person: in a personal chat as a reply, elsewhere as a private message plus a short
 * acknowledgement in the conversation (a Teams channel shows replies to everyone). The acknowledgement is
 * the same whatever the message was, so it never hints at what the person did (e.g. answer anonymously).
 */
export async function replyPrivately(ctx: HandlerContext, group: Group, message: OutboundMessage, sent: 'starters.private.sent' | 'starters.private.questionsSent' = 'starters.private.sent'): Promise<void> {
  if (ctx.event.address.scope === 'personal') return ctx.reply(message);
  const result = await sendToPerson(ctx.deps, ctx.person.key, message, group);
  await ctx.reply({ text: ctx.t(result.ok ? sent : 'starters.private.unreachable') });
}
