import { DateTime } from 'luxon';
import { LOCALE_TAG, type Language } from '../../i18n/languages.js';
import { NEEDS_THEMES } from '../needs/needs.js';
import { HALF_DAYS, type MatchReason, type VisitSlot, type WeekPeriod } from './visit.js';
import { visitsT, type VisitsT } from './visits-translate.js';
import type { VisitsKey } from './visits-messages.js';

/** A theme id in the person's language (unknown ids are shown as they are). */
export function themeLabel(id: string, language: Language): string {
  return NEEDS_THEMES.find((x) => x.id === id)?.label[language] ?? id;
}

const sameList = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** A period number as an ordinal: "3e" (nl), "3" (en: "period 3"), "1re"/"3e" (fr). */
export function periodOrdinal(n: number, language: Language): string {
  if (language === 'en') return String(n);
  return language === 'fr' && n === 1 ? '1re' : `${n}e`;
}

/** The periods of a slot in words: "3e lesuur", "3e–4e lesuur", or a half-day. */
export function periodsLabel(periods: readonly number[], language: Language): string {
  const t = visitsT(language);
  const sorted = [...periods].sort((a, b) => a - b);
  if (sameList(sorted, HALF_DAYS.am)) return t('visits.slot.am');
  if (sameList(sorted, HALF_DAYS.pm)) return t('visits.slot.pm');
  if (sorted.length === 1) return t('visits.slot.period', { nth: periodOrdinal(sorted[0]!, language) });
  return t('visits.slot.periods', { from: periodOrdinal(sorted[0]!, language), to: periodOrdinal(sorted[sorted.length - 1]!, language) });
}

/** The day of the month as French writes it: "1er" on the first. */
const dayOfMonth = (day: DateTime, language: Language): string => (language === 'fr' && day.day === 1 ? "'1er'" : 'd');

/** A date (yyyy-MM-dd or an instant) as a short day in a zone: "di 1 dec", "mar. 1er déc."; `year` adds the year. */
export function shortDate(iso: string, language: Language, zone: string, options: { weekday?: boolean; year?: boolean } = {}): string {
  const at = (iso.length === 10 ? DateTime.fromISO(iso, { zone }) : DateTime.fromISO(iso).setZone(zone)).setLocale(LOCALE_TAG[language]);
  if (!at.isValid) return '—';
  const pattern = [options.weekday === false ? '' : 'ccc', dayOfMonth(at, language), 'LLL', options.year ? 'yyyy' : ''].filter(Boolean).join(' ');
  return at.toFormat(pattern);
}

/** A slot for people, in the group's zone: "di 1 dec, 3e lesuur (10:20–11:10)" or "di 1 dec, voormiddag (08:25–12:00)". */
export function formatSlot(slot: VisitSlot, language: Language, zone: string, options: { year?: boolean } = {}): string {
  const time = (iso: string) => DateTime.fromISO(iso, { zone }).toFormat('HH:mm');
  return `${shortDate(slot.date, language, zone, options)}, ${periodsLabel(slot.periods, language)} (${time(slot.start)}–${time(slot.end)})`;
}

/** A weekday's short name: 1 → "ma". */
export const weekdayShort = (weekday: number, language: Language): string =>
  DateTime.fromObject({ year: 2026, month: 11, day: 22 + weekday }).setLocale(LOCALE_TAG[language]).toFormat('ccc');

/** One period of the school week: "ma 3e lesuur". */
export const weekPeriodLabel = (p: WeekPeriod, language: Language): string => `${weekdayShort(p.weekday, language)} ${periodsLabel([p.period], language)}`;

/** A theme's name inside a sentence: lower case, unless it starts with an abbreviation ("STEM"). */
export const themeInSentence = (id: string, language: Language): string => {
  const label = themeLabel(id, language);
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLocaleLowerCase(language) + label.slice(1) : label;
};

/** Items as one phrase: "a", "a en b", "a, b en c". */
export function joinList(items: readonly string[], t: VisitsT): string {
  if (items.length <= 1) return items[0] ?? '';
  return t('visits.list.and', { first: items.slice(0, -1).join(', '), last: items[items.length - 1]! });
}

/** Moments shown at most in a "when you can both" reason. */
const WHEN_MAX = 3;

/** When both can, from a suggestion's slots: weekday and period or half-day, each once ("di voormiddag", "do 2e lesuur"). */
export function commonMoments(slots: readonly VisitSlot[], language: Language): string[] {
  const seen = new Map<string, number>();
  for (const slot of slots) {
    const weekday = DateTime.fromISO(slot.date, { zone: 'utc' }).weekday;
    const label = `${weekdayShort(weekday, language)} ${periodsLabel(slot.periods, language)}`;
    // In week order (Monday first), not in the order of the dates proposed: it describes a weekly pattern.
    if (!seen.has(label)) seen.set(label, weekday * 10 + (slot.periods[0] ?? 0));
  }
  return [...seen.entries()].sort((a, b) => a[1] - b[1]).map(([label]) => label);
}

/** Plural-aware key: `<base>.one` for 1, `<base>.other` otherwise. */
export const countKey = (base: string, count: number): VisitsKey => `${base}.${count === 1 ? 'one' : 'other'}` as VisitsKey;

/**
 * Why a host was suggested, one line per reason, in the visitor's language. `hostName` names the host in the
 * reciprocity line; with the suggestion's `slots`, the time reason says when both can instead of how many periods.
 */
export function formatReasons(reasons: readonly MatchReason[], language: Language, hostName = '', slots: readonly VisitSlot[] = []): string[] {
  const t = visitsT(language);
  const moments = commonMoments(slots, language);
  return reasons.map((r) => {
    switch (r.kind) {
      case 'themes':
        return t('visits.reason.themes', { themes: r.themes.map((id) => themeInSentence(id, language)).join(', ') });
      case 'words':
        return t('visits.reason.words', { words: r.words.join(', ') });
      case 'other-school':
        return r.school ? t('visits.reason.otherSchoolNamed', { school: r.school }) : t('visits.reason.otherSchool');
      case 'same-school':
        return t('visits.reason.sameSchool');
      case 'reciprocal':
        return t('visits.reason.reciprocal', { name: hostName });
      case 'slots':
        if (moments.length === 0) return t(countKey('visits.reason.slots', r.count), { count: r.count });
        return moments.length > WHEN_MAX
          ? t('visits.reason.whenMore', { when: moments.slice(0, WHEN_MAX).join(', ') })
          : t('visits.reason.when', { when: joinList(moments, t) });
    }
  });
}
