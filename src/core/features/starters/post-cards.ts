import type { Translate } from '../../i18n/translate.js';
import { button, text, type ActionButton, type CardBlock, type OutboundMessage } from '../../model/message.js';
import type { Group } from '../groups/group.js';
import type { StarterPost } from './starter.js';
import { STARTER_ACTIONS } from './starter-actions.js';
import type { StarterText } from './starter-text.js';

/** How a post goes out: the choices of the posting form. */
export const POST_WHEN = ['now', 'at', 'weekly'] as const;

/** One of POST_WHEN. */
export type PostWhen = (typeof POST_WHEN)[number];

/** What the posting form shows again after a refusal. */
export interface PostFormState {
  when: PostWhen;
  at: string;
  allowAnonymous: boolean;
}

/**
 * The posting form for a starter in a group: now, at a set time, or weekly until the next moment
 * (`nextMoment` names it, or is undefined when none is planned), and whether anonymous answers are allowed.
 */
export function postForm(formValue: string, title: string, group: Group, nextMoment: string | undefined, t: Translate, state?: PostFormState, error?: string): OutboundMessage {
  const heading = t('starters.post.heading', { title });
  const blocks: CardBlock[] = [];
  if (error) blocks.push(text(error));
  blocks.push(
    text(t('starters.post.where', { group: group.name })),
    {
      type: 'choice',
      id: 'when',
      label: t('starters.post.when'),
      style: 'expanded',
      required: true,
      options: [
        { value: 'now', label: t('starters.post.when.now') },
        { value: 'at', label: t('starters.post.when.at') },
        { value: 'weekly', label: nextMoment ? t('starters.post.when.weekly', { date: nextMoment }) : t('starters.post.when.weeklyNone') },
      ],
      value: state?.when ?? 'now',
    },
    { type: 'input', id: 'at', label: t('starters.post.at'), placeholder: t('starters.post.atHint'), maxLength: 200, ...(state?.at ? { value: state.at } : {}) },
    {
      type: 'choice',
      id: 'anonymous',
      label: t('starters.post.anonymous'),
      style: 'expanded',
      required: true,
      options: [
        { value: 'yes', label: t('starters.post.anonymous.yes') },
        { value: 'no', label: t('starters.post.anonymous.no') },
      ],
      value: state?.allowAnonymous ? 'yes' : 'no',
    },
  );
  return {
    text: error ?? heading,
    card: { title: heading, presentation: 'dialog', blocks, actions: [button(STARTER_ACTIONS.postSubmit, t('starters.post.submit'), { value: formValue, style: 'primary' })] },
  };
}

/**
 * The post in the group's channel (in the group's language): the starter's texts, numbered questions and the
 * buttons to answer, to answer anonymously when allowed, and to reflect step by step. Every value is the post id.
 */
export function channelPostCard(post: StarterPost, starter: StarterText, t: Translate): OutboundMessage {
  const questions = starter.questions.map((q, i) => `${i + 1}. ${q}`);
  const blocks: CardBlock[] = [];
  if (starter.intro) blocks.push(text(starter.intro));
  blocks.push(text(questions.join('\n')));
  blocks.push(text(t(post.allowAnonymous ? 'starters.card.noteAnonymous' : 'starters.card.noteNamed'), true));
  const actions: ActionButton[] = [button(STARTER_ACTIONS.answer, t('starters.card.answer'), { value: post.id, style: 'primary' })];
  if (post.allowAnonymous) actions.push(button(STARTER_ACTIONS.answerAnonymous, t('starters.card.answerAnonymous'), { value: post.id }));
  actions.push(button(STARTER_ACTIONS.reflect, t('starters.card.reflect'), { value: post.id }));
  return { text: [starter.title, ...questions].join('\n'), card: { title: starter.title, blocks, actions } };
}
