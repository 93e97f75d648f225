import { defineMessages } from '../../../i18n/feature-messages.js';

/** Texts of this part of conversation starters, in nl, en and fr. */
export const resultsMessages = defineMessages({ 'results.title': 'Antwoorden' }, { 'results.title': 'Answers' }, { 'results.title': 'Réponses' });
