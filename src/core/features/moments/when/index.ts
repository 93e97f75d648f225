export { parseWhen } from './parse-when.js';
export { formatWhen, formatSeriesRule } from './format-when.js';
export { PART_OF_DAY_BLOCKS, type PartOfDay } from './parts-of-day.js';
export { MAX_SESSIONS } from './series-rule.js';
export type {
  IsoWeekday,
  NthOfMonth,
  SeriesEvery,
  SeriesRule,
  WhenOk,
  WhenOptions,
  WhenRefusal,
  WhenRefusalReason,
  WhenResult,
  WhenSeries,
  WhenSingle,
} from './types.js';
