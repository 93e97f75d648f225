import type { HandlerContext } from '../../app/context.js';
import { sendToPerson } from '../../app/direct-messages.js';
import type { OutboundMessage } from '../../model/message.js';
import type { Group } from '../groups/group.js';
import { tOf } from './visits-translate.js';

/**
 * Answers only the person: here in their own chat; from a channel privately, with one neutral line in the channel
 * (requests, visits and overviews are nobody else's business).
 */
export async function replyPrivately(ctx: HandlerContext, group: Group | undefined, message: OutboundMessage | OutboundMessage[]): Promise<void> {
  const messages = Array.isArray(message) ? message : [message];
  if (ctx.event.address.scope === 'personal') {
    for (const m of messages) await ctx.reply(m);
    return;
  }
  let ok = true;
  for (const m of messages) ok = (await sendToPerson(ctx.deps, ctx.person.key, m, group)).ok && ok;
  await ctx.reply({ text: tOf(ctx)(ok ? 'visits.private.sent' : 'visits.private.unreachable') });
}
