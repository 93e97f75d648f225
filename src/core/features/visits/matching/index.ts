/**
 * Matching visitors with hosts and finding slots: pure functions over plain data, so the constraints can be tested
 * with random groups. Storage is read elsewhere (visit-access.ts builds a MatchInput).
 */
import type { ClosedDay, BlockedPeriod } from '../../groups/group.js';
import type { HostOffer, MatchReason, Visit, VisitRequest, VisitSettings, VisitSlot } from '../visit.js';

/** Everything matching needs to know about one group, read once. */
export interface MatchInput {
  group: { id: string; kind: 'plg' | 'network'; community: 'vl' | 'fr'; timeZone: string; closedDays: ClosedDay[]; examPeriods: BlockedPeriod[] };
  settings: VisitSettings;
  /** The current instant; slots start after it and the pair window counts back from it. */
  now: Date;
  /** School key of a person (see schoolKey in visit.ts). */
  schoolOf(personKey: string): string;
  /** Display school of a person, when known (for reasons shown to people). */
  schoolNameOf(personKey: string): string | undefined;
  /** Active members' host offers in the group (paused ones included; matching skips them). */
  offers: HostOffer[];
  /** Every visit of the group: history for the pair window, active ones for capacity. */
  visits: Visit[];
  /** Open requests of the group (for reciprocity). */
  requests: VisitRequest[];
}

/** A host suggested for a request, with why and up to three slots both can make. */
export interface Suggestion {
  hostKey: string;
  score: number;
  reasons: MatchReason[];
  slots: VisitSlot[];
}

/** Why a request could not be given a host. */
export type UnmatchedReason = 'no-hosts' | 'scope' | 'recent-pair' | 'no-common-time' | 'capacity' | 'all-passed';

/** One assignment of a round: a host and one visitor, or two (a trio). */
export interface RoundAssignment {
  hostKey: string;
  requestIds: string[];
  visitorKeys: string[];
  reasons: MatchReason[];
  slots: VisitSlot[];
}

/** The outcome of a matching round. */
export interface RoundResult {
  assignments: RoundAssignment[];
  unmatched: Array<{ requestId: string; visitorKey: string; reason: UnmatchedReason }>;
}

/** Ranked host suggestions for one request (best first, at most `limit`); hosts without a feasible slot are left out. */
export function suggestHosts(_input: MatchInput, _request: VisitRequest, _limit = 3): Suggestion[] {
  throw new Error('not implemented yet');
}

/** Why no host can be suggested for a request (only meaningful when suggestHosts returns nothing). */
export function whyUnmatched(_input: MatchInput, _request: VisitRequest): UnmatchedReason {
  throw new Error('not implemented yet');
}

/** Up to `limit` slots in which the visitor(s) and the host can both make it, respecting every constraint. */
export function proposeSlots(_input: MatchInput, _visitors: VisitRequest[], _offer: HostOffer, _limit = 3, _ignoreVisitId?: string): VisitSlot[] {
  throw new Error('not implemented yet');
}

/** True when a slot still respects every constraint (closed days, capacity, the people's other visits). */
export function slotStillFree(_input: MatchInput, _visit: Pick<Visit, 'id' | 'visitorKeys' | 'hostKey'>, _slot: VisitSlot): boolean {
  throw new Error('not implemented yet');
}

/** Assigns a host to every open request it can (trios where a host takes two), and says why the rest are left. */
export function runRound(_input: MatchInput, _requests: VisitRequest[]): RoundResult {
  throw new Error('not implemented yet');
}

/** The instant `days` school days after `from` (weekends, holidays and the group's closed days do not count), at the same local time. */
export function addSchoolDays(_from: Date, _days: number, _group: MatchInput['group']): Date {
  throw new Error('not implemented yet');
}

/** A slot for a given date and periods, with its instants from the default timetable in the group's zone. */
export function slotAt(_date: string, _periods: number[], _zone: string): VisitSlot {
  throw new Error('not implemented yet');
}
