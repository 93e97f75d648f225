import type { Feature } from '../../../app/context.js';

/** Guided reflection: one question at a time in the direct chat, resumable, shared or kept private at the end. */
export const reflectionFeature: Feature = {};
