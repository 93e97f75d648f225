import type { CoreDeps } from '../../../app/context.js';
import { newId } from '../../../model/ids.js';
import { ANSWER_MAX } from '../answer-cards.js';
import { editKeyHash, newEditSecret, sha256Hex } from '../edit-key.js';
import { dayIn } from '../post-times.js';
import type { StarterAnswer, StarterPost } from '../starter.js';

/*
 * Sharing at the end of a guided reflection creates the StarterAnswer exactly as the answer form does (answers.ts):
 * named answers one per person and post under the same id, anonymous ones without personKey, with only the day and
 * the hash of a secret that only the author receives. answers.ts keeps its own savers private to its handlers;
 * these take the same steps on the same exported pieces (edit-key.ts, post-times.ts, answer-cards.ts).
 */

/** One entry per question, trimmed and clipped; missing ones are '' (skipped). */
export function normalizeTexts(texts: ReadonlyArray<string | null | undefined>, questions: number): string[] {
  return Array.from({ length: questions }, (_, i) => (texts[i] ?? '').trim().slice(0, ANSWER_MAX));
}

/** True when at least one question has an answer. */
export const hasContent = (texts: ReadonlyArray<string | null | undefined>): boolean => texts.some((t) => (t ?? '').trim() !== '');

/** Same id as the answer form gives a named answer: it follows from post and person, so there is only ever one. */
const namedAnswerId = async (postId: string, personKey: string): Promise<string> => `ans_${(await sha256Hex(`${postId}|${personKey}`)).slice(0, 20)}`;

/** Saves a named answer: replaces the person's earlier named answer to the post (keeping its id and creation time). */
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
 * Saves an anonymous answer: no person key, only the day (in the group's zone) as its time, and the hash of a fresh
 * secret that is returned once, to be given to the author alone (it lets them see, edit or delete the answer).
 */
export async function saveAnonymousAnswer(deps: CoreDeps, post: StarterPost, texts: string[], zone: string): Promise<{ answer: StarterAnswer; secret: string }> {
  const secret = newEditSecret();
  const day = dayIn(deps.clock.now(), zone);
  const answer: StarterAnswer = {
    id: newId('ans'),
    postId: post.id,
    groupId: post.groupId,
    anonymous: true,
    editKeyHash: await editKeyHash(secret),
    texts,
    createdAt: day,
    updatedAt: day,
  };
  await deps.storage.starterAnswers.save(answer);
  deps.logger.info('starters: anonymous answer saved', { postId: post.id });
  return { answer, secret };
}
