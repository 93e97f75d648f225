import { DateTime } from 'luxon';
import type { Language } from '../../i18n/languages.js';
import type { Translate } from '../../i18n/translate.js';
import { button, link, text, type ActionButton, type CardBlock, type LinkButton, type OutboundMessage } from '../../model/message.js';
import type { Group } from '../groups/group.js';
import { formatMomentStart } from '../groups/group-cards.js';
import { MOMENT_ACTIONS, rsvpValue, type Agreement, type Moment, type RsvpAnswer } from '../moments/moment.js';
import { dayText, whenText } from './when-text.js';

const MAX_LIST = 10;
const MAX_FIELD = 800;
const MAX_TITLE = 120;
const MAX_NAMES = 25;

/** Cuts free text so one long agenda cannot push a card over a platform's limits. */
const clip = (value: string, max: number): string => (value.length <= max ? value : `${value.slice(0, max - 1)}…`);

/** A bullet list capped at MAX_LIST lines, with "… and N more". */
function bullets(lines: string[], t: Translate): string {
  const shown = lines.slice(0, MAX_LIST);
  if (lines.length > MAX_LIST) shown.push(t('reminder.more', { count: lines.length - MAX_LIST }));
  return shown.join('\n');
}

/** The card's fallback text: every text block and fact, in order. */
function plainText(title: string, blocks: CardBlock[]): string {
  const lines = [title];
  for (const block of blocks) {
    if (block.type === 'text') lines.push(block.text);
    if (block.type === 'facts') for (const f of block.facts) lines.push(`${f.label}: ${f.value}`);
    if (block.type === 'links') for (const l of block.links) lines.push(`${l.label}: ${l.url}`);
  }
  return lines.join('\n');
}

/** RSVP buttons (*ik kom*, *ik kom online* when there is a link, *ik kan niet*); the current answer is highlighted. */
export function rsvpButtons(moment: Moment, t: Translate, current?: RsvpAnswer): ActionButton[] {
  const answers: RsvpAnswer[] = moment.onlineUrl ? ['yes', 'online', 'no'] : ['yes', 'no'];
  return answers.map((answer) => button(MOMENT_ACTIONS.rsvp, t(`reminder.rsvp.${answer}`), { value: rsvpValue(moment.id, answer), ...(answer === current ? { style: 'primary' as const } : {}) }));
}

/** An open agreement as shown in a reminder, owner already resolved to a name. */
export interface AgreementLine {
  owner: string;
  text: string;
  due: string;
}

/** An own question as shown in a reminder; `name` only for facilitators. */
export interface QuestionLine {
  text: string;
  name?: string;
}

/** Everything a moment reminder shows, gathered at send time. */
export interface MomentReminderInput {
  t: Translate;
  language: Language;
  now: Date;
  moment: Moment;
  group: Group;
  calendarUrl: string;
  /** Far enough ahead for the whole picture: agenda, preparation, calendar link, agreements. */
  full: boolean;
  /** The last reminder before the moment: also the own questions collected. */
  last: boolean;
  /** The recipient's current answer; undefined in the channel. */
  answer?: RsvpAnswer;
  agreements: AgreementLine[];
  questions: QuestionLine[];
}

/** A reminder of a moment to one person or to the group's channel, with RSVP buttons. */
export function momentReminderMessage(input: MomentReminderInput): OutboundMessage {
  const { t, moment } = input;
  const name = clip(moment.title, MAX_TITLE);
  const title = t('reminder.moment.title', { title: name });
  const soonOnline = moment.onlineUrl !== undefined && !input.full;
  const blocks: CardBlock[] = [];
  // Shortly before an online moment the link is what people need: it comes first.
  if (soonOnline && moment.onlineUrl) blocks.push(text(t('reminder.moment.joinNow', { url: moment.onlineUrl })));
  blocks.push(text(t('reminder.moment.starts', { title: name, when: whenText(moment.start, moment.zone, input.now, input.language, t) })));
  blocks.push({
    type: 'facts',
    facts: [
      { label: t('reminder.fact.when'), value: formatMomentStart(moment, input.language) },
      { label: t('reminder.fact.group'), value: input.group.name },
      ...(moment.place ? [{ label: t('reminder.fact.place'), value: clip(moment.place, MAX_FIELD) }] : []),
      ...(moment.onlineUrl && !soonOnline ? [{ label: t('reminder.fact.online'), value: moment.onlineUrl }] : []),
      ...(input.answer ? [{ label: t('reminder.fact.yourAnswer'), value: t(`reminder.answer.${input.answer}`) }] : []),
    ],
  });
  if (input.full && moment.agenda) blocks.push(text(t('reminder.agenda', { agenda: clip(moment.agenda, MAX_FIELD) })));
  if (input.full && moment.prepare) blocks.push(text(t('reminder.prepare', { prepare: clip(moment.prepare, MAX_FIELD) })));
  if ((input.full || input.last) && input.agreements.length > 0) {
    const lines = input.agreements.map((a) => t('reminder.agreement.line', { owner: a.owner, text: clip(a.text, 200), due: a.due }));
    blocks.push(text(t('reminder.agreements', { lines: bullets(lines, t) })));
  }
  if (input.last) {
    if (input.questions.length === 0) blocks.push(text(t('reminder.questions.none'), true));
    else {
      const lines = input.questions.map((q) => (q.name ? t('reminder.question.lineAsked', { text: clip(q.text, 300), name: q.name }) : t('reminder.question.line', { text: clip(q.text, 300) })));
      blocks.push(text(t('reminder.questions', { lines: bullets(lines, t) })));
    }
  }
  if (!input.answer) blocks.push(text(t('reminder.rsvp.ask'), true));
  const links: LinkButton[] = [
    ...(moment.onlineUrl ? [link(t('reminder.link.online'), moment.onlineUrl)] : []),
    ...(input.full ? [link(t('reminder.link.calendar'), input.calendarUrl)] : []),
  ];
  if (links.length > 0) blocks.push({ type: 'links', links });
  const actions = [...rsvpButtons(moment, t, input.answer), button(MOMENT_ACTIONS.ask, t('reminder.button.ask'), { value: moment.id })];
  return { text: plainText(title, blocks), card: { title, blocks, actions } };
}

/** Who answered what, by name, for the facilitators' overview. */
export interface AttendanceGroups {
  yes: string[];
  online: string[];
  no: string[];
  none: string[];
}

/** The facilitators' overview 2 days before: counts and names per answer, who has not answered, and the own questions. */
export function attendanceMessage(input: { t: Translate; language: Language; now: Date; moment: Moment; answers: AttendanceGroups; questions: QuestionLine[]; answer?: RsvpAnswer }): OutboundMessage {
  const { t, moment, answers } = input;
  const name = clip(moment.title, MAX_TITLE);
  const title = t('attendance.title', { title: name });
  const names = (list: string[]): string => {
    if (list.length === 0) return t('attendance.nobody');
    const shown = list.slice(0, MAX_NAMES).join(', ');
    return list.length > MAX_NAMES ? `${shown} ${t('reminder.more', { count: list.length - MAX_NAMES })}` : shown;
  };
  const blocks: CardBlock[] = [
    text(t('attendance.intro', { title: name, when: whenText(moment.start, moment.zone, input.now, input.language, t) })),
    {
      type: 'facts',
      facts: [
        { label: t('attendance.yes', { count: answers.yes.length }), value: names(answers.yes) },
        ...(moment.onlineUrl || answers.online.length > 0 ? [{ label: t('attendance.online', { count: answers.online.length }), value: names(answers.online) }] : []),
        { label: t('attendance.no', { count: answers.no.length }), value: names(answers.no) },
        { label: t('attendance.none', { count: answers.none.length }), value: names(answers.none) },
      ],
    },
  ];
  if (input.questions.length > 0) {
    const lines = input.questions.map((q) => (q.name ? t('reminder.question.lineAsked', { text: clip(q.text, 300), name: q.name }) : t('reminder.question.line', { text: clip(q.text, 300) })));
    blocks.push(text(t('reminder.questions', { lines: bullets(lines, t) })));
  }
  if (answers.none.length > 0) blocks.push(text(t('attendance.hint'), true));
  return { text: plainText(title, blocks), card: { title, blocks, actions: rsvpButtons(moment, t, input.answer) } };
}

/** The owner's reminder the day before an agreement is due; says "today" when it arrives late on the day itself. */
export function agreementReminderMessage(input: { t: Translate; language: Language; now: Date; group: Group; agreement: Agreement }): OutboundMessage {
  const { t, group, agreement } = input;
  const dueDay = DateTime.fromISO(agreement.due, { zone: group.timeZone });
  const today = DateTime.fromJSDate(input.now, { zone: group.timeZone }).startOf('day');
  const days = Math.round(dueDay.startOf('day').diff(today, 'days').days);
  const date = dayText(dueDay, input.language);
  const due = days <= 0 ? t('agreementReminder.dueToday', { date }) : days === 1 ? t('agreementReminder.dueTomorrow', { date }) : t('agreementReminder.dueOn', { date });
  const title = t('agreementReminder.title');
  const blocks: CardBlock[] = [text(t('agreementReminder.text', { group: group.name, text: clip(agreement.text, MAX_FIELD), due }))];
  return { text: plainText(title, blocks), card: { title, blocks } };
}

/** Tells a facilitator, once, that Leerkring can no longer reach a person. */
export function unreachableNotice(input: { t: Translate; name: string; groups: string[] }): OutboundMessage {
  const title = input.t('unreachable.title');
  const blocks: CardBlock[] = [text(input.t('unreachable.text', { name: input.name, groups: input.groups.join(', ') }))];
  return { text: plainText(title, blocks), card: { title, blocks } };
}
