import { DateTime } from 'luxon';
import type { CoreDeps } from '../../app/context.js';
import { DEFAULT_LANGUAGE } from '../../i18n/languages.js';
import { translator } from '../../i18n/translate.js';
import type { OutboundMessage } from '../../model/message.js';
import { activeMembers, displayName, type Member } from '../groups/group-access.js';
import type { Moment } from '../moments/moment.js';
import type { Reminder } from './reminder.js';
import { agreementReminderMessage, attendanceMessage, momentReminderMessage, type AgreementLine, type AttendanceGroups, type QuestionLine } from './reminder-cards.js';
import { visitReminderMessage } from '../visits/visit-reminder-content.js';
import { momentLeads, reminderId, VISIT_LEADS } from './reminder-ids.js';
import type { LoadedSubject, Subject } from './reminder-subject.js';
import { dayText } from './when-text.js';

/** Closer than this to the start, a reminder is short: time, link, questions and buttons. */
const FULL_CONTENT_MS = 3 * 60 * 60 * 1000;

/** The download link of a moment's iCalendar file. */
export const calendarUrl = (publicUrl: string, moment: Pick<Moment, 'icsToken'>): string => `${publicUrl.replace(/\/+$/, '')}/kalender/${moment.icsToken}.ics`;

/**
 * Other moment reminders for the same person and version of the moment, with a shorter lead time. Looked up by
 * their ids (the plan's lead times are known), so a send never scans every reminder; only when the group's lead
 * times changed since planning does it fall back to listing the subject's reminders.
 */
export async function laterSiblings(deps: CoreDeps, reminder: Reminder, subject: Subject): Promise<Reminder[]> {
  if (reminder.kind === 'visit' && subject.kind === 'visit') {
    // A visit's day-before reminder that is late must not arrive together with the hour-before one.
    const ids = VISIT_LEADS.filter((lead) => lead < reminder.leadMinutes).map((lead) => reminderId('visit', reminder.subjectId, reminder.subjectVersion, reminder.recipient, lead));
    return (await Promise.all(ids.map((id) => deps.storage.reminders.get(id)))).filter((r): r is Reminder => r !== undefined);
  }
  if (reminder.kind !== 'moment' || subject.kind !== 'moment') return [];
  const leads = momentLeads(subject.group, subject.moment);
  const isSibling = (r: Reminder): boolean =>
    r.kind === 'moment' && r.subjectVersion === reminder.subjectVersion && r.recipient === reminder.recipient && r.leadMinutes < reminder.leadMinutes;
  if (!leads.includes(reminder.leadMinutes)) return (await deps.storage.reminders.listBySubject(reminder.subjectId)).filter(isSibling);
  const found = await Promise.all(
    leads.filter((lead) => lead < reminder.leadMinutes).map((lead) => deps.storage.reminders.get(reminderId('moment', reminder.subjectId, reminder.subjectVersion, reminder.recipient, lead))),
  );
  return found.filter((r): r is Reminder => r !== undefined && isSibling(r));
}

/**
 * True when a later reminder of the same moment for the same recipient is due as well: after downtime the
 * 7-day and the 1-day reminder would otherwise arrive together; only the later one (with the true time) goes out.
 */
export const isSuperseded = (later: Reminder[], now: Date): boolean => later.some((r) => r.status === 'pending' && new Date(r.dueAt) <= now);

/** True when no later reminder of this moment is still coming (or already went) to this recipient. */
const isLast = (later: Reminder[]): boolean => !later.some((r) => r.status === 'pending' || r.status === 'sending' || r.status === 'sent');

/** Looks up display names by person key, once each. */
function names(deps: CoreDeps): (key: string) => Promise<string> {
  const cache = new Map<string, string>();
  return async (key) => {
    let name = cache.get(key);
    if (name === undefined) cache.set(key, (name = (await deps.storage.people.get(key))?.name ?? key.split(':').pop() ?? '?'));
    return name;
  };
}

/** Builds the message of a due reminder (`later`: its laterSiblings) in the recipient's language (Dutch in a channel), with times in the group's zone. */
export async function buildReminderMessage(deps: CoreDeps, reminder: Reminder, loaded: Extract<LoadedSubject, { ok: true }>, later: Reminder[]): Promise<OutboundMessage> {
  const { subject, person, role } = loaded;
  const language = person?.language ?? DEFAULT_LANGUAGE;
  const t = translator(language);
  const now = deps.clock.now();
  if (subject.kind === 'agreement') return agreementReminderMessage({ t, language, now, group: subject.group, agreement: subject.agreement });
  if (subject.kind === 'visit') return visitReminderMessage(deps, reminder, subject, person);

  const { moment, group } = subject;
  const nameOf = names(deps);
  // Facilitators see who asked; members and the channel see the questions only.
  const withNames = role === 'facilitator';
  const questions: QuestionLine[] = [];
  for (const q of await deps.storage.questions.listByMoment(moment.id)) questions.push({ text: q.text, ...(withNames ? { name: await nameOf(q.personKey) } : {}) });
  const answer = person ? moment.rsvps[person.key]?.answer : undefined;

  if (reminder.kind === 'attendance') {
    return attendanceMessage({ t, language, now, moment, answers: attendance(await activeMembers(deps, group.id), moment), questions, ...(answer ? { answer } : {}) });
  }
  const agreements: AgreementLine[] = [];
  for (const a of await deps.storage.agreements.listByGroup(group.id)) {
    if (a.status === 'open') agreements.push({ owner: await nameOf(a.ownerKey), text: a.text, due: dayText(DateTime.fromISO(a.due, { zone: group.timeZone }), language) });
  }
  return momentReminderMessage({
    t,
    language,
    now,
    moment,
    group,
    calendarUrl: calendarUrl(deps.publicUrl, moment),
    full: new Date(moment.start).getTime() - now.getTime() > FULL_CONTENT_MS,
    last: isLast(later),
    ...(answer ? { answer } : {}),
    agreements,
    questions,
  });
}

/** Names per answer, and who has not answered, among the active members. */
function attendance(members: Member[], moment: Moment): AttendanceGroups {
  const out: AttendanceGroups = { yes: [], online: [], no: [], none: [] };
  for (const member of members) {
    const answer = moment.rsvps[member.membership.personKey]?.answer;
    out[answer ?? 'none'].push(displayName(member));
  }
  for (const list of Object.values(out)) list.sort((a: string, b: string) => a.localeCompare(b));
  return out;
}
