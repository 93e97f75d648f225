import { DateTime } from 'luxon';
import { LOCALE_TAG, type Language } from '../../i18n/languages.js';
import type { Translate } from '../../i18n/translate.js';
import { formatMomentStart } from '../groups/group-cards.js';
import type { SkippedDate } from './calendar/index.js';
import type { Moment, RsvpAnswer } from './moment.js';

/** Every RSVP answer, in the order buttons and overviews show them. */
export const RSVP_ANSWERS: readonly RsvpAnswer[] = ['yes', 'online', 'no'];

/** A moment's date and times for people, in its zone: "dinsdag 24 november 2026, 08:00–09:00". */
export const formatWhen = (moment: Pick<Moment, 'start' | 'end' | 'zone'>, language: Language): string => formatMomentStart(moment, language);

/** A calendar day (yyyy-MM-dd) for people: "woensdag 23 december 2026". */
export function formatDay(isoDate: string, language: Language): string {
  return DateTime.fromISO(isoDate, { zone: 'utc' }).setLocale(LOCALE_TAG[language]).toFormat('cccc d LLLL yyyy');
}

/** The local calendar day (yyyy-MM-dd) of an instant in a zone. */
export const localDay = (instant: string, zone: string): string => DateTime.fromISO(instant, { zone }).toISODate()!;

/** One skipped series date with its reason in the person's language: "woensdag 23 december 2026 (kerstvakantie)". */
export function skippedLine(skipped: SkippedDate, language: Language): string {
  return `${formatDay(skipped.date, language)} (${skipped.reason[language]})`;
}

/** Where a moment takes place, as one line: place, online link or both. */
export function whereLine(moment: Pick<Moment, 'place' | 'onlineUrl'>, t: Translate): string {
  const parts = [moment.place, moment.onlineUrl ? t('moment.onlineAt', { url: moment.onlineUrl }) : undefined].filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join(' · ') : t('moment.noPlace');
}

/** Shortens text for a button label or a list line. */
export function shorten(value: string, max: number): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Takes one value out of a card input (a choice may arrive as a list). */
export const inputValue = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim();
