import { DateTime } from 'luxon';
import type { Language } from '../../i18n/languages.js';
import type { Group } from '../groups/group.js';
import { parseDay } from '../groups/group-settings.js';
import { formatDate } from '../starters/post-times.js';
import { NEEDS_LIMITS, type NeedsRound } from './needs.js';

/** A round closes at 17:00 in the group's zone on its closing day, so the count reaches facilitators in working hours. */
export const CLOSING_HOUR = 17;

/** Why a closing date was refused. */
export type ClosingRefusal = 'bad' | 'past' | 'too-far';

const LEAD_WORDS = /^(tot|t\/m|tem|until|till|by|to|jusqu['’]au|jusqu['’]à|jusqu['’]a|au|le)\s+/i;

/** Reads `15/12`, `15/12/2026`, `2026-12-15` (optionally after `tot`/`until`/`jusqu'au`) into the closing instant. */
export function readClosing(input: string, group: Pick<Group, 'timeZone'>, now: Date): { ok: true; closesAt: string; day: string } | { ok: false; reason: ClosingRefusal } {
  const cleaned = input.trim().replace(LEAD_WORDS, '').trim();
  const short = /^(\d{1,2})[/.-](\d{1,2})$/.exec(cleaned);
  const today = DateTime.fromJSDate(now, { zone: group.timeZone });
  let day = short ? parseDay(`${short[1]}/${short[2]}/${today.year}`) : parseDay(cleaned);
  if (!day) return { ok: false, reason: 'bad' };
  const at = (d: string): DateTime => DateTime.fromISO(d, { zone: group.timeZone }).set({ hour: CLOSING_HOUR, minute: 0, second: 0, millisecond: 0 });
  // A day without a year that already passed this year means next year's.
  if (short && at(day) <= today) day = at(day).plus({ years: 1 }).toISODate()!;
  const closes = at(day);
  if (closes <= today) return { ok: false, reason: 'past' };
  if (closes.startOf('day') > today.startOf('day').plus({ weeks: NEEDS_LIMITS.maxWeeks })) return { ok: false, reason: 'too-far' };
  return { ok: true, closesAt: closes.toUTC().toISO()!, day };
}

/** The closing day of a round, written out in a language. */
export const closingDate = (round: Pick<NeedsRound, 'closesAt'>, group: Pick<Group, 'timeZone'>, language: Language): string =>
  formatDate(DateTime.fromISO(round.closesAt, { zone: group.timeZone }).toISODate()!, language);
