import type { CoreDeps } from '../../app/context.js';
import { cancelReminders, planAgreementReminder, planMomentReminders } from '../reminders/plan-reminders.js';
import type { Agreement, Moment } from './moment.js';

// The change is already saved when reminders are (re)planned: a failure is logged and reported,
// never thrown, so a retry cannot save the same moment twice.
async function attempt(deps: CoreDeps, what: string, subjectId: string, run: () => Promise<void>): Promise<boolean> {
  try {
    await run();
    return true;
  } catch (error) {
    deps.logger.error(`moments: could not ${what}`, { subjectId, error: error instanceof Error ? error.message : String(error) });
    return false;
  }
}

/** (Re)plans the reminders of each moment; false when any could not be planned. */
export async function planRemindersFor(deps: CoreDeps, moments: Moment[]): Promise<boolean> {
  let ok = true;
  for (const moment of moments) ok = (await attempt(deps, 'plan moment reminders', moment.id, () => planMomentReminders(deps, moment))) && ok;
  return ok;
}

/** Drops the open reminders of each moment or agreement; false when any could not be dropped. */
export async function dropRemindersFor(deps: CoreDeps, subjectIds: string[]): Promise<boolean> {
  let ok = true;
  for (const id of subjectIds) ok = (await attempt(deps, 'cancel reminders', id, () => cancelReminders(deps, id))) && ok;
  return ok;
}

/** Plans the owner's reminder of an agreement; false when it could not be planned. */
export const planAgreementReminderSafely = (deps: CoreDeps, agreement: Agreement): Promise<boolean> =>
  attempt(deps, 'plan agreement reminder', agreement.id, () => planAgreementReminder(deps, agreement));
