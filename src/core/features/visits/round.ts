import type { ActionHandler, HandlerContext } from '../../app/context.js';
import type { MessageEvent } from '../../model/events.js';

/** `bezoek ronde`: a matching round for the whole group (stub). */
export async function runMatchingRound(_ctx: HandlerContext<MessageEvent>, _args: string): Promise<void> {
  throw new Error('not implemented yet');
}

/** Round actions. */
export const roundActions: ActionHandler[] = [];
