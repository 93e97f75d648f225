import type { Language } from '../../i18n/languages.js';
import type { Translate } from '../../i18n/translate.js';
import { button, link, text, type ActionButton, type CardBlock, type LinkButton, type OutboundMessage } from '../../model/message.js';
import { displayName, type Member } from '../groups/group-access.js';
import type { Group } from '../groups/group.js';
import { changeValue, MOMENT_ACTIONS, rsvpValue, type Moment, type RsvpAnswer } from './moment.js';
import { formatWhen, RSVP_ANSWERS, shorten, whereLine } from './moment-text.js';
import { agendaBlocks, placeFacts } from './plan-cards.js';

const base = (publicUrl: string): string => publicUrl.replace(/\/+$/, '');

/** The download link of one moment's calendar file. */
export const calendarUrl = (publicUrl: string, moment: Pick<Moment, 'icsToken'>): string => `${base(publicUrl)}/kalender/${moment.icsToken}.ics`;

/** The download link of a whole series' calendar file (any moment of the series names it). */
export const seriesCalendarUrl = (publicUrl: string, moment: Pick<Moment, 'icsToken'>): string => `${base(publicUrl)}/kalender/reeks/${moment.icsToken}.ics`;

/** The three RSVP buttons of a moment. */
export const rsvpButtons = (momentId: string, t: Translate): ActionButton[] =>
  RSVP_ANSWERS.map((answer) => button(MOMENT_ACTIONS.rsvp, t(`moment.rsvp.button.${answer}`), { value: rsvpValue(momentId, answer), ...(answer === 'yes' ? { style: 'primary' as const } : {}) }));

/** The calendar link buttons of a moment: this one, and for a series the whole series. */
export function calendarLinks(moment: Moment, publicUrl: string, t: Translate): LinkButton[] {
  return [link(t('moment.calendar.add'), calendarUrl(publicUrl, moment)), ...(moment.seriesId ? [link(t('moment.calendar.series'), seriesCalendarUrl(publicUrl, moment))] : [])];
}

/** The post in the group's channel after planning: what, when, where, agenda, calendar links and RSVP buttons. */
export function announcement(moments: Moment[], group: Group, publicUrl: string, t: Translate, language: Language): OutboundMessage {
  const first = moments[0]!;
  const series = moments.length > 1;
  const facts = [
    { label: series ? t('moment.firstWhen') : t('moment.when'), value: formatWhen(first, language) },
    ...placeFacts(first, t),
  ];
  const blocks: CardBlock[] = [
    text(series ? t('announce.series', { group: group.name, count: moments.length }) : t('announce.single', { group: group.name })),
    { type: 'facts', facts },
  ];
  if (series) blocks.push(text(`*${t('plan.confirm.dates')}*\n${moments.map((m, i) => `${i + 1}. ${formatWhen(m, language)}`).join('\n')}`));
  blocks.push(...agendaBlocks(first, t));
  if (series) blocks.push(text(t('announce.rsvpFirst', { when: formatWhen(first, language) }), true));
  blocks.push(text(t('announce.ownQuestion'), true));
  const lines = [first.title, ...facts.map((f) => `${f.label}: ${f.value}`), calendarUrl(publicUrl, first)];
  return {
    text: lines.join('\n'),
    card: {
      title: first.title,
      blocks,
      actions: [...rsvpButtons(first.id, t), button(MOMENT_ACTIONS.ask, t('moment.ask.button'), { value: first.id }), ...calendarLinks(first, publicUrl, t)],
    },
  };
}

/** Who answered what, with names: "Ik kom (2): An, Jonas · Online (1): Fatima · Kan niet (0): — · Nog geen antwoord (1): Lotte". */
export function rsvpSummary(moment: Moment, members: Member[], t: Translate): string {
  const byAnswer = new Map<RsvpAnswer | 'none', string[]>([['yes', []], ['online', []], ['no', []], ['none', []]]);
  for (const member of members) byAnswer.get(moment.rsvps[member.membership.personKey]?.answer ?? 'none')!.push(displayName(member));
  return [...byAnswer.entries()]
    .map(([answer, names]) => `${t(`moment.rsvp.summary.${answer}`)} (${names.length}): ${names.length > 0 ? names.sort((a, b) => a.localeCompare(b)).join(', ') : '—'}`)
    .join(' · ');
}

/** An own question with the name of who asked it, for the facilitator. */
export interface QuestionLine {
  text: string;
  name: string;
}

/** One coming moment in the group channel: when, where, RSVPs; facilitators also see own questions and change buttons. */
export function channelMomentCard(moment: Moment, members: Member[], facilitator: { questions: QuestionLine[] } | undefined, publicUrl: string, t: Translate, language: Language): OutboundMessage {
  const facts = [
    { label: t('moment.when'), value: formatWhen(moment, language) },
    { label: t('moment.where'), value: whereLine(moment, t) },
    ...(moment.seriesId ? [{ label: t('moment.kind'), value: t('moment.partOfSeries') }] : []),
  ];
  const summary = rsvpSummary(moment, members, t);
  const blocks: CardBlock[] = [{ type: 'facts', facts }, text(summary)];
  const actions: Array<ActionButton | LinkButton> = [];
  if (facilitator) {
    const questions = facilitator.questions;
    blocks.push(
      text(
        questions.length > 0
          ? `*${t('moment.questions', { count: questions.length })}*\n${questions.map((q) => `• ${shorten(q.text, 300)} (${q.name})`).join('\n')}`
          : t('moment.questions.none'),
        questions.length === 0,
      ),
    );
    actions.push(
      button(MOMENT_ACTIONS.edit, t('moment.button.edit'), { value: moment.id }),
      button(MOMENT_ACTIONS.move, t('moment.button.move'), { value: changeValue(moment.id, 'one') }),
      button(MOMENT_ACTIONS.cancel, t('moment.button.cancel'), { value: changeValue(moment.id, 'one'), style: 'danger' }),
    );
    if (moment.seriesId) {
      actions.push(
        button(MOMENT_ACTIONS.move, t('moment.button.moveFollowing'), { value: changeValue(moment.id, 'following') }),
        button(MOMENT_ACTIONS.cancel, t('moment.button.cancelFollowing'), { value: changeValue(moment.id, 'following'), style: 'danger' }),
      );
    }
  }
  actions.push(...calendarLinks(moment, publicUrl, t));
  return {
    text: [moment.title, ...facts.map((f) => `${f.label}: ${f.value}`), summary].join('\n'),
    card: { title: moment.title, blocks, actions },
  };
}

/** One coming moment in a personal chat: the group, when, where, the person's own answer and RSVP buttons. */
export function personalMomentCard(moment: Moment, group: Group, own: RsvpAnswer | undefined, publicUrl: string, t: Translate, language: Language): OutboundMessage {
  const facts = [
    { label: t('moment.group'), value: group.name },
    { label: t('moment.when'), value: formatWhen(moment, language) },
    { label: t('moment.where'), value: whereLine(moment, t) },
    { label: t('moment.rsvp.yours'), value: own ? t(`moment.rsvp.summary.${own}`) : t('moment.rsvp.summary.none') },
  ];
  const title = `${moment.title} (${group.name})`;
  return {
    text: [title, ...facts.map((f) => `${f.label}: ${f.value}`)].join('\n'),
    card: {
      title,
      blocks: [{ type: 'facts', facts }, ...agendaBlocks(moment, t)],
      actions: [...rsvpButtons(moment.id, t), button(MOMENT_ACTIONS.ask, t('moment.ask.button'), { value: moment.id }), ...calendarLinks(moment, publicUrl, t)],
    },
  };
}
