import type { ActionHandler } from '../../app/context.js';

/** reflection actions (stub). */
export const reflectionActions: ActionHandler[] = [];
