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
  /** value: momentId; the own-question form's submit (input `question`). Without a value, input `moment` names the moment. */
  askSave: 'moment.ask.save',
  /** value: `new:<groupId>` or `draft:<draftId>`; the planning form's submit. */
  planSubmit: 'moment.plan.submit',
  /** value: draftId; saves the planned moment(s). */
  planConfirm: 'moment.plan.confirm',
  /** value: draftId; reopens the planning form. */
  planEdit: 'moment.plan.edit',
  /** value: draftId; drops the plan. */
  planCancel: 'moment.plan.cancel',
  /** value: momentId; opens the details form of a planned moment. */
  edit: 'moment.edit',
  /** value: momentId; the details form's submit. */
  editSave: 'moment.edit.save',
  /** value: `<momentId>|one|following`; opens the move form. */
  move: 'moment.move',
  /** value: `<momentId>|one|following`; the move form's submit (input `when`). */
  moveSubmit: 'moment.move.submit',
  /** value: `<momentId>|one|following`; asks to confirm a cancellation. */
  cancel: 'moment.cancel',
  /** value: draftId; carries out a confirmed move or cancellation (optional input `reason`). */
  changeConfirm: 'moment.change.confirm',
  /** value: draftId; drops a move or cancellation. */
  changeAbort: 'moment.change.abort',
  /** value: agreementId; marks an agreement done (owner or facilitator). */
  agreementDone: 'agreement.done',
} as const;

/** Which moments of a series a move or cancellation touches. */
export type ChangeScope = 'one' | 'following';

/** Encodes an RSVP button value. */
export const rsvpValue = (momentId: string, answer: RsvpAnswer): string => `${momentId}|${answer}`;

/** Encodes a move/cancel button value. */
export const changeValue = (momentId: string, scope: ChangeScope): string => `${momentId}|${scope}`;
