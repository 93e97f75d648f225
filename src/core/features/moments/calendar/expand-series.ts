/**
 * Expands a SeriesRule into concrete moments, skipping school holidays, free days and the group's
 * own closed days and exam periods.
 *
 * Rules (each one tested in test/moments/calendar/expand-series.test.ts):
 * - Dates are generated on the wall clock of `zone`: a Wednesday 14:00 series stays 14:00 local
 *   across daylight-saving changes (its UTC time moves instead). A wall time that does not exist on
 *   the spring-forward night (02:00–03:00) is moved forward by an hour, as luxon does; the end is
 *   always the start plus the planned length (endTime − startTime).
 * - A candidate date that is closed (see `closedReason`) is not produced and is listed in `skipped`
 *   with the reason. Weekly and two-weekly series keep their rhythm (a skipped Wednesday is not
 *   moved); an nth-of-month series skips that month.
 * - With `count` (and no `spread`) skipped dates do not count: the series continues until `count`
 *   open dates are found. `count` is anchored on `from`: open dates before `now` use up the count
 *   without being produced, so expanding the same rule again later gives the same future moments.
 * - Nothing that starts before `now` is produced or reported as skipped.
 * - The series ends at `until` (inclusive). Without `until` and without `count` (or with `spread`
 *   and no `until`) it ends on the last school day of the school year being planned: the running
 *   one, or during the summer holiday the coming one (`schoolYearForPlanning`, anchored on the later
 *   of `from` and today). With both `count` and `until`, whichever comes first ends it.
 * - `spread`: the pool is every date of the rule's rhythm in [from, end] that is open (closed ones
 *   are listed in `skipped`). From the n open dates, `count` are picked at indices
 *   round(k·(n−1)/(count−1)), k = 0…count−1: the first and last open dates are always used and the
 *   gaps are equal when counted in open dates (holiday weeks do not count), so the sessions are
 *   spread evenly over the school weeks. count = 1 picks the first open date; n ≤ count picks all.
 *   The pick does not depend on `now`; past picks are then dropped.
 * - At most `max` (default 40) moments are produced; `truncated` tells whether more would follow.
 * - Dates outside the calendar data (see `calendarCoverage`) are checked against the group's own
 *   days only.
 */
import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';
import { isoDateSchema } from './school-calendar-data.js';
import {
  closedReasonUnchecked,
  closureOptionsSchema,
  describeZodError,
  schoolYearForPlanning,
  type ClosedReason,
  type ClosureKind,
  type ClosureOptions,
  type LocalizedName,
} from './school-calendar.js';
import { seriesRuleSchema, type SeriesRule } from './series-rule.js';

export type { SeriesRule } from './series-rule.js';

/** Default and largest number of moments one expansion produces. */
export const DEFAULT_MAX_OCCURRENCES = 40;
export const MAX_OCCURRENCES_LIMIT = 500;
/** Safety stop: never look at more candidate dates than this (~38 years of weeks). */
const MAX_CANDIDATES = 2000;

export type SeriesOptions = ClosureOptions & {
  /** IANA zone the rule's wall-clock times and dates are in, e.g. 'Europe/Brussels'. */
  zone: string;
  now: Date;
  /** Most moments to produce; default 40. */
  max?: number;
};

/** One moment: its local date in the zone and its start and end as ISO UTC instants ('2026-10-21T12:00:00Z'). */
export type SeriesOccurrence = { date: string; start: string; end: string };
/** A date of the series that was left out, and why. */
export type SkippedDate = { date: string; kind: ClosureKind; reason: LocalizedName };

export type SeriesExpansion = {
  occurrences: SeriesOccurrence[];
  skipped: SkippedDate[];
  /** True when `max` cut the series short. */
  truncated: boolean;
  /** The last date the series could reach (inclusive), or undefined when only `count` ends it. */
  until: string | undefined;
};

const seriesOptionsSchema = closureOptionsSchema.extend({
  zone: z.string().refine((zone) => IANAZone.isValidZone(zone), { message: 'must be an IANA time zone such as Europe/Brussels' }),
  now: z.date().refine((d) => !Number.isNaN(d.getTime()), { message: 'must be a valid Date' }),
  max: z.number().int().min(1).max(MAX_OCCURRENCES_LIMIT).optional(),
});

const checkDateOptionsSchema = closureOptionsSchema.extend({
  zone: z.string().refine((zone) => IANAZone.isValidZone(zone), { message: 'must be an IANA time zone' }).optional(),
});

// ---------------------------------------------------------------------------------------------
// Candidate dates (pure calendar arithmetic, in UTC so no zone rules interfere)

const day = (iso: string): DateTime => DateTime.fromISO(iso, { zone: 'utc' });
const iso = (d: DateTime): string => d.toISODate()!;

function nthWeekdayOfMonth(monthStart: DateTime, weekday: number, nth: 1 | 2 | 3 | 4 | -1): DateTime {
  if (nth === -1) {
    const last = monthStart.endOf('month').startOf('day');
    return last.minus({ days: (last.weekday - weekday + 7) % 7 });
  }
  return monthStart.plus({ days: ((weekday - monthStart.weekday + 7) % 7) + (nth - 1) * 7 });
}

/** The dates of the rule's rhythm on or after `from`, in order, without end. */
function* rhythm(rule: SeriesRule): Generator<string> {
  const from = day(rule.from);
  if (rule.every === 'nth-of-month') {
    for (let month = from.startOf('month'); ; month = month.plus({ months: 1 })) {
      const date = nthWeekdayOfMonth(month, rule.weekday, rule.nth!);
      if (date >= from) yield iso(date);
    }
  }
  const step = rule.every === 'two-weeks' ? 14 : 7;
  for (let date = from.plus({ days: (rule.weekday - from.weekday + 7) % 7 }); ; date = date.plus({ days: step })) yield iso(date);
}

// ---------------------------------------------------------------------------------------------

function wallClock(date: string, time: string, zone: string): DateTime {
  const [year, month, dayOfMonth] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return DateTime.fromObject({ year, month, day: dayOfMonth, hour, minute }, { zone });
}

const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

const utcIso = (d: DateTime): string => d.toUTC().toISO({ suppressMilliseconds: true })!;

function occurrenceOf(date: string, rule: SeriesRule, zone: string): { occurrence: SeriesOccurrence; startMs: number } {
  const start = wallClock(date, rule.startTime, zone);
  // The end is the start plus the planned length, so a moment on a daylight-saving night keeps its length.
  const end = start.plus({ minutes: minutesOf(rule.endTime) - minutesOf(rule.startTime) });
  return { occurrence: { date, start: utcIso(start), end: utcIso(end) }, startMs: start.toMillis() };
}

const skippedOf = (date: string, reason: ClosedReason): SkippedDate => ({ date, kind: reason.kind, reason: { ...reason.name } });

/** The last date a series may reach when the rule has no `until` (see the module comment). */
function defaultUntil(rule: SeriesRule, today: string, community: ClosureOptions['community']): string {
  const anchor = rule.from > today ? rule.from : today;
  const year = schoolYearForPlanning(anchor, community);
  if (!year) {
    throw new Error(`expandSeries: no school calendar known for ${anchor} (${community}), so the end of the school year is unknown; give an end date (until) or a number of sessions (count)`);
  }
  return year.end;
}

/**
 * Expands `rule` into moments (see the module comment for every rule).
 * Throws an Error with a readable message when the rule or the options are invalid.
 */
export function expandSeries(rule: SeriesRule, opts: SeriesOptions): SeriesExpansion {
  const ruleCheck = seriesRuleSchema.safeParse(rule);
  if (!ruleCheck.success) throw new Error(describeZodError('invalid series rule', ruleCheck.error));
  const optsCheck = seriesOptionsSchema.safeParse(opts);
  if (!optsCheck.success) throw new Error(describeZodError('invalid series options', optsCheck.error));

  const { zone, now, community } = opts;
  const max = opts.max ?? DEFAULT_MAX_OCCURRENCES;
  const nowMs = now.getTime();
  const today = DateTime.fromJSDate(now, { zone }).toISODate()!;
  const closed = (date: string) => closedReasonUnchecked(date, opts);
  const until = rule.until ?? (rule.count === undefined || rule.spread ? defaultUntil(rule, today, community) : undefined);

  const occurrences: SeriesOccurrence[] = [];
  const skipped: SkippedDate[] = [];

  if (rule.spread) {
    const count = rule.count!;
    const open: string[] = [];
    let seen = 0;
    for (const date of rhythm(rule)) {
      if (date > until! || ++seen > MAX_CANDIDATES) break;
      const reason = closed(date);
      if (!reason) open.push(date);
      else if (occurrenceOf(date, rule, zone).startMs >= nowMs) skipped.push(skippedOf(date, reason));
    }
    const picks =
      open.length <= count ? open : count === 1 ? open.slice(0, 1) : Array.from({ length: count }, (_, k) => open[Math.round((k * (open.length - 1)) / (count - 1))]!);
    const future = picks.map((date) => occurrenceOf(date, rule, zone)).filter((o) => o.startMs >= nowMs);
    occurrences.push(...future.slice(0, max).map((o) => o.occurrence));
    const truncated = future.length > max;
    const last = occurrences[occurrences.length - 1]?.date;
    return { occurrences, skipped: truncated && last ? skipped.filter((s) => s.date < last) : skipped, truncated, until };
  }

  let openCount = 0;
  let seen = 0;
  let truncated = false;
  for (const date of rhythm(rule)) {
    if ((until !== undefined && date > until) || (rule.count !== undefined && openCount >= rule.count) || ++seen > MAX_CANDIDATES) break;
    const { occurrence, startMs } = occurrenceOf(date, rule, zone);
    const past = startMs < nowMs;
    const reason = closed(date);
    if (reason) {
      if (!past) skipped.push(skippedOf(date, reason));
      continue;
    }
    openCount += 1;
    if (past) continue;
    if (occurrences.length >= max) {
      truncated = true;
      break;
    }
    occurrences.push(occurrence);
  }
  const last = occurrences[occurrences.length - 1]?.date;
  return { occurrences, skipped: truncated && last ? skipped.filter((s) => s.date < last) : skipped, truncated, until };
}

export type CheckDateOptions = ClosureOptions & {
  /** Zone used to find the local date of a date-time; default 'Europe/Brussels'. */
  zone?: string;
};

/**
 * For a single moment: the reason its day is closed (holiday, free day, group closed day or exam
 * period), or undefined. The bot warns with this reason; it does not refuse the moment.
 * `date` is 'yyyy-MM-dd', or an ISO date-time: with an offset ('…Z', '…+01:00') it is converted to
 * `zone` first, without one it is read as wall-clock time in `zone`.
 */
export function checkDate(date: string, opts: CheckDateOptions): ClosedReason | undefined {
  const optsCheck = checkDateOptionsSchema.safeParse(opts);
  if (!optsCheck.success) throw new Error(describeZodError('invalid checkDate options', optsCheck.error));
  const zone = opts.zone ?? 'Europe/Brussels';
  let local: string;
  if (isoDateSchema.safeParse(date).success) {
    local = date;
  } else {
    const parsed = typeof date === 'string' && date.includes('T') ? DateTime.fromISO(date, { zone }) : DateTime.invalid('not a date-time');
    if (!parsed.isValid) throw new Error(`checkDate: expected yyyy-MM-dd or an ISO date-time, got ${JSON.stringify(date)}`);
    local = parsed.setZone(zone).toISODate()!;
  }
  return closedReasonUnchecked(local, opts);
}
