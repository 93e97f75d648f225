/** Every kind of reminder. */
export const REMINDER_KINDS = ['moment', 'attendance', 'agreement', 'visit', 'visit-prepare', 'visit-reflect', 'visit-checkin'] as const;

/**
 * What a reminder is about: a moment (members, and the facilitators' attendance overview), an agreement, or a
 * collegial visit (the day-before and hour-before reminders, the preparation prompt, the reflection, the check-in).
 */
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/**
 * One message to one recipient at one time. The id is the idempotency key
 * (kind, subject, version, recipient, lead time), so planning it twice yields the same row.
 */
export interface Reminder {
  id: string;
  kind: ReminderKind;
  groupId: string;
  /** The moment, agreement or visit it is about. */
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
