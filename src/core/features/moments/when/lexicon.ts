import type { Language } from '../../../i18n/languages.js';
import { alt } from './text.js';
import type { IsoWeekday } from './types.js';

/** Occurrence words: 1..5 and -1 for "last" (a 5th weekday is refused later, most months lack one). */
export type Ordinal = 1 | 2 | 3 | 4 | 5 | -1;

/** The words one language uses for dates and times, all folded (lower case, no accents). */
export interface Lexicon {
  weekdays: Record<string, IsoWeekday>;
  months: Record<string, number>;
  /** Clock hours written as words, 1..12. */
  hourWords: Record<string, number>;
  /** Small numbers for counts and offsets ("vijf sessies", "over twee weken"). */
  numberWords: Record<string, number>;
  ordinals: Record<string, Ordinal>;
}

const NL: Lexicon = {
  weekdays: { maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6, zondag: 7 },
  months: {
    januari: 1, jan: 1, februari: 2, feb: 2, febr: 2, maart: 3, mrt: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6,
    juli: 7, jul: 7, augustus: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, okt: 10, november: 11, nov: 11,
    december: 12, dec: 12,
  },
  hourWords: { een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12 },
  numberWords: {
    een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
    dertien: 13, veertien: 14, vijftien: 15, twintig: 20,
  },
  ordinals: {
    '1e': 1, '1ste': 1, eerste: 1, '2e': 2, '2de': 2, tweede: 2, '3e': 3, '3de': 3, derde: 3, '4e': 4, '4de': 4, vierde: 4,
    '5e': 5, '5de': 5, vijfde: 5, laatste: -1,
  },
};

const EN: Lexicon = {
  weekdays: {
    monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
    friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
  },
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7,
    jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
    december: 12, dec: 12,
  },
  hourWords: { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 },
  numberWords: {
    a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
    twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20,
  },
  ordinals: {
    '1st': 1, first: 1, '2nd': 2, second: 2, '3rd': 3, third: 3, '4th': 4, fourth: 4, '5th': 5, fifth: 5, last: -1,
  },
};

const FR: Lexicon = {
  weekdays: { lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7 },
  months: {
    janvier: 1, janv: 1, jan: 1, fevrier: 2, fevr: 2, fev: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6, juillet: 7,
    juil: 7, aout: 8, septembre: 9, sept: 9, sep: 9, octobre: 10, oct: 10, novembre: 11, nov: 11, decembre: 12, dec: 12,
  },
  hourWords: { une: 1, un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12 },
  numberWords: {
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
    treize: 13, quatorze: 14, quinze: 15, vingt: 20,
  },
  ordinals: {
    '1er': 1, '1re': 1, '1ere': 1, premier: 1, premiere: 1, '2e': 2, '2eme': 2, '2nd': 2, '2nde': 2, deuxieme: 2, second: 2,
    seconde: 2, '3e': 3, '3eme': 3, troisieme: 3, '4e': 4, '4eme': 4, quatrieme: 4, '5e': 5, '5eme': 5, cinquieme: 5,
    dernier: -1, derniere: -1,
  },
};

/** The word tables per language. */
export const LEXICONS: Record<Language, Lexicon> = { nl: NL, en: EN, fr: FR };

/** Regex fragments (non-capturing) built once from a lexicon. */
export interface LexiconPatterns {
  weekday: string;
  month: string;
  hourWord: string;
  /** A clock hour in digits or words. */
  hour: string;
  /** A count in digits or words. */
  number: string;
  ordinal: string;
}

const build = (lx: Lexicon): LexiconPatterns => ({
  weekday: alt(Object.keys(lx.weekdays)),
  month: alt(Object.keys(lx.months)),
  hourWord: alt(Object.keys(lx.hourWords)),
  hour: `(?:\\d{1,2}|${alt(Object.keys(lx.hourWords))})`,
  number: `(?:\\d{1,4}|${alt(Object.keys(lx.numberWords))})`,
  ordinal: alt(Object.keys(lx.ordinals)),
});

/** The regex fragments per language. */
export const PATTERNS: Record<Language, LexiconPatterns> = { nl: build(NL), en: build(EN), fr: build(FR) };

/** Reads a number written in digits or as a word of the language; undefined if it is neither. */
export function readNumber(word: string | undefined, language: Language): number | undefined {
  if (word === undefined) return undefined;
  if (/^\d+$/.test(word)) return Number(word);
  return LEXICONS[language].numberWords[word] ?? LEXICONS[language].hourWords[word];
}
