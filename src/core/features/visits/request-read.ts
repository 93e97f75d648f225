import { z } from 'zod';
import type { Inputs } from './request-inputs.js';
import { inputValue } from '../moments/moment-text.js';
import { lineOf, textOf } from './visit-text.js';
import { NEEDS_THEMES } from '../needs/needs.js';
import type { RequestFormValues } from './request-cards.js';
import { freeFromInputs, many, WEEK_CHOICES } from './request-time.js';
import { VISIT_FORMS, VISIT_LENSES, VISIT_LIMITS, VISIT_SCOPES, type VisitRequest } from './visit.js';
import type { VisitsT } from './visits-translate.js';

const THEME_IDS = NEEDS_THEMES.map((x) => x.id) as [string, ...string[]];

/** The request form's fields once they are valid. */
const requestFields = z.object({
  question: z.string().min(1).max(VISIT_LIMITS.learningQuestion),
  themes: z.array(z.enum(THEME_IDS)).max(20),
  lens: z.enum(VISIT_LENSES),
  lensOwn: z.string().max(VISIT_LIMITS.lensOwn),
  form: z.enum(VISIT_FORMS),
  scope: z.enum(VISIT_SCOPES),
  free: z.array(z.object({ weekday: z.number(), period: z.number() })).min(1).max(40),
  weeks: z.enum(WEEK_CHOICES),
  trio: z.enum(['yes', 'no']),
});

/** What a valid request form gives. */
export type RequestFields = Pick<VisitRequest, 'learningQuestion' | 'themes' | 'lens' | 'form' | 'scope' | 'free' | 'trio'> & { lensOwn?: string; weeks: number };

/** The request form's inputs as form values (for showing them again). */
export function requestValues(inputs: Inputs): RequestFormValues {
  return {
    question: textOf(inputs['question']),
    themes: [...new Set(many(inputs['themes']))].filter((x) => THEME_IDS.includes(x)),
    lens: inputValue(inputs['lens']),
    lensOwn: lineOf(inputs['lensOwn']),
    form: inputValue(inputs['form']),
    scope: inputValue(inputs['scope']),
    halfDays: many(inputs['halfDays']),
    periods: many(inputs['periods']),
    weeks: inputValue(inputs['weeks']),
    trio: inputValue(inputs['trio']) || 'no',
  };
}

/** Validates the request form; the error is in the person's language and names the first problem. */
export function readRequest(t: VisitsT, values: RequestFormValues): { ok: true; fields: RequestFields } | { ok: false; error: string } {
  const parsed = requestFields.safeParse({
    question: values.question ?? '',
    themes: values.themes ?? [],
    lens: values.lens,
    lensOwn: values.lensOwn ?? '',
    form: values.form,
    scope: values.scope,
    free: freeFromInputs(values.halfDays ?? [], values.periods ?? []),
    weeks: values.weeks,
    trio: values.trio,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0]);
    if (field === 'question')
      return { ok: false, error: (values.question ?? '') === '' ? t('visits.request.error.question') : t('visits.request.tooLong', { field: t('visits.request.question'), length: values.question!.length, max: VISIT_LIMITS.learningQuestion }) };
    if (field === 'lensOwn') return { ok: false, error: t('visits.request.tooLong', { field: t('visits.request.lensOwn'), length: values.lensOwn!.length, max: VISIT_LIMITS.lensOwn }) };
    if (field === 'free') return { ok: false, error: t('visits.request.error.free') };
    return { ok: false, error: t('visits.request.error.choice', { field: t(FIELD_LABELS[field] ?? 'visits.request.title') }) };
  }
  const f = parsed.data;
  if (f.lens === 'own' && f.lensOwn === '') return { ok: false, error: t('visits.request.error.lensOwn') };
  // A visit to another school cannot be found within one's own school: no host would ever match.
  if (f.form === 'other-school' && f.scope === 'own-school') {
    return { ok: false, error: t('visits.flow.otherSchoolOwnScope', { form: t('visits.form.other-school'), where: t('visits.request.scope'), network: t('visits.scope.network') }) };
  }
  return {
    ok: true,
    fields: {
      learningQuestion: f.question,
      themes: f.themes,
      lens: f.lens,
      ...(f.lens === 'own' ? { lensOwn: f.lensOwn } : {}),
      form: f.form,
      scope: f.scope,
      free: f.free,
      weeks: Number(f.weeks),
      trio: f.trio === 'yes',
    },
  };
}

const FIELD_LABELS: Record<string, Parameters<VisitsT>[0]> = {
  themes: 'visits.request.themes',
  lens: 'visits.request.lens',
  form: 'visits.request.form',
  scope: 'visits.request.scope',
  weeks: 'visits.request.weeks',
  trio: 'visits.request.trio',
};
