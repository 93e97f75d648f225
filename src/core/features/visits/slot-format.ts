import { DateTime } from 'luxon';
import { LOCALE_TAG, type Language } from '../../i18n/languages.js';
import { NEEDS_THEMES } from '../needs/needs.js';
import { HALF_DAYS, type MatchReason, type VisitSlot, type WeekPeriod } from './visit.js';
import { visitsT } from './visits-translate.js';

/** A theme id in the person's language (unknown ids are shown as they are). */
export function themeLabel(id: string, language: Language): string {
  return NEEDS_THEMES.find((x) => x.id === id)?.label[language] ?? id;
}

const sameList = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** The periods of a slot in words: "3e lesuur", "3e–4e lesuur", or a half-day. */
export function periodsLabel(periods: readonly number[], language: Language): string {
  const t = visitsT(language);
  const sorted = [...periods].sort((a, b) => a - b);
  if (sameList(sorted, HALF_DAYS.am)) return t('visits.slot.am');
  if (sameList(sorted, HALF_DAYS.pm)) return t('visits.slot.pm');
  if (sorted.length === 1) return t('visits.slot.period', { n: sorted[0]! });
  return t('visits.slot.periods', { from: sorted[0]!, to: sorted[sorted.length - 1]! });
}

/** A slot for people, in the group's zone: "di 1 dec, 3e lesuur (10:20–11:10)" or "di 1 dec, voormiddag (08:25–12:00)". */
export function formatSlot(slot: VisitSlot, language: Language, zone: string): string {
  const locale = LOCALE_TAG[language];
  const day = DateTime.fromISO(slot.date, { zone }).setLocale(locale).toFormat('ccc d LLL');
  const time = (iso: string) => DateTime.fromISO(iso, { zone }).toFormat('HH:mm');
  return `${day}, ${periodsLabel(slot.periods, language)} (${time(slot.start)}–${time(slot.end)})`;
}

/** A weekday's short name: 1 → "ma". */
export const weekdayShort = (weekday: number, language: Language): string =>
  DateTime.fromObject({ year: 2026, month: 11, day: 22 + weekday }).setLocale(LOCALE_TAG[language]).toFormat('ccc');

/** One period of the school week: "ma 3e lesuur". */
export const weekPeriodLabel = (p: WeekPeriod, language: Language): string => `${weekdayShort(p.weekday, language)} ${visitsT(language)('visits.slot.period', { n: p.period })}`;

/** Why a host was suggested, one line per reason, in the visitor's language. `hostName` names the host in the reciprocity line. */
export function formatReasons(reasons: readonly MatchReason[], language: Language, hostName = ''): string[] {
  const t = visitsT(language);
  return reasons.map((r) => {
    switch (r.kind) {
      case 'themes':
        return t('visits.reason.themes', { themes: r.themes.map((id) => themeLabel(id, language)).join(', ') });
      case 'words':
        return t('visits.reason.words', { words: r.words.join(', ') });
      case 'other-school':
        return r.school ? t('visits.reason.otherSchoolNamed', { school: r.school }) : t('visits.reason.otherSchool');
      case 'same-school':
        return t('visits.reason.sameSchool');
      case 'reciprocal':
        return t('visits.reason.reciprocal', { name: hostName });
      case 'slots':
        return r.count === 1 ? t('visits.reason.slot') : t('visits.reason.slots', { count: r.count });
    }
  });
}
