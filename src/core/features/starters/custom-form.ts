import type { Translate } from '../../i18n/translate.js';
import { button, text, type CardBlock, type OutboundMessage } from '../../model/message.js';
import { inputValue } from '../moments/moment-text.js';
import { STARTER_LIMITS, STARTER_PHASES, type CustomStarter, type StarterPhase } from './starter.js';
import { STARTER_ACTIONS } from './starter-actions.js';

/** The texts of an own starter as a facilitator typed them (also what the form shows again after a refusal). */
export interface CustomDraft {
  title: string;
  intro: string;
  phase: string;
  tags: string;
  questions: string[];
}

/** The checked fields of an own starter. */
export type CustomFields = Pick<CustomStarter, 'title' | 'phase' | 'tags' | 'questions'> & { intro?: string };

/** Phase preselected in a new form: most own prompts are reflection prompts. */
const DEFAULT_PHASE: StarterPhase = 'reflecting';

/** Reads the form's inputs as typed. */
export function draftFromInputs(inputs: Record<string, string | string[]>): CustomDraft {
  return {
    title: inputValue(inputs['title']),
    intro: inputValue(inputs['intro']),
    phase: inputValue(inputs['phase']),
    tags: inputValue(inputs['tags']),
    questions: Array.from({ length: STARTER_LIMITS.questions }, (_, i) => inputValue(inputs[`q${i}`])),
  };
}

/** An own starter as the form shows it for editing. */
export const draftOf = (custom: CustomStarter): CustomDraft => ({
  title: custom.title,
  intro: custom.intro ?? '',
  phase: custom.phase,
  tags: custom.tags.join(', '),
  questions: custom.questions,
});

/** Tags as stored: trimmed, lower case, without empty ones or doubles. */
export const readTags = (raw: string): string[] => [...new Set(raw.split(',').map((tag) => tag.trim().toLowerCase()).filter((tag) => tag !== ''))];

const isPhase = (value: string): value is StarterPhase => (STARTER_PHASES as readonly string[]).includes(value);

/** Checks a typed starter against STARTER_LIMITS; every problem is named at once, in the person's language. */
export function validateCustom(draft: CustomDraft, t: Translate): { ok: true; fields: CustomFields } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const title = draft.title.trim();
  const intro = draft.intro.trim();
  if (title === '') errors.push(t('starters.custom.error.title'));
  else if (title.length > STARTER_LIMITS.title) errors.push(t('starters.custom.error.titleLong', { length: title.length, max: STARTER_LIMITS.title }));
  if (intro.length > STARTER_LIMITS.intro) errors.push(t('starters.custom.error.introLong', { length: intro.length, max: STARTER_LIMITS.intro }));
  const phase = draft.phase.trim();
  if (!isPhase(phase)) errors.push(t('starters.custom.error.phase'));
  const typed = draft.questions.map((q) => q.trim());
  // Numbered as in the form, so "Vraag 3" is the third field even when the second was left empty.
  typed.forEach((q, i) => {
    if (q.length > STARTER_LIMITS.question) errors.push(t('starters.custom.error.questionLong', { n: i + 1, length: q.length, max: STARTER_LIMITS.question }));
  });
  const questions = typed.filter((q) => q !== '');
  if (questions.length === 0) errors.push(t('starters.custom.error.noQuestion'));
  const tags = readTags(draft.tags);
  if (tags.length > STARTER_LIMITS.tags) errors.push(t('starters.custom.error.tooManyTags', { count: tags.length, max: STARTER_LIMITS.tags }));
  for (const tag of tags) if (tag.length > STARTER_LIMITS.tag) errors.push(t('starters.custom.error.tagLong', { tag, max: STARTER_LIMITS.tag }));
  if (errors.length > 0 || !isPhase(phase)) return { ok: false, errors };
  return { ok: true, fields: { title, ...(intro ? { intro } : {}), phase, tags, questions } };
}

/**
 * The form for an own starter; `submit` is `new:<groupId>` or `edit:<customId>`. After a refusal it is
 * shown again with what was typed and the problems on top, so nothing has to be typed twice.
 */
export function customForm(t: Translate, submit: string, draft?: CustomDraft, errors: string[] = []): OutboundMessage {
  const heading = t(submit.startsWith('edit:') ? 'starters.custom.heading.edit' : 'starters.custom.heading.new');
  const value = (v: string | undefined): { value?: string } => (v ? { value: v } : {});
  const blocks: CardBlock[] = [];
  if (errors.length > 0) blocks.push(text(errors.join('\n')));
  blocks.push(
    text(t('starters.custom.intro'), true),
    { type: 'input', id: 'title', label: t('starters.custom.field.title'), maxLength: STARTER_LIMITS.title, required: true, ...value(draft?.title) },
    { type: 'input', id: 'intro', label: t('starters.custom.field.intro'), multiline: true, maxLength: STARTER_LIMITS.intro, ...value(draft?.intro) },
    {
      type: 'choice',
      id: 'phase',
      label: t('starters.field.phase'),
      style: 'compact',
      required: true,
      options: STARTER_PHASES.map((p) => ({ value: p, label: t(`starters.phase.${p}`) })),
      value: draft && isPhase(draft.phase) ? draft.phase : DEFAULT_PHASE,
    },
    { type: 'input', id: 'tags', label: t('starters.custom.field.tags'), placeholder: t('starters.custom.field.tagsHint'), ...value(draft?.tags) },
  );
  for (let i = 0; i < STARTER_LIMITS.questions; i++) {
    blocks.push({
      type: 'input',
      id: `q${i}`,
      label: t('starters.custom.field.question', { n: i + 1 }),
      multiline: true,
      maxLength: STARTER_LIMITS.question,
      ...(i === 0 ? { required: true } : {}),
      ...value(draft?.questions[i]),
    });
  }
  return {
    text: errors.length > 0 ? errors.join('\n') : heading,
    card: { title: heading, presentation: 'dialog', blocks, actions: [button(STARTER_ACTIONS.customSave, t('starters.custom.save'), { value: submit, style: 'primary' })] },
  };
}
