import type { Language } from '../../../i18n/languages.js';
import { calendarDateAtStart, type CalendarDate } from './calendar-dates.js';
import { LEXICONS, PATTERNS, readNumber, type Ordinal } from './lexicon.js';
import { nlPart, type PartOfDay } from './parts-of-day.js';
import type { Scanner } from './text.js';
import type { IsoWeekday, NthOfMonth } from './types.js';

/** A weekday named with an ordinal: "elke 2e woensdag van de maand" (nth set) or "elke tweede woensdag" (every other week). */
export interface OrdinalWeekday {
  weekday: IsoWeekday;
  nth?: NthOfMonth;
  part?: PartOfDay;
}

/** Where a series stops. */
export type UntilSpec = { kind: 'school-year'; next: boolean } | { kind: 'christmas' } | { kind: 'date'; date: CalendarDate };

/** Everything in a text that says "this repeats". */
export interface SeriesCues {
  ordinal?: OrdinalWeekday;
  /** An ordinal weekday that cannot repeat monthly ("elke 5e woensdag"). */
  fifth?: string;
  twoWeeks: boolean;
  weekly: boolean;
  /** "elke", "every", "chaque", "tous les": a repetition word without a rhythm of its own. */
  every: boolean;
  monthly: boolean;
  count?: number;
  until?: UntilSpec;
  /** "dit schooljaar" also sets the earliest start (1 September when said in summer). */
  schoolYear?: { next: boolean };
  from?: CalendarDate;
}

const MONTHLY: Record<Language, RegExp> = {
  nl: /\bmaandelijks\b|\b(?:elke|iedere)\s+maand\b/,
  en: /\bmonthly\b|\b(?:every|each)\s+month\b/,
  fr: /\bmensuel(?:le)?(?:ment)?\b|\bchaque\s+mois\b|\btous\s+les\s+mois\b/,
};

function nthPattern(language: Language): RegExp {
  const p = PATTERNS[language];
  if (language === 'nl') {
    return new RegExp(
      `(?:\\b(?<every>elke|iedere|ieder|alle)\\s+)?(?:\\bde\\s+)?(?<![a-z\\d])(?<ord>${p.ordinal})\\s+(?<wd>${p.weekday})(?:\\s*(?<part>ochtend|voormiddag|morgen|middag|namiddag|avond))?(?:en)?(?![a-z])(?<month>\\s+(?:van\\s+(?:de|elke|iedere)|in\\s+de)\\s+maand\\b)?`,
    );
  }
  if (language === 'en') {
    return new RegExp(`(?:\\b(?<every>every|each)\\s+)?(?:\\bthe\\s+)?(?<![a-z\\d])(?<ord>${p.ordinal})\\s+(?<wd>${p.weekday})s?(?![a-z])(?<month>\\s+(?:of|in)\\s+(?:the|every|each)\\s+month\\b)?`);
  }
  return new RegExp(`(?:\\b(?<every>chaque|tous\\s+les|toutes\\s+les)\\s+)?(?:\\b(?:le|la|les)\\s+)?(?<![a-z\\d])(?<ord>${p.ordinal})\\s+(?<wd>${p.weekday})s?(?![a-z])(?<month>\\s+(?:du|de\\s+chaque|de\\s+tous\\s+les)\\s+mois\\b)?`);
}

interface CueWords {
  twoWeeks: RegExp;
  weekly: RegExp;
  every: RegExp;
  count: string;
  schoolYear: RegExp;
  christmas: RegExp;
  until: RegExp;
  from: RegExp;
}

const WORDS: Record<Language, CueWords> = {
  nl: {
    twoWeeks: /\bom\s+de\s+(?:2|twee)\s+weken\b|\bom\s+de\s+(?:14|veertien)\s+dagen\b|\btweewekelijks\b|\b(?:elke|iedere|alle)\s+(?:2|twee)\s+weken\b|\b(?:elke|iedere)\s+(?:2e|2de|tweede)\s+week\b/,
    weekly: /\bwekelijks\b|\b(?:elke|iedere)\s+week\b|\bom\s+de\s+week\b/,
    every: /\b(?:elke|iedere|ieder)\b/,
    count: '(?:x|keer|sessies|sessie|bijeenkomsten|bijeenkomst|samenkomsten|momenten|vergaderingen|ontmoetingen|meetings)',
    schoolYear: /\b(?<next>volgend|volgende)?\s*(?:(?:dit|het|heel\s+het|heel\s+dit|gans\s+het|gedurende\s+het)\s+)?schooljaar\b/,
    christmas: /\b(?:tot|voor)\s+(?:aan\s+)?(?:de\s+)?kerst(?:vakantie|mis|reces)?\b/,
    until: /\b(?:tot\s+en\s+met|t\/m|tem|tot)\s+/,
    from: /\b(?:vanaf|beginnend\s+op|startend\s+op|te\s+beginnen\s+op)\s+/,
  },
  en: {
    twoWeeks: /\bevery\s+(?:2|two|other|second)\s+weeks?\b|\bevery\s+other\b|\bbi-?weekly\b|\bfortnightly\b|\bevery\s+fortnight\b/,
    weekly: /\bweekly\b|\b(?:every|each)\s+week\b|\bonce\s+a\s+week\b/,
    every: /\b(?:every|each)\b/,
    count: '(?:x|sessions?|meetings?|times)',
    schoolYear: /\b(?:(?:this|the|(?<next>next))\s+)?school\s*year\b/,
    christmas: /\b(?:until|till|to|before)\s+(?:the\s+)?christmas(?:\s+(?:holidays?|break|vacation))?\b/,
    until: /\b(?:until|till|through|to)\s+(?:the\s+)?/,
    from: /\b(?:from|starting(?:\s+on|\s+from)?|beginning(?:\s+on)?)\s+(?:the\s+)?/,
  },
  fr: {
    twoWeeks: /\btoutes\s+les\s+(?:2|deux)\s+semaines\b|\btous\s+les\s+(?:15|quinze)\s+jours\b|\bune\s+semaine\s+sur\s+deux\b|\bsur\s+deux\b/,
    weekly: /\btoutes\s+les\s+semaines\b|\bchaque\s+semaine\b|\bhebdomadaire(?:ment)?\b|\bune\s+fois\s+par\s+semaine\b/,
    every: /\bchaque\b|\btou(?:te)?s\s+les\b/,
    count: '(?:x|fois|seances?|sessions?|reunions?|rencontres?)',
    schoolYear: /\b(?:(?:cette|toute\s+l'|l')\s*)?annee\s+scolaire(?<next>\s+prochaine)?\b|\b(?<next2>prochaine)\s+annee\s+scolaire\b/,
    christmas: /\bjusqu'?\s?(?:aux|a)\s+(?:(?:vacances|conges)\s+(?:de\s+noel|d'hiver)|noel)\b|\bavant\s+noel\b/,
    until: /\bjusqu'?\s?(?:au|a)\s+(?:la\s+|le\s+)?/,
    from: /\b(?:a\s+partir\s+du|a\s+partir\s+de|des\s+le|depuis\s+le)\s+/,
  },
};

/** Consumes everything that marks a series; ordinals first, because "laatste vrijdag" is otherwise a past weekday. */
export function takeSeriesCues(scanner: Scanner, language: Language, now: Date): SeriesCues {
  const lx = LEXICONS[language];
  const w = WORDS[language];
  const cues: SeriesCues = { twoWeeks: false, weekly: false, every: false, monthly: MONTHLY[language].test(scanner.text) };
  scanner.take(MONTHLY[language]);

  scanner.take(nthPattern(language), (m) => {
    const g = m.groups ?? {};
    const ord: Ordinal = lx.ordinals[g['ord'] ?? ''] ?? 1;
    const weekday = lx.weekdays[g['wd'] ?? ''] ?? 1;
    const monthly = g['month'] !== undefined || cues.monthly;
    if (!monthly && !g['every']) return false;
    const part = nlPart(g['part']);
    if (ord === 5) cues.fifth = m[0].trim();
    // Without "van de maand", "elke tweede woensdag" means every other Wednesday.
    else if (ord === 2 && !monthly) {
      cues.twoWeeks = true;
      cues.ordinal = part ? { weekday, part } : { weekday };
    } else cues.ordinal = part ? { weekday, nth: ord, part } : { weekday, nth: ord };
    return true;
  });

  const dateAfter = (m: RegExpExecArray): CalendarDate | undefined => {
    const start = m.index + m[0].length;
    // A date right after the word is short; bounding the slice keeps chrono's work per match small.
    const found = calendarDateAtStart(scanner.text.slice(start, start + 40), language, now);
    if (found) scanner.blank(start, start + found.length);
    return found?.date;
  };
  scanner.take(w.schoolYear, (m) => {
    const next = m.groups?.['next'] !== undefined || m.groups?.['next2'] !== undefined;
    cues.schoolYear = { next };
    cues.until = { kind: 'school-year', next };
  });
  scanner.take(w.christmas, () => void (cues.until = { kind: 'christmas' }));
  scanner.take(w.until, (m) => {
    const date = dateAfter(m);
    if (!date) return false;
    cues.until = { kind: 'date', date };
    return true;
  });
  scanner.take(w.from, (m) => {
    const date = dateAfter(m);
    if (!date) return false;
    cues.from = date;
    return true;
  });
  const countRe = new RegExp(`(?<![a-z\\d.,:/])(${PATTERNS[language].number})\\s*${w.count}(?![a-z])`);
  scanner.take(countRe, (m) => {
    const n = readNumber(m[1], language) ?? 0;
    // "één sessie" is a single moment, not a series.
    if (n < 2) return false;
    cues.count = n;
    return true;
  });
  scanner.take(w.twoWeeks, () => void (cues.twoWeeks = true));
  scanner.take(w.weekly, () => void (cues.weekly = true));
  scanner.take(w.every, () => void (cues.every = true));
  return cues;
}

/** True when the cues by themselves make the text a series; from/until only do so next to a weekday. */
export function hasStrongSeriesCue(cues: SeriesCues): boolean {
  return Boolean(cues.ordinal || cues.fifth || cues.twoWeeks || cues.weekly || cues.every || cues.monthly || cues.count || cues.schoolYear || cues.until?.kind === 'christmas');
}
