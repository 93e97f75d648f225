import type { CoreDeps } from '../../app/context.js';
import { newId } from '../../model/ids.js';
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

/**
 * Saves an anonymous answer: a new one (under `secret`, or a fresh secret), or the one `secret` leads to, whose
 * texts are replaced. Resolves the secret to hand to the author alone, or undefined when the secret belongs to an
 * answer of another post.
 */
export async function saveAnonymousAnswer(
  deps: CoreDeps,
  post: StarterPost,
  texts: string[],
  zone: string,
  secret: string = newEditSecret(),
): Promise<{ answer: StarterAnswer; secret: string; replaced: boolean } | undefined> {
  const hash = await editKeyHash(secret);
  const existing = await deps.storage.starterAnswers.findByEditKeyHash(hash);
  if (existing && (!existing.anonymous || existing.postId !== post.id)) return undefined;
  const day = dayIn(deps.clock.now(), zone);
  const answer: StarterAnswer = existing
    ? { ...existing, texts, updatedAt: day }
    : { id: newId('ans'), postId: post.id, groupId: post.groupId, anonymous: true, editKeyHash: hash, texts, createdAt: day, updatedAt: day };
  await deps.storage.starterAnswers.save(answer);
  deps.logger.info('starters: anonymous answer saved', { postId: post.id });
  return { answer, secret, replaced: existing !== undefined };
}
