import type { CoreDeps } from '../../../app/context.js';
import { sendToPerson } from '../../../app/direct-messages.js';
import type { Language } from '../../../i18n/languages.js';
import { button, type CardBlock, type OutboundMessage } from '../../../model/message.js';
import { chartPath } from '../../../ports/charts.js';
import { activeMembers } from '../../groups/group-access.js';
import type { Group } from '../../groups/group.js';
import { NEEDS_ACTIONS } from '../needs-cards.js';
import type { NeedsKey } from '../needs-messages.js';
import { needsT } from '../needs-translate.js';
import { proposalButtons } from './needs-proposal.js';
import { NEEDS_FORMS, NEEDS_PLACES, type NeedsRound } from '../needs.js';
import { aggregateRound, NEEDS_RESULTS_THRESHOLD, type NeedsCount, type NeedsResults, type RoundMember } from './needs-aggregate.js';

/** How many themes and ways the facts show. */
const TOP = 3;

/** The active members of a group as the aggregation needs them. */
export async function roundMembers(deps: CoreDeps, groupId: string): Promise<RoundMember[]> {
  return (await activeMembers(deps, groupId)).map(({ membership, person }) => ({
    personKey: membership.personKey,
    ...(person?.name ? { name: person.name } : {}),
    ...(person?.schoolRole ? { schoolRole: person.schoolRole } : {}),
  }));
}

/** The aggregated results of a round in a language. */
export async function loadRoundResults(deps: CoreDeps, round: NeedsRound, language: Language): Promise<NeedsResults> {
  const answers = await deps.storage.needsAnswers.listByRound(round.id);
  return aggregateRound(answers, await roundMembers(deps, round.groupId), language);
}

const list = (counts: NeedsCount[], none: string): string => (counts.length === 0 ? none : counts.map((c) => `${c.label} (${c.count})`).join(', '));

/** The grid as text: one line per place, cells "form now→wanted". */
export function gridLines(results: NeedsResults, language: Language): string[] {
  const t = needsT(language);
  return NEEDS_PLACES.map((place, row) => {
    const cells = NEEDS_FORMS.map(
      (form, column) => `${t(`needs.results.col.${form}` as NeedsKey)} ${results.grid.now[row]?.[column] ?? 0}→${results.grid.wanted[row]?.[column] ?? 0}`,
    ).join(' · ');
    return t('needs.results.gridRow', { place: t(`needs.results.row.${place}` as NeedsKey), cells });
  });
}

/** The warnings as sentences. */
export function warningLines(results: NeedsResults, language: Language): string[] {
  const t = needsT(language);
  const namedRole = results.roles.find((r) => r.id !== 'anonymous' && r.id !== 'unknown');
  return results.warnings.map((w) =>
    w === 'few-answers'
      ? t('needs.results.warnFew', { count: results.answered, members: results.expected })
      : t('needs.results.warnOneRole', { role: namedRole?.label ?? '' }),
  );
}

/**
 * The message a facilitator gets: a withheld notice (count and reason only) below the threshold, otherwise a card
 * with the counts, the grid, the learning questions by theme and the warnings. Anonymous answers appear without name.
 */
export function resultsMessage(
  results: NeedsResults,
  group: Pick<Group, 'name'>,
  language: Language,
  extras: { roundId?: string; images?: CardBlock[] } = {},
): OutboundMessage {
  const t = needsT(language);
  if (results.withheld) {
    const text = t('needs.results.withheld', { group: group.name, count: results.answered, min: NEEDS_RESULTS_THRESHOLD });
    const warnings = warningLines(results, language).filter((_, i) => results.warnings[i] === 'few-answers');
    return { text: [text, ...warnings].join('\n') };
  }
  const none = t('needs.results.none');
  const title = t('needs.results.title', { group: group.name });
  const blocks: CardBlock[] = [
    {
      type: 'facts',
      facts: [
        { label: t('needs.results.answered'), value: t('needs.results.answeredValue', { count: results.answered, members: results.expected, anonymous: results.anonymous }) },
        { label: t('needs.results.themes'), value: list(results.themes.slice(0, TOP), none) },
        { label: t('needs.results.ways'), value: list(results.ways.slice(0, TOP), none) },
        { label: t('needs.results.roles'), value: list(results.roles, none) },
      ],
    },
    ...warningLines(results, language).map((line): CardBlock => ({ type: 'text', text: line })),
    ...(extras.images ?? []),
    { type: 'text', text: [t('needs.results.grid'), ...gridLines(results, language)].join('\n') },
    { type: 'text', text: t('needs.results.questions') },
    ...results.questions.map(
      (g): CardBlock => ({ type: 'text', text: [`*${g.label}*`, ...g.questions.map((q) => (q.author ? `• ${q.text} (${q.author})` : `• ${q.text}`))].join('\n') }),
    ),
  ];
  const actions = extras.roundId
    ? [button(NEEDS_ACTIONS.exportResults, t('needs.results.export'), { value: extras.roundId }), ...proposalButtons(t, extras.roundId, results.themes[0])]
    : [];
  return { text: title, card: { title, blocks, ...(actions.length > 0 ? { actions } : {}) } };
}

/**
 * The theme counts as a bar chart and the grid (now versus wanted) as images, when the app has a renderer and a
 * store; nothing when withheld, missing, or rendering fails (the text version is always there).
 */
export async function resultCharts(deps: CoreDeps, results: NeedsResults, language: Language): Promise<CardBlock[]> {
  const { charts, chartStore } = deps;
  if (!charts || !chartStore || results.withheld) return [];
  const t = needsT(language);
  const base = deps.publicUrl.replace(/\/+$/, '');
  const none = t('needs.results.none');
  // The grid is [place][form]; the chart wants rows by form (informal at the bottom), columns by place.
  const byForm = (grid: number[][]): number[][] => NEEDS_FORMS.map((_, f) => NEEDS_PLACES.map((__, p) => grid[p]?.[f] ?? 0));
  const label = (key: string): string => t(key as NeedsKey);
  try {
    const bar = await charts.bar({
      title: t('needs.results.chartThemes'),
      bars: results.themes.map((c) => ({ label: c.label, value: c.count })),
      valueLabel: t('needs.results.chartAnswers'),
      emptyText: none,
    });
    const grid = await charts.grid({
      title: t('needs.results.chartGrid'),
      xLabels: [label('needs.results.row.on-site'), label('needs.results.row.both'), label('needs.results.row.off-site')],
      yLabels: [label('needs.results.col.informal'), label('needs.results.col.both'), label('needs.results.col.formal')],
      now: byForm(results.grid.now),
      wanted: byForm(results.grid.wanted),
      legend: { now: t('needs.results.chartNow'), wanted: t('needs.results.chartWanted') },
      emptyText: none,
    });
    return [bar, grid].map((image): CardBlock => ({ type: 'image', url: `${base}${chartPath(chartStore.put(image))}`, alt: image.alt }));
  } catch (error) {
    deps.logger.warn('needs: charts could not be rendered', { error: error instanceof Error ? error.message : String(error) });
    return [];
  }
}

/** The full results message of a round for one facilitator: card, charts and the export button. */
export async function fullResultsMessage(deps: CoreDeps, round: NeedsRound, results: NeedsResults, group: Pick<Group, 'name'>, language: Language): Promise<OutboundMessage> {
  return resultsMessage(results, group, language, { roundId: round.id, images: await resultCharts(deps, results, language) });
}

/** Sends each active facilitator of the group the round's results privately, in their own language. */
export async function sendResultsToFacilitators(deps: CoreDeps, round: NeedsRound, group: Group): Promise<number> {
  const answers = await deps.storage.needsAnswers.listByRound(round.id);
  const all = await activeMembers(deps, group.id);
  const members = await roundMembers(deps, group.id);
  let sent = 0;
  for (const f of all.filter((m) => m.membership.role === 'facilitator')) {
    const language = f.person?.language ?? 'nl';
    const message = await fullResultsMessage(deps, round, aggregateRound(answers, members, language), group, language);
    const result = await sendToPerson(deps, f.membership.personKey, message, group);
    if (result.ok) sent++;
  }
  return sent;
}
