import type { HandlerContext } from '../../app/context.js';
import { sendToPerson } from '../../app/direct-messages.js';
import type { OutboundMessage } from '../../model/message.js';
import type { Group } from '../groups/group.js';
import { tOf } from './visits-translate.js';

/** Answers only the person: here in their own chat; from a channel privately, with one short line in the channel. */
export async function replyPrivately(ctx: HandlerContext, group: Group | undefined, message: OutboundMessage): Promise<void> {
  if (ctx.event.address.scope === 'personal') return ctx.reply(message);
  const result = await sendToPerson(ctx.deps, ctx.person.key, message, group);
  await ctx.reply({ text: tOf(ctx)(result.ok ? 'visits.private.sent' : 'visits.private.unreachable') });
}
