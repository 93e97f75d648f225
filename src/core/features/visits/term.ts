/**
 * School terms for the facilitators' overview: term 1 runs from the start of the school year to the Christmas
 * holiday, term 2 to the Easter (French Community: spring) holiday, term 3 to the end of the school year. The
 * holidays themselves belong to the term they start, so every day of a school year falls in exactly one term.
 */
import { DateTime } from 'luxon';
import data from '../moments/calendar/school-calendar.data.json' with { type: 'json' };
import type { SchoolCalendarData } from '../moments/calendar/school-calendar-data.js';
import { isIsoDate, schoolYearOf, type Community } from '../moments/calendar/index.js';

/** One term of a school year; `from` and `to` (yyyy-MM-dd) inclusive. */
export interface Term {
  number: 1 | 2 | 3;
  /** The school year's label, e.g. "2026-2027". */
  schoolYear: string;
  from: string;
  to: string;
}

// school-calendar.ts validates this file when it loads (schoolYearOf is imported above), so the cast is safe.
const YEARS = (data as SchoolCalendarData).communities;

const dayBefore = (date: string): string => DateTime.fromISO(date, { zone: 'utc' }).minus({ days: 1 }).toISODate()!;

/** The three terms of the school year `date` belongs to, or undefined outside the calendar data. */
export function termsOf(date: string, community: Community = 'vl'): Term[] | undefined {
  if (!isIsoDate(date)) return undefined;
  const year = schoolYearOf(date, community);
  const raw = year && YEARS[community].find((y) => y.label === year.label);
  if (!year || !raw) return undefined;
  const start = (key: string): string | undefined => raw.holidays.find((h) => h.key === key)?.start;
  const christmas = start('christmas');
  const easter = start('easter') ?? start('spring');
  const summer = raw.holidays.find((h) => h.key === 'summer')!;
  if (!christmas || !easter) return undefined;
  // A date in the summer holiday still counts for the year that just ended (schoolYearOf's rule), so term 3 runs on to it.
  const first = [year.start, `${year.label.slice(0, 4)}-09-01`].sort()[0]!;
  return [
    { number: 1, schoolYear: year.label, from: first, to: dayBefore(christmas) },
    { number: 2, schoolYear: year.label, from: christmas, to: dayBefore(easter) },
    { number: 3, schoolYear: year.label, from: easter, to: summer.end },
  ];
}

/** The term `date` (yyyy-MM-dd) falls in, or undefined outside the calendar data. */
export function termOf(date: string, community: Community = 'vl'): Term | undefined {
  return termsOf(date, community)?.find((t) => t.from <= date && date <= t.to);
}

/** True when `date` (yyyy-MM-dd) lies in the term. */
export const inTerm = (term: Pick<Term, 'from' | 'to'>, date: string | undefined): boolean => !!date && term.from <= date && date <= term.to;
