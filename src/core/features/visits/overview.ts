import type { ActionHandler, HandlerContext } from '../../app/context.js';
import type { MessageEvent } from '../../model/events.js';

/** `bezoek overzicht`: the facilitators' overview (stub). */
export async function showOverview(_ctx: HandlerContext<MessageEvent>, _args: string): Promise<void> {
  throw new Error('not implemented yet');
}

/** Overview actions (CSV). */
export const overviewActions: ActionHandler[] = [];
