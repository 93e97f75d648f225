import type { CoreDeps } from '../../app/context.js';
import type { Group } from '../groups/group.js';
import type { MatchReason, Visit, VisitRequest } from './visit.js';

/** Creates a `proposed` visit with up to three slots, asks the host privately and arms the answer deadline (stub). */
export async function askHost(
  _deps: CoreDeps,
  _opts: { group: Group; requests: VisitRequest[]; hostKey: string; reasons: MatchReason[] },
): Promise<Visit | undefined> {
  throw new Error('not implemented yet');
}

/** The deadline job: the other side did not answer a proposal in time (stub). */
export async function runDeadlineJob(_deps: CoreDeps, _jobId: string): Promise<void> {
  throw new Error('not implemented yet');
}

/** At start: arms the deadline of every proposal still waiting for an answer; returns how many (stub). */
export async function rearmDeadlines(_deps: CoreDeps): Promise<number> {
  return 0;
}
