import type { CoreDeps } from '../../../app/context.js';
import { ANSWER_MAX } from '../answer-cards.js';
import { saveAnonymousAnswer as saveAnonymous } from '../answer-store.js';
import type { StarterAnswer, StarterPost } from '../starter.js';

/*
 * Sharing at the end of a guided reflection creates the StarterAnswer through the same savers as the answer form
 * (answer-store.ts): named answers one per person and post, anonymous ones without personKey, with only the day and
 * the hash of a secret that only the author receives.
 */

/** One entry per question, trimmed and clipped; missing ones are '' (skipped). */
export function normalizeTexts(texts: ReadonlyArray<string | null | undefined>, questions: number): string[] {
  return Array.from({ length: questions }, (_, i) => (texts[i] ?? '').trim().slice(0, ANSWER_MAX));
}

/** True when at least one question has an answer. */
export const hasContent = (texts: ReadonlyArray<string | null | undefined>): boolean => texts.some((t) => (t ?? '').trim() !== '');

/** Shares a named answer exactly as the answer form does (one per person and post). */
export { saveNamedAnswer } from '../answer-store.js';

/** Shares an anonymous answer exactly as the answer form does, under a fresh secret for the author alone; once per person and post. */
export async function saveAnonymousAnswer(
  deps: CoreDeps,
  post: StarterPost,
  texts: string[],
  zone: string,
  author: string,
): Promise<{ answer: StarterAnswer; secret: string } | { refused: 'already-answered' | 'not-found' }> {
  return saveAnonymous(deps, post, texts, zone, author);
}
