import type { ActionHandler, HandlerContext } from '../../app/context.js';
import type { MessageEvent } from '../../model/events.js';

/** `bezoek mijn`: the person's visits with move and cancel (stub). */
export async function showMyVisits(_ctx: HandlerContext<MessageEvent>, _args: string): Promise<void> {
  throw new Error('not implemented yet');
}

/** Move and cancel actions. */
export const myVisitActions: ActionHandler[] = [];
