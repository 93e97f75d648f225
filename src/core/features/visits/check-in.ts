import type { ActionHandler } from '../../app/context.js';

/** check-in actions (stub). */
export const checkInActions: ActionHandler[] = [];
