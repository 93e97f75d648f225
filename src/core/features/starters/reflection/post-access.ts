import type { HandlerContext } from '../../../app/context.js';
import { sendToPerson } from '../../../app/direct-messages.js';
import type { OutboundMessage } from '../../../model/message.js';
import type { Group } from '../../groups/group.js';

/**
 * Like `replyPrivately` of starter-access.ts, for several messages and a line of one's own in the channel: answers
 * right here in a direct chat; otherwise through `sendToPerson` (which opens a direct chat via the group's channel
 * when needed), with a neutral line in the channel. False when the person could not be reached privately; then the
 * channel only hears that, and nothing private is shown there.
 */
export async function deliverPrivately(ctx: HandlerContext, group: Group | undefined, messages: OutboundMessage[], sentLine: string): Promise<boolean> {
  if (ctx.event.address.scope === 'personal') {
    for (const message of messages) await ctx.reply(message);
    return true;
  }
  for (const message of messages) {
    const result = await sendToPerson(ctx.deps, ctx.person.key, message, group);
    if (!result.ok) {
      ctx.deps.logger.info('starters: private reply did not arrive', { reason: result.reason });
      await ctx.reply({ text: ctx.t('starters.private.unreachable') });
      return false;
    }
  }
  await ctx.reply({ text: sentLine });
  return true;
}
