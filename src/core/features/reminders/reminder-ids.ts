import type { Group } from '../groups/group.js';
import type { Agreement, Moment } from '../moments/moment.js';
import type { Reminder, ReminderKind } from './reminder.js';

/** Recipient of a reminder posted in the group's channel instead of to one person. */
export const GROUP_RECIPIENT = 'group';

/** Lead time of the facilitators' attendance overview: 2 days before the moment. */
export const ATTENDANCE_LEAD_MINUTES = 2 * 24 * 60;

/** Nominal lead time of an agreement reminder (the day before); the exact time is 09:00 that day. */
export const AGREEMENT_LEAD_MINUTES = 24 * 60;

/**
 * The idempotency key of a reminder: `<kind>:<subject>:v<version>:<recipient>:<lead>`.
 * Planning the same thing twice yields the same id; a moved moment (new sequence) yields new ids.
 */
export const reminderId = (kind: ReminderKind, subjectId: string, version: number | string, recipient: string, leadMinutes: number): string =>
  `${kind}:${subjectId}:v${version}:${recipient}:${leadMinutes}`;

/** When the scheduler should wake for a pending reminder. */
export const wakeAt = (r: Reminder): Date => new Date(r.nextAttemptAt ?? r.dueAt);

/** The lead times a moment gets in its group: every moment's, plus the online ones when it has a link. */
export const momentLeads = (group: Group, moment: Pick<Moment, 'onlineUrl'>): number[] => [
  ...new Set([...group.reminders.leadMinutes, ...(moment.onlineUrl ? group.reminders.onlineLeadMinutes : [])]),
];

/** The version an agreement reminder is planned for: its due day as a number, so a new due date means new reminders. */
export const agreementVersion = (agreement: Pick<Agreement, 'due'>): number => Number(agreement.due.replace(/-/g, ''));

/** Lead times of a visit's own reminders (kind `visit`): the day before and one hour before. */
export const VISIT_LEADS = [24 * 60, 60] as const;

/** Lead time of a visit's preparation prompt: three days before. */
export const VISIT_PREPARE_LEAD_MINUTES = 3 * 24 * 60;

/** Nominal (negative: after the start) lead of the reflection, which goes out a quarter of an hour after the end. */
export const VISIT_REFLECT_LEAD_MINUTES = -15;

/** Nominal lead of the try-out check-in `weeks` after the visit; a new number of weeks means a new reminder. */
export const visitCheckInLead = (weeks: number): number => -weeks * 7 * 24 * 60;
