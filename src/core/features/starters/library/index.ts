import { STARTER_PHASES, type LibraryStarter, type StarterPhase } from '../starter.js';
import { CLOSING_YEAR_STARTERS } from './closing-year.js';
import { COLLEGIAL_VISIT_STARTERS } from './collegial-visit.js';
import { GETTING_STARTED_STARTERS } from './getting-started.js';
import { NEEDS_STARTERS } from './needs.js';
import { REFLECTING_STARTERS } from './reflecting.js';
import { SHARING_STARTERS } from './sharing.js';
import { TRYING_OUT_STARTERS } from './trying-out.js';

/** Deeply freezes a starter so the shared catalogue cannot be changed by accident at run time. */
function freezeStarter(starter: LibraryStarter): LibraryStarter {
  for (const text of [starter.title, starter.intro, ...starter.questions]) Object.freeze(text);
  for (const link of starter.links ?? []) {
    Object.freeze(link.label);
    Object.freeze(link);
  }
  if (starter.links) Object.freeze(starter.links);
  Object.freeze(starter.tags);
  Object.freeze(starter.questions);
  return Object.freeze(starter);
}

const frozen = (starters: readonly LibraryStarter[]): readonly LibraryStarter[] => Object.freeze(starters.map(freezeStarter));

/** The library per phase, each in its authored order. */
export const LIBRARY_BY_PHASE: Readonly<Record<StarterPhase, readonly LibraryStarter[]>> = Object.freeze({
  'getting-started': frozen(GETTING_STARTED_STARTERS),
  needs: frozen(NEEDS_STARTERS),
  'trying-out': frozen(TRYING_OUT_STARTERS),
  reflecting: frozen(REFLECTING_STARTERS),
  'collegial-visit': frozen(COLLEGIAL_VISIT_STARTERS),
  sharing: frozen(SHARING_STARTERS),
  'closing-year': frozen(CLOSING_YEAR_STARTERS),
});

/** Every library starter, in phase order (STARTER_PHASES), then in authored order within a phase. */
export const LIBRARY: readonly LibraryStarter[] = Object.freeze(STARTER_PHASES.flatMap((phase) => LIBRARY_BY_PHASE[phase]));

const BY_ID: ReadonlyMap<string, LibraryStarter> = new Map(LIBRARY.map((starter) => [starter.id, starter]));

/** The library starter with this id, or undefined. */
export const findLibraryStarter = (id: string): LibraryStarter | undefined => BY_ID.get(id);

/** Every tag used in the library, unique and sorted. */
export const LIBRARY_TAGS: readonly string[] = Object.freeze([...new Set(LIBRARY.flatMap((starter) => starter.tags))].sort());
