import { DateTime } from 'luxon';
import type { Language } from '../../i18n/languages.js';
import { periodsLabel } from './slot-format.js';
import type { CoverPlan, VisitSlot } from './visit.js';
import type { VisitsKey } from './visits-messages.js';
import type { VisitsT } from './visits-translate.js';

/**
 * A date as "cccc d LLLL…" with French's "1er" for the first of the month (luxon writes "1"); `rest` is the luxon
 * format after the day number.
 */
export function longDay(dt: DateTime, language: Language, rest: string): string {
  if (language === 'fr' && dt.day === 1) return `${dt.toFormat('cccc')} 1er ${dt.toFormat(rest)}`;
  return dt.toFormat(`cccc d ${rest}`);
}

/** The periods of a slot in words, with French's "1re heure" (the shared label writes "1e"). */
export function periodsText(periods: readonly number[], language: Language): string {
  const label = periodsLabel(periods, language);
  return language === 'fr' ? label.replace(/^1e(?=[\s–])/, '1re') : label;
}

/** Times as a bulleted list, one per line, each formatted by `format`. */
export const timesList = (slots: readonly VisitSlot[], format: (slot: VisitSlot) => string): string => slots.map((s) => `• ${format(s)}`).join('\n');

/** A cover plan for summaries: the short kind and the note, e.g. "student-leraar: Lotte Maes". */
export function coverSummary(t: VisitsT, plan: Pick<CoverPlan, 'kind' | 'note'>): string {
  const kind = t(`visits.cover.short.${plan.kind}` as const);
  const note = plan.note?.trim();
  return note ? t('visits.cover.summary', { kind, note }) : kind;
}

/** A counted phrase from a singular and a plural key; French counts zero as singular. */
export function counted(t: VisitsT, language: Language, count: number, one: VisitsKey, many: VisitsKey): string {
  return count === 1 || (language === 'fr' && count === 0) ? t(one, { count }) : t(many, { count });
}
