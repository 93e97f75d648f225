/** The matching API's data shapes, kept apart so the engine's files can share them without import cycles. */
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
