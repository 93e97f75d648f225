/** Slots for a given host and visitor(s), and the re-check when a host accepts one. */
import type { HostOffer, Visit, VisitRequest, VisitSlot } from '../visit.js';
import { contextOf, feasibleSlots, isValidSlot, peopleCanMake, spread } from './slots.js';
import type { MatchInput } from './types.js';

/**
 * Up to `limit` slots in which the visitor(s) and the host can both make it, respecting every constraint. The earliest
 * is on the school day after the host's answer deadline (firstSlotDate): with the default three school days, a request
 * on Sunday 22 November gets slots from Thursday 26 November, after "please answer by Wednesday 25 November".
 */
export function proposeSlots(input: MatchInput, visitors: VisitRequest[], offer: HostOffer, limit = 3, ignoreVisitId?: string): VisitSlot[] {
  const ctx = contextOf(input);
  return spread(feasibleSlots(ctx, visitors, offer, ignoreVisitId === undefined ? {} : { ignoreVisitId }), Math.max(0, limit));
}

/**
 * True when a slot still respects every constraint (closed days, capacity, the people's other visits). The host's
 * offered periods are not required: a host may propose another time of their own.
 */
export function slotStillFree(input: MatchInput, visit: Pick<Visit, 'id' | 'visitorKeys' | 'hostKey'>, slot: VisitSlot): boolean {
  const ctx = contextOf(input);
  if (!isValidSlot(ctx, slot)) return false;
  // An offer lowered after the visit was made does not undo the visit itself.
  const maxVisitors = Math.max(input.offers.find((o) => o.personKey === visit.hostKey)?.maxVisitors ?? 0, visit.visitorKeys.length);
  const periods = [...slot.periods].sort((a, b) => a - b);
  return peopleCanMake(ctx, { ...slot, periods }, visit.visitorKeys, visit.hostKey, maxVisitors, { ignoreVisitId: visit.id });
}
