/** A member's answer to "are you coming?". */
export type RsvpAnswer = 'yes' | 'online' | 'no';

/** An agreed moment: a PLG meeting, a network session, a visit, a try-out check-in. */
export interface Moment {
  id: string;
  groupId: string;
  /** Set when the moment belongs to a series planned together. */
  seriesId?: string;
  title: string;
  /** Instants in UTC (ISO); `zone` keeps the wall clock the group agreed on. */
  start: string;
  end: string;
  zone: string;
  place?: string;
  onlineUrl?: string;
  agenda?: string;
  prepare?: string;
  status: 'planned' | 'cancelled';
  /** Bumped on every change, for calendar updates (iCalendar SEQUENCE) and fresh reminders. */
  sequence: number;
  /** Unguessable token of the calendar download link. */
  icsToken: string;
  rsvps: Record<string, { answer: RsvpAnswer; at: string }>;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** A question a member brings to the next moment. */
export interface OwnQuestion {
  id: string;
  groupId: string;
  momentId: string;
  personKey: string;
  text: string;
  createdAt: string;
}

/** An agreement (afspraak): who does what by when. */
export interface Agreement {
  id: string;
  groupId: string;
  ownerKey: string;
  text: string;
  /** yyyy-MM-dd in the group's zone. */
  due: string;
  status: 'open' | 'done';
  createdBy: string;
  createdAt: string;
}

/** Action ids of moment buttons; reminders reuse them so a click works wherever the button is. */
export const MOMENT_ACTIONS = {
  /** value: `<momentId>|yes|online|no` */
  rsvp: 'moment.rsvp',
  /** value: momentId; opens the own-question form. */
  ask: 'moment.ask',
  /** value: momentId; the own-question form's submit (input `question`). */
  askSave: 'moment.ask.save',
} as const;

/** Encodes an RSVP button value. */
export const rsvpValue = (momentId: string, answer: RsvpAnswer): string => `${momentId}|${answer}`;
