import { DateTime } from 'luxon';

const MINUTES_PER_DAY = 24 * 60;

/**
 * The instant `leadMinutes` before `startIso`. Whole days count on the wall clock of `zone`, so a 7-day
 * reminder across a DST change still comes at the moment's local time; the rest counts as elapsed minutes.
 */
export function dueBefore(startIso: string, zone: string, leadMinutes: number): Date {
  const days = Math.floor(leadMinutes / MINUTES_PER_DAY);
  const minutes = leadMinutes % MINUTES_PER_DAY;
  return DateTime.fromISO(startIso, { zone }).minus({ days }).minus({ minutes }).toJSDate();
}

/** Midnight at the start of a yyyy-MM-dd day in `zone`. */
export function startOfDay(day: string, zone: string): Date {
  return DateTime.fromISO(day, { zone }).startOf('day').toJSDate();
}

/** 09:00 on the day before a yyyy-MM-dd day in `zone`: when an agreement's owner is reminded. */
export function dayBeforeAtNine(day: string, zone: string): Date {
  return DateTime.fromISO(day, { zone }).minus({ days: 1 }).set({ hour: 9, minute: 0, second: 0, millisecond: 0 }).toJSDate();
}

/** Midnight after a yyyy-MM-dd day in `zone`: an agreement reminder is useless once its day is over. */
export function endOfDay(day: string, zone: string): Date {
  return DateTime.fromISO(day, { zone }).plus({ days: 1 }).startOf('day').toJSDate();
}
