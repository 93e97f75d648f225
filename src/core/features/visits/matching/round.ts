/**
 * A facilitator's matching round: as many requests as possible get a host (a max-flow, so nobody is left out by the
 * order people are looked at), the better fits preferred, trios where two willing visitors share a host.
 */
import { type HostOffer, type Visit, type VisitRequest, type VisitSlot } from '../visit.js';
import { FlowNetwork } from './flow.js';
import { contextOf, feasibleSlots, peopleCanMake, reserve, spread, type MatchContext } from './slots.js';
import { candidatesFor, diagnose, scoreHost, type Candidate } from './suggest.js';
import type { MatchInput, RoundAssignment, RoundResult } from './types.js';

/** A round's own hold on a slot, so later assignments of the same round respect it. */
function reservation(id: string, hostKey: string, requests: VisitRequest[], slot: VisitSlot): Visit {
  return {
    id, groupId: requests[0]!.groupId, requestIds: requests.map((r) => r.id), visitorKeys: requests.map((r) => r.visitorKey), hostKey,
    form: requests[0]!.form, status: 'confirmed', proposedSlots: [], proposedBy: '', slot, cover: {}, sequence: 0, icsToken: '',
    reasons: [], reciprocal: false, prep: {}, reflections: {}, createdAt: '', updatedAt: '',
  };
}

/**
 * How many visitors each host can take in one round: as many as they accept at once. Visits they already have at
 * other times do not count against it; overlapping times are ruled out slot by slot (peopleCanMake), so a host with
 * one place and a visit next week can still get a visitor on another day.
 */
function roomOf(input: MatchInput): Map<string, number> {
  return new Map(input.offers.map((o) => [o.personKey, o.maxVisitors]));
}

/** The request → host pairs of a maximum matching of least cost (highest total score). */
function bestMatching(pending: VisitRequest[], edges: Map<string, Candidate[]>, room: Map<string, number>): Array<{ request: VisitRequest; candidate: Candidate }> {
  const hosts = [...new Set([...edges.values()].flat().map((c) => c.offer.personKey))].sort();
  const hostIndex = new Map(hosts.map((h, i) => [h, pending.length + 1 + i]));
  const sink = pending.length + hosts.length + 1;
  const net = new FlowNetwork(sink + 1);
  pending.forEach((_, i) => net.add(0, i + 1, 1, 0));
  for (const host of hosts) net.add(hostIndex.get(host)!, sink, Math.max(0, room.get(host) ?? 0), 0);
  const handles: Array<{ request: VisitRequest; candidate: Candidate; handle: { from: number; index: number } }> = [];
  pending.forEach((request, i) => {
    for (const candidate of edges.get(request.id) ?? []) {
      handles.push({ request, candidate, handle: net.add(i + 1, hostIndex.get(candidate.offer.personKey)!, 1, -candidate.score) });
    }
  });
  net.run(0, sink);
  return handles.filter((h) => net.flowOf(h.handle) > 0).map(({ request, candidate }) => ({ request, candidate }));
}

interface Placed {
  reservationId: string;
  assignment: RoundAssignment;
}

/** Assigns a host to every open request it can (trios where a host takes two), and says why the rest are left. */
export function runRound(input: MatchInput, requests: VisitRequest[]): RoundResult {
  const ctx: MatchContext = contextOf(input);
  const offers = new Map<string, HostOffer>(input.offers.map((o) => [o.personKey, o]));
  const room = roomOf(input);
  const seen = new Set<string>();
  let pending = [...requests].filter((r) => !seen.has(r.id) && seen.add(r.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const placed: Placed[] = [];

  const place = (hostKey: string, group: VisitRequest[], slots: VisitSlot[], candidate: Candidate): void => {
    const proposals = spread(slots, 3);
    const reservationId = `round:${placed.length}`;
    reserve(ctx, reservation(reservationId, hostKey, group, proposals[0]!));
    const reasons = group.length === 1 ? candidate.reasons : scoreHost(ctx, group[0]!, offers.get(hostKey)!, slots.length).reasons;
    placed.push({ reservationId, assignment: { hostKey, requestIds: group.map((r) => r.id), visitorKeys: group.map((r) => r.visitorKey), reasons, slots: proposals } });
    room.set(hostKey, (room.get(hostKey) ?? 0) - group.length);
    const done = new Set(group.map((r) => r.id));
    pending = pending.filter((r) => !done.has(r.id));
  };

  // Each pass places at least the first pair of its matching (its edges were computed with the same reservations);
  // a pair that no longer fits after earlier placements waits for the next pass, which re-matches around it.
  for (;;) {
    const edges = new Map(pending.map((r) => [r.id, candidatesFor(ctx, r).filter((c) => (room.get(c.offer.personKey) ?? 0) > 0)]));
    const matching = bestMatching(pending, edges, room).sort(
      (a, b) => b.candidate.score - a.candidate.score || (a.request.id < b.request.id ? -1 : 1),
    );
    if (matching.length === 0) break;
    const byHost = new Map<string, typeof matching>();
    for (const pair of matching) byHost.set(pair.candidate.offer.personKey, [...(byHost.get(pair.candidate.offer.personKey) ?? []), pair]);
    const before = pending.length;
    for (const [hostKey, pairs] of byHost) {
      const offer = offers.get(hostKey)!;
      const left = [...pairs];
      // Two willing visitors with the same host visit together when they share a slot.
      while (offer.maxVisitors >= 2) {
        const willing = left.filter((p) => p.request.trio);
        let joined = false;
        for (let i = 0; i < willing.length && !joined; i++) {
          for (let j = i + 1; j < willing.length && !joined; j++) {
            const a = willing[i]!;
            const b = willing[j]!;
            if (a.request.form !== b.request.form || a.request.visitorKey === b.request.visitorKey) continue;
            const slots = feasibleSlots(ctx, [a.request, b.request], offer);
            if (slots.length === 0) continue;
            place(hostKey, [a.request, b.request], slots, a.candidate);
            left.splice(left.indexOf(a), 1);
            left.splice(left.indexOf(b), 1);
            joined = true;
          }
        }
        if (!joined) break;
      }
      for (const pair of left) {
        const slots = feasibleSlots(ctx, [pair.request], offer);
        if (slots.length > 0) place(hostKey, [pair.request], slots, pair.candidate);
      }
    }
    if (pending.length === before) break;
  }

  // Alternatives stay only where they still fit next to every reservation of the round.
  const assignments = placed.map(({ reservationId, assignment }) => {
    const offer = offers.get(assignment.hostKey)!;
    const [first, ...rest] = assignment.slots;
    const others = rest.filter((slot) => peopleCanMake(ctx, slot, assignment.visitorKeys, assignment.hostKey, offer.maxVisitors, { ignoreVisitId: reservationId }));
    return { ...assignment, slots: [first!, ...others] };
  });
  return {
    assignments,
    unmatched: pending.map((r) => ({ requestId: r.id, visitorKey: r.visitorKey, reason: diagnose(ctx, r) })),
  };
}
