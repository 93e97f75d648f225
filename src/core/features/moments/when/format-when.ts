import { DateTime, Info } from 'luxon';
import { LOCALE_TAG, type Language } from '../../../i18n/languages.js';
import type { NthOfMonth, SeriesRule, WhenOk } from './types.js';

const ORDINALS: Record<Language, Record<NthOfMonth, string>> = {
  nl: { 1: '1e', 2: '2e', 3: '3e', 4: '4e', [-1]: 'laatste' },
  en: { 1: '1st', 2: '2nd', 3: '3rd', 4: '4th', [-1]: 'last' },
  fr: { 1: '1er', 2: '2e', 3: '3e', 4: '4e', [-1]: 'dernier' },
};

const WORDS: Record<Language, { sessions: string; from: string; until: string; spread: (from: string, until: string) => string }> = {
  nl: { sessions: 'sessies', from: 'vanaf', until: 'tot en met', spread: (a, b) => `gespreid tussen ${a} en ${b}` },
  en: { sessions: 'sessions', from: 'from', until: 'until', spread: (a, b) => `spread between ${a} and ${b}` },
  fr: { sessions: 'séances', from: 'à partir du', until: "jusqu'au", spread: (a, b) => `réparties entre le ${a} et le ${b}` },
};

const dayLine = (d: DateTime, language: Language): string => d.setLocale(LOCALE_TAG[language]).toFormat('cccc d LLLL yyyy');
const dateLine = (d: DateTime, language: Language): string => d.setLocale(LOCALE_TAG[language]).toFormat('d LLLL yyyy');

function rhythm(rule: SeriesRule, language: Language): string {
  const day = Info.weekdays('long', { locale: LOCALE_TAG[language] })[rule.weekday - 1] ?? '';
  const nth = ORDINALS[language][rule.nth ?? 1];
  if (rule.spread) {
    if (language === 'nl') return `op ${day}`;
    if (language === 'en') return `on ${day}`;
    return `le ${day}`;
  }
  if (language === 'nl') {
    if (rule.every === 'nth-of-month') return `elke ${nth} ${day} van de maand`;
    return rule.every === 'two-weeks' ? `om de twee weken op ${day}` : `elke ${day}`;
  }
  if (language === 'en') {
    if (rule.every === 'nth-of-month') return `every ${nth} ${day} of the month`;
    return rule.every === 'two-weeks' ? `every other ${day}` : `every ${day}`;
  }
  if (rule.every === 'nth-of-month') return `chaque ${nth} ${day} du mois`;
  return rule.every === 'two-weeks' ? `un ${day} sur deux` : `chaque ${day}`;
}

/** Describes a series rule in one line, e.g. "elke 2e woensdag van de maand, 14:00–16:00, vanaf 9 december 2026". */
export function formatSeriesRule(rule: SeriesRule, language: Language, zone: string): string {
  const w = WORDS[language];
  const from = DateTime.fromISO(rule.from, { zone });
  const parts = [`${rule.count !== undefined ? `${rule.count} ${w.sessions} ` : ''}${rhythm(rule, language)}`, `${rule.startTime}–${rule.endTime}`];
  if (rule.spread && rule.until) {
    const until = DateTime.fromISO(rule.until, { zone });
    parts.push(w.spread(dateLine(from, language), dateLine(until, language)));
  } else {
    parts.push(`${w.from} ${dateLine(from, language)}`);
    if (rule.until) parts.push(`${w.until} ${dateLine(DateTime.fromISO(rule.until, { zone }), language)}`);
  }
  return parts.join(', ');
}

/** One human line for a parsed moment, e.g. "dinsdag 24 november 2026, 15:30–16:30"; a series keeps its own zone's wall clock. */
export function formatWhen(result: WhenOk, language: Language, zone: string): string {
  if (result.kind === 'series') return formatSeriesRule(result.rule, language, result.zone);
  const start = DateTime.fromISO(result.start, { zone });
  const end = DateTime.fromISO(result.end, { zone });
  const sameDay = start.hasSame(end, 'day');
  const endText = sameDay ? end.toFormat('HH:mm') : `${dayLine(end, language)}, ${end.toFormat('HH:mm')}`;
  return `${dayLine(start, language)}, ${start.toFormat('HH:mm')}–${endText}`;
}
