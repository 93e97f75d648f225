import { defineMessages } from '../../i18n/feature-messages.js';

/** Texts of reminders, attendance overviews and unreachable notices. */
export const remindersMessages = defineMessages(
  { 'reminder.title': 'Herinnering' },
  { 'reminder.title': 'Reminder' },
  { 'reminder.title': 'Rappel' },
);
