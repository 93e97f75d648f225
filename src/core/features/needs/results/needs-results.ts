import type { CoreDeps } from '../../../app/context.js';
import { sendToPerson } from '../../../app/direct-messages.js';
import type { Language } from '../../../i18n/languages.js';
import type { CardBlock, OutboundMessage } from '../../../model/message.js';
import { activeMembers } from '../../groups/group-access.js';
import type { Group } from '../../groups/group.js';
import { needsT, type NeedsKey } from '../needs-messages.js';
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
export function resultsMessage(results: NeedsResults, group: Pick<Group, 'name'>, language: Language): OutboundMessage {
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
    { type: 'text', text: [t('needs.results.grid'), ...gridLines(results, language)].join('\n') },
    { type: 'text', text: t('needs.results.questions') },
    ...results.questions.map(
      (g): CardBlock => ({ type: 'text', text: [`*${g.label}*`, ...g.questions.map((q) => (q.author ? `• ${q.text} (${q.author})` : `• ${q.text}`))].join('\n') }),
    ),
  ];
  return { text: title, card: { title, blocks } };
}

/** Sends each active facilitator of the group the round's results privately, in their own language. */
export async function sendResultsToFacilitators(deps: CoreDeps, round: NeedsRound, group: Group): Promise<number> {
  const answers = await deps.storage.needsAnswers.listByRound(round.id);
  const all = await activeMembers(deps, group.id);
  const members = await roundMembers(deps, group.id);
  let sent = 0;
  for (const f of all.filter((m) => m.membership.role === 'facilitator')) {
    const language = f.person?.language ?? 'nl';
    const result = await sendToPerson(deps, f.membership.personKey, resultsMessage(aggregateRound(answers, members, language), group, language), group);
    if (result.ok) sent++;
  }
  return sent;
}
