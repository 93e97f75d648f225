import { textOf } from './visit-text.js';
import type { Question } from './prep-form.js';
import { VISIT_LIMITS } from './visit.js';

/** A form's free-text answers, trimmed; empty ones left out. */
export type Answers = Record<string, string>;

/** The answers to `questions` from a submit, or why they cannot be saved (nothing filled in, an answer too long). */
export function readAnswers(
  inputs: Record<string, string | string[]>,
  questions: readonly Pick<Question, 'id'>[],
): { ok: true; answers: Answers; values: Answers } | { ok: false; reason: 'empty' | 'too-long'; values: Answers } {
  const values: Answers = {};
  for (const q of questions) {
    const value = textOf(inputs[q.id]);
    if (value) values[q.id] = value;
  }
  if (Object.values(values).some((v) => v.length > VISIT_LIMITS.answer)) return { ok: false, reason: 'too-long', values };
  if (Object.keys(values).length === 0) return { ok: false, reason: 'empty', values };
  return { ok: true, answers: values, values };
}

/** True when a choice input holds `value` (a list, or a comma-separated string as some channels send it). */
export function chose(input: string | string[] | undefined, value: string): boolean {
  const all = Array.isArray(input) ? input : (input ?? '').split(',');
  return all.map((v) => v.trim()).includes(value);
}
