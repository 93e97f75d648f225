import * as chrono from 'chrono-node';
import type { DateTime } from 'luxon';
import type { Language } from '../../../i18n/languages.js';
import { LEXICONS, PATTERNS } from './lexicon.js';
import type { Scanner } from './text.js';

/** A calendar date as written; `year` only when the text gave one. */
export interface CalendarDate {
  year?: number;
  month: number;
  day: number;
}

// en.GB reads 12/03 as 12 March, as people in Belgium write it; nl and fr are day-first already.
const PARSERS: Record<Language, chrono.Chrono> = { nl: chrono.nl.casual, en: chrono.en.GB, fr: chrono.fr.casual };

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
const fullYear = (y: string | undefined): number | undefined => (y === undefined ? undefined : y.length === 2 ? 2000 + Number(y) : Number(y));

/** The year a date without one falls in: this year, or next year once it has passed. */
export function inferYear(date: CalendarDate, today: DateTime): number {
  if (date.year !== undefined) return date.year;
  const passed = date.month < today.month || (date.month === today.month && date.day < today.day);
  return passed ? today.year + 1 : today.year;
}

function invalid(day: number, month: number, year: number | undefined, today: DateTime): boolean {
  if (month < 1 || month > 12 || day < 1) return true;
  return day > daysIn(year ?? inferYear({ day, month }, today), month);
}

/** Finds where a written date that cannot exist stands ("31 februari", "30/02", "29 feb" in a non-leap year). */
export function findImpossibleDate(text: string, language: Language, today: DateTime): { index: number; end: number } | undefined {
  // chrono silently drops or rolls such dates, so they are checked before chrono sees the text.
  const at = (m: RegExpMatchArray) => ({ index: m.index ?? 0, end: (m.index ?? 0) + m[0].trimEnd().length });
  const p = PATTERNS[language];
  const months = LEXICONS[language].months;
  const dayMonth = new RegExp(`(?<![\\d:./])(\\d{1,2})(?:e|ste|de|er|re|st|nd|rd|th)?\\s+(?:of\\s+|van\\s+)?(${p.month})\\.?(?![a-z])(?:\\s+(\\d{4}))?`, 'g');
  for (const m of text.matchAll(dayMonth)) {
    if (invalid(Number(m[1]), months[m[2] ?? ''] ?? 0, fullYear(m[3]), today)) return at(m);
  }
  if (language === 'en') {
    const monthDay = new RegExp(`\\b(${p.month})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:a-z])(?!\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|h)(?![a-z]))(?:,?\\s+(\\d{4}))?`, 'g');
    for (const m of text.matchAll(monthDay)) {
      if (invalid(Number(m[2]), months[m[1] ?? ''] ?? 0, fullYear(m[3]), today)) return at(m);
    }
  }
  const numeric = /(?<![\d:./])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d:]|[.,]\d|\s*(?:u|uur|h|am|pm)(?![a-z]))/g;
  for (const m of text.matchAll(numeric)) {
    const [, d, sep, mo, y] = m;
    // "14-16" and "14.30" without a year are clock ranges or times, not dates.
    if (y === undefined && (sep === '.' || (sep === '-' && Number(mo) > 12))) continue;
    if (invalid(Number(d), Number(mo), fullYear(y), today)) return at(m);
  }
  return undefined;
}

/** chrono.en.GB misreads "november 24" (24 as a year); it reads "24 november" fine, so swap, keeping the length. */
function forChrono(text: string, language: Language): string {
  if (language !== 'en') return text;
  const re = new RegExp(`\\b(${PATTERNS.en.month})(\\.?\\s+)(\\d{1,2})(st|nd|rd|th)?(?![\\d:a-z])`, 'g');
  return text.replace(re, (all, month: string, _gap: string, day: string, suffix: string | undefined) => `${day}${suffix ?? ''} ${month}`.padEnd(all.length));
}

/** Collapses whitespace runs (chrono's nl parser misreads "12 maart" followed by several spaces), keeping a map back to the original indexes. */
function squeeze(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === ' ' && (out === '' || out.endsWith(' '))) continue;
    out += ch;
    at.push(i);
  }
  return { text: out, at };
}

/** Reads calendar dates with chrono ("12 maart", "12/03", "31 maart 2027", "le 1er décembre") and blanks them. */
export function takeCalendarDates(scanner: Scanner, language: Language, now: Date): CalendarDate[] {
  const found: CalendarDate[] = [];
  const squeezed = squeeze(scanner.text);
  for (const r of PARSERS[language].parse(forChrono(squeezed.text, language), now)) {
    // Only dates with a written day number: relative words and weekdays are read by days.ts, zone-correctly.
    if (!/\d/.test(r.text) || !r.start.isCertain('day') || !r.start.isCertain('month')) continue;
    const month = r.start.get('month') ?? 0;
    const day = r.start.get('day') ?? 0;
    const year = r.start.isCertain('year') ? r.start.get('year') ?? undefined : undefined;
    found.push(year === undefined ? { month, day } : { year, month, day });
    const first = squeezed.at[r.index] ?? 0;
    const last = squeezed.at[r.index + r.text.length - 1] ?? first;
    scanner.blank(first, last + 1);
  }
  return found;
}

/** Reads the calendar date that `text` starts with ("16 december …"), or undefined. */
export function calendarDateAtStart(text: string, language: Language, now: Date): { date: CalendarDate; length: number } | undefined {
  const squeezed = squeeze(text);
  const r = PARSERS[language].parse(forChrono(squeezed.text, language), now)[0];
  if (!r || squeezed.text.slice(0, r.index).trim() !== '' || !/\d/.test(r.text) || !r.start.isCertain('day') || !r.start.isCertain('month')) return undefined;
  const month = r.start.get('month') ?? 0;
  const day = r.start.get('day') ?? 0;
  const year = r.start.isCertain('year') ? r.start.get('year') ?? undefined : undefined;
  const last = squeezed.at[r.index + r.text.length - 1] ?? 0;
  return { date: year === undefined ? { month, day } : { year, month, day }, length: last + 1 };
}
