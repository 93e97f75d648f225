import { DateTime } from 'luxon';
import type { Language } from '../../i18n/languages.js';
import { parseAnyLanguage } from './read-when.js';

/** Why a due date was not accepted. */
export type DueRefusal = 'past' | 'unknown' | 'impossible';

/**
 * Reads a due date: 22/01, 22/01/2027, 2027-01-22, or natural language ("vrijdag", "volgende week
 * dinsdag", "15 januari"). A day without a year is the next one to come. Today is allowed.
 */
export function parseDueDate(text: string, opts: { now: Date; zone: string; language: Language }): { ok: true; due: string } | { ok: false; reason: DueRefusal } {
  const today = DateTime.fromJSDate(opts.now, { zone: opts.zone }).startOf('day');
  const trimmed = text.trim().replace(/[.!]+$/, '');
  const numeric = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?$/.exec(trimmed) ?? undefined;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed) ?? undefined;
  if (numeric || iso) {
    const day = Number(iso ? iso[3] : numeric![1]);
    const month = Number(iso ? iso[2] : numeric![2]);
    const givenYear = iso ? Number(iso[1]) : numeric![3] ? Number(numeric![3]) : undefined;
    const year = givenYear ?? today.year;
    let date = DateTime.fromObject({ year, month, day }, { zone: opts.zone });
    if (!date.isValid) return { ok: false, reason: 'impossible' };
    if (givenYear === undefined && date < today) date = date.plus({ years: 1 });
    if (date < today) return { ok: false, reason: 'past' };
    return { ok: true, due: date.toISODate()! };
  }
  const plain = parseAnyLanguage(trimmed, opts);
  // The time parser wants an hour; only when it found a day is the end of that day added, which keeps "today" valid.
  const parsed = !plain.ok && plain.reason === 'no-time' ? parseAnyLanguage(`${trimmed} 23:59`, opts) : plain;
  if (!parsed.ok) return { ok: false, reason: parsed.reason === 'past' ? 'past' : parsed.reason === 'impossible-date' ? 'impossible' : 'unknown' };
  if (parsed.kind !== 'single') return { ok: false, reason: 'unknown' };
  return { ok: true, due: DateTime.fromISO(parsed.start, { zone: opts.zone }).toISODate()! };
}
