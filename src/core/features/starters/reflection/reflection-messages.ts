import { defineMessages } from '../../../i18n/feature-messages.js';

/** Texts of this part of conversation starters, in nl, en and fr. */
export const reflectionMessages = defineMessages({ 'reflection.title': 'Reflectie' }, { 'reflection.title': 'Reflection' }, { 'reflection.title': 'Réflexion' });
