import type { ActionHandler } from '../../app/context.js';

/** Accept, decline and counter-propose a visit (stub). */
export const answerActions: ActionHandler[] = [];
