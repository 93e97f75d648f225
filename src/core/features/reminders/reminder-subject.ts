import type { CoreDeps } from '../../app/context.js';
import type { Person } from '../../ports/storage.js';
import type { Group, GroupRole } from '../groups/group.js';
import type { Agreement, Moment } from '../moments/moment.js';
import type { Reminder } from './reminder.js';
import { agreementVersion, GROUP_RECIPIENT } from './reminder-ids.js';

/** What a due reminder is about, loaded fresh at send time. */
export type Subject =
  | { kind: 'moment'; group: Group; moment: Moment }
  | { kind: 'agreement'; group: Group; agreement: Agreement };

/** The subject and recipient of a reminder, or why it is no longer worth sending. */
export type LoadedSubject =
  | { ok: true; subject: Subject; person?: Person; role?: GroupRole }
  | { ok: false; reason: string };

/**
 * Loads the group, the moment or agreement, and the recipient, and checks the reminder still fits them:
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
