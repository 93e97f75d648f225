import type { ActionHandler, HandlerContext } from '../../app/context.js';
import type { MessageEvent } from '../../model/events.js';

/** `bezoek`: the visitor's request form (stub until the request part lands). */
export async function startRequest(_ctx: HandlerContext<MessageEvent>, _args: string): Promise<void> {
  throw new Error('not implemented yet');
}

/** Request form actions. */
export const requestActions: ActionHandler[] = [];
