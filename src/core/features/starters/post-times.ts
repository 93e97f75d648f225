import { DateTime } from 'luxon';
import { LOCALE_TAG, type Language } from '../../i18n/languages.js';
import type { Group } from '../groups/group.js';
import type { ClosedReason } from '../moments/calendar/index.js';
import type { Moment } from '../moments/moment.js';
import { closedDayOf, parseAnyLanguage, type PlanRefusal } from '../moments/read-when.js';

/** Most posts one weekly series holds (a school term of weeks); more would flood the channel. */
export const MAX_WEEKLY_POSTS = 12;

/** An instant for people, in the group's zone: "maandag 30 november 2026, 09:00". */
export const formatInstant = (iso: string, zone: string, language: Language): string =>
  DateTime.fromISO(iso, { zone }).setLocale(LOCALE_TAG[language]).toFormat('cccc d LLLL yyyy, HH:mm');

/** The calendar day (yyyy-MM-dd) of an instant in a zone; anonymous answers keep only this. */
export const dayIn = (at: Date, zone: string): string => DateTime.fromJSDate(at, { zone }).toISODate() ?? at.toISOString().slice(0, 10);

/** A day (yyyy-MM-dd) for people: "maandag 30 november 2026". */
export const formatDate = (isoDate: string, language: Language): string =>
  DateTime.fromISO(isoDate, { zone: 'utc' }).setLocale(LOCALE_TAG[language]).toFormat('cccc d LLLL yyyy');

/** Why a post time was refused: the moments parser's reasons, or a series where one time was asked. */
export type PostTimeRefusal = PlanRefusal | 'series';

/** Reads "at a set time" for a post in the group's zone; one instant in the future, or why not. */
export function readPostTime(text: string, group: Group, now: Date, language: Language): { ok: true; at: string } | { ok: false; reason: PostTimeRefusal } {
  const result = parseAnyLanguage(text, { now, zone: group.timeZone, language });
  if (!result.ok) return { ok: false, reason: result.reason };
  if (result.kind === 'series') return { ok: false, reason: 'series' };
  if (Date.parse(result.start) <= now.getTime()) return { ok: false, reason: 'past' };
  return { ok: true, at: new Date(result.start).toISOString() };
}

/** A weekly series of posts: when each goes out, and the weeks left out because the school is closed. */
export interface WeeklyPlan {
  /** ISO instants; the first is now. */
  times: string[];
  skipped: Array<{ date: string; reason: ClosedReason }>;
  truncated: boolean;
}

/**
 * One post a week from now until the next moment starts, at the same wall-clock time in the group's zone
 * (so daylight saving does not shift it). Weeks that fall in a holiday, on a closed day or in an exam
 * period are left out; the first post (now) is the facilitator's own choice and always goes.
 */
export function weeklyUntil(now: Date, next: Pick<Moment, 'start'>, group: Group): WeeklyPlan {
  const start = DateTime.fromJSDate(now, { zone: group.timeZone });
  const end = Date.parse(next.start);
  const plan: WeeklyPlan = { times: [now.toISOString()], skipped: [], truncated: false };
  for (let week = 1; ; week++) {
    const at = start.plus({ weeks: week });
    if (at.toMillis() >= end) break;
    const iso = at.toUTC().toISO()!;
    const closed = closedDayOf({ start: iso, end: iso }, group);
    if (closed) {
      plan.skipped.push({ date: at.toISODate()!, reason: closed });
      continue;
    }
    if (plan.times.length === MAX_WEEKLY_POSTS) {
      plan.truncated = true;
      break;
    }
    plan.times.push(iso);
  }
  return plan;
}
