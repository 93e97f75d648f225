import type { CoreDeps } from '../../app/context.js';
import { activeMembers } from '../groups/group-access.js';
import type { Agreement, Moment } from '../moments/moment.js';
import type { Reminder, ReminderKind } from './reminder.js';
import { AGREEMENT_LEAD_MINUTES, agreementVersion, ATTENDANCE_LEAD_MINUTES, GROUP_RECIPIENT, momentLeads, reminderId, wakeAt } from './reminder-ids.js';
import { dayBeforeAtNine, dueBefore, endOfDay, startOfDay } from './reminder-times.js';

/**
 * A reminder the plan wants, before it is compared with what is stored. `catchUp` marks one whose due time the
 * planner set to "now" (it should go out as soon as possible): reconcile reads the clock again later, so without the
 * flag that instant would already count as passed and the reminder would be skipped.
 */
export type Wanted = Pick<Reminder, 'id' | 'kind' | 'groupId' | 'subjectId' | 'subjectVersion' | 'recipient' | 'leadMinutes' | 'dueAt' | 'notAfter'> & {
  catchUp?: boolean;
};

/** Drops one open reminder and forgets its job. */
async function drop(deps: CoreDeps, reminder: Reminder, reason: string): Promise<void> {
  await deps.storage.reminders.save({ ...reminder, status: 'dropped', lastError: reason });
  deps.scheduler.cancel(reminder.id);
}

/**
 * Brings the stored reminders of one subject in line with `wanted`: creates what is missing and still ahead,
 * leaves existing rows alone (a sent one is never touched, a pending one keeps its deferral), and drops pending rows
 * the plan no longer wants (older versions, people who left, lead times that changed).
 */
export async function reconcile(deps: CoreDeps, subjectId: string, wanted: Wanted[], reason: string): Promise<number> {
  const now = deps.clock.now();
  const existing = new Map((await deps.storage.reminders.listBySubject(subjectId)).map((r) => [r.id, r]));
  const wantedIds = new Set(wanted.map((w) => w.id));
  for (const reminder of existing.values()) {
    // An interrupted `sending` row is settled by the next start, never here.
    if (reminder.status === 'pending' && !wantedIds.has(reminder.id)) await drop(deps, reminder, reason);
  }
  let planned = 0;
  for (const w of wanted) {
    const stored = existing.get(w.id);
    if (stored) {
      if (stored.status === 'pending') deps.scheduler.schedule(stored.id, wakeAt(stored));
      continue;
    }
    // A lead time that has already passed is skipped: a moment planned 2 days ahead gets no 7-day reminder.
    // A catch-up reminder is due as soon as possible instead, for as long as it is still useful.
    const { catchUp, ...row } = w;
    if (new Date(w.notAfter) <= now || (new Date(w.dueAt) < now && !catchUp)) continue;
    await deps.storage.reminders.save({ ...row, status: 'pending', attempts: 0 });
    deps.scheduler.schedule(w.id, new Date(w.dueAt));
    planned++;
  }
  return planned;
}

/**
 * (Re)plans every reminder of a moment for its current sequence: one per member and lead time
 * (or one channel post), plus the facilitators' attendance overview. Reminders of older
 * versions of the moment that were not sent yet are dropped and unscheduled.
 */
export async function planMomentReminders(deps: CoreDeps, moment: Moment): Promise<void> {
  if (moment.status === 'cancelled') return cancelReminders(deps, moment.id);
  const group = await deps.storage.groups.get(moment.groupId);
  if (!group) {
    deps.logger.warn('reminders: moment without group, nothing planned', { momentId: moment.id, groupId: moment.groupId });
    return;
  }
  const members = await activeMembers(deps, group.id);
  const leads = momentLeads(group, moment);
  const recipients = group.reminders.delivery === 'channel' ? [GROUP_RECIPIENT] : members.map((m) => m.membership.personKey);
  const facilitators = members.filter((m) => m.membership.role === 'facilitator').map((m) => m.membership.personKey);
  // One zone-aware computation per lead time, not per recipient: luxon's zone arithmetic is the costly part of planning.
  const dueAts = new Map<number, string>();
  const dueAtOf = (lead: number): string => {
    let dueAt = dueAts.get(lead);
    if (!dueAt) dueAts.set(lead, (dueAt = dueBefore(moment.start, moment.zone, lead).toISOString()));
    return dueAt;
  };
  const make = (kind: ReminderKind, recipient: string, lead: number): Wanted => ({
    id: reminderId(kind, moment.id, moment.sequence, recipient, lead),
    kind,
    groupId: group.id,
    subjectId: moment.id,
    subjectVersion: moment.sequence,
    recipient,
    leadMinutes: lead,
    dueAt: dueAtOf(lead),
    notAfter: moment.start,
  });
  const wanted = [
    ...leads.flatMap((lead) => recipients.map((recipient) => make('moment', recipient, lead))),
    ...facilitators.map((recipient) => make('attendance', recipient, ATTENDANCE_LEAD_MINUTES)),
  ];
  const planned = await reconcile(deps, moment.id, wanted, 'moment changed; replaced by a newer plan');
  deps.logger.info('reminders: planned for moment', { momentId: moment.id, sequence: moment.sequence, planned, wanted: wanted.length });
}

/** Drops and unschedules every open reminder about a moment or agreement (cancelled, done). */
export async function cancelReminders(deps: CoreDeps, subjectId: string): Promise<void> {
  let dropped = 0;
  for (const reminder of await deps.storage.reminders.listBySubject(subjectId)) {
    if (reminder.status !== 'pending') continue;
    await drop(deps, reminder, 'subject cancelled or done');
    dropped++;
  }
  if (dropped > 0) deps.logger.info('reminders: cancelled', { subjectId, dropped });
}

/** Plans the owner's reminder the day before an agreement is due. */
export async function planAgreementReminder(deps: CoreDeps, agreement: Agreement): Promise<void> {
  if (agreement.status !== 'open') return cancelReminders(deps, agreement.id);
  const group = await deps.storage.groups.get(agreement.groupId);
  if (!group) {
    deps.logger.warn('reminders: agreement without group, nothing planned', { agreementId: agreement.id });
    return;
  }
  const now = deps.clock.now();
  const zone = group.timeZone;
  // Recorded on (or after) the due day itself: a reminder "it is due" would only repeat what was just agreed.
  const wanted: Wanted[] = [];
  if (now < startOfDay(agreement.due, zone)) {
    const dayBefore = dayBeforeAtNine(agreement.due, zone);
    // Already past 09:00 the day before, but not yet due: as soon as possible.
    const late = dayBefore <= now;
    const dueAt = late ? now : dayBefore;
    const version = agreementVersion(agreement);
    wanted.push({
      id: reminderId('agreement', agreement.id, version, agreement.ownerKey, AGREEMENT_LEAD_MINUTES),
      kind: 'agreement',
      groupId: group.id,
      subjectId: agreement.id,
      subjectVersion: version,
      recipient: agreement.ownerKey,
      leadMinutes: AGREEMENT_LEAD_MINUTES,
      dueAt: dueAt.toISOString(),
      notAfter: endOfDay(agreement.due, zone).toISOString(),
      ...(late ? { catchUp: true } : {}),
    });
  }
  await reconcile(deps, agreement.id, wanted, 'agreement changed; replaced by a newer plan');
}
