import type { Language } from '../../../i18n/languages.js';

/** ISO weekday, Monday = 1. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Which occurrence of a weekday in its month; -1 is the last one. */
export type NthOfMonth = 1 | 2 | 3 | 4 | -1;

/** How often a series repeats. */
export type SeriesEvery = 'week' | 'two-weeks' | 'nth-of-month';

/** A repeating moment as an explicit, serialisable rule; expanding it into dates (and skipping holidays) happens elsewhere. */
export interface SeriesRule {
  weekday: IsoWeekday;
  /** Wall clock 'HH:mm' in the series' zone. */
  startTime: string;
  endTime: string;
  every: SeriesEvery;
  /** Only for `every: 'nth-of-month'`. */
  nth?: NthOfMonth;
  /** Number of sessions ("5 sessies"), at most MAX_SESSIONS. */
  count?: number;
  /** ISO date (yyyy-MM-dd) of the first session, in the zone; it anchors the two-weekly rhythm. */
  from: string;
  /** ISO date (yyyy-MM-dd), inclusive, in the zone. */
  until?: string;
  /** Spread `count` sessions evenly over the `every` candidates in [from, until] instead of taking the first `count`. */
  spread?: true;
}

/** Why a text could not be read as a moment; the bot turns each into a follow-up question. */
export type WhenRefusalReason = 'no-date' | 'no-time' | 'past' | 'end-before-start' | 'impossible-date' | 'too-many';

/** One moment: instants in UTC plus the zone they were read in. */
export interface WhenSingle {
  ok: true;
  kind: 'single';
  /** ISO instant in UTC, e.g. 2026-11-24T14:30:00.000Z. */
  start: string;
  end: string;
  zone: string;
  /** False when a bare hour 1..6 was moved to the afternoon by the school-hours rule, so the bot should confirm it. */
  timeCertain: boolean;
}

/** A repeating moment. */
export interface WhenSeries {
  ok: true;
  kind: 'series';
  rule: SeriesRule;
  zone: string;
}

/** A text that is not (yet) a plannable moment. */
export interface WhenRefusal {
  ok: false;
  reason: WhenRefusalReason;
  detail?: string;
}

/** What parseWhen returns. */
export type WhenResult = WhenSingle | WhenSeries | WhenRefusal;

/** A successfully read moment or series. */
export type WhenOk = WhenSingle | WhenSeries;

/** Input for parseWhen besides the text. */
export interface WhenOptions {
  now: Date;
  /** IANA zone, e.g. Europe/Brussels. */
  zone: string;
  language: Language;
  /** Length of a moment with only a start time; 60 when absent. */
  defaultDurationMinutes?: number;
}
