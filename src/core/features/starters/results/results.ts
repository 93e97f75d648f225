import type { Feature } from '../../../app/context.js';

/** What facilitators see: who answered, answers per question, summaries, CSV export, participation and nudges. */
export const resultsFeature: Feature = {};
