import type { CoreDeps } from '../../app/context.js';
import type { Visit } from './visit.js';

/** (Re)plans a visit's preparation prompt, reminders, reflection and check-in for its current sequence (stub). */
export async function planVisitReminders(_deps: CoreDeps, _visit: Visit): Promise<void> {
  throw new Error('not implemented yet');
}

/** Drops every open reminder of a visit (cancelled, did not happen) (stub). */
export async function cancelVisitReminders(_deps: CoreDeps, _visitId: string): Promise<void> {
  throw new Error('not implemented yet');
}
