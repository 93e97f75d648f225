import type { ActionHandler } from '../../app/context.js';

/** The cover plan form and the confirmation it leads to (stub). */
export const coverActions: ActionHandler[] = [];
