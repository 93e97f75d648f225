import type { FeatureMessages } from '../../i18n/feature-messages.js';
import { visitsCommonMessages } from './visits-common-messages.js';
import { visitsFollowupMessages } from './visits-followup-messages.js';
import { visitsOverviewMessages } from './visits-overview-messages.js';
import { visitsRequestMessages } from './visits-request-messages.js';
import { visitsScheduleMessages } from './visits-schedule-messages.js';

/** The catalogs of the visits feature, one per part, so the i18n test can check that no key is defined twice. */
export const VISITS_CATALOGS = [visitsCommonMessages, visitsRequestMessages, visitsScheduleMessages, visitsFollowupMessages, visitsOverviewMessages] as const;

const merge = <L extends 'nl' | 'en' | 'fr'>(language: L) => ({
  ...visitsCommonMessages[language],
  ...visitsRequestMessages[language],
  ...visitsScheduleMessages[language],
  ...visitsFollowupMessages[language],
  ...visitsOverviewMessages[language],
});

const nl = merge('nl');

/** A key of the visits texts. */
export type VisitsKey = keyof typeof nl;

/** Every visits text in nl, en and fr. */
export const visitsMessages: FeatureMessages<VisitsKey> = { nl, en: merge('en'), fr: merge('fr') };
