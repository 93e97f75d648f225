import { DateTime } from 'luxon';
import type { CoreDeps } from '../../app/context.js';
import { cancelReminders, reconcile, type Wanted } from '../reminders/plan-reminders.js';
import type { ReminderKind } from '../reminders/reminder.js';
import { reminderId, visitCheckInLead, VISIT_LEADS, VISIT_PREPARE_LEAD_MINUTES, VISIT_REFLECT_LEAD_MINUTES } from '../reminders/reminder-ids.js';
import { dueBefore } from '../reminders/reminder-times.js';
import { participantsOf } from './visit-access.js';
import { checkInTime, dayBeforeTime, preparationTime } from './visit-reminder-times.js';
import { visitSettingsOf, type Visit } from './visit.js';

/** The day-before reminder's lead; the hour-before one keeps its exact time. */
const DAY_BEFORE_LEAD = 24 * 60;

/** The reflection is useful for three days after the visit. */
const REFLECT_WINDOW_DAYS = 3;
/** The check-in is useful for a week. */
const CHECK_IN_WINDOW_DAYS = 7;
/** A preparation prompt closer than this to the start would only add noise next to the hour-before reminder. */
const PREPARE_MIN_AHEAD_MS = 2 * 60 * 60 * 1000;

/**
 * (Re)plans a visit's preparation prompt, reminders, reflection and check-in for its current sequence. A confirmed
 * visit gets all of them; a visit marked done keeps only its reflections and check-in; any other status drops them.
 * Follow-ups that would land on a weekend or in a holiday move to a school day (see visit-reminder-times.ts).
 */
export async function planVisitReminders(deps: CoreDeps, visit: Visit): Promise<void> {
  if (visit.status === 'done') return keepAfterwards(deps, visit);
  if (visit.status !== 'confirmed' || !visit.slot) return cancelVisitReminders(deps, visit.id);
  const group = await deps.storage.groups.get(visit.groupId);
  if (!group) {
    deps.logger.warn('visits: visit without group, no reminders planned', { visitId: visit.id });
    return;
  }
  const zone = group.timeZone;
  const { start, end, date } = visit.slot;
  const now = deps.clock.now();
  const make = (kind: ReminderKind, recipient: string, lead: number, dueAt: Date, notAfter: string, catchUp = false): Wanted => ({
    id: reminderId(kind, visit.id, visit.sequence, recipient, lead),
    kind,
    groupId: group.id,
    subjectId: visit.id,
    subjectVersion: visit.sequence,
    recipient,
    leadMinutes: lead,
    dueAt: dueAt.toISOString(),
    notAfter,
    ...(catchUp ? { catchUp } : {}),
  });
  // Confirmed less than three days ahead (or after the school day it moved to): the preparation prompt comes at once,
  // while there is still time to prepare.
  const prepareAt = preparationTime(dueBefore(start, zone, VISIT_PREPARE_LEAD_MINUTES), now, zone, group);
  const prepare = new Date(start).getTime() - prepareAt.at.getTime() >= PREPARE_MIN_AHEAD_MS;
  const leadAt = (lead: number): Date => {
    const nominal = dueBefore(start, zone, lead);
    return lead === DAY_BEFORE_LEAD ? dayBeforeTime(nominal, date, prepare ? prepareAt.at : now, zone, group) : nominal;
  };
  const reflectAt = new Date(new Date(end).getTime() - VISIT_REFLECT_LEAD_MINUTES * 60_000);
  const reflectUntil = DateTime.fromISO(end, { zone }).plus({ days: REFLECT_WINDOW_DAYS }).toJSDate().toISOString();
  const weeks = visitSettingsOf(group).checkInWeeks;
  const checkInAt = checkInTime(date, weeks, zone, group);
  const checkInUntil = DateTime.fromJSDate(checkInAt, { zone }).plus({ days: CHECK_IN_WINDOW_DAYS }).toJSDate().toISOString();

  const wanted: Wanted[] = [];
  for (const recipient of participantsOf(visit)) {
    // A moved visit does not ask again who already prepared; their answers still reach the other side.
    if (prepare && !visit.prep[recipient]) wanted.push(make('visit-prepare', recipient, VISIT_PREPARE_LEAD_MINUTES, prepareAt.at, start, prepareAt.catchUp));
    for (const lead of VISIT_LEADS) wanted.push(make('visit', recipient, lead, leadAt(lead), start));
    wanted.push(make('visit-reflect', recipient, VISIT_REFLECT_LEAD_MINUTES, reflectAt, reflectUntil));
    if (visit.visitorKeys.includes(recipient)) wanted.push(make('visit-checkin', recipient, visitCheckInLead(weeks), checkInAt, checkInUntil));
  }
  const planned = await reconcile(deps, visit.id, wanted, 'visit changed; replaced by a newer plan');
  deps.logger.info('visits: reminders planned', { visitId: visit.id, sequence: visit.sequence, planned, wanted: wanted.length });
}

/** Drops every open reminder of a visit (cancelled, did not happen). */
export async function cancelVisitReminders(deps: CoreDeps, visitId: string): Promise<void> {
  await cancelReminders(deps, visitId);
}

/** A visit that took place: the reflections and the check-in of its current version stay; everything before it goes. */
async function keepAfterwards(deps: CoreDeps, visit: Visit): Promise<void> {
  const keep = (await deps.storage.reminders.listBySubject(visit.id)).filter(
    (r) => r.status === 'pending' && r.subjectVersion === visit.sequence && (r.kind === 'visit-reflect' || r.kind === 'visit-checkin'),
  );
  await reconcile(deps, visit.id, keep, 'visit took place');
}
