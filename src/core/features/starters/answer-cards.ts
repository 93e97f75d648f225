import type { Language } from '../../i18n/languages.js';
import type { Translate } from '../../i18n/translate.js';
import { button, text, type CardBlock, type OutboundMessage } from '../../model/message.js';
import { dayIn, formatDate } from './post-times.js';
import type { StarterAnswer } from './starter.js';
import { STARTER_ACTIONS } from './starter-actions.js';
import type { StarterText } from './starter-text.js';

/** Longest answer to one question. */
export const ANSWER_MAX = 2000;

/**
 * Whose answer a form or view is about: the person's named answer, or an anonymous one that only its
 * edit secret leads to. A new anonymous form carries a fresh secret too, so submitting it twice saves one answer.
 */
export type AnswerMode = { kind: 'named' } | { kind: 'anonymous'; secret?: string };

/** The answer form's submit value: `<postId>|named`, `<postId>|anonymous` or `<postId>|anonymous:<secret>`. */
export function saveValue(postId: string, mode: AnswerMode): string {
  if (mode.kind === 'named') return `${postId}|named`;
  return mode.secret ? `${postId}|anonymous:${mode.secret}` : `${postId}|anonymous`;
}

/** Reads a submit value; undefined when malformed. */
export function parseSaveValue(value: string | undefined): { postId: string; mode: AnswerMode } | undefined {
  const match = /^([\w-]{1,80})\|(named|anonymous)(?::([\w-]{32}))?$/.exec(value ?? '');
  if (!match) return undefined;
  const postId = match[1]!;
  if (match[2] === 'named') return match[3] === undefined ? { postId, mode: { kind: 'named' } } : undefined;
  return { postId, mode: match[3] ? { kind: 'anonymous', secret: match[3] } : { kind: 'anonymous' } };
}

/** The value of "Mijn antwoord", "Aanpassen" and "Verwijderen": the post id for a named answer, the secret for an anonymous one. */
export const ownValue = (postId: string, mode: AnswerMode): string => (mode.kind === 'anonymous' && mode.secret ? mode.secret : postId);

/** The private form with one field per question, prefilled when editing; `error` on top after a refusal. */
export function answerForm(starter: StarterText, postId: string, mode: AnswerMode, t: Translate, texts: string[] = [], error?: string): OutboundMessage {
  const heading = t(mode.kind === 'named' ? 'starters.answer.form.named' : 'starters.answer.form.anonymous');
  const blocks: CardBlock[] = [];
  if (error) blocks.push(text(error));
  blocks.push(text(`*${starter.title}*`));
  if (starter.intro) blocks.push(text(starter.intro));
  blocks.push(text(t(mode.kind === 'named' ? 'starters.answer.form.noteNamed' : 'starters.answer.form.noteAnonymous'), true));
  starter.questions.forEach((question, i) => {
    const value = texts[i];
    blocks.push({ type: 'input', id: `q${i}`, label: `${i + 1}. ${question}`, multiline: true, maxLength: ANSWER_MAX, ...(value ? { value } : {}) });
  });
  return {
    text: error ?? `${heading}: ${starter.title}`,
    card: {
      title: heading,
      presentation: 'dialog',
      blocks,
      actions: [button(STARTER_ACTIONS.answerSave, t('starters.answer.save'), { value: saveValue(postId, mode), style: 'primary' })],
    },
  };
}

/** When an answer was last changed, as a day: named answers keep the instant, anonymous ones only the day. */
const changedOn = (answer: StarterAnswer, zone: string, language: Language): string => {
  const day = answer.updatedAt.length === 10 ? answer.updatedAt : dayIn(new Date(answer.updatedAt), zone);
  return formatDate(day, language);
};

/** One's own answer, question by question, with "Aanpassen" and "Verwijderen". */
export function answerView(starter: StarterText, answer: StarterAnswer, mode: AnswerMode, t: Translate, language: Language, zone: string): OutboundMessage {
  const heading = t(mode.kind === 'named' ? 'starters.answer.view.named' : 'starters.answer.view.anonymous');
  const blocks: CardBlock[] = [text(`*${starter.title}*`)];
  const lines: string[] = [];
  starter.questions.forEach((question, i) => {
    const written = answer.texts[i]?.trim();
    blocks.push(text(`*${i + 1}. ${question}*`), text(written || t('starters.answer.view.skipped'), !written));
    lines.push(`${i + 1}. ${question}`, written || t('starters.answer.view.skipped'));
  });
  blocks.push(text(t('starters.answer.view.updated', { date: changedOn(answer, zone, language) }), true));
  if (mode.kind === 'anonymous') blocks.push(text(t('starters.answer.view.anonymousNote'), true));
  const value = ownValue(answer.postId, mode);
  return {
    text: [heading, starter.title, ...lines].join('\n'),
    card: {
      title: heading,
      blocks,
      actions: [
        button(STARTER_ACTIONS.answerEdit, t('starters.answer.button.edit'), { value, style: 'primary' }),
        button(STARTER_ACTIONS.answerDelete, t('starters.answer.button.delete'), { value, style: 'danger' }),
      ],
    },
  };
}

/**
 * The private confirmation after saving. For an anonymous answer its buttons carry the edit secret: this
 * message is the only place the secret is ever shown, and only to the author.
 */
export function savedMessage(title: string, postId: string, mode: AnswerMode, updated: boolean, t: Translate): OutboundMessage {
  if (mode.kind === 'named') {
    const line = t(updated ? 'starters.answer.updated' : 'starters.answer.saved', { title });
    return { text: line, card: { blocks: [text(line)], actions: [button(STARTER_ACTIONS.answerMine, t('starters.answer.button.mine'), { value: postId })] } };
  }
  const line = updated ? t('starters.answer.updatedAnonymous', { title }) : t('starters.answer.savedAnonymous');
  const value = ownValue(postId, mode);
  return {
    text: line,
    card: {
      blocks: [text(line)],
      actions: [
        button(STARTER_ACTIONS.answerMine, t('starters.answer.button.mineAnonymous'), { value }),
        button(STARTER_ACTIONS.answerDelete, t('starters.answer.button.delete'), { value, style: 'danger' }),
      ],
    },
  };
}
