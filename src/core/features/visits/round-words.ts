import type { Language } from '../../i18n/languages.js';
import { countKey, themeInSentence } from './slot-format.js';
import type { UnmatchedReason } from './matching/index.js';
import type { VisitsKey } from './visits-messages.js';
import type { VisitsT } from './visits-translate.js';
import type { MatchReason, VisitForm, VisitStatus } from './visit.js';

export { themeLabel } from './slot-format.js';

/** Why a host was matched, in words for the facilitator ("themes: …; another school (Sint-Jan)"). */
export function reasonWords(t: VisitsT, reasons: readonly MatchReason[], language: Language): string {
  const parts = reasons.map((r) => {
    switch (r.kind) {
      case 'themes':
        return t('visits.overview.reason.themes', { themes: r.themes.map((id) => themeInSentence(id, language)).join(', ') });
      case 'words':
        return t('visits.overview.reason.words', { words: r.words.join(', ') });
      case 'other-school':
        return r.school ? t('visits.overview.reason.otherSchoolNamed', { school: r.school }) : t('visits.overview.reason.otherSchool');
      case 'same-school':
        return t('visits.overview.reason.sameSchool');
      case 'reciprocal':
        return t('visits.overview.reason.reciprocal');
      case 'slots':
        return t(countKey('visits.overview.reason.slots', r.count), { count: r.count });
    }
  });
  return parts.join('; ');
}

/** Why nobody could be matched, in words that read well to the visitor and the facilitator alike. */
export const unmatchedWords = (t: VisitsT, reason: UnmatchedReason): string => t(`visits.overview.unmatched.${reason}` as VisitsKey);

/** A visit form as people read it: the same label as on the request form, so every card, the overview and the CSV agree. */
export const formWords = (t: VisitsT, form: VisitForm): string => t(`visits.form.${form}`);

/** A visit status as people read it. */
export const statusWords = (t: VisitsT, status: VisitStatus): string => t(`visits.overview.status.${status}` as VisitsKey);
