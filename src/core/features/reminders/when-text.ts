import { DateTime } from 'luxon';
import { LOCALE_TAG, type Language } from '../../i18n/languages.js';
import type { Translate } from '../../i18n/translate.js';

/** "1 uur en 30 minuten", "45 minuten": the time left until a moment, rounded to whole minutes. */
export function durationText(ms: number, t: Translate): string {
  const total = Math.round(ms / 60_000);
  if (total < 1) return t('reminder.duration.soon');
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  const h = hours === 1 ? t('reminder.duration.hour') : t('reminder.duration.hours', { count: hours });
  const m = minutes === 1 ? t('reminder.duration.minute') : t('reminder.duration.minutes', { count: minutes });
  if (hours === 0) return m;
  if (minutes === 0) return h;
  return t('reminder.duration.join', { hours: h, minutes: m });
}

/** A day for people: "woensdag 31 maart". */
export function dayText(at: DateTime, language: Language): string {
  return at.setLocale(LOCALE_TAG[language]).toFormat('cccc d LLLL');
}

/**
 * When a moment starts, relative to now and computed at send time, in the moment's zone:
 * "vandaag om 15:30, over 2 uur", "morgen om 15:30", "op woensdag 31 maart om 14:00, over 7 dagen".
 */
export function whenText(startIso: string, zone: string, now: Date, language: Language, t: Translate): string {
  const start = DateTime.fromISO(startIso, { zone });
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  const days = Math.round(start.startOf('day').diff(today, 'days').days);
  const time = start.toFormat('HH:mm');
  if (days <= 0) return t('reminder.when.today', { time, duration: durationText(start.toMillis() - now.getTime(), t) });
  if (days === 1) return t('reminder.when.tomorrow', { time });
  if (days === 2) return t('reminder.when.dayAfter', { time });
  return t('reminder.when.later', { date: dayText(start, language), time, days });
}
