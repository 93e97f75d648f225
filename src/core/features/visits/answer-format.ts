import { DateTime } from 'luxon';
import { LOCALE_TAG, type Language } from '../../i18n/languages.js';
import { longDay, periodsText } from './flow-words.js';
import type { VisitSlot } from './visit.js';

/**
 * A slot for people with the full day, in their language and zone: "dinsdag 1 december 2026, 3e lesuur (10:20–11:10)".
 * Confirmations and calendars need the whole date; proposal lists use the shorter `formatSlot`.
 */
export function slotText(slot: VisitSlot, zone: string, language: Language): string {
  const start = DateTime.fromISO(slot.start, { zone }).setLocale(LOCALE_TAG[language]);
  const end = DateTime.fromISO(slot.end, { zone });
  return `${longDay(start, language, 'LLLL yyyy')}, ${periodsText(slot.periods, language)} (${start.toFormat('HH:mm')}–${end.toFormat('HH:mm')})`;
}

/** An instant as a day and time for people: "donderdag 26 november, 09:00". */
export function instantText(iso: string, zone: string, language: Language): string {
  const at = DateTime.fromISO(iso, { zone }).setLocale(LOCALE_TAG[language]);
  return `${longDay(at, language, 'LLLL')}, ${at.toFormat('HH:mm')}`;
}

/** Names as one phrase: "Bo", "Bo en Cas" (one joiner for the whole feature). */
export { listText as namesText } from './visit-reminder-facts.js';
