import type { ActionHandler, CoreDeps, HandlerContext } from '../../../app/context.js';
import { sendToPerson } from '../../../app/direct-messages.js';
import { DEFAULT_LANGUAGE } from '../../../i18n/languages.js';
import { translator, type Translate } from '../../../i18n/translate.js';
import type { ActionEvent } from '../../../model/events.js';
import { button, text, type OutboundMessage } from '../../../model/message.js';
import { activeMembers, displayName } from '../../groups/group-access.js';
import type { Group } from '../../groups/group.js';
import { channelPostCard } from '../post-cards.js';
import { STARTER_ACTIONS } from '../starter-actions.js';
import { loadPostText, type StarterText } from '../starter-text.js';
import type { StarterPost } from '../starter.js';
import { ensureDropoffJob, namedAuthors, tookPart } from './dropoff.js';
import { facilitatorsOf, facilitates, postForFacilitator, quietFor } from './facilitator-access.js';
import { armJob, doneJob } from './job-index.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The bot suggests a nudge this long after a starter went out… */
export const SUGGEST_AFTER_MS = 3 * DAY_MS;
/** …and not any more once it has been out this long (a late suggestion only nags). */
export const SUGGEST_UNTIL_MS = 14 * DAY_MS;

const nudgedId = (postId: string, personKey: string): string => `starter-nudged:${postId}:${personKey}`;
const jobId = (postId: string): string => `nudge:${postId}`;

/** When the post went out (or will). */
const postedAt = (post: StarterPost): number => Date.parse(post.postedAt ?? post.scheduledFor ?? post.createdAt);

/** Who a nudge is for: active members other than whoever posted it, with no named answer and no finished reflection. */
async function quietMembers(deps: CoreDeps, post: StarterPost, except: string[]): Promise<Array<{ key: string; name: string; language: string }>> {
  const named = await namedAuthors(deps, [post]);
  const out = [];
  for (const m of await activeMembers(deps, post.groupId)) {
    const key = m.membership.personKey;
    if (key === post.createdBy || except.includes(key)) continue;
    if (await tookPart(deps, post, key, named)) continue;
    out.push({ key, name: displayName(m), language: m.person?.language ?? DEFAULT_LANGUAGE });
  }
  return out;
}

/** How many of the expected members took part: named answers and finished reflections, plus the anonymous answers. */
export async function participationOf(deps: CoreDeps, post: StarterPost): Promise<{ answered: number; expected: number }> {
  const members = (await activeMembers(deps, post.groupId)).map((m) => m.membership.personKey).filter((k) => k !== post.createdBy);
  const named = await namedAuthors(deps, [post]);
  let known = 0;
  for (const key of members) if (await tookPart(deps, post, key, named)) known++;
  const anonymous = (await deps.storage.starterAnswers.listByPost(post.id)).filter((a) => a.anonymous).length;
  return { answered: Math.min(members.length, known + anonymous), expected: members.length };
}

/** The friendly reminder a member gets, in their language: a line on top of the post itself, with its answer buttons. */
function nudgeMessage(post: StarterPost, starter: StarterText, group: Group, name: string, t: Translate): OutboundMessage {
  const first = name.trim().split(/\s+/)[0] ?? name;
  const lead = t('results.nudge.message', { name: first, group: group.name, title: starter.title });
  const card = channelPostCard(post, starter, t).card!;
  const blocks = [text(lead), ...card.blocks, text(t('results.nudge.howLong'), true)];
  if (post.allowAnonymous) blocks.push(text(t('results.nudge.anonymousNote'), true));
  return { text: lead, card: { ...card, blocks } };
}

/**
 * `Herinner wie nog niet antwoordde`: a private reminder to every member without a named answer or finished reflection,
 * at most once per member per post (someone who answered anonymously may get one too: nobody can know).
 */
async function nudge(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const found = await postForFacilitator(ctx, ctx.event.value);
  if (!found) return;
  const { post, group } = found;
  if (post.status !== 'posted') return ctx.reply({ text: ctx.t('results.nudge.closed') });
  let sent = 0;
  let already = 0;
  let failed = 0;
  for (const member of await quietMembers(ctx.deps, post, [ctx.person.key])) {
    const marker = nudgedId(post.id, member.key);
    if (await ctx.deps.storage.drafts.get(marker)) {
      already++;
      continue;
    }
    const language = member.language === 'en' || member.language === 'fr' ? member.language : DEFAULT_LANGUAGE;
    const starter = await loadPostText(ctx.deps, post, language);
    if (!starter) continue;
    const now = ctx.deps.clock.now().toISOString();
    // Claimed before sending: a second click while this one runs finds the marker and sends nothing.
    await ctx.deps.storage.drafts.save({ id: marker, personKey: member.key, kind: 'starter-nudged', data: { at: now }, createdAt: now, expiresAt: new Date(Date.parse(now) + 180 * 24 * 60 * 60 * 1000).toISOString() });
    const result = await sendToPerson(ctx.deps, member.key, nudgeMessage(post, starter, group, member.name, translator(language)), group);
    if (result.ok) sent++;
    else {
      failed++;
      await ctx.deps.storage.drafts.delete(marker);
    }
  }
  ctx.deps.logger.info('starters: nudge sent', { postId: post.id, sent, already, failed });
  const parts = [sent === 1 ? ctx.t('results.nudge.doneOne') : ctx.t('results.nudge.done', { count: sent })];
  if (already > 0) parts.push(already === 1 ? ctx.t('results.nudge.alreadyOne') : ctx.t('results.nudge.already', { count: already }));
  if (failed > 0) parts.push(failed === 1 ? ctx.t('results.nudge.failedOne') : ctx.t('results.nudge.failed', { count: failed }));
  if (sent === 0 && already === 0 && failed === 0) return ctx.reply({ text: ctx.t('results.nudge.nobody') });
  await ctx.reply({ text: parts.join(' ') });
}

/** The nudge button. */
export const nudgeActions: ActionHandler[] = [{ id: STARTER_ACTIONS.nudge, run: nudge }];

/**
 * Plans the bot's private suggestion to nudge quiet members, 3 days after the post goes out (job `nudge:<postId>`).
 * Call it when a post goes out (or is scheduled); calling it again is harmless. Also starts the group's weekly
 * drop-off check. Never throws: a failure here is logged and must not disturb posting.
 */
export async function scheduleNudgeSuggestion(deps: CoreDeps, post: StarterPost): Promise<void> {
  if (post.status === 'closed' || post.nudgeSuggestedAt) return;
  try {
    await armJob(deps, jobId(post.id), new Date(postedAt(post) + SUGGEST_AFTER_MS));
    await ensureDropoffJob(deps, post.groupId);
  } catch (error) {
    deps.logger.error('starters: could not plan the nudge suggestion', { postId: post.id, error: error instanceof Error ? error.message : String(error) });
  }
}

/** Who gets the suggestion: whoever posted it while they facilitate the group, otherwise its longest-serving facilitator. */
async function suggestionRecipient(deps: CoreDeps, post: StarterPost): Promise<string | undefined> {
  if (await facilitates(deps, post.groupId, post.createdBy)) return post.createdBy;
  return (await facilitatorsOf(deps, post.groupId))[0];
}

/**
 * `nudge:<postId>`: 3 days after the post, when fewer than half of the members took part, suggests to the facilitator
 * (privately, outside their quiet hours) to nudge the others. Idempotent: `nudgeSuggestedAt` is written before the
 * message goes out, and a post that has it is never suggested again.
 */
export async function runNudgeJob(deps: CoreDeps, id: string): Promise<void> {
  const post = await deps.storage.starterPosts.get(id.slice('nudge:'.length));
  if (!post || post.status === 'closed' || post.nudgeSuggestedAt) return doneJob(deps, id);
  const now = deps.clock.now();
  const due = postedAt(post) + SUGGEST_AFTER_MS;
  if (post.status === 'scheduled' || now.getTime() < due) {
    // Not out yet (or not for 3 days): look again then; a post that never goes out stops being followed after two weeks.
    if (now.getTime() > postedAt(post) + SUGGEST_UNTIL_MS) return doneJob(deps, id);
    return armJob(deps, id, new Date(Math.max(due, now.getTime() + (post.status === 'scheduled' ? DAY_MS : 0))));
  }
  if (now.getTime() > postedAt(post) + SUGGEST_UNTIL_MS) return doneJob(deps, id);
  const group = await deps.storage.groups.get(post.groupId);
  if (!group) return doneJob(deps, id);
  const { answered, expected } = await participationOf(deps, post);
  if (expected === 0 || answered * 2 >= expected) {
    deps.logger.debug('starters: no nudge suggestion needed', { postId: post.id, answered, expected });
    return doneJob(deps, id);
  }
  const recipient = await suggestionRecipient(deps, post);
  if (!recipient) return doneJob(deps, id);
  const person = await deps.storage.people.get(recipient);
  const until = quietFor(person, now);
  if (until) return armJob(deps, id, until);
  const fresh = await deps.storage.starterPosts.get(post.id);
  if (!fresh || fresh.nudgeSuggestedAt) return doneJob(deps, id);
  await deps.storage.starterPosts.save({ ...fresh, nudgeSuggestedAt: now.toISOString() });
  await doneJob(deps, id);
  const t = translator(person?.language ?? DEFAULT_LANGUAGE);
  const starter = await loadPostText(deps, fresh, person?.language ?? DEFAULT_LANGUAGE);
  const line = t('results.suggest.message', { title: starter?.title ?? '', group: group.name, answered, expected });
  const message: OutboundMessage = {
    text: line,
    card: {
      title: t('results.suggest.title'),
      blocks: [text(line), text(t('results.suggest.note'), true)],
      actions: [
        button(STARTER_ACTIONS.nudge, t('results.button.nudge'), { value: post.id, style: 'primary' }),
        button(STARTER_ACTIONS.results, t('results.button.answers'), { value: post.id }),
      ],
    },
  };
  const result = await sendToPerson(deps, recipient, message, group);
  deps.logger.info('starters: nudge suggested', { postId: post.id, answered, expected, delivered: result.ok, ...(result.ok ? {} : { reason: result.reason }) });
}
