import { defineMessages } from '../../i18n/feature-messages.js';

/** Texts of this part of conversation starters, in nl, en and fr. */
export const startersMessages = defineMessages({ 'starters.title': 'Gespreksstarters' }, { 'starters.title': 'Conversation starters' }, { 'starters.title': 'Amorces de discussion' });
