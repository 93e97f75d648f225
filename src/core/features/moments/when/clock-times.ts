import type { Language } from '../../../i18n/languages.js';
import { PATTERNS, readNumber } from './lexicon.js';
import type { PartOfDay } from './parts-of-day.js';
import type { Scanner } from './text.js';

/** A clock time as written: `hour` is 0..23 for 24-hour notations, 1..12 when it still needs am/pm. */
export interface ClockToken {
  index: number;
  end: number;
  hour: number;
  minute: number;
  meridiem?: 'am' | 'pm';
  /** Written unambiguously on a 24-hour clock (13..23, 0, or zero-padded like 08:00). */
  literal: boolean;
}

/** One time or a from–to pair of times. */
export interface ClockRange {
  start: ClockToken;
  end?: ClockToken;
}

/** A resolved wall-clock time. */
export interface Clock {
  hour: number;
  minute: number;
}

type Read = { hour: number; minute: number; literal?: boolean } | null;
interface TimePattern {
  re: RegExp;
  read: (m: RegExpExecArray) => Read;
}

const NOT_AFTER_DIGITS = '(?<![\\d/.:])';
const MERIDIEM = /^\s*(am|pm|a\.m\.|p\.m\.)(?![a-z])/;
const CUES: Record<Language, string> = { nl: '(?:om|rond|omstreeks|tegen)', en: '(?:at|around|by)', fr: '(?:a|vers)' };
const CONNECTORS: Record<Language, string> = {
  nl: "(?:-|tot(?:\\s+en\\s+met)?|t/m)",
  en: '(?:-|to|till|til|until|through)',
  fr: "(?:-|a|au|jusqu'?\\s?a)",
};
const OPENERS: Record<Language, string> = { nl: '(?:van|tussen)', en: '(?:from|between)', fr: '(?:de|entre)' };
const BETWEEN: Record<Language, { before: RegExp; word: string }> = {
  nl: { before: /\btussen\s*$/, word: 'en' },
  en: { before: /\bbetween\s*$/, word: 'and' },
  fr: { before: /\bentre\s*$/, word: 'et' },
};
const NOT_A_DATE_OR_COUNT =
  '(?![\\d/.:a-z]|\\s*(?:e|ste|de|er|re|st|nd|rd|th)\\b|\\s+(?:weken|dagen|weeks?|days?|semaines?|jours?|sessies|sessions?|seances?|keer|times|fois)\\b)';

const num = (s: string | undefined): number => Number(s ?? '0');
const isLiteral = (raw: string | undefined, hour: number): boolean => hour >= 13 || hour === 0 || (raw ?? '').startsWith('0');
const minutesWord: Record<string, number> = { vijf: 5, tien: 10, twintig: 20, five: 5, ten: 10, twenty: 20, 'twenty-five': 25, cinq: 5, dix: 10, vingt: 20 };
const minutesOf = (s: string | undefined): number => (s === undefined ? 0 : /^\d+$/.test(s) ? Number(s) : minutesWord[s] ?? 0);
/** How far around a time the range passes look; bounded so long texts stay linear. */
const LOOK = 40;
const before = (text: string, index: number): string => text.slice(Math.max(0, index - LOOK), index);

/** "half vier" is half-way to four; hour 1 wraps to 12 ("half een" = 12:30). */
const hourBefore = (hour: number): number => (hour <= 1 ? 12 : hour - 1);

function patterns(language: Language): TimePattern[] {
  const p = PATTERNS[language];
  const hourOf = (s: string | undefined): number => readNumber(s, language) ?? -1;
  const digits: TimePattern[] = [
    { re: new RegExp(`${NOT_AFTER_DIGITS}(\\d{1,2}):(\\d{2})(?!\\d)(?:\\s*(?:u|uur|h)(?![a-z]))?`), read: (m) => ({ hour: num(m[1]), minute: num(m[2]), literal: isLiteral(m[1], num(m[1])) }) },
    { re: new RegExp(`${NOT_AFTER_DIGITS}(\\d{1,2})\\s*(?:u|uur|h|heures?)(?:\\s*(\\d{2}))?(?![a-z\\d])`), read: (m) => ({ hour: num(m[1]), minute: num(m[2]), literal: isLiteral(m[1], num(m[1])) }) },
    { re: new RegExp(`${NOT_AFTER_DIGITS}(\\d{1,2})\\.(\\d{2})\\s*(?:u|uur|h)(?![a-z])`), read: (m) => ({ hour: num(m[1]), minute: num(m[2]), literal: isLiteral(m[1], num(m[1])) }) },
    { re: new RegExp(`${NOT_AFTER_DIGITS}(\\d{1,2})(?:[:.](\\d{2}))?(?=\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)(?![a-z]))`), read: (m) => ({ hour: num(m[1]), minute: num(m[2]) }) },
    { re: new RegExp(`(?<=\\b${CUES[language]}\\s+)(\\d{1,2})(?:[:.](\\d{2}))?(?!\\s+${p.month}\\b)${NOT_A_DATE_OR_COUNT}`), read: (m) => ({ hour: num(m[1]), minute: num(m[2]), literal: isLiteral(m[1], num(m[1])) }) },
    { re: new RegExp(`(?<=\\b${CUES[language]}\\s+)(${p.hourWord})(?![a-z])(?!\\s+(?:weken|weeks?|semaines?|dagen|days?|jours?)\\b)`), read: (m) => ({ hour: hourOf(m[1]), minute: 0 }) },
  ];
  const words: Record<Language, TimePattern[]> = {
    nl: [
      {
        re: new RegExp(`(?<![a-z\\d])(?:(\\d{1,2}|vijf|tien)\\s+(over|voor)\\s+)?half\\s+(${p.hour})(?![a-z\\d])`),
        read: (m) => ({ hour: hourBefore(hourOf(m[3])), minute: 30 + (m[2] === 'over' ? 1 : m[2] === 'voor' ? -1 : 0) * minutesOf(m[1]) }),
      },
      { re: new RegExp(`\\bkwart\\s+(over|voor)\\s+(${p.hour})(?![a-z\\d])`), read: (m) => (m[1] === 'over' ? { hour: hourOf(m[2]), minute: 15 } : { hour: hourBefore(hourOf(m[2])), minute: 45 }) },
      {
        re: new RegExp(`(?<![a-z\\d])(\\d{1,2}|vijf|tien|twintig)\\s+(over|voor)\\s+(${p.hour})(?![a-z\\d])(?!\\s*(?:weken|dagen|uur|minuten|maanden)\\b)`),
        read: (m) => (m[2] === 'over' ? { hour: hourOf(m[3]), minute: minutesOf(m[1]) } : { hour: hourBefore(hourOf(m[3])), minute: 60 - minutesOf(m[1]) }),
      },
      { re: new RegExp(`\\b(${p.hourWord})\\s+uur\\b`), read: (m) => ({ hour: hourOf(m[1]), minute: 0 }) },
    ],
    en: [
      { re: new RegExp(`\\bhalf\\s+past\\s+(${p.hour})(?![a-z\\d])`), read: (m) => ({ hour: hourOf(m[1]), minute: 30 }) },
      { re: new RegExp(`\\b(?:a\\s+)?quarter\\s+(past|to)\\s+(${p.hour})(?![a-z\\d])`), read: (m) => (m[1] === 'past' ? { hour: hourOf(m[2]), minute: 15 } : { hour: hourBefore(hourOf(m[2])), minute: 45 }) },
      {
        re: new RegExp(`(?<![a-z\\d])(\\d{1,2}|twenty-five|five|ten|twenty)\\s+(past|to)\\s+(${p.hour})(?![a-z\\d])`),
        read: (m) => (m[2] === 'past' ? { hour: hourOf(m[3]), minute: minutesOf(m[1]) } : { hour: hourBefore(hourOf(m[3])), minute: 60 - minutesOf(m[1]) }),
      },
      { re: new RegExp(`(?<![a-z\\d])(${p.hour})\\s*o'?\\s?clock\\b`), read: (m) => ({ hour: hourOf(m[1]), minute: 0 }) },
      { re: /\b(?:noon|midday)\b/, read: () => ({ hour: 12, minute: 0, literal: true }) },
    ],
    fr: [
      {
        re: new RegExp(`(?<![a-z\\d/.:])(${p.hour})\\s*(?:h|heures?)(?:\\s*(?:et\\s+(demie?|quart)|moins\\s+(?:le\\s+)?(quart)|moins\\s+(\\d{1,2}|cinq|dix|vingt)|(\\d{2})))?(?![a-z\\d])`),
        read: (m) => {
          const hour = hourOf(m[1]);
          const literal = /^\d/.test(m[1] ?? '') && isLiteral(m[1], hour);
          if (m[2]) return { hour, minute: m[2] === 'quart' ? 15 : 30, literal };
          if (m[3]) return { hour: hourBefore(hour), minute: 45, literal };
          if (m[4]) return { hour: hourBefore(hour), minute: 60 - minutesOf(m[4]), literal };
          return { hour, minute: num(m[5]), literal };
        },
      },
      { re: /(?<=\ba\s+)midi(?:\s+et\s+(demie?|quart))?\b|\bmidi\s+et\s+(demie?|quart)\b/, read: (m) => ({ hour: 12, minute: (m[1] ?? m[2]) === 'quart' ? 15 : m[1] ?? m[2] ? 30 : 0, literal: true }) },
    ],
  };
  return [...digits, ...words[language]];
}

function tokensIn(text: string, language: Language): ClockToken[] {
  const found: ClockToken[] = [];
  for (const { re, read } of patterns(language)) {
    for (const m of text.matchAll(new RegExp(re.source, 'g'))) {
      const r = read(m as RegExpExecArray);
      if (!r || r.hour < 0) continue;
      let end = m.index + m[0].length;
      const mer = MERIDIEM.exec(text.slice(end));
      const token: ClockToken = { index: m.index, end, hour: r.hour, minute: r.minute, literal: r.literal ?? false };
      if (mer) {
        end += mer[0].length;
        token.end = end;
        token.meridiem = (mer[1] ?? '').startsWith('a') ? 'am' : 'pm';
      }
      found.push(token);
    }
  }
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: ClockToken[] = [];
  for (const t of found) if (!kept.some((k) => t.index < k.end && k.index < t.end)) kept.push(t);
  return kept.sort((a, b) => a.index - b.index);
}

function bareToken(hourText: string | undefined, minuteText: string | undefined, index: number, end: number, language: Language): ClockToken {
  const hour = readNumber(hourText, language) ?? 0;
  return { index, end, hour, minute: num(minuteText), literal: /^\d/.test(hourText ?? '') && isLiteral(hourText, hour) };
}

/** Shares am/pm across a range ("2-4pm", "10 to 11am"): same half unless that would make the start later than the end. */
function shareMeridiem(start: ClockToken, end: ClockToken): void {
  const h12 = (t: ClockToken) => (t.hour % 12) * 60 + t.minute;
  if (end.meridiem && !start.meridiem && !start.literal) start.meridiem = h12(start) <= h12(end) ? end.meridiem : end.meridiem === 'pm' ? 'am' : 'pm';
  else if (start.meridiem && !end.meridiem && !end.literal) end.meridiem = h12(end) >= h12(start) ? start.meridiem : start.meridiem === 'am' ? 'pm' : 'am';
}

/** Finds clock times and from–to ranges, blanks them, and returns them in reading order. */
export function takeClockRanges(scanner: Scanner, language: Language): ClockRange[] {
  const text = scanner.text;
  const p = PATTERNS[language];
  const conn = CONNECTORS[language];
  const between = BETWEEN[language];
  const tokens = tokensIn(text, language);

  // A bare number becomes a time when the other end of its range is marked: "van 14 tot 16u", "2-4pm", "de 14 à 16h".
  // Hour words need an opener ("van drie tot vier uur"), or "un lundi sur deux à 15h30" would read as 2–15:30.
  const startRe = new RegExp(`(?<![\\d/.:a-z])(\\d{1,2}|${p.hourWord})(?:[:.](\\d{2}))?\\s*(${conn}|${between.word})\\s*$`);
  const opener = new RegExp(`\\b${OPENERS[language]}\\s*$`);
  for (const t of [...tokens]) {
    const from = Math.max(0, t.index - LOOK);
    const m = startRe.exec(text.slice(from, t.index));
    if (!m) continue;
    const index = from + m.index;
    if (!/^\d/.test(m[1] ?? '') && !opener.test(before(text, index))) continue;
    if (m[3] === between.word && !between.before.test(before(text, index))) continue;
    if (tokens.some((k) => k !== t && k.end > index && k.index < t.index)) continue;
    const length = (m[1]?.length ?? 0) + (m[2] ? m[2].length + 1 : 0);
    tokens.push(bareToken(m[1], m[2], index, index + length, language));
  }
  tokens.sort((a, b) => a.index - b.index);

  const pairRe = new RegExp(`^\\s*${conn}\\s*$`);
  const betweenRe = new RegExp(`^\\s*${between.word}\\s*$`);
  const endRe = new RegExp(`^(\\s*${conn}\\s*)(\\d{1,2})(?:[:.](\\d{2}))?(?!\\s+${p.month}\\b)${NOT_A_DATE_OR_COUNT}`);
  const ranges: ClockRange[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens[i] as ClockToken;
    const next = tokens[i + 1];
    if (next) {
      const gap = text.slice(start.end, next.index);
      if (gap.length <= LOOK && (pairRe.test(gap) || (betweenRe.test(gap) && between.before.test(before(text, start.index))))) {
        shareMeridiem(start, next);
        ranges.push({ start, end: next });
        i++;
        continue;
      }
    }
    const bare = endRe.exec(text.slice(start.end, start.end + LOOK));
    if (bare && (!next || next.index >= start.end + bare[0].length)) {
      const endToken = bareToken(bare[2], bare[3], start.end + (bare[1]?.length ?? 0), start.end + bare[0].length, language);
      shareMeridiem(start, endToken);
      ranges.push({ start, end: endToken });
      continue;
    }
    ranges.push({ start });
  }
  for (const r of ranges) scanner.blank(r.start.index, (r.end ?? r.start).end);
  return ranges;
}

/** How an hour was settled: `shifted` means the school-hours rule moved a bare 1..6 to the afternoon. */
export interface ResolvedClock extends Clock {
  shifted: boolean;
}

/** Settles am/pm: explicit am/pm, 24-hour notation, part-of-day cue, afternoon range start, then the school-hours rule. */
export function resolveClock(token: ClockToken, part: PartOfDay | undefined, afternoonStart = false): ResolvedClock {
  // Nobody plans a PLG at 03:00: a bare 1..6 is 13..18 (flagged as shifted so the bot confirms), 7..12 stay morning.
  const { hour: h, minute } = token;
  const at = (hour: number, shifted = false): ResolvedClock => ({ hour, minute, shifted });
  if (token.meridiem === 'pm') return at(h < 12 ? h + 12 : h);
  if (token.meridiem === 'am') return at(h === 12 ? 0 : h);
  if (token.literal || h > 12) return at(h);
  if (part === 'afternoon' || part === 'evening') return at(h < 12 ? h + 12 : h);
  if (part === 'midday') return at(h <= 5 ? h + 12 : h);
  if (part === 'morning') return at(h);
  if (afternoonStart) return at(h < 12 ? h + 12 : h);
  if (h >= 1 && h <= 6) return at(h + 12, true);
  return at(h);
}

const DURATION: Record<Language, RegExp[]> = {
  nl: [
    /\b(?:gedurende|duurt)\s+(\d+(?:[.,]\d+)?|een|twee|drie|vier|anderhalf|een\s+half)\s*(uur|uren|u|minuten|min|kwartier)\b/,
    /\b(\d+(?:[.,]\d+)?|een|twee|drie|vier|anderhalf|een\s+half)\s*(uur|uren|u|minuten|min|kwartier)\s+lang\b/,
  ],
  en: [/\bfor\s+(\d+(?:[.,]\d+)?|an|a|one|two|three|four|half\s+an)\s*(hours?|hrs?|h|minutes?|mins?)\b/],
  fr: [/\b(?:pendant|durant)\s+(\d+(?:[.,]\d+)?|une|deux|trois|quatre|une\s+demi)[-\s]*(heures?|h|minutes?|min)\b/],
};

const RELATIVE_TIME: Record<Language, RegExp> = {
  nl: /\bover\s+(\d+(?:[.,]\d+)?|een|twee|drie|vier|anderhalf|een\s+half)\s*(uur|uren|u|minuten|min|kwartier)\b/,
  en: /\bin\s+(\d+(?:[.,]\d+)?|an|a|one|two|three|four|half\s+an)\s*(hours?|hrs?|minutes?|mins?)\b/,
  fr: /\bdans\s+(\d+(?:[.,]\d+)?|une|deux|trois|quatre|une\s+demi)[-\s]*(heures?|minutes?|min)\b/,
};

function minutesIn(amount: string | undefined, unit: string | undefined, language: Language): number {
  const a = amount ?? '';
  const n = /^(?:anderhalf)$/.test(a) ? 1.5 : /half|demi/.test(a) ? 0.5 : /^\d/.test(a) ? Number(a.replace(',', '.')) : readNumber(a, language) ?? 0;
  const u = unit ?? '';
  return Math.round(n * (u === 'kwartier' ? 15 : /^(?:u|uur|uren|h|hrs?|hours?|heures?)$/.test(u) ? 60 : 1));
}

/** Consumes an explicit length ("2 uur lang", "for 90 minutes", "pendant 2 heures"); minutes or undefined. */
export function takeDuration(scanner: Scanner, language: Language): number | undefined {
  let minutes: number | undefined;
  for (const re of DURATION[language]) scanner.take(re, (m) => void (minutes ??= minutesIn(m[1], m[2], language)));
  return minutes;
}

/** Consumes "over 2 uur" / "in 30 minutes" / "dans 2 heures": minutes from now, or undefined. */
export function takeRelativeTime(scanner: Scanner, language: Language): number | undefined {
  let minutes: number | undefined;
  scanner.take(RELATIVE_TIME[language], (m) => void (minutes ??= minutesIn(m[1], m[2], language)));
  return minutes;
}
