/** What a reminder is about. */
export type ReminderKind = 'moment' | 'attendance' | 'agreement';

/**
 * One message to one recipient at one time. The id is the idempotency key
 * (kind, subject, version, recipient, lead time), so planning it twice yields the same row.
 */
export interface Reminder {
  id: string;
  kind: ReminderKind;
  groupId: string;
  /** The moment or agreement it is about. */
  subjectId: string;
  /** The subject's sequence when planned; a moved moment gets new reminders. */
  subjectVersion: number;
  /** A personKey, or `group` for a post in the group's channel. */
  recipient: string;
  leadMinutes: number;
  /** When it should go out (ISO instant). */
  dueAt: string;
  /** After this instant the reminder is useless (the moment started) and is dropped. */
  notAfter: string;
  /** `sending` is written before the platform call, so a crash mid-send never leads to a second message. */
  status: 'pending' | 'sending' | 'sent' | 'dropped' | 'failed';
  attempts: number;
  /** When the next attempt is due after a failure or a quiet-hours wait. */
  nextAttemptAt?: string;
  sentAt?: string;
  lastError?: string;
}
