import type { Language } from '../../i18n/languages.js';
import { button, text, type CardBlock, type OutboundMessage, type TextBlock } from '../../model/message.js';
import { VISIT_ACTIONS } from './visit-actions.js';
import { hostName, pupilNote, slotText, visitFacts, visitorsText, type VisitView } from './visit-reminder-facts.js';
import type { VisitsKey } from './visits-messages.js';
import type { VisitsT } from './visits-translate.js';
import { VISIT_LIMITS, type Visit } from './visit.js';

/** Which side of a visit a person is on. */
export type Side = 'visitor' | 'host';

/** The side of `personKey` in a visit, or undefined when they do not take part. */
export const sideOf = (visit: Pick<Visit, 'visitorKeys' | 'hostKey'>, personKey: string): Side | undefined =>
  visit.visitorKeys.includes(personKey) ? 'visitor' : visit.hostKey === personKey ? 'host' : undefined;

/** One question of a form: the input id (also the stored answer's key) and its text. */
export interface Question {
  id: string;
  key: VisitsKey;
}

/**
 * The preparation questions per side, after the Flexio handbook's four (what to learn or see; questions to take
 * along; what the host wants to show; practical points for a smooth visit).
 */
export const PREP_QUESTIONS: Record<Side, readonly Question[]> = {
  visitor: [
    { id: 'learn', key: 'visits.prep.q.learn' },
    { id: 'questions', key: 'visits.prep.q.questions' },
    { id: 'practical', key: 'visits.prep.q.practical' },
  ],
  host: [
    { id: 'show', key: 'visits.prep.q.show' },
    { id: 'feedback', key: 'visits.prep.q.feedback' },
    { id: 'practical', key: 'visits.prep.q.hostPractical' },
  ],
};

/** The names a question's text may mention. */
export const questionParams = (view: VisitView, t: VisitsT): Record<string, string> => ({ host: hostName(view), visitors: visitorsText(view, t) });

/** Text inputs for a set of questions, prefilled with `values`. */
export function questionInputs(questions: readonly Question[], params: Record<string, string>, t: VisitsT, values: Record<string, string>): CardBlock[] {
  return questions.map((q) => ({
    type: 'input' as const,
    id: q.id,
    label: t(q.key, params),
    multiline: true,
    maxLength: VISIT_LIMITS.answer,
    ...(values[q.id] ? { value: values[q.id] } : {}),
  }));
}

/** The preparation form for one participant; prefilled with their earlier answers, or the visitor's learning question. */
export function prepForm(view: VisitView, personKey: string, t: VisitsT, language: Language, values?: Record<string, string>, error?: string): OutboundMessage {
  const side = sideOf(view.visit, personKey) ?? 'visitor';
  const params = { ...questionParams(view, t), when: slotText(view, language, t) };
  const own = view.questions.find((q) => q.visitorKey === personKey)?.text;
  const prefill = values ?? view.visit.prep[personKey]?.answers ?? (side === 'visitor' && own ? { learn: own } : {});
  const intro = t(side === 'visitor' ? 'visits.prep.introVisitor' : 'visits.prep.introHost', params);
  return {
    text: `${t('visits.prep.title')}: ${intro}`,
    card: {
      title: t('visits.prep.title'),
      blocks: [
        ...(error ? [text(error)] : []),
        text(intro),
        visitFacts(view, t, language),
        pupilNote(t),
        ...questionInputs(PREP_QUESTIONS[side], params, t, prefill),
      ],
      actions: [button(VISIT_ACTIONS.prepSubmit, t('visits.prep.submit'), { value: view.visit.id, style: 'primary' })],
      presentation: 'dialog',
    },
  };
}

/** One side's preparation as question-and-answer lines, in the reader's language. */
export function prepAnswerBlocks(view: VisitView, fromKey: string, answers: Record<string, string>, t: VisitsT): TextBlock[] {
  const side = sideOf(view.visit, fromKey) ?? 'visitor';
  const params = questionParams(view, t);
  return PREP_QUESTIONS[side].filter((q) => answers[q.id]).map((q) => text(`*${t(q.key, params)}*\n${answers[q.id]}`));
}

/** What the other side receives when someone saved their preparation. */
export function prepSharedMessage(view: VisitView, fromKey: string, answers: Record<string, string>, again: boolean, t: VisitsT, language: Language): OutboundMessage {
  const name = view.names[fromKey] ?? '?';
  const intro = t(again ? 'visits.prep.sharedAgain' : 'visits.prep.shared', { name, when: slotText(view, language, t) });
  const blocks = prepAnswerBlocks(view, fromKey, answers, t);
  return {
    text: [intro, ...blocks.map((b) => b.text)].join('\n'),
    card: { title: t('visits.prep.sharedTitle', { name }), blocks: [text(intro), ...blocks] },
  };
}
