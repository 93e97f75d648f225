import { defineMessages } from '../../i18n/feature-messages.js';

/** Texts of collegial visits: overview (filled in by the part that owns them), in nl, en and fr. */
export const visitsOverviewMessages = defineMessages({}, {}, {});
