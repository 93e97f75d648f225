import type { CoreDeps } from '../../app/context.js';
import { sendToPerson } from '../../app/direct-messages.js';
import { DEFAULT_LANGUAGE } from '../../i18n/languages.js';
import { translator } from '../../i18n/translate.js';
import type { Storage } from '../../ports/storage.js';
import { postToGroup } from '../moments/notify.js';
import { channelPostCard } from './post-cards.js';
import { scheduleNudgeSuggestion } from './results/nudges.js';
import type { StarterPost } from './starter.js';
import { loadPostText } from './starter-text.js';

/** Scheduled posts are jobs `post:<postId>`. */
export const POST_JOB_PREFIX = 'post:';

/** The job id of a scheduled post. */
export const postJobId = (postId: string): string => `${POST_JOB_PREFIX}${postId}`;

/** Minutes between attempts when the channel could not be reached. */
export const RETRY_MINUTES = 15;

// After this long past its time a post is stale; the facilitator hears it did not go out.
const GIVE_UP_MS = 6 * 60 * 60 * 1000;

// Posts being published in this process, per store, so two wake-ups of one job never post twice.
const inFlight = new WeakMap<Storage, Set<string>>();
const flying = (deps: CoreDeps): Set<string> => {
  let set = inFlight.get(deps.storage);
  if (!set) inFlight.set(deps.storage, (set = new Set()));
  return set;
};

/** How publishing one post ended. */
export type PublishOutcome = 'posted' | 'retrying' | 'failed' | 'skipped';

async function giveUp(deps: CoreDeps, post: StarterPost, why: string): Promise<void> {
  await deps.storage.starterPosts.save({ ...post, status: 'closed' });
  deps.logger.warn('starters: post did not go out', { postId: post.id, groupId: post.groupId, why });
}

/** Tells the facilitator who planned it that a post never reached the channel. */
async function tellCreator(deps: CoreDeps, post: StarterPost): Promise<void> {
  const group = await deps.storage.groups.get(post.groupId);
  const person = await deps.storage.people.get(post.createdBy);
  if (!group || !person) return;
  const starter = await loadPostText(deps, post, person.language);
  const t = translator(person.language);
  await sendToPerson(deps, person.key, { text: t('starters.post.failed', { title: starter?.title ?? '?', group: group.name }) }, group);
}

/**
 * Publishes a scheduled post in its group's channel, in the group's language, exactly once: a post that is
 * no longer `scheduled` is left alone, so running its job again does nothing. When the channel cannot be
 * reached it tries again in RETRY_MINUTES, for at most six hours after the planned time.
 */
export async function publishPost(deps: CoreDeps, postId: string): Promise<PublishOutcome> {
  const busy = flying(deps);
  if (busy.has(postId)) return 'skipped';
  busy.add(postId);
  try {
    const post = await deps.storage.starterPosts.get(postId);
    if (!post || post.status !== 'scheduled') return 'skipped';
    const group = await deps.storage.groups.get(post.groupId);
    const starter = await loadPostText(deps, post, DEFAULT_LANGUAGE);
    if (!group || !starter) {
      await giveUp(deps, post, group ? 'starter gone' : 'group gone');
      return 'failed';
    }
    const now = deps.clock.now();
    const posted: StarterPost = { ...post, status: 'posted', postedAt: now.toISOString() };
    // Saved before the platform call: a crash halfway loses this post rather than posting it twice.
    await deps.storage.starterPosts.save(posted);
    if (await postToGroup(deps, group, channelPostCard(posted, starter, translator(DEFAULT_LANGUAGE)))) {
      deps.logger.info('starters: posted', { postId, groupId: group.id });
      await scheduleNudgeSuggestion(deps, posted);
      return 'posted';
    }
    await deps.storage.starterPosts.save(post);
    if (now.getTime() - Date.parse(post.scheduledFor ?? post.createdAt) > GIVE_UP_MS) {
      await giveUp(deps, post, 'channel unreachable');
      await tellCreator(deps, post);
      return 'failed';
    }
    deps.scheduler.schedule(postJobId(post.id), new Date(now.getTime() + RETRY_MINUTES * 60_000));
    return 'retrying';
  } finally {
    busy.delete(postId);
  }
}

/** The scheduler woke a `post:` job. */
export async function runPostJob(deps: CoreDeps, jobId: string): Promise<void> {
  const postId = jobId.slice(POST_JOB_PREFIX.length);
  try {
    await publishPost(deps, postId);
  } catch (error) {
    deps.logger.error('starters: publishing failed, trying again later', { postId, error: error instanceof Error ? error.message : String(error) });
    deps.scheduler.schedule(jobId, new Date(deps.clock.now().getTime() + RETRY_MINUTES * 60_000));
  }
}

/** At start: schedules every post still `scheduled` again (a past time runs at once); returns how many. */
export async function rearmPosts(deps: CoreDeps): Promise<number> {
  let armed = 0;
  for (const post of await deps.storage.starterPosts.listScheduled()) {
    if (post.status !== 'scheduled') continue;
    deps.scheduler.schedule(postJobId(post.id), new Date(post.scheduledFor ?? deps.clock.now().toISOString()));
    armed++;
  }
  return armed;
}
