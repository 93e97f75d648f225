import { defineMessages } from '../../i18n/feature-messages.js';

/** Texts of collegial visits: followup (filled in by the part that owns them), in nl, en and fr. */
export const visitsFollowupMessages = defineMessages({}, {}, {});
