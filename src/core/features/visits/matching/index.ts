/**
 * Matching visitors with hosts and finding slots: pure functions over plain data, so the constraints can be tested
 * with random groups. Storage is read elsewhere (visit-access.ts builds a MatchInput).
 */
export type { MatchInput, RoundAssignment, RoundResult, Suggestion, UnmatchedReason } from './types.js';
export { suggestHosts, whyUnmatched } from './suggest.js';
export { proposeSlots, slotStillFree } from './propose.js';
export { runRound } from './round.js';
export { addSchoolDays } from './school-days.js';
export { slotAt } from './slots.js';
