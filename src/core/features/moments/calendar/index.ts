/** School calendar and series expansion for moments (channel-neutral; data comes in as plain objects). */
export {
  COMMUNITIES,
  calendarCoverage,
  closedReason,
  isIsoDate,
  isProvisionalSchoolYear,
  schoolYearForPlanning,
  schoolYearOf,
  type ClosedReason,
  type ClosureKind,
  type ClosureOptions,
  type Community,
  type GroupClosedDay,
  type GroupPeriod,
  type LocalizedName,
  type SchoolYear,
} from './school-calendar.js';
export {
  DEFAULT_MAX_OCCURRENCES,
  checkDate,
  expandSeries,
  type CheckDateOptions,
  type SeriesExpansion,
  type SeriesOccurrence,
  type SeriesOptions,
  type SkippedDate,
} from './expand-series.js';
export { MAX_SERIES_COUNT, seriesRuleSchema, type SeriesRule } from './series-rule.js';
