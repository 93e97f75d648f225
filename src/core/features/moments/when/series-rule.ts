import type { DateTime } from 'luxon';
import { inferYear, type CalendarDate } from './calendar-dates.js';
import type { DayRef } from './days.js';
import { christmasHolidayStart, countUntil, firstOnOrAfter, nextInRhythm, schoolYearOf, type Rhythm } from './school-calendar.js';
import type { SeriesCues } from './series-cues.js';
import { hhmm, type TimeChoice } from './time-choice.js';
import type { IsoWeekday, SeriesRule, WhenRefusal, WhenSeries } from './types.js';

/** Most sessions one series may hold; more is almost certainly a typo ("500 sessies"). */
export const MAX_SESSIONS = 40;

/** What the text said, gathered for building a series rule. */
export interface SeriesInput {
  cues: SeriesCues;
  refs: DayRef[];
  dates: CalendarDate[];
  time: TimeChoice | undefined;
  now: DateTime;
  zone: string;
}

const refuse = (reason: WhenRefusal['reason'], detail: string): WhenRefusal => ({ ok: false, reason, detail });
const iso = (d: DateTime): string => d.toISODate() ?? '';

interface Anchor {
  day: DateTime;
  /** False for "vanaf volgende week": it sets the earliest start but names no weekday. */
  isDay: boolean;
}

function anchorsOf(input: SeriesInput, today: DateTime): Anchor[] {
  const calendar = (d: CalendarDate): Anchor => ({ day: today.set({ year: inferYear(d, today), month: d.month, day: d.day }), isDay: true });
  const found: Anchor[] = [...(input.cues.from ? [calendar(input.cues.from)] : []), ...input.dates.map(calendar)];
  for (const ref of input.refs) {
    if (ref.kind === 'offset') found.push({ day: today.plus({ days: ref.days }), isDay: true });
    if (ref.kind === 'week') found.push({ day: today.plus({ weeks: ref.weeks }).startOf('week'), isDay: false });
    if (ref.kind === 'week-weekday') found.push({ day: today.plus({ weeks: ref.weeks }).startOf('week').plus({ days: ref.weekday - 1 }), isDay: true });
  }
  return [...new Map(found.map((a) => [iso(a.day), a])).values()];
}

function weekdaysOf(input: SeriesInput): IsoWeekday[] {
  if (input.cues.ordinal) return [input.cues.ordinal.weekday];
  const days = input.refs.flatMap((r) => (r.kind === 'weekday' || r.kind === 'week-weekday' ? [r.weekday] : []));
  return [...new Set(days)];
}

function untilDay(input: SeriesInput, today: DateTime): DateTime | undefined {
  const until = input.cues.until;
  if (!until) return undefined;
  if (until.kind === 'school-year') return schoolYearOf(today, until.next).end;
  // The series runs through the Sunday before the holiday's first Monday.
  if (until.kind === 'christmas') return christmasHolidayStart(today).minus({ days: 1 });
  return today.set({ year: inferYear(until.date, today), month: until.date.month, day: until.date.day });
}

/** Turns series cues into an explicit rule whose `from` is the first session still to come. */
export function buildSeriesRule(input: SeriesInput): WhenSeries | WhenRefusal {
  // `from` anchors a two-weekly rhythm; a count with an end and no rhythm word ("5 sessies dit schooljaar") is spread.
  const { cues, now } = input;
  const today = now.startOf('day');
  if (cues.fifth) return refuse('impossible-date', `${cues.fifth}: not every month has one`);
  if (cues.count !== undefined && cues.count > MAX_SESSIONS) return refuse('too-many', `${cues.count} sessions (at most ${MAX_SESSIONS})`);

  const anchors = anchorsOf(input, today);
  if (anchors.length > 1) return refuse('too-many', 'several start dates');
  const anchor = anchors[0];
  const weekdays = weekdaysOf(input);
  if (weekdays.length > 1) return refuse('too-many', 'several weekdays');
  const weekday = weekdays[0] ?? (anchor?.isDay ? (anchor.day.weekday as IsoWeekday) : undefined);
  if (weekday === undefined) return refuse('no-date', 'a series needs a weekday');
  if (cues.monthly && cues.ordinal?.nth === undefined) return refuse('no-date', 'a monthly series needs which weekday of the month');
  if (!input.time) return refuse('no-time', 'series without a time');

  const startMinutes = input.time.start.hour * 60 + input.time.start.minute;
  const endMinutes = startMinutes + input.time.minutes;
  if (endMinutes >= 24 * 60) return refuse('end-before-start', 'a session may not run past midnight');
  const every: SeriesRule['every'] = cues.ordinal?.nth !== undefined ? 'nth-of-month' : cues.twoWeeks ? 'two-weeks' : 'week';
  const rhythm: Rhythm = cues.ordinal?.nth !== undefined ? { weekday, every, nth: cues.ordinal.nth } : { weekday, every };

  const floor = cues.schoolYear ? latest(today, schoolYearOf(today, cues.schoolYear.next).start) : today;
  const nowMinutes = now.hour * 60 + now.minute;
  let first = firstOnOrAfter(anchor?.day ?? floor, rhythm);
  // An anchor in the past keeps its rhythm: step forward by whole periods until the first session still to come.
  for (let i = 0; first < floor || (+first === +today && startMinutes <= nowMinutes); i++) {
    if (i > 1000) return refuse('past', 'series start lies too far back');
    first = nextInRhythm(first, rhythm);
  }

  const until = untilDay(input, today);
  if (until && until < today) return refuse('past', `until ${iso(until)}`);
  if (until && until < first) return refuse('end-before-start', `until ${iso(until)} is before the first session on ${iso(first)}`);
  if (until && cues.count !== undefined) {
    const available = countUntil(first, until, rhythm, cues.count);
    if (available < cues.count) return refuse('too-many', `${cues.count} sessions, but only ${available} fit before ${iso(until)}`);
  }

  const endTime = hhmm({ hour: Math.floor(endMinutes / 60), minute: endMinutes % 60 });
  const rule: SeriesRule = { weekday, startTime: hhmm(input.time.start), endTime, every, from: iso(first) };
  if (rhythm.nth !== undefined) rule.nth = rhythm.nth;
  if (cues.count !== undefined) rule.count = cues.count;
  if (until) rule.until = iso(until);
  if (cues.count !== undefined && until && !cues.ordinal && !cues.twoWeeks && !cues.weekly && !cues.every) rule.spread = true;
  return { ok: true, kind: 'series', rule, zone: input.zone };
}

function latest(a: DateTime, b: DateTime): DateTime {
  return a > b ? a : b;
}
