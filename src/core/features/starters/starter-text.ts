import type { CoreDeps } from '../../app/context.js';
import type { Language } from '../../i18n/languages.js';
import { findLibraryStarter } from './library/index.js';
import type { StarterPhase, StarterPost } from './starter.js';

/** A starter's texts in one language, whatever its source. */
export interface StarterText {
  ref: string;
  phase: StarterPhase;
  tags: string[];
  title: string;
  intro?: string;
  questions: string[];
  links: Array<{ label: string; url: string }>;
  /** The language the texts are in (a custom starter has only its own). */
  language: Language;
}

/** Loads a starter (library or the group's own) in the asked language; undefined when it does not exist for that group. */
export async function loadStarterText(deps: CoreDeps, source: 'library' | 'custom', id: string, groupId: string | undefined, language: Language): Promise<StarterText | undefined> {
  if (source === 'library') {
    const s = findLibraryStarter(id);
    if (!s) return undefined;
    return {
      ref: `lib:${s.id}`,
      phase: s.phase,
      tags: s.tags,
      title: s.title[language],
      intro: s.intro[language],
      questions: s.questions.map((q) => q[language]),
      links: (s.links ?? []).map((l) => ({ label: l.label[language], url: l.url })),
      language,
    };
  }
  const custom = await deps.storage.customStarters.get(id);
  // A group never sees another group's own starters.
  if (!custom || (groupId !== undefined && custom.groupId !== groupId)) return undefined;
  return {
    ref: `custom:${custom.id}`,
    phase: custom.phase,
    tags: custom.tags,
    title: custom.title,
    ...(custom.intro ? { intro: custom.intro } : {}),
    questions: custom.questions,
    links: [],
    language: custom.language,
  };
}

/** The starter of a post, in the asked language. */
export function loadPostText(deps: CoreDeps, post: StarterPost, language: Language): Promise<StarterText | undefined> {
  return loadStarterText(deps, post.source, post.starterId, post.groupId, language);
}
