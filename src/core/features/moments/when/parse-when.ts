import { DateTime } from 'luxon';
import { findImpossibleDate, inferYear, takeCalendarDates, type CalendarDate } from './calendar-dates.js';
import { takeClockRanges, takeDuration, takeRelativeTime } from './clock-times.js';
import { takeDays, type DayRef } from './days.js';
import { takePartsOfDay } from './parts-of-day.js';
import { hasStrongSeriesCue, takeSeriesCues, type SeriesCues } from './series-cues.js';
import { buildSeriesRule } from './series-rule.js';
import { Scanner, foldText } from './text.js';
import { chooseTime, isRefusal, type TimeChoice } from './time-choice.js';
import type { WhenOptions, WhenRefusal, WhenResult, WhenSingle } from './types.js';

const DEFAULT_DURATION_MINUTES = 60;
const refuse = (reason: WhenRefusal['reason'], detail?: string): WhenRefusal => (detail === undefined ? { ok: false, reason } : { ok: false, reason, detail });

/** The day a weekday or relative word points at; undefined for a week without a day. */
function dayOf(ref: DayRef, today: DateTime, startMinutes: number | undefined, nowMinutes: number): DateTime | undefined {
  switch (ref.kind) {
    case 'offset':
      return today.plus({ days: ref.days });
    case 'week':
      return undefined;
    case 'week-weekday':
      return today.plus({ weeks: ref.weeks }).startOf('week').plus({ days: ref.weekday - 1 });
    case 'weekday': {
      const ahead = (ref.weekday - today.weekday + 7) % 7;
      if (ref.mode === 'this') return today.startOf('week').plus({ days: ref.weekday - 1 });
      if (ref.mode === 'last') return today.minus({ days: (today.weekday - ref.weekday + 7) % 7 || 7 });
      if (ref.mode === 'next') return today.plus({ days: ahead || 7 });
      // A bare weekday that is today means today while its time is still to come, otherwise a week later.
      const laterToday = startMinutes !== undefined && startMinutes > nowMinutes;
      return today.plus({ days: ahead === 0 && !laterToday ? 7 : ahead });
    }
  }
}

interface SingleInput {
  refs: DayRef[];
  dates: CalendarDate[];
  cues: SeriesCues;
  time: TimeChoice | undefined;
  now: DateTime;
  zone: string;
}

function single(input: SingleInput): WhenSingle | WhenRefusal {
  const { refs, time, now, zone } = input;
  const today = now.startOf('day');
  const nowMinutes = now.hour * 60 + now.minute;
  const startMinutes = time ? time.start.hour * 60 + time.start.minute : undefined;
  const calendar = [...input.dates, ...(input.cues.from ? [input.cues.from] : []), ...(input.cues.until?.kind === 'date' ? [input.cues.until.date] : [])];
  const fixed = [
    ...calendar.map((d) => today.set({ year: inferYear(d, today), month: d.month, day: d.day })),
    ...refs.filter((r) => r.kind === 'offset' || r.kind === 'week-weekday').flatMap((r) => dayOf(r, today, startMinutes, nowMinutes) ?? []),
  ];
  const distinct = [...new Set(fixed.map((d) => d.toISODate()))];
  if (distinct.length > 1) return refuse('too-many', `several dates: ${distinct.join(', ')}`);
  const weekdayRefs = refs.filter((r) => r.kind === 'weekday');
  const weekRefs = refs.filter((r) => r.kind === 'week');

  let day: DateTime | undefined = fixed[0];
  if (day) {
    const clash = weekdayRefs.find((r) => r.weekday !== day?.weekday);
    if (clash) return refuse('impossible-date', `${day.toISODate()} is not weekday ${clash.weekday}`);
  } else {
    if (new Set(weekdayRefs.map((r) => r.weekday)).size > 1) return refuse('too-many', 'several weekdays');
    const ref = weekdayRefs[0];
    if (ref) day = dayOf(ref, today, startMinutes, nowMinutes);
    else if (weekRefs.length > 0) return refuse('no-date', 'a week but no day');
  }
  if (!time) return day ? refuse('no-time') : refuse('no-date');
  // A time alone means today; once it has passed we refuse rather than guess tomorrow, so the bot asks for a day.
  const date = day ?? today;
  const start = DateTime.fromObject({ year: date.year, month: date.month, day: date.day, hour: time.start.hour, minute: time.start.minute }, { zone });
  if (start < now) return refuse('past', day ? start.toISO() ?? undefined : `time only: ${start.toISO()} has passed today`);
  const end = start.plus({ minutes: time.minutes });
  return { ok: true, kind: 'single', start: start.toUTC().toISO() ?? '', end: end.toUTC().toISO() ?? '', zone, timeCertain: time.certain };
}

/** Reads when a moment or series happens from nl/en/fr text, as wall clock in `opts.zone`; throws RangeError for an unknown zone. */
export function parseWhen(text: string, opts: WhenOptions): WhenResult {
  const { zone, language } = opts;
  // Components become instants via luxon in `zone`, so the process zone never matters; a local time that does not exist
  // (02:30 on the spring-forward night) moves forward an hour, luxon's default; an ambiguous one takes luxon's pick.
  const now = DateTime.fromJSDate(opts.now, { zone });
  if (!now.isValid) throw new RangeError(`Unknown time zone: ${zone}`);
  const defaultMinutes = opts.defaultDurationMinutes !== undefined && opts.defaultDurationMinutes > 0 ? opts.defaultDurationMinutes : DEFAULT_DURATION_MINUTES;
  const today = now.startOf('day');

  // Collapsing whitespace first keeps the regex passes linear on pasted text full of spaces.
  const clean = text.replace(/\s+/g, ' ').trim();
  const scanner = new Scanner(foldText(clean));
  const impossible = findImpossibleDate(scanner.text, language, today);
  if (impossible) return refuse('impossible-date', clean.slice(impossible.index, impossible.end));

  const duration = takeDuration(scanner, language);
  const relative = takeRelativeTime(scanner, language);
  const ranges = takeClockRanges(scanner, language);
  const cues = takeSeriesCues(scanner, language, opts.now);
  const days = takeDays(scanner, language);
  const parts = [...(cues.ordinal?.part ? [cues.ordinal.part] : []), ...days.parts, ...takePartsOfDay(scanner, language)];
  const dates = takeCalendarDates(scanner, language, opts.now);

  const time = chooseTime(ranges, parts, duration, defaultMinutes);
  if (isRefusal(time)) return time;

  if (relative !== undefined) {
    if (time || days.refs.length > 0 || dates.length > 0) return refuse('no-time', 'a relative time next to another time or date');
    const start = now.plus({ minutes: relative }).startOf('minute');
    return { ok: true, kind: 'single', start: start.toUTC().toISO() ?? '', end: start.plus({ minutes: duration ?? defaultMinutes }).toUTC().toISO() ?? '', zone, timeCertain: true };
  }

  const habitual = days.refs.some((r) => r.kind === 'weekday' && r.habitual);
  const weekdayNamed = days.refs.some((r) => r.kind === 'weekday' || r.kind === 'week-weekday');
  const weakCue = cues.from !== undefined || cues.until !== undefined;
  if (hasStrongSeriesCue(cues) || habitual || (weakCue && weekdayNamed)) {
    return buildSeriesRule({ cues, refs: days.refs, dates, time, now, zone });
  }
  return single({ refs: days.refs, dates, cues, time, now, zone });
}
