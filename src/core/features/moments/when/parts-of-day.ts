import type { Language } from '../../../i18n/languages.js';
import type { Scanner } from './text.js';

/** A part of the day that stands in for a clock time ("woensdagnamiddag"). */
export type PartOfDay = 'morning' | 'midday' | 'afternoon' | 'evening';

// A PLG on the free Wednesday afternoon runs 13:30–15:30, an evening network session 19:00–21:00, a lunch meeting an hour.
/** The school-day block a part of day stands for; its length applies instead of the default duration. */
export const PART_OF_DAY_BLOCKS: Record<PartOfDay, { start: string; minutes: number }> = {
  morning: { start: '09:00', minutes: 120 },
  midday: { start: '12:30', minutes: 60 },
  afternoon: { start: '13:30', minutes: 120 },
  evening: { start: '19:00', minutes: 120 },
};

/** Folded Dutch part-of-day words, also used as compound suffixes ("woensdagnamiddag", "morgenavond"). */
export const NL_PART_WORDS: Record<string, PartOfDay> = {
  ochtend: 'morning', voormiddag: 'morning', morgen: 'morning', middag: 'midday', namiddag: 'afternoon', avond: 'evening',
};

/** Reads a Dutch part-of-day suffix; undefined when absent. */
export const nlPart = (word: string | undefined): PartOfDay | undefined => (word ? NL_PART_WORDS[word] : undefined);

const STANDALONE: Record<Language, Array<[RegExp, PartOfDay]>> = {
  nl: [
    [/'s\s*(?:ochtends|morgens|voormiddags)\b/, 'morning'],
    [/'s\s*namiddags\b/, 'afternoon'],
    [/'s\s*middags\b/, 'midday'],
    [/'s\s*avonds\b/, 'evening'],
    [/\b(?:(?:in|tijdens|over)\s+de\s+)?(?:ochtend|voormiddag)(?:en)?\b/, 'morning'],
    [/\b(?:(?:in|tijdens)\s+de\s+)?namiddag(?:en)?\b/, 'afternoon'],
    [/\b(?:(?:in|tijdens|over)\s+de\s+)?middag(?:en)?\b/, 'midday'],
    [/\b(?:(?:in|tijdens)\s+de\s+)?avond(?:en)?\b/, 'evening'],
  ],
  en: [
    [/\b(?:in\s+the\s+)?mornings?\b/, 'morning'],
    [/\b(?:in\s+the\s+)?afternoons?\b/, 'afternoon'],
    [/\b(?:in\s+the\s+)?evenings?\b/, 'evening'],
    [/\b(?:at\s+|over\s+)?lunch(?:\s*time)?\b/, 'midday'],
  ],
  fr: [
    [/\b(?:(?:le|du|en|dans\s+la)\s+)?(?:matin|matinee)s?\b/, 'morning'],
    [/(?:\b(?:de|dans|en)\s+l'|\bl')?\bapres[-\s]?midis?\b/, 'afternoon'],
    [/\b(?:(?:le|du|en|dans\s+la)\s+)?(?:soir|soiree)s?\b/, 'evening'],
    [/\b(?:(?:le|a\s+l'heure\s+du|sur\s+le\s+temps\s+de)\s+)?midi\b/, 'midday'],
  ],
};

/** Consumes stand-alone part-of-day words ("'s avonds", "in the afternoon", "l'après-midi"). */
export function takePartsOfDay(scanner: Scanner, language: Language): PartOfDay[] {
  const found: PartOfDay[] = [];
  for (const [re, part] of STANDALONE[language]) scanner.take(re, () => void found.push(part));
  return found;
}
