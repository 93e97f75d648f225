import type { ActionHandler, HandlerContext } from '../../app/context.js';
import type { ActionEvent } from '../../model/events.js';
import { newId } from '../../model/ids.js';
import { requireFacilitator, requireGroupHere } from '../groups/group-access.js';
import type { Group } from '../groups/group.js';
import { comingMoments } from '../moments/moment-access.js';
import { formatWhen, inputValue } from '../moments/moment-text.js';
import type { Moment } from '../moments/moment.js';
import { POST_WHEN, postForm, type PostFormState, type PostWhen } from './post-cards.js';
import { postJobId, publishPost, RETRY_MINUTES } from './post-jobs.js';
import { formatDate, formatInstant, readPostTime, weeklyUntil, type PostTimeRefusal } from './post-times.js';
import type { StarterPost } from './starter.js';
import { parseStarterRef, STARTER_ACTIONS } from './starter-actions.js';
import { loadStarterText, type StarterText } from './starter-text.js';

/** The starter a facilitator wants to post in this group: a library one, or one of the group's own that is still in use. */
async function starterForGroup(ctx: HandlerContext, value: string | undefined, group: Group): Promise<{ source: 'library' | 'custom'; id: string; starter: StarterText } | undefined> {
  const ref = parseStarterRef(value);
  if (ref?.source === 'custom') {
    const custom = await ctx.deps.storage.customStarters.get(ref.id);
    if (custom?.groupId === group.id && custom.status !== 'active') {
      await ctx.reply({ text: ctx.t('starters.custom.notActive', { title: custom.title }) });
      return undefined;
    }
  }
  const starter = ref ? await loadStarterText(ctx.deps, ref.source, ref.id, group.id, ctx.person.language) : undefined;
  if (!ref || !starter) {
    await ctx.reply({ text: ctx.t('starters.notFound') });
    return undefined;
  }
  return { ...ref, starter };
}

/** The group of this channel, its facilitator clicking, and the starter to post; otherwise answers why not. */
async function postingContext(ctx: HandlerContext<ActionEvent>, refValue = ctx.event.value): Promise<{ group: Group; source: 'library' | 'custom'; id: string; starter: StarterText } | undefined> {
  const group = await requireGroupHere(ctx);
  if (!group || !(await requireFacilitator(ctx, group))) return undefined;
  const found = await starterForGroup(ctx, refValue, group);
  return found ? { group, ...found } : undefined;
}

const nextMomentOf = async (ctx: HandlerContext, group: Group): Promise<Moment | undefined> => (await comingMoments(ctx.deps, group.id, ctx.deps.clock.now()))[0];

/** Why a post time was refused, with examples of how to write one. */
function refusalText(reason: PostTimeRefusal, t: HandlerContext['t']): string {
  if (reason === 'series') return t('starters.post.atSeries');
  return `${t(`when.refusal.${reason}`)}\n${t('starters.post.atExamples')}`;
}

/** A post record, still to go out (publishing makes it `posted`). */
function newPost(ctx: HandlerContext, group: Group, source: 'library' | 'custom', starterId: string, allowAnonymous: boolean, at: string, seriesId?: string): StarterPost {
  return {
    id: newId('pst'),
    groupId: group.id,
    starterId,
    source,
    allowAnonymous,
    status: 'scheduled',
    scheduledFor: at,
    ...(seriesId ? { seriesId } : {}),
    createdBy: ctx.person.key,
    createdAt: ctx.deps.clock.now().toISOString(),
  };
}

/** Saves a post for later and wakes it at its time. */
async function schedule(ctx: HandlerContext, post: StarterPost): Promise<void> {
  await ctx.deps.storage.starterPosts.save(post);
  ctx.deps.scheduler.schedule(postJobId(post.id), new Date(post.scheduledFor!));
}

/** Saves a post and publishes it now; the line that tells the facilitator how that went. */
async function postNow(ctx: HandlerContext, post: StarterPost, title: string): Promise<string> {
  await ctx.deps.storage.starterPosts.save(post);
  const outcome = await publishPost(ctx.deps, post.id);
  if (outcome === 'posted') return ctx.t('starters.post.postedNow', { title });
  return outcome === 'failed' ? ctx.t('starters.notFound') : ctx.t('starters.post.notDelivered', { title, minutes: RETRY_MINUTES });
}

const anonymityLine = (allowAnonymous: boolean, t: HandlerContext['t']): string => t(allowAnonymous ? 'starters.post.anonymousAllowed' : 'starters.post.anonymousNotAllowed');

const POST_FORM_KIND = 'starter.postForm';
const POST_FORM_TTL_MS = 24 * 60 * 60 * 1000;

/** "Posten" on a starter: the posting form, single-use, so an old form clicked again cannot post the starter twice. */
async function openPostForm(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const found = await postingContext(ctx);
  if (!found) return;
  const now = ctx.deps.clock.now();
  const formId = newId('pfm');
  await ctx.deps.storage.drafts.save({
    id: formId,
    personKey: ctx.person.key,
    kind: POST_FORM_KIND,
    data: { ref: found.starter.ref },
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + POST_FORM_TTL_MS).toISOString(),
  });
  const next = await nextMomentOf(ctx, found.group);
  return ctx.reply(postForm(`${found.starter.ref}|${formId}`, found.starter.title, found.group, next ? formatWhen(next, ctx.person.language) : undefined, ctx.t));
}

/**
 * Uses up the form a submit came from; false when it was used already, expired or is someone else's. A value
 * without a form id comes from no form Leerkring sent (a facilitator may post anyway), so there is nothing to use up.
 */
async function useForm(ctx: HandlerContext<ActionEvent>, formId: string | undefined): Promise<boolean> {
  if (!formId) return true;
  const form = await ctx.deps.storage.drafts.get(formId);
  const fresh = form?.kind === POST_FORM_KIND && form.personKey === ctx.person.key && (!form.expiresAt || form.expiresAt > ctx.deps.clock.now().toISOString());
  if (!fresh) return false;
  await ctx.deps.storage.drafts.delete(formId);
  return true;
}

/** The posting form's submit: now, at a set time (in the group's zone, never in the past), or weekly until the next moment. */
async function submitPost(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const [refValue, formId] = (ctx.event.value ?? '').split('|');
  const found = await postingContext(ctx, refValue);
  if (!found) return;
  const { group, starter } = found;
  const { inputs } = ctx.event;
  const chosen = inputValue(inputs['when']);
  const state: PostFormState = {
    when: (POST_WHEN as readonly string[]).includes(chosen) ? (chosen as PostWhen) : 'now',
    at: inputValue(inputs['at']),
    allowAnonymous: inputValue(inputs['anonymous']) === 'yes',
  };
  const now = ctx.deps.clock.now();
  const language = ctx.person.language;
  const next = await nextMomentOf(ctx, group);
  const formValue = formId ? `${starter.ref}|${formId}` : starter.ref;
  const again = (error: string) => ctx.reply(postForm(formValue, starter.title, group, next ? formatWhen(next, language) : undefined, ctx.t, state, error));
  const formUsed = () => ctx.reply({ text: ctx.t('starters.post.formUsed') });

  if (state.when === 'now') {
    if (!(await useForm(ctx, formId))) return formUsed();
    const line = await postNow(ctx, newPost(ctx, group, found.source, found.id, state.allowAnonymous, now.toISOString()), starter.title);
    return ctx.reply({ text: `${line}\n${anonymityLine(state.allowAnonymous, ctx.t)}` });
  }

  if (state.when === 'at') {
    if (!state.at) return again(ctx.t('starters.post.atMissing'));
    const read = readPostTime(state.at, group, now, language);
    if (!read.ok) return again(refusalText(read.reason, ctx.t));
    if (!(await useForm(ctx, formId))) return formUsed();
    await schedule(ctx, newPost(ctx, group, found.source, found.id, state.allowAnonymous, read.at));
    ctx.deps.logger.info('starters: post planned', { groupId: group.id, count: 1 });
    const when = formatInstant(read.at, group.timeZone, language);
    return ctx.reply({ text: `${ctx.t('starters.post.plannedAt', { title: starter.title, when })}\n${anonymityLine(state.allowAnonymous, ctx.t)}` });
  }

  if (!next) return ctx.reply({ text: ctx.t('starters.post.noMoment', { group: group.name }) });
  if (!(await useForm(ctx, formId))) return formUsed();
  const plan = weeklyUntil(now, next, group);
  const seriesId = newId('sps');
  const posts = plan.times.map((at) => newPost(ctx, group, found.source, found.id, state.allowAnonymous, at, seriesId));
  // Stored in date order, so lists of the group's posts read as the series goes.
  await ctx.deps.storage.starterPosts.save(posts[0]!);
  for (const post of posts.slice(1)) await schedule(ctx, post);
  ctx.deps.logger.info('starters: post planned', { groupId: group.id, count: posts.length });
  const first = await postNow(ctx, posts[0]!, starter.title);
  const dates = plan.times.map((at, i) => {
    const when = formatInstant(at, group.timeZone, language);
    return `${i + 1}. ${i === 0 ? ctx.t('starters.post.now', { when }) : when}`;
  });
  const lines = [
    ctx.t('starters.post.plannedWeekly', { title: starter.title, count: posts.length, moment: formatWhen(next, language) }),
    ...dates,
    ...(plan.skipped.length > 0 ? [ctx.t('starters.post.skipped', { dates: plan.skipped.map((s) => `${formatDate(s.date, language)} (${s.reason.name[language]})`).join(', ') })] : []),
    ...(plan.truncated ? [ctx.t('starters.post.truncated', { max: plan.times.length })] : []),
    anonymityLine(state.allowAnonymous, ctx.t),
    first,
  ];
  return ctx.reply({ text: lines.join('\n') });
}

/** "Posten" and the posting form's submit. */
export const postingActions: ActionHandler[] = [
  { id: STARTER_ACTIONS.post, run: openPostForm },
  { id: STARTER_ACTIONS.postSubmit, run: submitPost },
];
