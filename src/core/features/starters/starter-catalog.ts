import type { CoreDeps } from '../../app/context.js';
import type { Language } from '../../i18n/languages.js';
import type { Group } from '../groups/group.js';
import { LIBRARY } from './library/index.js';
import { STARTER_PHASES, type StarterPhase } from './starter.js';
import type { StarterRef } from './starter-actions.js';

/** One line of the browse list: a library starter in the person's language, or a group's own starter in its own. */
export interface StarterEntry {
  ref: StarterRef;
  phase: StarterPhase;
  tags: string[];
  title: string;
  /** Set for a group's own starter: the group it belongs to. */
  own?: { groupId: string; groupName: string };
}

/** What a list is narrowed to. */
export interface StarterFilter {
  phase?: StarterPhase;
  tag?: string;
}

const phaseOrder = (phase: StarterPhase): number => STARTER_PHASES.indexOf(phase);

/** The library plus the active own starters of `groups`, ordered by phase; within a phase the groups' own come first. */
export async function availableStarters(deps: CoreDeps, language: Language, groups: Group[]): Promise<StarterEntry[]> {
  const own: StarterEntry[] = [];
  for (const group of groups) {
    for (const custom of await deps.storage.customStarters.listByGroup(group.id)) {
      if (custom.status !== 'active') continue;
      own.push({ ref: `custom:${custom.id}`, phase: custom.phase, tags: custom.tags, title: custom.title, own: { groupId: group.id, groupName: group.name } });
    }
  }
  const library: StarterEntry[] = [...LIBRARY].map((s) => ({ ref: `lib:${s.id}`, phase: s.phase, tags: [...s.tags], title: s.title[language] }));
  // A stable sort keeps the library's own order inside a phase.
  return [...own, ...library].sort((a, b) => phaseOrder(a.phase) - phaseOrder(b.phase));
}

/** The entries that match a filter. */
export const filterStarters = (entries: StarterEntry[], filter: StarterFilter): StarterEntry[] =>
  entries.filter((e) => (filter.phase === undefined || e.phase === filter.phase) && (filter.tag === undefined || e.tags.includes(filter.tag)));

/** Every tag of the entries, alphabetically, once. */
export const tagsOf = (entries: StarterEntry[]): string[] => [...new Set(entries.flatMap((e) => e.tags))].sort((a, b) => a.localeCompare(b, 'nl'));
