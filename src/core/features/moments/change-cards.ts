import type { Language } from '../../i18n/languages.js';
import type { Translate } from '../../i18n/translate.js';
import { button, text, type CardBlock, type OutboundMessage } from '../../model/message.js';
import type { SkippedDate } from './calendar/index.js';
import { calendarLinks, rsvpButtons } from './moment-cards.js';
import { MOMENT_ACTIONS, type ChangeScope, type Moment } from './moment.js';
import { formatDay, formatWhen, localDay, skippedLine } from './moment-text.js';
import type { Slot } from './read-when.js';

/** The form asking for a moment's new time (one moment, or this and all following of a series). */
export function moveForm(moment: Moment, scope: ChangeScope, t: Translate, language: Language, problem?: string, typed?: string): OutboundMessage {
  const intro = t(scope === 'one' ? 'move.form.one' : 'move.form.following', { title: moment.title, when: formatWhen(moment, language) });
  const blocks: CardBlock[] = [
    ...(problem ? [text(problem)] : []),
    text(intro),
    {
      type: 'input',
      id: 'when',
      label: t('plan.form.when'),
      placeholder: t(scope === 'one' ? 'move.form.hintOne' : 'move.form.hintFollowing'),
      maxLength: 300,
      required: true,
      ...(typed ? { value: typed } : {}),
    },
  ];
  return {
    text: intro,
    card: {
      title: t('move.form.heading'),
      presentation: 'dialog',
      blocks,
      actions: [button(MOMENT_ACTIONS.moveSubmit, t('move.form.submit'), { value: `${moment.id}|${scope}`, style: 'primary' })],
    },
  };
}

/** What a confirmed move will do: which moments get a new time, which are added, which lapse. */
export interface MovePlan {
  updates: Array<{ id: string } & Slot>;
  creates: Slot[];
  cancels: string[];
  skipped: SkippedDate[];
}

const confirmButtons = (draftId: string, t: Translate, danger: boolean) => [
  button(MOMENT_ACTIONS.changeConfirm, t(danger ? 'cancel.confirm.ok' : 'move.confirm.ok'), { value: draftId, style: danger ? 'danger' : 'primary' }),
  button(MOMENT_ACTIONS.changeAbort, t('change.confirm.keep'), { value: draftId }),
];

/** The confirmation of a move: old and new times, skipped dates, and that members will be told. */
export function moveConfirmation(draftId: string, moment: Moment, plan: MovePlan, closedWarning: string | undefined, t: Translate, language: Language): OutboundMessage {
  const zone = moment.zone;
  const slots = [...plan.updates, ...plan.creates].sort((a, b) => a.start.localeCompare(b.start));
  const lines = slots.map((s, i) => `${i + 1}. ${formatWhen({ ...s, zone }, language)}`);
  const blocks: CardBlock[] = [
    { type: 'facts', facts: [{ label: t('moment.title'), value: moment.title }, { label: t('move.confirm.from'), value: formatWhen(moment, language) }] },
    text(`*${t('move.confirm.to')}*\n${lines.join('\n')}`),
  ];
  if (plan.skipped.length > 0) blocks.push(text(`*${t('plan.confirm.skipped')}*\n${plan.skipped.map((s) => `• ${skippedLine(s, language)}`).join('\n')}`));
  if (plan.cancels.length > 0) blocks.push(text(t('move.confirm.lapse', { count: plan.cancels.length })));
  if (closedWarning) blocks.push(text(closedWarning));
  blocks.push(text(t('move.confirm.footer'), true));
  const heading = t('move.confirm.heading');
  return { text: [heading, `${moment.title}: ${formatWhen(moment, language)} →`, ...lines].join('\n'), card: { title: heading, blocks, actions: confirmButtons(draftId, t, false) } };
}

/** The confirmation of a cancellation, with an optional reason for the members. */
export function cancelConfirmation(draftId: string, targets: Moment[], t: Translate, language: Language): OutboundMessage {
  const first = targets[0]!;
  const heading = t('cancel.confirm.heading');
  const intro = targets.length === 1 ? t('cancel.confirm.one', { title: first.title, when: formatWhen(first, language) }) : t('cancel.confirm.following', { title: first.title, count: targets.length, from: formatWhen(first, language) });
  return {
    text: `${heading}\n${intro}`,
    card: {
      title: heading,
      blocks: [text(intro), { type: 'input', id: 'reason', label: t('cancel.confirm.reason'), maxLength: 300 }, text(t('cancel.confirm.footer'), true)],
      actions: confirmButtons(draftId, t, true),
    },
  };
}

/** The direct message and channel post after a move. */
export function moveNotice(before: Moment, after: Moment[], lapsed: number, publicUrl: string, t: Translate, language: Language): OutboundMessage {
  const first = after[0]!;
  const lines =
    after.length === 1 && lapsed === 0
      ? [t('move.notice.one', { title: before.title, from: formatWhen(before, language), to: formatWhen(first, language) })]
      : [
          t('move.notice.following', { title: before.title, from: formatDay(localDay(before.start, before.zone), language) }),
          ...after.map((m, i) => `${i + 1}. ${formatWhen(m, language)}`),
          ...(lapsed > 0 ? [t('move.confirm.lapse', { count: lapsed })] : []),
        ];
  lines.push(t('move.notice.rsvp', { when: formatWhen(first, language) }));
  return {
    text: lines.join('\n'),
    card: { title: t('move.notice.heading', { title: before.title }), blocks: lines.map((l) => text(l)), actions: [...rsvpButtons(first.id, t), ...calendarLinks(first, publicUrl, t)] },
  };
}

/** The direct message and channel post after a cancellation. */
export function cancelNotice(cancelled: Moment[], reason: string | undefined, t: Translate, language: Language): OutboundMessage {
  const first = cancelled[0]!;
  const lines = [
    cancelled.length === 1
      ? t('cancel.notice.one', { title: first.title, when: formatWhen(first, language) })
      : t('cancel.notice.following', { title: first.title, count: cancelled.length, from: formatWhen(first, language) }),
    ...(reason ? [t('cancel.notice.reason', { reason })] : []),
    t('cancel.notice.calendar'),
  ];
  return { text: lines.join('\n'), card: { title: t('cancel.notice.heading', { title: first.title }), blocks: lines.map((l) => text(l)) } };
}
