import type { CoreDeps } from '../../app/context.js';
import type { Person } from '../../ports/storage.js';
import type { Group, GroupRole } from '../groups/group.js';
import type { Agreement, Moment } from '../moments/moment.js';
import type { Visit } from '../visits/visit.js';
import type { Reminder } from './reminder.js';
import { agreementVersion, GROUP_RECIPIENT } from './reminder-ids.js';

/** What a due reminder is about, loaded fresh at send time. */
export type Subject =
  | { kind: 'moment'; group: Group; moment: Moment }
  | { kind: 'agreement'; group: Group; agreement: Agreement }
  | { kind: 'visit'; group: Group; visit: Visit };

/** The subject and recipient of a reminder, or why it is no longer worth sending. */
export type LoadedSubject =
  | { ok: true; subject: Subject; person?: Person; role?: GroupRole }
  | { ok: false; reason: string };

/**
 * Why a visit reminder no longer fits its visit, or undefined. A visit marked done (by the first reflection) still
 * gets its other reflections and the check-in; the check-in is for visitors only.
 */
function visitProblem(reminder: Reminder, visit: Visit): string | undefined {
  const afterwards = reminder.kind === 'visit-reflect' || reminder.kind === 'visit-checkin';
  if (visit.status !== 'confirmed' && !(afterwards && visit.status === 'done')) return `visit ${visit.status}`;
  if (visit.sequence !== reminder.subjectVersion) return 'visit moved or changed since planning';
  const visitor = visit.visitorKeys.includes(reminder.recipient);
  if (!visitor && (reminder.kind === 'visit-checkin' || visit.hostKey !== reminder.recipient)) return 'recipient no longer takes part in the visit';
  return undefined;
}

/**
 * Loads the group, the moment, agreement or visit, and the recipient, and checks the reminder still fits them:
 * the moment was not cancelled or moved, the agreement is open and unchanged, the recipient is still in the group.
 */
export async function loadSubject(deps: CoreDeps, reminder: Reminder): Promise<LoadedSubject> {
  const group = await deps.storage.groups.get(reminder.groupId);
  if (!group) return { ok: false, reason: 'group gone' };
  let subject: Subject;
  if (reminder.kind === 'agreement') {
    const agreement = await deps.storage.agreements.get(reminder.subjectId);
    if (!agreement) return { ok: false, reason: 'agreement gone' };
    if (agreement.status !== 'open') return { ok: false, reason: 'agreement done' };
    if (agreementVersion(agreement) !== reminder.subjectVersion || agreement.ownerKey !== reminder.recipient) return { ok: false, reason: 'agreement changed' };
    subject = { kind: 'agreement', group, agreement };
  } else if (reminder.kind.startsWith('visit')) {
    const visit = await deps.storage.visits.get(reminder.subjectId);
    if (!visit || visit.groupId !== group.id) return { ok: false, reason: 'visit gone' };
    const problem = visitProblem(reminder, visit);
    if (problem) return { ok: false, reason: problem };
    subject = { kind: 'visit', group, visit };
  } else {
    const moment = await deps.storage.moments.get(reminder.subjectId);
    if (!moment) return { ok: false, reason: 'moment gone' };
    if (moment.status === 'cancelled') return { ok: false, reason: 'moment cancelled' };
    if (moment.sequence !== reminder.subjectVersion) return { ok: false, reason: 'moment moved or changed since planning' };
    subject = { kind: 'moment', group, moment };
  }
  if (reminder.recipient === GROUP_RECIPIENT) return { ok: true, subject };
  const membership = await deps.storage.memberships.get(group.id, reminder.recipient);
  if (!membership?.active) return { ok: false, reason: 'recipient left the group' };
  if (reminder.kind === 'attendance' && membership.role !== 'facilitator') return { ok: false, reason: 'recipient no longer facilitates the group' };
  const person = await deps.storage.people.get(reminder.recipient);
  if (!person) return { ok: false, reason: 'recipient has no profile' };
  return { ok: true, subject, person, role: membership.role };
}
