import type { ActionHandler, HandlerContext } from '../../app/context.js';
import type { Language } from '../../i18n/languages.js';
import type { ActionEvent, MessageEvent } from '../../model/events.js';
import { newToken } from '../../model/ids.js';
import { button, link, text, type CardBlock, type OutboundMessage } from '../../model/message.js';
import { shorten } from '../moments/moment-text.js';
import { packLines } from '../starters/results/answers-view.js';
import { DOWNLOAD_TTL_MS } from '../starters/results/answers-csv.js';
import { facilitatedGroup, facilitatedGroupById, privately } from './overview-access.js';
import { loadOverview, type OverviewData } from './overview-data.js';
import { unmatchedWords } from './round-words.js';
import { countKey, formatSlot, shortDate } from './slot-format.js';
import { VISIT_ACTIONS } from './visit-actions.js';
import { tOf, type VisitsT } from './visits-translate.js';
import type { Visit } from './visit.js';

/** Members listed on the card; the CSV has everyone. */
export const OVERVIEW_MAX_MEMBERS = 40;
/** Lines per list (upcoming, open, waiting…) on the card. */
export const OVERVIEW_MAX_LINES = 15;

const capped = (t: VisitsT, lines: string[], max: number): string[] =>
  lines.length > max ? [...lines.slice(0, max), t('visits.overview.more', { count: lines.length - max })] : lines;

/** A titled list as text blocks under the channels' limits; nothing when the list is empty. */
function section(t: VisitsT, heading: string, lines: string[], max = OVERVIEW_MAX_LINES): CardBlock[] {
  if (lines.length === 0) return [];
  return packLines([`*${heading}*`, ...capped(t, lines, max)]).map((b) => text(b));
}

/** "Bo Janssens en Cas Willems → Dirk Maes" for a visit. */
const pairOf = (data: OverviewData, v: Visit): string => `${v.visitorKeys.map((k) => data.names.get(k) ?? '?').join(' + ')} → ${data.names.get(v.hostKey) ?? '?'}`;

/** The overview card for a facilitator, in their language. */
export function overviewMessage(data: OverviewData, t: VisitsT, language: Language): OutboundMessage {
  const { group, term } = data;
  const zone = group.timeZone;
  const day = (iso: string | undefined): string => (iso ? shortDate(iso, language, zone, { weekday: false, year: true }) : '—');
  const title = term
    ? t('visits.overview.title', { group: group.name, term: term.number, from: day(term.from), to: day(term.to) })
    : t('visits.overview.titleNoTerm', { group: group.name });
  const below = data.members.filter((m) => m.belowTarget).length;
  // Out of the members the target is about: coaches and advisers in the group are listed but not measured.
  const measured = data.members.filter((m) => m.measured).length;
  const unmatched = data.openRequests.filter((r) => r.unmatched);

  const facts = [
    { label: t('visits.overview.fact.target'), value: t(countKey('visits.overview.targetValue', data.target), { target: data.target }) },
    { label: t('visits.overview.fact.below'), value: `${below} / ${measured}` },
    { label: t('visits.overview.fact.upcoming'), value: String(data.upcoming.length) },
    { label: t('visits.overview.fact.open'), value: String(data.openRequests.length) },
    { label: t('visits.overview.fact.waiting'), value: String(data.waiting.length) },
    { label: t('visits.overview.fact.cover'), value: String(data.pendingCover.length) },
    { label: t('visits.overview.fact.unmatched'), value: String(unmatched.length) },
  ];

  const memberLines = data.members.map((m) =>
    t(m.belowTarget ? 'visits.overview.memberBelow' : 'visits.overview.member', {
      name: m.name,
      school: m.school ? ` (${m.school})` : '',
      visitor: m.asVisitor,
      host: m.asHost,
      upcoming: m.upcoming > 0 ? t('visits.overview.memberUpcoming', { count: m.upcoming }) : '',
    }),
  );
  // The same slot words as everywhere else ("di 1 dec, 3e lesuur (10:20–11:10)"), in the group's zone.
  const upcomingLines = data.upcoming.map((v) => t('visits.overview.upcomingLine', { who: pairOf(data, v), when: v.slot ? formatSlot(v.slot, language, zone) : '—' }));
  const openLines = data.openRequests.map((r) =>
    t(r.ageDays === 0 ? 'visits.overview.openLine.today' : countKey('visits.overview.openLine', r.ageDays), { name: r.name, days: r.ageDays, question: shorten(r.request.learningQuestion, 80) }),
  );
  const coverLines = data.pendingCover.map(({ visit, missing }) => t('visits.overview.coverLine', { who: pairOf(data, visit), date: visit.slot ? formatSlot(visit.slot, language, zone) : '—', missing: missing.join(', ') }));
  const waitingLines = data.waiting.map(({ visit, answerers }) =>
    t('visits.overview.waitingLine', { who: pairOf(data, visit), answerers: answerers.join(', '), deadline: visit.answerBy ? day(visit.answerBy) : '—' }),
  );
  const unmatchedLines = unmatched.map((r) => t('visits.overview.unmatchedLine', { name: r.name, why: unmatchedWords(t, r.unmatched!) }));

  const blocks: CardBlock[] = [
    text(t('visits.overview.intro')),
    { type: 'facts', facts },
    ...section(t, t('visits.overview.membersHeading'), memberLines, OVERVIEW_MAX_MEMBERS),
    ...section(t, t('visits.overview.upcomingHeading'), upcomingLines),
    ...section(t, t('visits.overview.openHeading'), openLines),
    ...section(t, t('visits.overview.waitingHeading'), waitingLines),
    ...section(t, t('visits.overview.coverHeading'), coverLines),
    ...section(t, t('visits.overview.unmatchedHeading'), unmatchedLines),
  ];
  const summary = [title, ...facts.map((f) => `${f.label}: ${f.value}`)].join('\n');
  return {
    text: summary,
    card: { title, blocks, actions: [button(VISIT_ACTIONS.overviewCsv, t('visits.overview.csvButton'), { value: group.id })] },
  };
}

/** `bezoek overzicht`: the facilitators' overview of the current term, privately. */
export async function showOverview(ctx: HandlerContext<MessageEvent>, _args: string): Promise<void> {
  const group = await facilitatedGroup(ctx);
  if (!group) return;
  const data = await loadOverview(ctx.deps, group);
  await privately(ctx, group, overviewMessage(data, tOf(ctx), ctx.person.language));
}

/** "CSV": a download link valid 24 hours, to the facilitator only. */
async function exportOverview(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const group = await facilitatedGroupById(ctx, ctx.event.value);
  if (!group) return;
  const t = tOf(ctx);
  const token = newToken();
  const expiresAt = new Date(ctx.deps.clock.now().getTime() + DOWNLOAD_TTL_MS).toISOString();
  await ctx.deps.storage.downloads.save({ token, kind: 'visits-overview', subjectId: group.id, groupId: group.id, createdBy: ctx.person.key, expiresAt });
  const url = `${ctx.deps.publicUrl.replace(/\/+$/, '')}/downloads/${token}.csv`;
  const line = t('visits.overview.csvReady', { url });
  ctx.deps.logger.info('visits: overview export link made', { groupId: group.id });
  await privately(ctx, group, { text: line, card: { blocks: [text(line), { type: 'links', links: [link(t('visits.overview.csvDownload'), url)] }] } });
}

/** Overview actions (CSV). */
export const overviewActions: ActionHandler[] = [{ id: VISIT_ACTIONS.overviewCsv, run: exportOverview }];
