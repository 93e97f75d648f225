import { DateTime } from 'luxon';
import type { Language } from '../../i18n/languages.js';

/** Parses 2027-01-22 or 22/01/2027 (or 22-01-2027) into yyyy-MM-dd; undefined when not a real date. */
export function parseDay(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const be = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const parts = iso ? { year: +iso[1]!, month: +iso[2]!, day: +iso[3]! } : be ? { year: +be[3]!, month: +be[2]!, day: +be[1]! } : undefined;
  if (!parts) return undefined;
  const date = DateTime.fromObject(parts, { zone: 'UTC' });
  return date.isValid ? date.toISODate()! : undefined;
}

const UNIT_MINUTES: Record<string, number> = { d: 1440, j: 1440, u: 60, h: 60, m: 1 };
const MAX_LEAD_MINUTES = 30 * 1440;

/** Parses lead times like `7d 1d 1u` (nl), `1h` (en), `7j` (fr) into minutes, longest first. */
export function parseLeadTimes(args: string[]): number[] | undefined {
  const minutes: number[] = [];
  for (const arg of args) {
    const match = /^(\d{1,4})\s*([djuhm])$/i.exec(arg.trim());
    if (!match) return undefined;
    const value = Number(match[1]) * UNIT_MINUTES[match[2]!.toLowerCase()]!;
    if (value <= 0 || value > MAX_LEAD_MINUTES) return undefined;
    minutes.push(value);
  }
  const unique = [...new Set(minutes)].sort((a, b) => b - a);
  return unique.length >= 1 && unique.length <= 5 ? unique : undefined;
}

const LEAD_WORDS: Record<Language, { day: [string, string]; hour: [string, string]; minute: [string, string]; and: string }> = {
  nl: { day: ['dag', 'dagen'], hour: ['uur', 'uur'], minute: ['minuut', 'minuten'], and: 'en' },
  en: { day: ['day', 'days'], hour: ['hour', 'hours'], minute: ['minute', 'minutes'], and: 'and' },
  fr: { day: ['jour', 'jours'], hour: ['heure', 'heures'], minute: ['minute', 'minutes'], and: 'et' },
};

/** Shows lead times in words, like `7 dagen, 1 dag en 1 uur` (nl), `7 days, 1 day and 1 hour` (en), `7 jours, 1 jour et 1 heure` (fr). */
export function formatLeadTimes(minutes: number[], language: Language): string {
  const words = LEAD_WORDS[language];
  const one = (value: number, unit: [string, string]): string => `${value} ${value === 1 ? unit[0] : unit[1]}`;
  const parts = minutes.map((m) => (m % 1440 === 0 ? one(m / 1440, words.day) : m % 60 === 0 ? one(m / 60, words.hour) : one(m, words.minute)));
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${words.and} ${parts[parts.length - 1]}`;
}

/** Parses a clock time `20:00`, `20u`, `7u30`, `20h` into HH:mm. */
export function parseClock(text: string): string | undefined {
  const match = /^(\d{1,2})(?:[:.uh](\d{2})?)?$/i.exec(text.trim());
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? '0');
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
