import type { Feature } from '../../app/context.js';

/** Browsing the library, the group's own starters, posting (now, later, weekly until the next moment) and answering. */
export const startersFeature: Feature = {};
