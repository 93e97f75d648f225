/** Which hosts fit a request, how well and why; and why none does. */
import type { HostOffer, MatchReason, VisitRequest, VisitSlot } from '../visit.js';
import { plusDays } from './school-days.js';
import { contextOf, feasibleSlots, spread, type MatchContext } from './slots.js';
import type { MatchInput, Suggestion, UnmatchedReason } from './types.js';
import { sharedWords } from './words.js';

// Themes weigh most; shared words, another school and reciprocity refine; more slots only break near-ties.
const WEIGHT = { theme: 100, word: 30, otherSchool: 40, reciprocal: 20, slot: 1, maxSlotBonus: 10, maxWords: 5 } as const;

/** True while an offer is paused: `pausedUntil` (yyyy-MM-dd) ends the pause by itself on that day. */
export const isPaused = (offer: HostOffer, today: string): boolean => offer.paused && (!offer.pausedUntil || offer.pausedUntil > today);

// Directional: a visit A→B blocks A→B again, never the return visit B→A that reciprocity proposes.
const pairKey = (visitor: string, host: string): string => `${visitor}\u0000${host}`;
const pairCache = new WeakMap<MatchContext, Set<string>>();

/**
 * (visitor, host) pairs that may not meet again now: that visitor went or will go to that host within the pair window,
 * or such a visit is still being arranged. Visits that did not happen, were cancelled, declined or expired do not
 * count, and the other direction stays open (a return visit is what reciprocity asks for).
 */
function recentPairs(ctx: MatchContext): Set<string> {
  let pairs = pairCache.get(ctx);
  if (pairs) return pairs;
  pairs = new Set();
  const windowStart = plusDays(ctx.today, -ctx.input.settings.pairWindowDays);
  for (const visit of ctx.input.visits) {
    const counts =
      visit.status === 'proposed' || visit.status === 'accepted' ||
      ((visit.status === 'confirmed' || visit.status === 'done') && (!visit.slot || visit.slot.date >= windowStart));
    if (counts) for (const visitor of visit.visitorKeys) pairs.add(pairKey(visitor, visit.hostKey));
  }
  pairCache.set(ctx, pairs);
  return pairs;
}

/** True when `visitor` may not visit `host` now (see recentPairs). */
export const recentlyPaired = (ctx: MatchContext, visitor: string, host: string): boolean => recentPairs(ctx).has(pairKey(visitor, host));

const overlap = (a: readonly string[], b: readonly string[]): string[] => [...new Set(a)].filter((x) => b.includes(x));

/** How well a host fits a request and the reasons shown to the visitor. */
export function scoreHost(ctx: MatchContext, request: VisitRequest, offer: HostOffer, slotCount: number): { score: number; reasons: MatchReason[] } {
  const { input } = ctx;
  const reasons: MatchReason[] = [];
  let score = 0;
  const themes = overlap(request.themes, offer.themes);
  if (themes.length) {
    reasons.push({ kind: 'themes', themes });
    score += WEIGHT.theme * themes.length;
  }
  const words = sharedWords(`${request.learningQuestion} ${request.lensOwn ?? ''}`, offer.show).slice(0, WEIGHT.maxWords);
  if (words.length) {
    reasons.push({ kind: 'words', words });
    score += WEIGHT.word * words.length;
  }
  const sameSchool = input.schoolOf(offer.personKey) === input.schoolOf(request.visitorKey);
  if (request.scope === 'own-school') reasons.push({ kind: 'same-school' });
  else if (input.group.kind === 'network' && !sameSchool) {
    const school = input.schoolNameOf(offer.personKey);
    reasons.push(school ? { kind: 'other-school', school } : { kind: 'other-school' });
    score += WEIGHT.otherSchool;
  }
  const visitorOffer = input.offers.find((o) => o.personKey === request.visitorKey && !isPaused(o, ctx.today));
  const hostAsks = input.requests.filter((r) => r.visitorKey === offer.personKey && r.status === 'open');
  if (visitorOffer && hostAsks.some((r) => overlap(r.themes, visitorOffer.themes).length > 0)) {
    reasons.push({ kind: 'reciprocal' });
    score += WEIGHT.reciprocal;
  }
  reasons.push({ kind: 'slots', count: slotCount });
  score += WEIGHT.slot * Math.min(slotCount, WEIGHT.maxSlotBonus);
  return { score, reasons };
}

/** A host that fits a request, with every slot they can make. */
export interface Candidate {
  offer: HostOffer;
  score: number;
  reasons: MatchReason[];
  slots: VisitSlot[];
}

/** Offers a request may be matched with on every rule except time (self, pause, passed, scope, recent pair). */
function allowedOffers(ctx: MatchContext, request: VisitRequest): HostOffer[] {
  const visitorSchool = ctx.input.schoolOf(request.visitorKey);
  return ctx.input.offers.filter(
    (o) =>
      o.personKey !== request.visitorKey &&
      !isPaused(o, ctx.today) &&
      !request.passedHosts.includes(o.personKey) &&
      (request.scope !== 'own-school' || ctx.input.schoolOf(o.personKey) === visitorSchool) &&
      !recentlyPaired(ctx, request.visitorKey, o.personKey),
  );
}

/** Best first, then by host key, so the same input always gives the same answer. */
const byScore = (a: { score: number; offer: HostOffer }, b: { score: number; offer: HostOffer }): number =>
  b.score - a.score || (a.offer.personKey < b.offer.personKey ? -1 : a.offer.personKey > b.offer.personKey ? 1 : 0);

/** Every host that fits a request and has at least one feasible slot, best first. */
export function candidatesFor(ctx: MatchContext, request: VisitRequest): Candidate[] {
  const found: Candidate[] = [];
  for (const offer of allowedOffers(ctx, request)) {
    const slots = feasibleSlots(ctx, [request], offer);
    if (slots.length === 0) continue;
    found.push({ offer, slots, ...scoreHost(ctx, request, offer, slots.length) });
  }
  return found.sort(byScore);
}

/**
 * Ranked host suggestions for one request (best first, at most `limit`); hosts without a feasible slot are left out.
 * Slots start on the school day after the host's answer deadline (firstSlotDate), as in proposeSlots.
 */
export function suggestHosts(input: MatchInput, request: VisitRequest, limit = 3): Suggestion[] {
  const ctx = contextOf(input);
  return candidatesFor(ctx, request)
    .slice(0, Math.max(0, limit))
    .map((c) => ({ hostKey: c.offer.personKey, score: c.score, reasons: c.reasons, slots: spread(c.slots, 3) }));
}

/**
 * Why a request gets no host, the first rule that leaves nobody: no offers, all passed, scope, recent pair, no common
 * time, capacity. In a round, hosts that fit but are taken by others also give 'capacity'.
 */
export function diagnose(ctx: MatchContext, request: VisitRequest): UnmatchedReason {
  const open = ctx.input.offers.filter((o) => o.personKey !== request.visitorKey && !isPaused(o, ctx.today));
  if (open.length === 0) return 'no-hosts';
  const notPassed = open.filter((o) => !request.passedHosts.includes(o.personKey));
  if (notPassed.length === 0) return 'all-passed';
  const visitorSchool = ctx.input.schoolOf(request.visitorKey);
  const inScope = notPassed.filter((o) => request.scope !== 'own-school' || ctx.input.schoolOf(o.personKey) === visitorSchool);
  if (inScope.length === 0) return 'scope';
  const fresh = inScope.filter((o) => !recentlyPaired(ctx, request.visitorKey, o.personKey));
  if (fresh.length === 0) return 'recent-pair';
  if (fresh.some((o) => feasibleSlots(ctx, [request], o, { skipCapacity: true }).length > 0)) return 'capacity';
  return 'no-common-time';
}

/** Why no host can be suggested for a request (only meaningful when suggestHosts returns nothing). */
export function whyUnmatched(input: MatchInput, request: VisitRequest): UnmatchedReason {
  return diagnose(contextOf(input), request);
}
