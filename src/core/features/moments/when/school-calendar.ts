import { DateTime } from 'luxon';
import type { IsoWeekday, NthOfMonth, SeriesEvery } from './types.js';

/** A school year runs 1 September – 30 June; in July and August "this school year" means the coming one. */
export function schoolYearOf(day: DateTime, next = false): { start: DateTime; end: DateTime } {
  const startYear = (day.month >= 7 ? day.year : day.year - 1) + (next ? 1 : 0);
  const start = day.set({ year: startYear, month: 9, day: 1 }).startOf('day');
  return { start, end: start.set({ year: startYear + 1, month: 6, day: 30 }) };
}

/** First day (a Monday) of the next Flemish Christmas holiday after `day`. */
export function christmasHolidayStart(day: DateTime): DateTime {
  // Flemish rule: the Monday of the week holding 25 December, or the Monday after when Christmas is on a weekend.
  const startIn = (year: number): DateTime => {
    const christmas = day.set({ year, month: 12, day: 25 }).startOf('day');
    return christmas.weekday >= 6 ? christmas.plus({ days: 8 - christmas.weekday }) : christmas.minus({ days: christmas.weekday - 1 });
  };
  const thisYear = startIn(day.year);
  return thisYear > day ? thisYear : startIn(day.year + 1);
}

/** The nth (or last, -1) `weekday` of the month that `monthDay` lies in. */
export function nthWeekdayOfMonth(monthDay: DateTime, weekday: IsoWeekday, nth: NthOfMonth): DateTime {
  if (nth === -1) {
    const last = monthDay.endOf('month').startOf('day');
    return last.minus({ days: (last.weekday - weekday + 7) % 7 });
  }
  const first = monthDay.startOf('month');
  return first.plus({ days: (weekday - first.weekday + 7) % 7 + 7 * (nth - 1) });
}

/** A rule's rhythm: its weekday, how often, which one in the month. */
export interface Rhythm {
  weekday: IsoWeekday;
  every: SeriesEvery;
  nth?: NthOfMonth;
}

/** The first day on or after `from` that fits the rhythm's weekday (and position in the month). */
export function firstOnOrAfter(from: DateTime, rhythm: Rhythm): DateTime {
  const day = from.startOf('day');
  if (rhythm.every !== 'nth-of-month') return day.plus({ days: (rhythm.weekday - day.weekday + 7) % 7 });
  const inMonth = nthWeekdayOfMonth(day, rhythm.weekday, rhythm.nth ?? 1);
  return inMonth >= day ? inMonth : nthWeekdayOfMonth(day.plus({ months: 1 }).startOf('month'), rhythm.weekday, rhythm.nth ?? 1);
}

/** The session after `day` in the rhythm. */
export function nextInRhythm(day: DateTime, rhythm: Rhythm): DateTime {
  if (rhythm.every === 'week') return day.plus({ weeks: 1 });
  if (rhythm.every === 'two-weeks') return day.plus({ weeks: 2 });
  return nthWeekdayOfMonth(day.plus({ months: 1 }).startOf('month'), rhythm.weekday, rhythm.nth ?? 1);
}

/** How many sessions of the rhythm fit in [first, until], ignoring holidays; stops counting at `cap`. */
export function countUntil(first: DateTime, until: DateTime, rhythm: Rhythm, cap: number): number {
  let n = 0;
  for (let day = first; day <= until && n <= cap; day = nextInRhythm(day, rhythm)) n++;
  return n;
}
