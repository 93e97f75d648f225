import type { Language } from '../../i18n/languages.js';
import { button, text, type CardBlock, type OutboundMessage } from '../../model/message.js';
import type { Group } from '../groups/group.js';
import { NEEDS_THEMES } from '../needs/needs.js';
import { freeTimeInputs, WEEK_CHOICES } from './request-time.js';
import { VISIT_ACTIONS } from './visit-actions.js';
import { VISIT_FORMS, VISIT_LENSES, VISIT_LIMITS, VISIT_SCOPES, type VisitScope } from './visit.js';
import type { VisitsT } from './visits-translate.js';

/** What the request form holds, typed or read back. */
export interface RequestFormValues {
  question?: string;
  themes?: string[];
  lens?: string;
  lensOwn?: string;
  form?: string;
  scope?: string;
  halfDays?: string[];
  periods?: string[];
  weeks?: string;
  trio?: string;
  groupId?: string;
}

/** The themes as a compact multi choice (a dropdown in Teams and Slack: eleven checkboxes made the form too long). */
export const themeChoice = (label: string, language: Language, value: string[] | undefined) => ({
  type: 'choice' as const,
  id: 'themes',
  label,
  multi: true,
  style: 'compact' as const,
  options: NEEDS_THEMES.map((x) => ({ value: x.id, label: x.label[language] })),
  ...(value?.length ? { value } : {}),
});

/** A group choice, when the person is in several groups. */
export const groupChoice = (label: string, groups: Group[], value: string | undefined) => ({
  type: 'choice' as const,
  id: 'group',
  label,
  style: 'compact' as const,
  required: true,
  options: groups.map((g) => ({ value: g.id, label: g.name })),
  ...(value ? { value } : {}),
});

/**
 * The scope a new request starts with: a PLG is one school's team, so its own school; a network, the whole network.
 * With several groups and none picked yet, own school only when every group is a PLG.
 */
export function defaultScope(groups: Group[], groupId?: string): VisitScope {
  const picked = groups.find((g) => g.id === groupId);
  const which = picked ? [picked] : groups;
  return which.length > 0 && which.every((g) => g.kind === 'plg') ? 'own-school' : 'network';
}

/** The visitor's request form: question, themes, lens, form, scope, free time, period, trio and (several groups) the group. */
export function requestForm(t: VisitsT, language: Language, groups: Group[], values: RequestFormValues, error?: string): OutboundMessage {
  const blocks: CardBlock[] = [];
  if (error) blocks.push(text(`⚠️ ${error}`));
  blocks.push(text(t('visits.request.intro')));
  if (groups.length > 1) blocks.push(groupChoice(t('visits.request.group'), groups, values.groupId));
  blocks.push(
    {
      type: 'input',
      id: 'question',
      label: t('visits.request.question'),
      placeholder: t('visits.request.questionHint'),
      multiline: true,
      required: true,
      maxLength: VISIT_LIMITS.learningQuestion,
      ...(values.question ? { value: values.question } : {}),
    },
    text(t('visits.pupilNote'), true),
    themeChoice(t('visits.request.themes'), language, values.themes),
    {
      type: 'choice',
      id: 'lens',
      label: t('visits.request.lens'),
      style: 'expanded',
      required: true,
      value: values.lens ?? 'methods',
      options: VISIT_LENSES.map((l) => ({ value: l, label: t(`visits.lens.${l}`) })),
    },
    { type: 'input', id: 'lensOwn', label: t('visits.request.lensOwn'), maxLength: VISIT_LIMITS.lensOwn, ...(values.lensOwn ? { value: values.lensOwn } : {}) },
    {
      type: 'choice',
      id: 'form',
      label: t('visits.request.form'),
      style: 'expanded',
      required: true,
      value: values.form ?? 'observe',
      options: VISIT_FORMS.map((f) => ({ value: f, label: t(`visits.form.${f}`) })),
    },
    {
      type: 'choice',
      id: 'scope',
      label: t('visits.request.scope'),
      style: 'expanded',
      required: true,
      value: values.scope ?? defaultScope(groups, values.groupId),
      options: VISIT_SCOPES.map((s) => ({ value: s, label: t(`visits.scope.${s}`) })),
    },
    ...freeTimeInputs(t, language, values, { halfDays: t('visits.request.halfDays'), periods: t('visits.request.periods') }),
    {
      type: 'choice',
      id: 'weeks',
      label: t('visits.request.weeks'),
      style: 'compact',
      required: true,
      value: values.weeks ?? '6',
      options: WEEK_CHOICES.map((w) => ({ value: w, label: t('visits.request.weeksOption', { weeks: w }) })),
    },
    {
      type: 'choice',
      id: 'trio',
      label: t('visits.request.trio'),
      style: 'expanded',
      value: values.trio ?? 'yes',
      options: [
        { value: 'yes', label: t('visits.request.yes') },
        { value: 'no', label: t('visits.request.no') },
      ],
    },
  );
  const only = groups.length === 1 ? groups[0]!.id : undefined;
  return {
    text: error ?? t('visits.request.title'),
    card: {
      title: t('visits.request.title'),
      blocks,
      actions: [button(VISIT_ACTIONS.requestSubmit, t('visits.request.submit'), { style: 'primary', ...(only ? { value: only } : {}) })],
      presentation: 'dialog',
    },
  };
}
