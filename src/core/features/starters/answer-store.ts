import type { CoreDeps } from '../../app/context.js';
import { newId, newToken } from '../../model/ids.js';
import { editKeyHash, newEditSecret, sha256Hex } from './edit-key.js';
import { dayIn } from './post-times.js';
import type { StarterAnswer, StarterPost } from './starter.js';

/*
 * Anonymity: an anonymous answer is stored without personKey, with only the day it was written (in the group's
 * zone), and with the SHA-256 of a secret that only its author receives. Its id is random and its log line names
 * the post only. These savers are the one way answers are written (the answer form and guided reflection).
 */

/** A named answer's id follows from post and person, so saving twice (even at once) keeps one answer. */
export const namedAnswerId = async (postId: string, personKey: string): Promise<string> => `ans_${(await sha256Hex(`${postId}|${personKey}`)).slice(0, 20)}`;

/** Saves a person's named answer to a post; saving again replaces the texts and keeps id and creation time. */
export async function saveNamedAnswer(deps: CoreDeps, post: StarterPost, personKey: string, texts: string[]): Promise<{ answer: StarterAnswer; replaced: boolean }> {
  const now = deps.clock.now().toISOString();
  const existing = await deps.storage.starterAnswers.findNamed(post.id, personKey);
  const answer: StarterAnswer = {
    id: existing?.id ?? (await namedAnswerId(post.id, personKey)),
    postId: post.id,
    groupId: post.groupId,
    anonymous: false,
    personKey,
    texts,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  await deps.storage.starterAnswers.save(answer);
  deps.logger.info('starters: answer saved', { postId: post.id });
  return { answer, replaced: existing !== undefined };
}

/** The salted mark of a person on a post (see StarterPost.anonymousMarks); undefined before the post has a salt. */
async function markOf(post: StarterPost, personKey: string): Promise<string | undefined> {
  return post.anonymousSalt ? sha256Hex(`${post.anonymousSalt}|${personKey}`) : undefined;
}

/** True when this person already answered the post anonymously (the mark says so, not which answer). */
export async function answeredAnonymously(post: StarterPost, personKey: string): Promise<boolean> {
  const mark = await markOf(post, personKey);
  return mark !== undefined && (post.anonymousMarks ?? []).includes(mark);
}

/** Why a new anonymous answer was not saved. */
export type AnonymousRefusal = { refused: 'already-answered' | 'not-found' };

/**
 * Saves an anonymous answer: the one `secret` leads to (texts replaced), or a new one under a fresh secret, once
 * per person and post. Resolves the secret to hand to the author alone. `author` is used only for the post's
 * unlinked mark, never stored with the answer.
 */
export async function saveAnonymousAnswer(
  deps: CoreDeps,
  post: StarterPost,
  texts: string[],
  zone: string,
  author: string,
  secret: string = newEditSecret(),
): Promise<{ answer: StarterAnswer; secret: string; replaced: boolean } | AnonymousRefusal> {
  const hash = await editKeyHash(secret);
  const existing = await deps.storage.starterAnswers.findByEditKeyHash(hash);
  if (existing && (!existing.anonymous || existing.postId !== post.id)) return { refused: 'not-found' };
  const day = dayIn(deps.clock.now(), zone);
  if (!existing) {
    const current = (await deps.storage.starterPosts.get(post.id)) ?? post;
    if (await answeredAnonymously(current, author)) return { refused: 'already-answered' };
    const salt = current.anonymousSalt ?? newToken();
    const mark = await sha256Hex(`${salt}|${author}`);
    // Marks are kept sorted so their order says nothing about who answered first.
    await deps.storage.starterPosts.save({ ...current, anonymousSalt: salt, anonymousMarks: [...(current.anonymousMarks ?? []), mark].sort() });
  }
  const answer: StarterAnswer = existing
    ? { ...existing, texts, updatedAt: day }
    : { id: newId('ans'), postId: post.id, groupId: post.groupId, anonymous: true, editKeyHash: hash, texts, createdAt: day, updatedAt: day };
  await deps.storage.starterAnswers.save(answer);
  deps.logger.info('starters: anonymous answer saved', { postId: post.id });
  return { answer, secret, replaced: existing !== undefined };
}
