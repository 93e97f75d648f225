import type { Language } from '../../i18n/languages.js';
import type { Translate } from '../../i18n/translate.js';
import { button, text, type CardBlock, type OutboundMessage } from '../../model/message.js';
import type { Group } from '../groups/group.js';
import { DETAIL_LIMITS, type MomentDetails } from './moment-details.js';
import { MOMENT_ACTIONS } from './moment.js';
import { formatDay, formatWhen, localDay, skippedLine } from './moment-text.js';
import { closedDayOf, type Proposal } from './read-when.js';

/** What the planning form shows when it opens: empty, or the values of a plan being adjusted. */
export interface PlanFormValues {
  details?: MomentDetails;
  whenText?: string;
}

/** The planning form (title, when as text, place, online link, agenda, what to prepare). */
export function planForm(t: Translate, submitValue: string, values: PlanFormValues = {}, problem?: string): OutboundMessage {
  const d = values.details;
  const blocks: CardBlock[] = [
    ...(problem ? [text(problem)] : []),
    { type: 'input', id: 'title', label: t('plan.form.title'), placeholder: t('moment.defaultTitle'), maxLength: DETAIL_LIMITS.title, ...(d?.title ? { value: d.title } : {}) },
    { type: 'input', id: 'when', label: t('plan.form.when'), placeholder: t('plan.form.whenHint'), maxLength: 300, required: true, ...(values.whenText ? { value: values.whenText } : {}) },
    { type: 'input', id: 'place', label: t('plan.form.place'), maxLength: DETAIL_LIMITS.place, ...(d?.place ? { value: d.place } : {}) },
    { type: 'input', id: 'online', label: t('plan.form.online'), placeholder: 'https://…', maxLength: DETAIL_LIMITS.onlineUrl, ...(d?.onlineUrl ? { value: d.onlineUrl } : {}) },
    { type: 'input', id: 'agenda', label: t('plan.form.agenda'), placeholder: t('plan.form.agendaHint'), multiline: true, maxLength: DETAIL_LIMITS.agenda, ...(d?.agenda ? { value: d.agenda } : {}) },
    { type: 'input', id: 'prepare', label: t('plan.form.prepare'), placeholder: t('plan.form.prepareHint'), multiline: true, maxLength: DETAIL_LIMITS.prepare, ...(d?.prepare ? { value: d.prepare } : {}) },
  ];
  return {
    text: t('plan.form.heading'),
    // The first button is the dialog's submit (Slack modals).
    card: { title: t('plan.form.heading'), presentation: 'dialog', blocks, actions: [button(MOMENT_ACTIONS.planSubmit, t('plan.form.submit'), { value: submitValue, style: 'primary' })] },
  };
}

/** The detail facts shared by confirmations and announcements: place, online link. */
export function placeFacts(details: MomentDetails, t: Translate): Array<{ label: string; value: string }> {
  return [
    ...(details.place ? [{ label: t('moment.place'), value: details.place }] : []),
    ...(details.onlineUrl ? [{ label: t('moment.online'), value: details.onlineUrl }] : []),
  ];
}

/** Agenda and preparation as text blocks (they can be long, so not facts). */
export function agendaBlocks(details: MomentDetails, t: Translate): CardBlock[] {
  return [
    ...(details.agenda ? [text(`*${t('moment.agenda')}*\n${details.agenda}`)] : []),
    ...(details.prepare ? [text(`*${t('moment.prepare')}*\n${details.prepare}`)] : []),
  ];
}

/** The list of a series' dates, one per line. */
export const slotLines = (proposal: Pick<Proposal, 'slots'>, zone: string, language: Language): string =>
  proposal.slots.map((s, i) => `${i + 1}. ${formatWhen({ ...s, zone }, language)}`).join('\n');

/** The confirmation shown before anything is saved: every resolved date, what was skipped and why, and warnings. */
export function planConfirmation(draftId: string, details: MomentDetails, proposal: Proposal, group: Group, t: Translate, language: Language): OutboundMessage {
  const zone = group.timeZone;
  const blocks: CardBlock[] = [];
  const facts = [{ label: t('moment.title'), value: details.title }, { label: t('moment.group'), value: group.name }];
  if (proposal.kind === 'single') facts.push({ label: t('moment.when'), value: formatWhen({ ...proposal.slots[0]!, zone }, language) });
  else facts.push({ label: t('moment.when'), value: t('plan.confirm.seriesCount', { count: proposal.slots.length }) });
  facts.push(...placeFacts(details, t));
  blocks.push({ type: 'facts', facts });
  if (proposal.kind === 'series') blocks.push(text(`*${t('plan.confirm.dates')}*\n${slotLines(proposal, zone, language)}`));
  if (proposal.skipped.length > 0) {
    blocks.push(text(`*${t('plan.confirm.skipped')}*\n${proposal.skipped.map((s) => `• ${skippedLine(s, language)}`).join('\n')}`));
  }
  if (proposal.truncated) blocks.push(text(t('plan.confirm.truncated', { count: proposal.slots.length })));
  const closed = proposal.kind === 'single' ? closedDayOf(proposal.slots[0]!, group) : undefined;
  if (closed) blocks.push(text(t('plan.confirm.closedDay', { date: formatDay(localDay(proposal.slots[0]!.start, zone), language), reason: closed.name[language] })));
  if (proposal.timeUncertain) blocks.push(text(t('plan.confirm.afternoon', { time: formatWhen({ ...proposal.slots[0]!, zone }, language) })));
  blocks.push(...agendaBlocks(details, t));
  blocks.push(text(t('plan.confirm.footer'), true));
  const lines = [t('plan.confirm.heading'), ...facts.map((f) => `${f.label}: ${f.value}`)];
  if (proposal.kind === 'series') lines.push(slotLines(proposal, zone, language));
  return {
    text: lines.join('\n'),
    card: {
      title: t('plan.confirm.heading'),
      blocks,
      actions: [
        button(MOMENT_ACTIONS.planConfirm, t('plan.confirm.ok'), { value: draftId, style: 'primary' }),
        button(MOMENT_ACTIONS.planEdit, t('plan.confirm.edit'), { value: draftId }),
        button(MOMENT_ACTIONS.planCancel, t('plan.confirm.cancel'), { value: draftId, style: 'danger' }),
      ],
    },
  };
}
