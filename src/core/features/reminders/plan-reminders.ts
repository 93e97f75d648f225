import type { CoreDeps } from '../../app/context.js';
import type { Agreement, Moment } from '../moments/moment.js';

/**
 * (Re)plans every reminder of a moment for its current sequence: one per member and lead time
 * (or one channel post), plus the facilitators' attendance overview. Reminders of older
 * versions of the moment that were not sent yet are dropped and unscheduled.
 */
export async function planMomentReminders(_deps: CoreDeps, _moment: Moment): Promise<void> {
  throw new Error('planMomentReminders: not implemented yet');
}

/** Drops and unschedules every open reminder about a moment or agreement (cancelled, done). */
export async function cancelReminders(_deps: CoreDeps, _subjectId: string): Promise<void> {
  throw new Error('cancelReminders: not implemented yet');
}

/** Plans the owner's reminder the day before an agreement is due. */
export async function planAgreementReminder(_deps: CoreDeps, _agreement: Agreement): Promise<void> {
  throw new Error('planAgreementReminder: not implemented yet');
}
