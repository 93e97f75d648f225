import { STARTER_PHASES, type StarterPhase } from './starter.js';
import type { StarterFilter } from './starter-catalog.js';

/** Words that name a phase, in every language (people in Brussels mix them), without accents. */
const PHASE_WORDS: Record<StarterPhase, readonly string[]> = {
  'getting-started': ['start', 'starten', 'opstart', 'opstarten', 'beginnen', 'kennismaking', 'getting-started', 'started', 'demarrage', 'demarrer', 'debut', 'lancement'],
  needs: ['noden', 'nood', 'leervraag', 'leervragen', 'behoeften', 'needs', 'need', 'learning-question', 'besoins', 'besoin'],
  'trying-out': ['uitproberen', 'proberen', 'trying-out', 'trying', 'try-out', 'tryout', 'experimenter', 'experimentation', 'essayer', 'essai'],
  reflecting: ['reflectie', 'reflecteren', 'reflecting', 'reflection', 'reflect', 'reflexion', 'reflechir'],
  'collegial-visit': ['bezoek', 'klasbezoek', 'collegiaal', 'collegiaal-bezoek', 'visit', 'peer-visit', 'collegial-visit', 'visite', 'visites'],
  sharing: ['delen', 'sharing', 'share', 'partager', 'partage'],
  'closing-year': ['afsluiten', 'afsluiting', 'jaareinde', 'jaarafsluiting', 'closing', 'closing-year', 'cloture', 'cloturer'],
};

/** Lower case without accents, so "réflexion" and "reflexion" match. */
export const fold = (word: string): string => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** The phase a word names, if any (the phase ids themselves count too). */
export function phaseOfWord(word: string): StarterPhase | undefined {
  const folded = fold(word);
  return STARTER_PHASES.find((phase) => phase === folded || PHASE_WORDS[phase].includes(folded));
}

/** Reads the words after `starters`: phase words, `tag:x` or `#x`, or a bare known tag; the rest is returned as unknown. */
export function readFilterWords(args: string, knownTags: readonly string[]): { filter: StarterFilter; unknown: string[] } {
  const filter: StarterFilter = {};
  const unknown: string[] = [];
  const tags = new Map(knownTags.map((tag) => [fold(tag), tag]));
  for (const word of args.split(/\s+/).filter((w) => w !== '')) {
    const tagged = /^(?:tag:|#)(.+)$/i.exec(word)?.[1];
    if (tagged !== undefined) {
      // An explicit tag is taken as written, so a filter on a tag nobody uses yet simply finds nothing.
      filter.tag = tags.get(fold(tagged)) ?? tagged.toLowerCase();
      continue;
    }
    const phase = phaseOfWord(word);
    if (phase) {
      filter.phase = phase;
      continue;
    }
    const tag = tags.get(fold(word));
    if (tag !== undefined) filter.tag = tag;
    else unknown.push(word);
  }
  return { filter, unknown };
}
