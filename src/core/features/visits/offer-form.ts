import type { ActionHandler, HandlerContext } from '../../app/context.js';
import type { MessageEvent } from '../../model/events.js';

/** `gastheer`: the host offer form, pause and resume (stub). */
export async function startOffer(_ctx: HandlerContext<MessageEvent>, _args: string): Promise<void> {
  throw new Error('not implemented yet');
}

/** Offer form actions. */
export const offerActions: ActionHandler[] = [];
