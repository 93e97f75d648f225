import { DateTime } from 'luxon';
import type { Language } from '../../i18n/languages.js';
import { parseDay } from '../groups/group-settings.js';
import { closedReason } from '../moments/calendar/school-calendar.js';
import type { MatchInput } from './matching/index.js';
import { HALF_DAYS, VISIT_LIMITS } from './visit.js';
import { COUNTER_CHOICES } from './answer-cards.js';

/** Why a counter-proposal's day and period cannot be used. */
export type CounterProblem =
  | { kind: 'bad' }
  | { kind: 'no-when' }
  | { kind: 'past' }
  | { kind: 'too-far' }
  | { kind: 'weekend' }
  | { kind: 'wednesday' }
  | { kind: 'closed'; reason: string };

// A typed dd/mm that already passed this year means next year only when it is well behind us (January typed in
// November); a date of the last weeks is a mistake to point out, not a visit a year later.
const RECENT_DAYS = 60;

/** Reads a day typed as 8/12, 08-12, 8.12.2026, 8/12/26 or 2026-12-08 into yyyy-MM-dd; undefined when not a real day. */
export function readDay(input: string, now: Date, zone: string): string | undefined {
  const value = input.trim();
  const iso = /^\d{4}-\d{1,2}-\d{1,2}$/.test(value) ? parseDay(value) : undefined;
  if (iso) return iso;
  const m = /^(?:[^\d\s]+\.?\s+)?(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/.exec(value);
  if (!m) return undefined;
  const [, day, month, year] = m;
  if (year) return parseDay(`${day}/${month}/${year.length === 2 ? `20${year}` : year}`);
  const today = DateTime.fromJSDate(now, { zone }).toISODate()!;
  const thisYear = parseDay(`${day}/${month}/${today.slice(0, 4)}`);
  if (!thisYear) {
    // 29/02 in a year without it: maybe next year has it.
    return parseDay(`${day}/${month}/${+today.slice(0, 4) + 1}`);
  }
  const behind = DateTime.fromISO(today).diff(DateTime.fromISO(thisYear), 'days').days;
  return behind > RECENT_DAYS ? parseDay(`${day}/${month}/${+today.slice(0, 4) + 1}`) : thisYear;
}

/** The periods of a counter-proposal's choice: one period, or a whole half-day. */
export function periodsOf(when: string): number[] | undefined {
  if (!(COUNTER_CHOICES as readonly string[]).includes(when)) return undefined;
  if (when === 'am' || when === 'pm') return [...HALF_DAYS[when]];
  return [+when];
}

/**
 * Checks a counter-proposed day and period against the calendar: a real school day (no weekend, holiday, free day,
 * the group's closed days or exams), not in the past or too far ahead, and not on Wednesday afternoon.
 */
export function checkCounterDay(
  dateText: string,
  when: string,
  input: Pick<MatchInput, 'group' | 'now'>,
  language: Language,
): { ok: true; date: string; periods: number[] } | { ok: false; problem: CounterProblem } {
  const date = readDay(dateText, input.now, input.group.timeZone);
  if (!date) return { ok: false, problem: { kind: 'bad' } };
  const periods = periodsOf(when.trim());
  if (!periods) return { ok: false, problem: { kind: 'no-when' } };
  const today = DateTime.fromJSDate(input.now, { zone: input.group.timeZone }).startOf('day');
  const day = DateTime.fromISO(date, { zone: input.group.timeZone });
  if (day < today) return { ok: false, problem: { kind: 'past' } };
  if (day.diff(today, 'weeks').weeks > VISIT_LIMITS.maxSettings.horizonWeeks) return { ok: false, problem: { kind: 'too-far' } };
  if (day.weekday > 5) return { ok: false, problem: { kind: 'weekend' } };
  let closed: ReturnType<typeof closedReason>;
  try {
    closed = closedReason(date, { community: input.group.community, closedDays: input.group.closedDays, examPeriods: input.group.examPeriods });
  } catch {
    // Outside the calendar data the day counts as an ordinary school day, as elsewhere in Leerkring.
    closed = undefined;
  }
  if (closed) return { ok: false, problem: { kind: 'closed', reason: closed.name[language] } };
  if (day.weekday === 3 && periods.some((p) => p >= 5)) return { ok: false, problem: { kind: 'wednesday' } };
  return { ok: true, date, periods };
}
