import type { Language } from '../../i18n/languages.js';
import { button, text, type CardBlock, type ChoiceInput, type OutboundMessage } from '../../model/message.js';
import { NEEDS_FORMS, NEEDS_LIMITS, NEEDS_PLACES, NEEDS_THEMES, NEEDS_WAYS, type NeedsAnswer } from './needs.js';
import type { NeedsT } from './needs-translate.js';
import { saveValue, ownValue, type AnswerMode } from '../starters/answer-cards.js';

/** Action ids of needs rounds. */
export const NEEDS_ACTIONS = {
  /** Start form submit; inputs `closes`, `anonymous` (yes|no). */
  start: 'needs.start',
  /** value: round id; sends the named form. */
  fill: 'needs.fill',
  /** value: round id; sends the anonymous form (with a fresh secret). */
  fillAnonymous: 'needs.fill.anonymous',
  /** value: `<roundId>|named` or `<roundId>|anonymous:<secret>`; the form's inputs. */
  save: 'needs.save',
  /** value: round id (named) or the edit secret (anonymous); the form again, prefilled. */
  edit: 'needs.edit',
  /** value: as edit; sets the suggested learning question. */
  rephraseAccept: 'needs.rephrase.accept',
  /** value: as edit; a small form to edit the suggestion. */
  rephraseEdit: 'needs.rephrase.edit',
  /** value: as edit; input `learningQuestion`. */
  rephraseSave: 'needs.rephrase.save',
  /** value: as edit; keeps the answer without a learning question. */
  rephraseKeep: 'needs.rephrase.keep',
  /** value: round id; facilitators only: a private CSV download link (24 h). */
  exportResults: 'needs.results.export',
} as const;

export { saveValue, ownValue, type AnswerMode };

/** The facilitator's start form: closing date and whether anonymous answers are allowed. */
export function startForm(t: NeedsT, closes = '', error?: string): OutboundMessage {
  const blocks: CardBlock[] = [];
  if (error) blocks.push(text(error));
  blocks.push(
    text(t('needs.start.intro')),
    { type: 'input', id: 'closes', label: t('needs.start.closes'), required: true, maxLength: 20, ...(closes ? { value: closes } : {}) },
    {
      type: 'choice',
      id: 'anonymous',
      label: t('needs.start.anonymous'),
      style: 'expanded',
      value: 'yes',
      options: [
        { value: 'yes', label: t('needs.start.yes') },
        { value: 'no', label: t('needs.start.no') },
      ],
    },
  );
  return {
    text: error ?? t('needs.start.title'),
    card: { title: t('needs.start.title'), blocks, actions: [button(NEEDS_ACTIONS.start, t('needs.start.submit'), { style: 'primary' })] },
  };
}

/** The private invitation each member gets: "Invullen" and, when allowed, "Anoniem invullen". */
export function invitation(t: NeedsT, roundId: string, group: string, date: string, allowAnonymous: boolean): OutboundMessage {
  const line = t('needs.invite.text', { group, date });
  const blocks: CardBlock[] = [text(line)];
  if (allowAnonymous) blocks.push(text(t('needs.invite.anonymousNote'), true));
  const actions = [button(NEEDS_ACTIONS.fill, t('needs.button.fill'), { value: roundId, style: 'primary' })];
  if (allowAnonymous) actions.push(button(NEEDS_ACTIONS.fillAnonymous, t('needs.button.fillAnonymous'), { value: roundId }));
  return { text: line, card: { title: t('needs.invite.title'), blocks, actions } };
}

/** What the form holds, typed or read back. */
export interface NeedsFormValues {
  learnWhat?: string;
  themes?: string[];
  otherTheme?: string;
  ways?: string[];
  nowPlace?: string;
  nowForm?: string;
  wantedPlace?: string;
  wantedForm?: string;
}

/** The values of a stored answer, for a prefilled form. */
export const valuesOf = (a: NeedsAnswer): NeedsFormValues => ({
  learnWhat: a.learnWhat,
  themes: a.themes,
  ...(a.otherTheme ? { otherTheme: a.otherTheme } : {}),
  ways: a.ways,
  nowPlace: a.position.now.place,
  nowForm: a.position.now.form,
  wantedPlace: a.position.wanted.place,
  wantedForm: a.position.wanted.form,
});

const choice = (id: string, label: string, options: ChoiceInput['options'], value: string | string[] | undefined, multi: boolean): ChoiceInput => ({
  type: 'choice',
  id,
  label,
  options,
  ...(multi ? { multi: true, style: 'expanded' as const } : { style: 'compact' as const, required: true }),
  ...(value !== undefined && (!Array.isArray(value) || value.length > 0) ? { value } : {}),
});

/** The two-minute form: learnWhat, themes, other theme, ways and the four positioning choices; in a dialog. */
export function needsForm(t: NeedsT, language: Language, roundId: string, mode: AnswerMode, values: NeedsFormValues = {}, error?: string): OutboundMessage {
  const heading = t(mode.kind === 'named' ? 'needs.form.named' : 'needs.form.anonymous');
  const places = NEEDS_PLACES.map((p) => ({ value: p, label: t(`needs.place.${p}`) }));
  const forms = NEEDS_FORMS.map((f) => ({ value: f, label: t(`needs.form.${f}`) }));
  const blocks: CardBlock[] = [];
  if (error) blocks.push(text(error));
  blocks.push(
    text(t(mode.kind === 'named' ? 'needs.form.noteNamed' : 'needs.form.noteAnonymous'), true),
    { type: 'input', id: 'learnWhat', label: t('needs.form.learnWhat'), multiline: true, maxLength: NEEDS_LIMITS.learnWhat, ...(values.learnWhat ? { value: values.learnWhat } : {}) },
    choice('themes', t('needs.form.themes'), NEEDS_THEMES.map((x) => ({ value: x.id, label: x.label[language] })), values.themes, true),
    { type: 'input', id: 'otherTheme', label: t('needs.form.otherTheme'), maxLength: NEEDS_LIMITS.otherTheme, ...(values.otherTheme ? { value: values.otherTheme } : {}) },
    choice('ways', t('needs.form.ways'), NEEDS_WAYS.map((x) => ({ value: x.id, label: x.label[language] })), values.ways, true),
    choice('nowPlace', t('needs.form.nowPlace'), places, values.nowPlace, false),
    choice('nowForm', t('needs.form.nowForm'), forms, values.nowForm, false),
    choice('wantedPlace', t('needs.form.wantedPlace'), places, values.wantedPlace, false),
    choice('wantedForm', t('needs.form.wantedForm'), forms, values.wantedForm, false),
  );
  return {
    text: error ?? heading,
    card: { title: heading, presentation: 'dialog', blocks, actions: [button(NEEDS_ACTIONS.save, t('needs.form.save'), { value: saveValue(roundId, mode), style: 'primary' })] },
  };
}

/**
 * The private confirmation. For an anonymous answer the "Aanpassen" button carries the edit secret: this message
 * is the only place the secret is shown, and only to its author.
 */
export function savedMessage(t: NeedsT, roundId: string, mode: AnswerMode, replaced: boolean, date: string): OutboundMessage {
  const line = mode.kind === 'anonymous' ? t('needs.answer.savedAnonymous') : replaced ? t('needs.answer.updated') : t('needs.answer.saved', { date });
  return { text: line, card: { blocks: [text(line)], actions: [button(NEEDS_ACTIONS.edit, t('needs.answer.button.edit'), { value: ownValue(roundId, mode) })] } };
}

/** The offer to turn a help question into a learning question. */
export function rephraseOffer(t: NeedsT, value: string, question: string): OutboundMessage {
  const line = t('needs.rephrase.offer', { question });
  return {
    text: line,
    card: {
      blocks: [text(line)],
      actions: [
        button(NEEDS_ACTIONS.rephraseAccept, t('needs.rephrase.accept'), { value, style: 'primary' }),
        button(NEEDS_ACTIONS.rephraseEdit, t('needs.rephrase.edit'), { value }),
        button(NEEDS_ACTIONS.rephraseKeep, t('needs.rephrase.keep'), { value }),
      ],
    },
  };
}

/** The small form to edit the suggested learning question. */
export function rephraseForm(t: NeedsT, value: string, question: string, error?: string): OutboundMessage {
  const blocks: CardBlock[] = [];
  if (error) blocks.push(text(error));
  blocks.push({ type: 'input', id: 'learningQuestion', label: t('needs.rephrase.field'), multiline: true, maxLength: NEEDS_LIMITS.learningQuestion, value: question });
  return {
    text: error ?? t('needs.rephrase.field'),
    card: { title: t('needs.rephrase.field'), presentation: 'dialog', blocks, actions: [button(NEEDS_ACTIONS.rephraseSave, t('needs.rephrase.save'), { value, style: 'primary' })] },
  };
}
