import type { Language } from '../../../i18n/languages.js';
import { LEXICONS, PATTERNS, readNumber } from './lexicon.js';
import { nlPart, type PartOfDay } from './parts-of-day.js';
import type { Scanner } from './text.js';
import type { IsoWeekday } from './types.js';

/** A day named relative to today. Weekday modes: bare/next depend on the time, this/last on the current week. */
export type DayRef =
  | { kind: 'offset'; days: number }
  | { kind: 'weekday'; weekday: IsoWeekday; mode: 'bare' | 'next' | 'this' | 'last'; habitual: boolean }
  | { kind: 'week-weekday'; weekday: IsoWeekday; weeks: number }
  | { kind: 'week'; weeks: number };

/** Day words found in a text, plus parts of day glued to them ("woensdagnamiddag", "morgenavond", "tonight"). */
export interface DayWords {
  refs: DayRef[];
  parts: PartOfDay[];
}

type Groups = Record<string, string | undefined>;
type Rule = [RegExp, (g: Groups) => DayRef | undefined];

const EN_PARTS: Record<string, PartOfDay> = { morning: 'morning', afternoon: 'afternoon', evening: 'evening' };

function rules(language: Language): Rule[] {
  const p = PATTERNS[language];
  const wdOf = (g: Groups): IsoWeekday => LEXICONS[language].weekdays[g['wd'] ?? ''] ?? 1;
  const n = (g: Groups): number => {
    const word = g['n'];
    // "quinze jours" and "veertien dagen" both mean a fortnight.
    return word === 'quinze' ? 14 : readNumber(word, language) ?? 0;
  };
  const weekday = (mode: 'bare' | 'next' | 'this' | 'last') => (g: Groups): DayRef => ({ kind: 'weekday', weekday: wdOf(g), mode, habitual: g['plural'] !== undefined });
  const inWeek = (weeks: (g: Groups) => number) => (g: Groups): DayRef => ({ kind: 'week-weekday', weekday: wdOf(g), weeks: weeks(g) });
  const offset = (days: number) => (): DayRef => ({ kind: 'offset', days });
  const R = (source: string): RegExp => new RegExp(source);

  if (language === 'nl') {
    const wd = `(?<wd>${p.weekday})(?:\\s*(?<part>ochtend|voormiddag|morgen|middag|namiddag|avond))?(?<plural>en)?(?![a-z])`;
    const weeks = (g: Groups) => (g['mod'] === 'vorige' ? -1 : g['mod'] === 'deze' ? 0 : 1);
    return [
      [R(`\\b(?<mod>volgende|komende|deze|vorige)\\s+week\\s*,?\\s*(?:op\\s+)?${wd}`), inWeek(weeks)],
      [R(`\\b${wd}\\s+(?:van\\s+)?(?<mod>volgende|komende|deze|vorige)\\s+week\\b`), inWeek(weeks)],
      [R(`\\bover\\s+(?<n>${p.number})\\s+weken?\\s*,?\\s*(?:op\\s+)?${wd}`), inWeek(n)],
      [R(`\\b(?:volgende|komende|aanstaande|eerstvolgende)\\s+${wd}`), weekday('next')],
      [R(`\\bdeze\\s+${wd}`), weekday('this')],
      [R(`\\b(?:vorige|afgelopen)\\s+${wd}`), weekday('last')],
      [R(`'s\\s*(?<wd>${p.weekday})(?<plural>s)(?![a-z])`), weekday('bare')],
      [R(`\\b${wd}`), weekday('bare')],
      [R(`\\b(?<mod>volgende|komende|deze)\\s+week\\b`), (g) => ({ kind: 'week', weeks: g['mod'] === 'deze' ? 0 : 1 })],
      [R(`\\bover\\s+(?<n>${p.number})\\s+weken?\\b`), (g) => ({ kind: 'offset', days: 7 * n(g) })],
      [R(`\\bover\\s+(?<n>${p.number})\\s+dagen?\\b`), (g) => ({ kind: 'offset', days: n(g) })],
      [R(`\\bvan(?<part>ochtend|morgen|voormiddag|middag|namiddag|avond)\\b`), offset(0)],
      [/\beergisteren\b/, offset(-2)],
      [/\bgisteren\b/, offset(-1)],
      [R(`\\bvandaag\\b`), offset(0)],
      [R(`\\bovermorgen(?:\\s*(?<part>ochtend|voormiddag|middag|namiddag|avond|vroeg))?\\b`), offset(2)],
      [R(`\\bmorgen(?:\\s*(?<part>ochtend|voormiddag|middag|namiddag|avond|vroeg))?\\b`), offset(1)],
    ];
  }
  if (language === 'en') {
    const wd = `(?<wd>${p.weekday})(?<plural>s)?(?![a-z])`;
    const weeks = (g: Groups) => (g['mod'] === 'last' ? -1 : g['mod'] === 'this' ? 0 : 1);
    return [
      [R(`\\b(?<mod>next|this|last)\\s+week\\s*,?\\s*(?:on\\s+)?${wd}`), inWeek(weeks)],
      [R(`\\b${wd}\\s+(?:of\\s+)?(?<mod>next|this|last)\\s+week\\b`), inWeek(weeks)],
      [R(`\\bin\\s+(?<n>${p.number})\\s+weeks?\\s*,?\\s*(?:on\\s+)?${wd}`), inWeek(n)],
      [R(`\\b(?:next|coming|this\\s+coming)\\s+${wd}`), weekday('next')],
      [R(`\\bthis\\s+${wd}`), weekday('this')],
      [R(`\\blast\\s+${wd}`), weekday('last')],
      [R(`\\b${wd}`), weekday('bare')],
      [R(`\\b(?<mod>next|this)\\s+week\\b`), (g) => ({ kind: 'week', weeks: g['mod'] === 'this' ? 0 : 1 })],
      [R(`\\bin\\s+(?<n>${p.number})\\s+weeks?\\b`), (g) => ({ kind: 'offset', days: 7 * n(g) })],
      [R(`\\bin\\s+(?<n>${p.number})\\s+days?\\b`), (g) => ({ kind: 'offset', days: n(g) })],
      [/\b(?:the\s+)?day\s+after\s+tomorrow\b/, offset(2)],
      [/\b(?:the\s+)?day\s+before\s+yesterday\b/, offset(-2)],
      [/\btoday\b/, offset(0)],
      [/\btonight\b/, offset(0)],
      [/\bthis\s+(?<enpart>morning|afternoon|evening)\b/, offset(0)],
      [/\btomorrow\b/, offset(1)],
      [/\byesterday\b/, offset(-1)],
    ];
  }
  const wd = `(?<wd>${p.weekday})(?<plural>s)?(?![a-z])`;
  const weeks = (g: Groups) => (g['mod'] === 'derniere' ? -1 : g['mod'] === 'cette' ? 0 : 1);
  return [
    [R(`\\b${wd}\\s+(?:de\\s+)?(?:la\\s+)?semaine\\s+(?<mod>prochaine|derniere)\\b`), inWeek(weeks)],
    [R(`\\b${wd}\\s+de\\s+(?<mod>cette)\\s+semaine\\b`), inWeek(weeks)],
    [R(`\\b(?:la\\s+)?semaine\\s+(?<mod>prochaine|derniere)\\s*,?\\s*(?:le\\s+)?${wd}`), inWeek(weeks)],
    [R(`\\b(?<mod>cette)\\s+semaine\\s*,?\\s*(?:le\\s+)?${wd}`), inWeek(weeks)],
    [R(`\\bdans\\s+(?<n>${p.number})\\s+semaines?\\s*,?\\s*(?:le\\s+)?${wd}`), inWeek(n)],
    [R(`\\b${wd}\\s+prochain\\b`), weekday('next')],
    [R(`\\bprochain\\s+${wd}`), weekday('next')],
    [R(`\\bce\\s+${wd}`), weekday('this')],
    [R(`\\b${wd}\\s+dernier\\b`), weekday('last')],
    [R(`\\b${wd}`), weekday('bare')],
    [/\b(?:la\s+)?semaine\s+prochaine\b/, () => ({ kind: 'week', weeks: 1 })],
    [/\bcette\s+semaine\b/, () => ({ kind: 'week', weeks: 0 })],
    [R(`\\bdans\\s+(?<n>${p.number})\\s+semaines?\\b`), (g) => ({ kind: 'offset', days: 7 * n(g) })],
    [R(`\\bdans\\s+(?<n>${p.number})\\s+jours?\\b`), (g) => ({ kind: 'offset', days: n(g) })],
    [/\bapres[-\s]?demain\b/, offset(2)],
    [/\bavant[-\s]?hier\b/, offset(-2)],
    [/\baujourd'?\s?hui\b/, offset(0)],
    [/\bdemain\b/, offset(1)],
    [/\bhier\b/, offset(-1)],
    [/\bce\s+(?<frpart>soir|matin|midi)\b|\bcet\s+(?<frpart2>apres[-\s]?midi)\b/, offset(0)],
  ];
}

const FR_PARTS: Record<string, PartOfDay> = { soir: 'evening', matin: 'morning', midi: 'midday' };

function partOf(g: Groups, text: string): PartOfDay | undefined {
  if (g['part'] === 'vroeg') return 'morning';
  if (g['enpart']) return EN_PARTS[g['enpart']];
  if (g['frpart']) return FR_PARTS[g['frpart']];
  if (g['frpart2']) return 'afternoon';
  if (/\btonight\b/.test(text)) return 'evening';
  return nlPart(g['part']);
}

/** Consumes day words: relative days, weekdays with their modifiers, week offsets. */
export function takeDays(scanner: Scanner, language: Language): DayWords {
  const found: DayWords = { refs: [], parts: [] };
  for (const [re, make] of rules(language)) {
    scanner.take(re, (m) => {
      const g: Groups = { ...m.groups };
      const ref = make(g);
      if (!ref) return false;
      found.refs.push(ref);
      const part = partOf(g, m[0]);
      if (part) found.parts.push(part);
      return true;
    });
  }
  return found;
}
