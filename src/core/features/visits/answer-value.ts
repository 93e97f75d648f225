import { z } from 'zod';
import { button, text, type ActionButton, type CardBlock, type TextInput } from '../../model/message.js';
import { VISIT_ACTIONS } from './visit-actions.js';
import type { Visit } from './visit.js';
import type { VisitsKey } from './visits-messages.js';
import type { VisitsT } from './visits-translate.js';

/** The longest decline reason passed on. */
export const REASON_MAX = 300;

/**
 * The value of a proposal's answer buttons: `<visitId>|<sequence>`. A counter-proposal or a move raises the sequence
 * and replaces the slots, so a click on an older card is recognised and never picks from the new slots by index.
 */
export const answerValue = (visit: Pick<Visit, 'id' | 'sequence'>): string => `${visit.id}|${visit.sequence}`;

const valueSchema = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9_-]+(\|\d{1,6})?$/)
  .transform((value) => {
    const [visitId, sequence] = value.split('|');
    return { visitId: visitId!, ...(sequence !== undefined ? { sequence: Number(sequence) } : {}) };
  });

/**
 * Reads an answer button's value; undefined when forged. A bare visit id (cards sent before the sequence was added)
 * has no sequence and counts as stale.
 */
export function readAnswerValue(value: string | undefined): { visitId: string; sequence?: number } | undefined {
  const parsed = valueSchema.safeParse(value ?? '');
  return parsed.success ? parsed.data : undefined;
}

/** Labels of the answer buttons; the host's first card and later proposals word them differently. */
export interface AnswerLabels {
  accept: VisitsKey;
  counter: VisitsKey;
  decline: VisitsKey;
}

/** The optional decline reason every proposal card carries, so a "no" can always say why. */
export const reasonInput = (t: VisitsT): TextInput => ({ type: 'input', id: 'reason', label: t('visits.answer.reasonLabel'), maxLength: REASON_MAX, placeholder: t('visits.answer.reasonHint') });

/** The reason input with the pupil-data note next to it (a reason is free text too). */
export const reasonBlocks = (t: VisitsT): CardBlock[] => [reasonInput(t), text(t('visits.pupilNote'), true)];

/** Accept, another time and decline for the visit's current sequence. */
export function answerButtons(t: VisitsT, visit: Pick<Visit, 'id' | 'sequence'>, labels: AnswerLabels, only?: ReadonlyArray<'accept' | 'counter' | 'decline'>): ActionButton[] {
  const value = answerValue(visit);
  const all: Array<['accept' | 'counter' | 'decline', ActionButton]> = [
    ['accept', button(VISIT_ACTIONS.accept, t(labels.accept), { value, style: 'primary' })],
    ['counter', button(VISIT_ACTIONS.counter, t(labels.counter), { value, ...(only && !only.includes('accept') ? { style: 'primary' as const } : {}) })],
    // Keeping the agreed time (the "no" to a move) ends nothing, so it is not styled as a danger.
    ['decline', button(VISIT_ACTIONS.decline, t(labels.decline), { value, ...(labels.decline !== 'visits.answer.keepOld' ? { style: 'danger' as const } : {}) })],
  ];
  return all.filter(([kind]) => !only || only.includes(kind)).map(([, b]) => b);
}
