import type { Language } from '../../i18n/languages.js';
import { button, text, type ActionButton, type CardBlock, type OutboundMessage } from '../../model/message.js';
import type { Group } from '../groups/group.js';
import { groupChoice, themeChoice } from './request-cards.js';
import { freeTimeInputs } from './request-time.js';
import { VISIT_ACTIONS } from './visit-actions.js';
import { VISIT_LIMITS, type HostOffer } from './visit.js';
import type { VisitsT } from './visits-translate.js';

/** What the offer form holds, typed or read back. */
export interface OfferFormValues {
  themes?: string[];
  show?: string;
  halfDays?: string[];
  periods?: string[];
  maxVisitors?: string;
  groupId?: string;
}

/** The host form: themes, what they can show, welcome periods, visitors at once; pause/resume when an offer exists. */
export function offerForm(t: VisitsT, language: Language, groups: Group[], values: OfferFormValues, existing?: HostOffer, error?: string): OutboundMessage {
  const blocks: CardBlock[] = [];
  if (error) blocks.push(text(`⚠️ ${error}`));
  blocks.push(text(t(existing ? 'visits.offer.introExisting' : 'visits.offer.intro')));
  if (groups.length > 1) blocks.push(groupChoice(t('visits.request.group'), groups, values.groupId));
  blocks.push(
    themeChoice(t('visits.offer.themes'), language, values.themes),
    { type: 'input', id: 'show', label: t('visits.offer.show'), placeholder: t('visits.offer.showHint'), multiline: true, maxLength: VISIT_LIMITS.show, ...(values.show ? { value: values.show } : {}) },
    text(t('visits.pupilNote'), true),
    ...freeTimeInputs(t, language, values, { halfDays: t('visits.offer.halfDays'), periods: t('visits.offer.periods') }),
    {
      type: 'choice',
      id: 'maxVisitors',
      label: t('visits.offer.maxVisitors'),
      style: 'expanded',
      required: true,
      value: values.maxVisitors ?? '1',
      options: ['1', '2', '3'].map((n) => ({ value: n, label: n })),
    },
  );
  const only = groups.length === 1 ? groups[0]!.id : undefined;
  const actions: ActionButton[] = [button(VISIT_ACTIONS.offerSubmit, t('visits.offer.submit'), { style: 'primary', ...(only ? { value: only } : {}) })];
  return { text: error ?? t('visits.offer.title'), card: { title: t('visits.offer.title'), blocks, actions, presentation: 'dialog' } };
}

/** A small card with the pause or resume button of an existing offer, apart from the form (a dialog keeps only its submit button). */
export function offerStatusCard(t: VisitsT, offer: HostOffer): OutboundMessage {
  const date = offer.pausedUntil?.split('-').reverse().join('/');
  const line = offer.paused ? (date ? t('visits.offer.pausedUntil', { date }) : t('visits.offer.paused')) : t('visits.offer.running');
  const action = offer.paused
    ? button(VISIT_ACTIONS.offerResume, t('visits.offer.resumeButton'), { value: offer.groupId })
    : button(VISIT_ACTIONS.offerPause, t('visits.offer.pauseButton'), { value: offer.groupId });
  return { text: line, card: { blocks: [text(line)], actions: [action] } };
}
