import type { Translate } from '../../../i18n/translate.js';
import { button, text, type ActionButton, type CardBlock, type OutboundMessage } from '../../../model/message.js';
import { STARTER_ACTIONS } from '../starter-actions.js';
import type { Reflection, StarterPost } from '../starter.js';
import type { StarterText } from '../starter-text.js';
import { ANSWER_MAX } from '../answer-cards.js';

/** A reflection's navigation value: the post and the question the card shows, so a click on an older card is recognised. */
export const stepValue = (postId: string, index: number): string => `${postId}|${index}`;

/** Reads `<postId>` or `<postId>|<index>`. */
export function parseStepValue(value: string | undefined): { postId: string; index?: number } | undefined {
  const match = /^([\w-]{1,100})(?:\|(\d{1,2}))?$/.exec(value ?? '');
  if (!match) return undefined;
  return { postId: match[1]!, ...(match[2] !== undefined ? { index: Number(match[2]) } : {}) };
}

/** One question, with the person's saved text (if any) to edit. */
export function questionCard(post: StarterPost, starter: StarterText, reflection: Reflection, t: Translate, lead?: string): OutboundMessage {
  const count = starter.questions.length;
  const index = Math.min(reflection.index, count - 1);
  const question = starter.questions[index] ?? '';
  const saved = reflection.texts[index];
  const blocks: CardBlock[] = [];
  if (lead) blocks.push(text(lead));
  else if (index === 0 && reflection.texts.every((x) => x === null)) blocks.push(text(t('reflection.intro'), true));
  blocks.push(text(t('reflection.progress', { n: index + 1, count }), true));
  blocks.push(text(`*${question}*`));
  blocks.push({
    type: 'input',
    id: 'text',
    label: t('reflection.input'),
    placeholder: t('reflection.placeholder'),
    multiline: true,
    maxLength: ANSWER_MAX,
    ...(saved ? { value: saved } : {}),
  });
  const value = stepValue(post.id, index);
  const actions: ActionButton[] = [button(STARTER_ACTIONS.reflectNext, t('reflection.button.next'), { value, style: 'primary' })];
  if (index > 0) actions.push(button(STARTER_ACTIONS.reflectBack, t('reflection.button.back'), { value }));
  actions.push(button(STARTER_ACTIONS.reflectSkip, t('reflection.button.skip'), { value }));
  actions.push(button(STARTER_ACTIONS.reflectStop, t('reflection.button.stop'), { value }));
  return {
    text: `${t('reflection.progress', { n: index + 1, count })}: ${question}`,
    card: { title: t('reflection.heading', { title: starter.title }), blocks, actions },
  };
}

/** The person's own answers together, for the end of the reflection and when they come back to it. */
export function ownAnswerBlocks(starter: StarterText, texts: ReadonlyArray<string | null>, t: Translate): CardBlock[] {
  return starter.questions.map((question, i) => {
    const answer = (texts[i] ?? '').trim();
    return text(`${t('reflection.end.question', { n: i + 1, question })}\n${answer === '' ? t('reflection.end.skipped') : answer}`);
  });
}

/** The end: the person's answers and the choice to share them (by name, anonymously when allowed) or keep them. */
export function endCard(post: StarterPost, starter: StarterText, reflection: Reflection, t: Translate, lead?: string): OutboundMessage {
  const blocks: CardBlock[] = [];
  if (lead) blocks.push(text(lead));
  blocks.push(...ownAnswerBlocks(starter, reflection.texts, t));
  blocks.push(text(t('reflection.end.choose')));
  if (post.allowAnonymous) blocks.push(text(t('reflection.end.anonymousNote'), true));
  const actions: ActionButton[] = [button(STARTER_ACTIONS.reflectShare, t('reflection.share.named'), { value: `${post.id}|named`, style: 'primary' })];
  if (post.allowAnonymous) actions.push(button(STARTER_ACTIONS.reflectShare, t('reflection.share.anonymous'), { value: `${post.id}|anonymous` }));
  actions.push(button(STARTER_ACTIONS.reflectShare, t('reflection.share.private'), { value: `${post.id}|private` }));
  actions.push(button(STARTER_ACTIONS.reflectBack, t('reflection.button.back'), { value: stepValue(post.id, starter.questions.length) }));
  return { text: t('reflection.end.heading', { title: starter.title }), card: { title: t('reflection.end.heading', { title: starter.title }), blocks, actions } };
}

/** The card for where the reflection is now: a question, or the end. */
export function currentCard(post: StarterPost, starter: StarterText, reflection: Reflection, t: Translate, lead?: string): OutboundMessage {
  return reflection.index >= starter.questions.length ? endCard(post, starter, reflection, t, lead) : questionCard(post, starter, reflection, t, lead);
}
