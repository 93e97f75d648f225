import type { Feature } from '../../app/context.js';

/** Planning moments and series, listing them with RSVPs, moving and cancelling, own questions and agreements. */
export const momentsFeature: Feature = {};
