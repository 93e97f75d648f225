import type { CoreDeps } from '../../app/context.js';

/** Sends one due reminder exactly once (or defers, retries, drops it); called by the scheduler. */
export async function runReminder(_deps: CoreDeps, _id: string): Promise<void> {
  throw new Error('runReminder: not implemented yet');
}

/** At start: schedules every open reminder again from storage; returns how many. */
export async function rearmReminders(deps: CoreDeps): Promise<number> {
  const open = await deps.storage.reminders.listOpen();
  for (const reminder of open) deps.scheduler.schedule(reminder.id, new Date(reminder.nextAttemptAt ?? reminder.dueAt));
  return open.length;
}
