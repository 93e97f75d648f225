/**
 * When a visit's follow-up messages go out on the school calendar: a preparation prompt, a day-before reminder or a
 * check-in that would land on a weekend or in a holiday moves to a school day, after the last lessons.
 */
import { DateTime } from 'luxon';
import { closedReasonUnchecked } from '../moments/calendar/school-calendar.js';
import type { Group } from '../groups/group.js';

/** After the last lessons: when teachers have a moment to read and answer (the check-in and every moved message). */
export const AFTER_SCHOOL = { hour: 15, minute: 30 } as const;

/** What decides a follow-up day: the community's holidays and free days, the group's closed days. */
export type FollowUpCalendar = Pick<Group, 'community' | 'closedDays'>;

// A day-before reminder moved further back than this (a holiday in between) would say "tomorrow" weeks ahead.
const MAX_DAY_BEFORE_SHIFT_DAYS = 4;
// Longer than any holiday (the summer is about nine weeks); a guard against a loop without end.
const MAX_STEPS = 120;

/**
 * True on a weekday that is not a holiday, official free day or closed day of the group. Exam periods count as
 * school days here: teachers are at school and a short message then is fine (no visit is planned in them).
 */
export function isFollowUpDay(date: string, calendar: FollowUpCalendar): boolean {
  if (DateTime.fromISO(date, { zone: 'utc' }).weekday > 5) return false;
  return closedReasonUnchecked(date, { community: calendar.community, closedDays: calendar.closedDays }) === undefined;
}

/** The nearest follow-up day from `date` (itself included), stepping back (-1) or ahead (+1); undefined when none is near. */
function nearestFollowUpDay(date: string, calendar: FollowUpCalendar, step: 1 | -1): string | undefined {
  let day = DateTime.fromISO(date, { zone: 'utc' });
  for (let i = 0; i <= MAX_STEPS; i++, day = day.plus({ days: step })) {
    const iso = day.toISODate()!;
    if (isFollowUpDay(iso, calendar)) return iso;
  }
  return undefined;
}

const localDay = (at: Date, zone: string): string => DateTime.fromJSDate(at, { zone }).toISODate()!;
const afterSchoolOn = (date: string, zone: string): Date => DateTime.fromISO(date, { zone }).set({ ...AFTER_SCHOOL, second: 0, millisecond: 0 }).toJSDate();

/** A planned follow-up time; `catchUp` when it is "as soon as possible" (its time has come already). */
export interface FollowUpTime {
  at: Date;
  catchUp: boolean;
}

/**
 * The preparation prompt. Three days before (`nominal`) when that is a school day; otherwise the school day before
 * it at 15:30 (the visit's time of day means nothing on another day, and after the lessons there is time to fill in
 * a form). Never before `now` (the confirmation): a time already past means as soon as possible.
 */
export function preparationTime(nominal: Date, now: Date, zone: string, calendar: FollowUpCalendar): FollowUpTime {
  let at = nominal;
  const day = localDay(nominal, zone);
  if (!isFollowUpDay(day, calendar)) {
    const before = nearestFollowUpDay(day, calendar, -1);
    if (before) at = afterSchoolOn(before, zone);
  }
  return at > now ? { at, catchUp: false } : { at: now, catchUp: true };
}

/**
 * The day-before reminder. On a weekend or free day it moves to the school day before at 15:30 (the Friday before a
 * Monday visit), unless that is not after `after` (the confirmation, or the preparation prompt: two messages at once
 * would be noise) or lies more than four days before the visit (a holiday in between): then it keeps its nominal time.
 */
export function dayBeforeTime(nominal: Date, visitDate: string, after: Date, zone: string, calendar: FollowUpCalendar): Date {
  const day = localDay(nominal, zone);
  if (isFollowUpDay(day, calendar)) return nominal;
  const before = nearestFollowUpDay(day, calendar, -1);
  if (!before) return nominal;
  const shift = DateTime.fromISO(visitDate, { zone: 'utc' }).diff(DateTime.fromISO(before, { zone: 'utc' }), 'days').days;
  const at = afterSchoolOn(before, zone);
  return shift <= MAX_DAY_BEFORE_SHIFT_DAYS && at > after ? at : nominal;
}

/** The try-out check-in: `weeks` after the visit day at 15:30, or the next school day at 15:30 (not in a holiday or weekend). */
export function checkInTime(visitDate: string, weeks: number, zone: string, calendar: FollowUpCalendar): Date {
  const nominal = DateTime.fromISO(visitDate, { zone: 'utc' }).plus({ weeks }).toISODate()!;
  return afterSchoolOn(nearestFollowUpDay(nominal, calendar, 1) ?? nominal, zone);
}
