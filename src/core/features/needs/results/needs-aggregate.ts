import { groupsMessages } from '../../groups/groups-messages.js';
import type { SchoolRole } from '../../groups/group.js';
import type { Language } from '../../../i18n/languages.js';
import { needsT } from '../needs-translate.js';
import { NEEDS_FORMS, NEEDS_PLACES, NEEDS_THEMES, NEEDS_WAYS, type NeedsAnswer, type NeedsPosition } from '../needs.js';

/** Below this many answers the results are withheld (facilitators hear the count only). */
export const NEEDS_RESULTS_THRESHOLD = 3;

/** An active member as the aggregation needs it: the profile's name and role in school. */
export interface RoundMember {
  personKey: string;
  name?: string;
  schoolRole?: SchoolRole;
}

/** One counted category, with its label in the requested language. */
export interface NeedsCount {
  id: string;
  label: string;
  count: number;
}

/** One learning question; `author` only for named answers, never for anonymous ones. */
export interface NeedsQuestion {
  text: string;
  author?: string;
}

/** Counts per cell: [place index][form index], in NEEDS_PLACES × NEEDS_FORMS order. */
export type NeedsGrid = number[][];

export type NeedsWarning = 'few-answers' | 'one-role';

/** The aggregated results of a round. When `withheld`, every list is empty and the grids are zero. */
export interface NeedsResults {
  answered: number;
  expected: number;
  anonymous: number;
  withheld: boolean;
  /** Sorted by count (descending), then in catalogue order; only categories with at least one answer. */
  themes: NeedsCount[];
  ways: NeedsCount[];
  roles: NeedsCount[];
  grid: { now: NeedsGrid; wanted: NeedsGrid };
  /** Per theme (catalogue order, then "no theme"): named first by author, then anonymous sorted by text. */
  questions: Array<{ themeId: string; label: string; questions: NeedsQuestion[] }>;
  warnings: NeedsWarning[];
}

const emptyGrid = (): NeedsGrid => NEEDS_PLACES.map(() => NEEDS_FORMS.map(() => 0));

function addTo(grid: NeedsGrid, position: NeedsPosition): void {
  const row = grid[NEEDS_PLACES.indexOf(position.place)];
  const column = NEEDS_FORMS.indexOf(position.form);
  if (row && column >= 0) row[column] = (row[column] ?? 0) + 1;
}

function counted(catalogue: ReadonlyArray<{ id: string; label: string }>, tally: Map<string, number>): NeedsCount[] {
  return catalogue
    .map((c, index) => ({ ...c, count: tally.get(c.id) ?? 0, index }))
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count || a.index - b.index)
    .map(({ id, label, count }) => ({ id, label, count }));
}

function tallyOf(values: Iterable<string>): Map<string, number> {
  const tally = new Map<string, number>();
  for (const v of values) tally.set(v, (tally.get(v) ?? 0) + 1);
  return tally;
}

const compare = (a: string, b: string): number => a.localeCompare(b, 'nl');

/**
 * Aggregates a round's answers (pure). Anonymous answers only ever add to counts and to the question lists without
 * a name; roles come from named answers only, anonymous ones count as "anonymous".
 */
export function aggregateRound(answers: readonly NeedsAnswer[], members: readonly RoundMember[], language: Language): NeedsResults {
  const t = needsT(language);
  const answered = answers.length;
  const expected = members.length;
  const anonymous = answers.filter((a) => a.anonymous).length;
  const warnings: NeedsWarning[] = [];
  if (answered * 2 < expected) warnings.push('few-answers');
  const namedRoles = new Set(answers.filter((a) => !a.anonymous && a.schoolRole).map((a) => a.schoolRole));
  const memberRoles = new Set(members.map((m) => m.schoolRole).filter((r) => r !== undefined));
  if (namedRoles.size === 1 && memberRoles.size >= 2) warnings.push('one-role');
  const base = { answered, expected, anonymous, warnings };
  if (answered < NEEDS_RESULTS_THRESHOLD) {
    return { ...base, withheld: true, themes: [], ways: [], roles: [], grid: { now: emptyGrid(), wanted: emptyGrid() }, questions: [] };
  }

  const themeCatalogue = NEEDS_THEMES.map((th) => ({ id: th.id, label: th.label[language] }));
  const themes = counted(themeCatalogue, tallyOf(answers.flatMap((a) => [...new Set(a.themes)])));
  const ways = counted(NEEDS_WAYS.map((w) => ({ id: w.id, label: w.label[language] })), tallyOf(answers.flatMap((a) => [...new Set(a.ways)])));
  const roleCatalogue = [
    ...Object.keys(groupsMessages[language])
      .filter((k) => k.startsWith('schoolRole.'))
      .map((k) => ({ id: k.slice('schoolRole.'.length), label: (groupsMessages[language] as Record<string, string>)[k] ?? k })),
    { id: 'unknown', label: t('needs.results.roleUnknown') },
    { id: 'anonymous', label: t('needs.results.anonymous') },
  ];
  const roles = counted(roleCatalogue, tallyOf(answers.map((a) => (a.anonymous ? 'anonymous' : (a.schoolRole ?? 'unknown')))));

  const grid = { now: emptyGrid(), wanted: emptyGrid() };
  for (const a of answers) {
    addTo(grid.now, a.position.now);
    addTo(grid.wanted, a.position.wanted);
  }

  const names = new Map(members.map((m) => [m.personKey, m.name]));
  const groups = [...themeCatalogue, { id: 'none', label: t('needs.results.noTheme') }].map((th) => {
    const inTheme = answers.filter((a) => (th.id === 'none' ? a.themes.length === 0 : a.themes.includes(th.id)));
    const named: NeedsQuestion[] = [];
    const anon: NeedsQuestion[] = [];
    for (const a of inTheme) {
      const text = (a.learningQuestion ?? a.learnWhat).trim();
      if (text === '') continue;
      if (a.anonymous) anon.push({ text });
      else {
        const author = a.personKey ? names.get(a.personKey) : undefined;
        named.push(author ? { text, author } : { text });
      }
    }
    named.sort((x, y) => compare(x.author ?? '', y.author ?? '') || compare(x.text, y.text));
    anon.sort((x, y) => compare(x.text, y.text));
    return { themeId: th.id, label: th.label, questions: [...named, ...anon] };
  });
  return { ...base, withheld: false, themes, ways, roles, grid, questions: groups.filter((g) => g.questions.length > 0) };
}
