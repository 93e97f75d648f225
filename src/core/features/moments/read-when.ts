import { LANGUAGES, type Language } from '../../i18n/languages.js';
import type { Group } from '../groups/group.js';
import { checkDate, expandSeries, type ClosedReason, type SkippedDate } from './calendar/index.js';
import { parseWhen, type SeriesRule, type WhenRefusalReason, type WhenResult } from './when/index.js';

/** Why a time text cannot be planned: the parser's reasons, plus series that yield no date at all. */
export type PlanRefusal = WhenRefusalReason | 'all-skipped' | 'series-unbounded';

/** One resolved moment, as UTC instants. */
export interface Slot {
  start: string;
  end: string;
}

/** What a time text resolves to for one group: the exact moments, and the series dates left out with why. */
export interface Proposal {
  kind: 'single' | 'series';
  slots: Slot[];
  skipped: SkippedDate[];
  /** More dates would follow than one series may hold. */
  truncated: boolean;
  /** A bare hour (3u) was read as afternoon by the school-hours rule. */
  timeUncertain: boolean;
  rule?: SeriesRule;
}

/**
 * Reads a time text in the person's language; when nothing at all is recognised, tries the other
 * languages too, since people in Brussels easily mix them ("mardi 14u").
 */
export function parseAnyLanguage(text: string, opts: { now: Date; zone: string; language: Language }): WhenResult {
  const first = parseWhen(text, opts);
  if (first.ok || first.reason !== 'no-date') return first;
  for (const language of LANGUAGES) {
    if (language === opts.language) continue;
    const other = parseWhen(text, { ...opts, language });
    if (other.ok) return other;
  }
  return first;
}

/** One spelling for every stored instant: 2026-11-24T07:00:00.000Z. */
export const isoInstant = (value: string): string => new Date(value).toISOString();

/** The group's calendar settings in the shape the calendar engine takes. */
export const closureOf = (group: Group) => ({ community: group.community, closedDays: group.closedDays, examPeriods: group.examPeriods });

/** Expands a series rule for a group; refuses when it gives no date or has no known end. */
export function expandFor(rule: SeriesRule, group: Group, now: Date): { ok: true; proposal: Proposal } | { ok: false; reason: PlanRefusal } {
  let expansion;
  try {
    expansion = expandSeries(rule, { zone: group.timeZone, now, ...closureOf(group) });
  } catch {
    // Only a rule without an end outside the known school years gets here (the parser's rules are valid).
    return { ok: false, reason: 'series-unbounded' };
  }
  if (expansion.occurrences.length === 0) return { ok: false, reason: 'all-skipped' };
  return {
    ok: true,
    proposal: {
      kind: 'series',
      slots: expansion.occurrences.map((o) => ({ start: isoInstant(o.start), end: isoInstant(o.end) })),
      skipped: expansion.skipped,
      truncated: expansion.truncated,
      timeUncertain: false,
      rule,
    },
  };
}

/** Resolves a time text for a group, in the group's zone: one moment, or every date of a series. */
export function readWhen(text: string, group: Group, now: Date, language: Language): { ok: true; proposal: Proposal } | { ok: false; reason: PlanRefusal } {
  const result = parseAnyLanguage(text, { now, zone: group.timeZone, language });
  if (!result.ok) return { ok: false, reason: result.reason };
  if (result.kind === 'series') return expandFor(result.rule, group, now);
  if (result.end <= result.start) return { ok: false, reason: 'end-before-start' };
  if (Date.parse(result.start) <= now.getTime()) return { ok: false, reason: 'past' };
  return { ok: true, proposal: { kind: 'single', slots: [{ start: isoInstant(result.start), end: isoInstant(result.end) }], skipped: [], truncated: false, timeUncertain: !result.timeCertain } };
}

/** Why a single moment's day is closed for the group (holiday, closed day, exam period), if it is. */
export function closedDayOf(slot: Slot, group: Group): ClosedReason | undefined {
  return checkDate(slot.start, { zone: group.timeZone, ...closureOf(group) });
}
