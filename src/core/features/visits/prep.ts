import type { ActionHandler } from '../../app/context.js';

/** prep actions (stub). */
export const prepActions: ActionHandler[] = [];
