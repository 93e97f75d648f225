import type { ActionHandler, Command, Feature, HandlerContext } from '../../../app/context.js';
import type { ActionEvent } from '../../../model/events.js';
import { newToken } from '../../../model/ids.js';
import { link, text, type OutboundMessage } from '../../../model/message.js';
import { postToGroup } from '../../moments/notify.js';
import { deliverPrivately } from '../reflection/post-access.js';
import { STARTER_ACTIONS } from '../starter-actions.js';
import { DOWNLOAD_TTL_MS } from './answers-csv.js';
import { ANONYMOUS_THRESHOLD, loadResults, type PostResults } from './answers-view.js';
import { checkInActions, ensureDropoffJob, postedPosts, runDropoffJob } from './dropoff.js';
import { facilitatedGroups, postForFacilitator } from './facilitator-access.js';
import { rearmJobs } from './job-index.js';
import { nudgeActions, runNudgeJob } from './nudges.js';
import { participationCommand } from './participation.js';
import { overviewCard, resultsCard, summaryMessage } from './results-cards.js';
import { answeredAnonymously } from '../answer-store.js';

export { scheduleNudgeSuggestion } from './nudges.js';

/** Most posts the overview lists. */
const OVERVIEW_LIMIT = 5;

/** `antwoorden`: the latest posts with their counts, and the newest one in full; privately, since it shows names. */
async function answersCommand(ctx: HandlerContext): Promise<void> {
  const groups = await facilitatedGroups(ctx);
  if (!groups) return;
  const messages: OutboundMessage[] = [];
  for (const group of groups) {
    await ensureDropoffJob(ctx.deps, group.id);
    const rows: PostResults[] = [];
    for (const post of (await postedPosts(ctx.deps, group.id)).slice(0, OVERVIEW_LIMIT)) {
      const results = await loadResults(ctx.deps, post, group, ctx.person.language);
      if (results) rows.push(results);
    }
    if (rows.length === 0) {
      messages.push({ text: ctx.t('results.noPosts', { group: group.name }) });
      continue;
    }
    if (rows.length > 1) messages.push(overviewCard(group.name, rows, ctx.person.language, ctx.t));
    messages.push(resultsCard(rows[0]!, ctx.t, ctx.person.language));
  }
  await deliverPrivately(ctx, groups.length === 1 ? groups[0] : undefined, messages, ctx.t('results.sentPrivately'));
}

/** Loads a post's results for a facilitator of its group; answers otherwise. */
async function resultsFor(ctx: HandlerContext<ActionEvent>): Promise<PostResults | undefined> {
  const found = await postForFacilitator(ctx, ctx.event.value);
  if (!found) return undefined;
  const results = await loadResults(ctx.deps, found.post, found.group, ctx.person.language);
  if (!results) await ctx.reply({ text: ctx.t('starters.post.notFound') });
  return results;
}

/** `Bekijk`: one post in full, privately. */
async function showResults(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const results = await resultsFor(ctx);
  if (results) await deliverPrivately(ctx, results.group, [resultsCard(results, ctx.t, ctx.person.language)], ctx.t('results.sentPrivately'));
}

/** `Samenvatting delen`: the answers without names in the channel, anonymous ones only from the threshold on. */
async function shareSummary(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const results = await resultsFor(ctx);
  if (!results) return;
  const outcome = summaryMessage(results, ctx.t, ctx.person.language, await answeredAnonymously(results.post, ctx.person.key));
  if (outcome.kind !== 'ok') {
    const line = outcome.kind === 'empty' ? ctx.t('results.summary.empty') : ctx.t('results.summary.withheld', { min: ANONYMOUS_THRESHOLD });
    await deliverPrivately(ctx, results.group, [{ text: line }], ctx.t('results.sentPrivately'));
    return;
  }
  const posted = await postToGroup(ctx.deps, results.group, outcome.message);
  ctx.deps.logger.info('starters: summary shared', { postId: results.post.id, posted, anonymousShown: outcome.anonymousShown });
  const line = posted
    ? outcome.anonymousShown || results.anonymous.length === 0
      ? ctx.t('results.summary.shared', { group: results.group.name })
      : ctx.t('results.summary.sharedWithout', { group: results.group.name, min: ANONYMOUS_THRESHOLD })
    : ctx.t('results.summary.failed');
  await deliverPrivately(ctx, results.group, [{ text: line }], ctx.t('results.summary.sharedShort'));
}

/** `Exporteer CSV`: a link that works for 24 hours, privately. */
async function exportCsv(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const found = await postForFacilitator(ctx, ctx.event.value);
  if (!found) return;
  const token = newToken();
  const expiresAt = new Date(ctx.deps.clock.now().getTime() + DOWNLOAD_TTL_MS).toISOString();
  await ctx.deps.storage.downloads.save({ token, kind: 'starter-answers', subjectId: found.post.id, groupId: found.group.id, createdBy: ctx.person.key, expiresAt });
  const url = `${ctx.deps.publicUrl.replace(/\/+$/, '')}/downloads/${token}.csv`;
  const line = ctx.t('results.export.ready', { url });
  const message: OutboundMessage = { text: line, card: { blocks: [text(line), { type: 'links', links: [link(ctx.t('results.export.download'), url)] }] } };
  ctx.deps.logger.info('starters: answers export link made', { postId: found.post.id });
  await deliverPrivately(ctx, found.group, [message], ctx.t('results.sentPrivately'));
}

const resultsCommands: Command[] = [
  { words: ['antwoorden', 'answers', 'réponses', 'reponses'], run: answersCommand },
  { words: ['deelname', 'participation'], run: participationCommand },
];

const resultsActions: ActionHandler[] = [
  { id: STARTER_ACTIONS.results, run: showResults },
  { id: STARTER_ACTIONS.shareSummary, run: shareSummary },
  { id: STARTER_ACTIONS.exportCsv, run: exportCsv },
  ...nudgeActions,
  ...checkInActions,
];

/** What facilitators see: who answered, answers per question, summaries, CSV export, participation and nudges. */
export const resultsFeature: Feature = {
  commands: resultsCommands,
  actions: resultsActions,
  jobs: [
    { prefix: 'nudge:', run: runNudgeJob },
    { prefix: 'dropoff:', run: runDropoffJob },
  ],
  rearm: rearmJobs,
};
