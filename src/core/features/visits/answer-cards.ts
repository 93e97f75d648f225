import { button, text, type CardBlock, type OutboundMessage } from '../../model/message.js';
import { slotText } from './answer-format.js';
import { answerDay } from './ask-cards.js';
import type { Reader } from './answer-send.js';
import { answerButtons, answerValue, reasonBlocks, type AnswerLabels } from './answer-value.js';
import { VISIT_ACTIONS } from './visit-actions.js';
import type { Language } from '../../i18n/languages.js';
import { periodsText } from './flow-words.js';
import { DEFAULT_TIMETABLE, HALF_DAYS, VISIT_LIMITS, type Visit, type VisitForm } from './visit.js';
import type { VisitsT } from './visits-translate.js';

/** The answer buttons' labels on every proposal after the host's first card. */
export const ANSWER_LABELS: AnswerLabels = { accept: 'visits.answer.accept', counter: 'visits.answer.counter', decline: 'visits.answer.decline' };

/** On a move the "no" keeps the time already agreed, so it says so. */
export const MOVE_LABELS: AnswerLabels = { ...ANSWER_LABELS, decline: 'visits.answer.keepOld' };

/** True when a proposal moves a visit that already had an agreed time (its "no" keeps that time). */
export const isMove = (visit: Pick<Visit, 'status' | 'slot'>): boolean => visit.status === 'proposed' && visit.slot !== undefined;

/** The form of a visit in words. */
export const formLabel = (t: VisitsT, form: VisitForm): string => t(`visits.form.${form}` as const);

/** The periods one can counter-propose: each lesson period, or a whole morning or afternoon. */
export const COUNTER_CHOICES = ['1', '2', '3', '4', '5', '6', '7', '8', 'am', 'pm'] as const;

/**
 * A proposal to answer (after a counter-proposal or a move): the time(s), with accept, another time and decline.
 * `indices` picks which of the proposed slots are still on offer; their values stay the index into `proposedSlots`.
 */
export function proposalCard(r: Reader, visit: Visit, opts: { intro: string; learningQuestion?: string; indices?: number[] }): OutboundMessage {
  const { t } = r;
  const indices = opts.indices ?? visit.proposedSlots.map((_, i) => i);
  const options = indices.map((i) => ({ value: String(i), label: slotText(visit.proposedSlots[i]!, r.zone, r.language) }));
  const facts = [
    { label: t('visits.answer.formLabel'), value: formLabel(t, visit.form) },
    ...(opts.learningQuestion ? [{ label: t('visits.answer.question'), value: opts.learningQuestion }] : []),
    ...(options.length === 1 ? [{ label: t('visits.answer.when'), value: options[0]!.label }] : []),
    ...(visit.answerBy ? [{ label: t('visits.answer.answerBy'), value: answerDay(visit.answerBy, r.language, r.zone) }] : []),
  ];
  const blocks: CardBlock[] = [text(opts.intro), { type: 'facts', facts }];
  if (options.length > 1) blocks.push({ type: 'choice', id: 'slot', label: t('visits.answer.pickSlot'), options, style: 'expanded', value: options[0]!.value });
  // A "no" to a move keeps the agreed time, so there is no reason to pass on; cancelling is its own, confirmed step.
  const move = isMove(visit);
  if (!move) blocks.push(...reasonBlocks(t));
  const lines = [opts.intro, ...facts.map((f) => t('visits.answer.factLine', { label: f.label, value: f.value })), ...(options.length > 1 ? options.map((o) => `• ${o.label}`) : [])];
  return {
    text: lines.join('\n'),
    card: {
      title: t('visits.answer.proposalTitle'),
      blocks,
      actions: [
        ...answerButtons(t, visit, move ? MOVE_LABELS : ANSWER_LABELS),
        ...(move ? [button(VISIT_ACTIONS.cancel, t('visits.answer.cancelVisit'), { value: visit.id })] : []),
      ],
    },
  };
}

/** The values a counter-proposal form is shown again with. */
export interface CounterValues {
  date?: string;
  when?: string;
}

/** The form to propose another time: a day (dd/mm) and a period or half-day. */
export function counterForm(t: VisitsT, language: Language, visit: Pick<Visit, 'id' | 'sequence'>, values: CounterValues = {}, error?: string): OutboundMessage {
  const options = COUNTER_CHOICES.map((c) => {
    const periods: number[] = c === 'am' || c === 'pm' ? [...HALF_DAYS[c]] : [+c];
    const from = DEFAULT_TIMETABLE.find((x) => x.period === periods[0])!;
    const to = DEFAULT_TIMETABLE.find((x) => x.period === periods[periods.length - 1])!;
    return { value: c, label: `${periodsText(periods, language)} (${from.start}–${to.end})` };
  });
  const blocks: CardBlock[] = [
    ...(error ? [text(`⚠️ ${error}`)] : []),
    text(t('visits.answer.counterIntro')),
    { type: 'input', id: 'date', label: t('visits.answer.dateLabel'), placeholder: t('visits.answer.dateHint'), required: true, maxLength: 20, ...(values.date ? { value: values.date } : {}) },
    { type: 'choice', id: 'when', label: t('visits.answer.whenLabel'), options, style: 'compact', required: true, ...(values.when ? { value: values.when } : {}) },
  ];
  return {
    text: [error, t('visits.answer.counterIntro')].filter(Boolean).join('\n'),
    card: {
      title: t('visits.answer.counterTitle'),
      blocks,
      actions: [button(VISIT_ACTIONS.counterSubmit, t('visits.answer.counterSend'), { value: answerValue(visit), style: 'primary' })],
      presentation: 'dialog',
    },
  };
}

/** The longest decline reason passed on (defined with the reason input). */
export { REASON_MAX } from './answer-value.js';
/** The longest cover note (the storage limit). */
export const COVER_NOTE_MAX = VISIT_LIMITS.coverNote;
