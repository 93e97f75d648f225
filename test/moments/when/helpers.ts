import { parseWhen, type WhenOptions, type WhenResult } from '../../../src/core/features/moments/when/index.js';

/** Thursday 19 November 2026, 09:00 in Brussels (UTC+1): the reference "now" of the examples. */
export const THU_0900 = new Date('2026-11-19T08:00:00Z');
export const ZONE = 'Europe/Brussels';

/** parseWhen with the reference defaults. */
export function parse(text: string, language: WhenOptions['language'] = 'nl', now: Date = THU_0900, zone = ZONE): WhenResult {
  return parseWhen(text, { now, zone, language });
}

/** The single-moment shape for a row of a table. */
export const single = (start: string, end: string, timeCertain = true) => ({ ok: true, kind: 'single', start, end, zone: ZONE, timeCertain });
