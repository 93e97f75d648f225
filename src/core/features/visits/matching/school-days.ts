/** School days of a group: weekdays that are not a holiday, official free day, closed day or exam day. */
import { DateTime } from 'luxon';
import { closedReasonUnchecked } from '../../moments/calendar/school-calendar.js';
import type { MatchInput } from './types.js';

type Group = MatchInput['group'];

/** ISO weekday (1 = Monday) of a yyyy-MM-dd date; zone-free because a calendar date has one weekday everywhere. */
export const weekdayOf = (date: string): number => DateTime.fromISO(date, { zone: 'utc' }).weekday;

/** The yyyy-MM-dd date `days` calendar days after `date`. */
export const plusDays = (date: string, days: number): string => DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate()!;

/** The local date (yyyy-MM-dd) of an instant in a zone. */
export const localDate = (at: Date, zone: string): string => DateTime.fromJSDate(at, { zone }).toISODate()!;

/** True on a weekday the group's schools are open (weekends count as closed here: nobody visits a class then). */
export function isSchoolDay(date: string, group: Group): boolean {
  if (weekdayOf(date) > 5) return false;
  return closedReasonUnchecked(date, { community: group.community, closedDays: group.closedDays, examPeriods: group.examPeriods }) === undefined;
}

// Ten years of calendar days: far more than any group closes in a row, and a guard against a loop without end.
const MAX_STEPS = 3660;

/** The instant `days` school days after `from` (weekends, holidays and the group's closed days do not count), at the same local time. */
export function addSchoolDays(from: Date, days: number, group: Group): Date {
  let at = DateTime.fromJSDate(from, { zone: group.timeZone });
  let counted = 0;
  for (let step = 0; counted < days && step < MAX_STEPS; step++) {
    at = at.plus({ days: 1 });
    if (isSchoolDay(at.toISODate()!, group)) counted++;
  }
  return at.toJSDate();
}
