/** Property-based tests: whatever the group looks like, suggestions and rounds keep every rule. */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { closedReason } from '../../src/core/features/moments/calendar/school-calendar.js';
import { runRound, slotAt, suggestHosts, whyUnmatched, type MatchInput } from '../../src/core/features/visits/matching/index.js';
import { ACTIVE_VISIT_STATUSES, VISIT_FORMS, VISIT_STATUSES, type HostOffer, type Visit, type VisitRequest, type VisitSlot, type WeekPeriod } from '../../src/core/features/visits/visit.js';
import { ALL_PERIODS, input, NOW, offer, periods, request, visit, ZONE } from './matching-kit.js';

const TODAY = '2026-11-23';
const day = (offset: number): string => DateTime.fromISO(TODAY, { zone: 'utc' }).plus({ days: offset }).toISODate()!;
const PEOPLE = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const SCHOOL_NAMES = ['De Linde', 'Sint-Jan', 'Atheneum'];
const THEMES = ['t1', 't2', 't3', 't4'];

const cell = fc.record({ weekday: fc.integer({ min: 1, max: 5 }), period: fc.integer({ min: 1, max: 8 }) });
const weekPeriods = fc.oneof(
  fc.constant(ALL_PERIODS),
  fc.uniqueArray(cell, { selector: (c) => `${c.weekday}:${c.period}`, minLength: 12, maxLength: 40 }),
  fc.uniqueArray(cell, { selector: (c) => `${c.weekday}:${c.period}`, maxLength: 8 }),
);

interface World {
  input: MatchInput;
  requests: VisitRequest[];
}

/** `generous`: time and capacity never bind; `crowded`: one school, few free periods, one teacher away at a time. */
const worldArb = (opts: { generous?: boolean; crowded?: boolean } = {}): fc.Arbitrary<World> =>
  fc
    .record({
      n: fc.integer({ min: 2, max: 8 }),
      schools: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 8, maxLength: 8 }),
      kind: fc.constantFrom('plg' as const, 'network' as const),
      maxAway: fc.integer({ min: 1, max: 3 }),
      pairWindowDays: fc.integer({ min: 0, max: 200 }),
      horizonWeeks: fc.integer({ min: 1, max: 4 }),
      answerDays: fc.integer({ min: 1, max: 5 }),
      closed: fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 3 }),
      exam: fc.option(fc.record({ from: fc.integer({ min: 1, max: 30 }), len: fc.integer({ min: 0, max: 5 })})),
      offers: fc.array(
        fc.record({
          who: fc.nat(7), themes: fc.subarray(THEMES), periods: weekPeriods, maxVisitors: fc.integer({ min: 1, max: 3 }),
          paused: fc.integer({ min: 0, max: 4 }).map((k) => k === 0), pausedUntil: fc.option(fc.integer({ min: -5, max: 10 })),
        }),
        { minLength: 1, maxLength: 8 },
      ),
      requests: fc.array(
        fc.record({
          who: fc.nat(7), themes: fc.subarray(THEMES),
          free: opts.crowded ? fc.subarray(periods('2:1', '2:2', '4:1'), { minLength: 1 }) : weekPeriods, form: fc.constantFrom(...VISIT_FORMS),
          scope: fc.constantFrom('own-school' as const, 'network' as const, 'network' as const), trio: fc.boolean(),
          from: fc.integer({ min: -5, max: 20 }), len: fc.integer({ min: 4, max: 40 }), passed: fc.subarray(PEOPLE, { maxLength: 2 }),
        }),
        { maxLength: 6 },
      ),
      visits: fc.array(
        fc.record({
          host: fc.nat(7), visitors: fc.uniqueArray(fc.nat(7), { minLength: 1, maxLength: 2 }), status: fc.constantFrom(...VISIT_STATUSES),
          date: fc.oneof(fc.integer({ min: -200, max: 0 }), fc.integer({ min: 1, max: 14 })), period: fc.integer({ min: 1, max: 8 }), half: fc.boolean(),
        }),
        { maxLength: 10 },
      ),
    })
    .map((g) => {
      const people = PEOPLE.slice(0, g.n);
      const who = (k: number) => people[k % g.n]!;
      const schools = Object.fromEntries(people.map((p, k) => [p, SCHOOL_NAMES[opts.crowded ? Math.min(g.schools[k]!, 1) : g.schools[k]!]!]));
      const seenHosts = new Set<string>();
      const offers: HostOffer[] = g.offers
        .filter((o) => !seenHosts.has(who(o.who)) && seenHosts.add(who(o.who)))
        .map((o) =>
          offer(who(o.who), {
            themes: o.themes, periods: o.periods, maxVisitors: o.maxVisitors, paused: opts.generous ? false : o.paused,
            ...(o.pausedUntil !== null && !opts.generous ? { pausedUntil: day(o.pausedUntil) } : {}),
          }),
        );
      const seenVisitors = new Set<string>();
      const requests: VisitRequest[] = g.requests
        .filter((r) => !seenVisitors.has(who(r.who)) && seenVisitors.add(who(r.who)))
        .map((r) =>
          request(who(r.who), {
            themes: r.themes, free: opts.generous ? ALL_PERIODS : r.free, form: r.form, scope: r.scope, trio: r.trio,
            fromDate: opts.generous ? TODAY : day(r.from), toDate: opts.generous ? day(80) : day(r.from + r.len), passedHosts: r.passed,
          }),
        );
      const visits: Visit[] = g.visits
        .map((v) => ({ ...v, host: who(v.host), visitors: [...new Set(v.visitors.map(who))] }))
        .filter((v) => !v.visitors.includes(v.host))
        .map((v) => {
          const periods = v.half ? (v.period <= 4 ? [1, 2, 3, 4] : [5, 6, 7, 8]) : [v.period];
          const s = slotAt(day(v.date), periods, ZONE);
          return v.status === 'proposed' ? visit(v.host, v.visitors, 'proposed', undefined, { proposedSlots: [s] }) : visit(v.host, v.visitors, v.status, s);
        });
      const base = input({
        schools, offers, visits, requests,
        group: {
          id: 'g1', kind: g.kind, community: 'vl', timeZone: ZONE,
          closedDays: opts.generous ? [] : g.closed.map((d) => ({ date: day(d), reason: 'studiedag' })),
          examPeriods: g.exam && !opts.generous ? [{ from: day(g.exam.from), to: day(g.exam.from + g.exam.len), reason: 'examens' }] : [],
        },
        settings: { ...input().settings, maxAwayPerSchool: opts.generous ? 10 : opts.crowded ? 1 : g.maxAway, pairWindowDays: g.pairWindowDays, horizonWeeks: opts.generous ? 6 : opts.crowded ? 2 : g.horizonWeeks, hostAnswerSchoolDays: g.answerDays },
      });
      return { input: base, requests };
    });

// ---------------------------------------------------------------------------------------------
// Independent checks of the rules

const has = (cells: readonly WeekPeriod[], weekday: number, period: number) => cells.some((c) => c.weekday === weekday && c.period === period);
const overlaps = (a: VisitSlot, b: VisitSlot) => a.date === b.date && a.periods.some((p) => b.periods.includes(p));
const offerOf = (inp: MatchInput, key: string) => inp.offers.find((o) => o.personKey === key)!;

const isOpen = (inp: MatchInput, date: string): boolean =>
  DateTime.fromISO(date, { zone: 'utc' }).weekday <= 5 &&
  closedReason(date, { community: 'vl', closedDays: inp.group.closedDays, examPeriods: inp.group.examPeriods }) === undefined;

/** The day the host has to answer by: `hostAnswerSchoolDays` open days after today, counted here on its own. */
function answerDay(inp: MatchInput): string {
  let offset = 0;
  for (let counted = 0; counted < inp.settings.hostAnswerSchoolDays; ) if (isOpen(inp, day(++offset))) counted++;
  return day(offset);
}

function checkSlot(inp: MatchInput, reqs: VisitRequest[], host: HostOffer, s: VisitSlot): void {
  const weekday = DateTime.fromISO(s.date, { zone: 'utc' }).weekday;
  expect(weekday).toBeLessThanOrEqual(5);
  expect(isOpen(inp, s.date)).toBe(true);
  expect(weekday === 3 && s.periods.some((p) => p >= 5)).toBe(false);
  // Never on or before the day the host has to answer by.
  expect(s.date > answerDay(inp)).toBe(true);
  expect(s.date <= day(7 * inp.settings.horizonWeeks)).toBe(true);
  const form = reqs[0]!.form;
  if (form === 'other-school') expect([[1, 2, 3, 4], [5, 6, 7, 8]]).toContainEqual(s.periods);
  else expect(s.periods).toHaveLength(1);
  for (const r of reqs) {
    expect(s.date >= r.fromDate && s.date <= r.toDate).toBe(true);
    for (const p of s.periods) expect(has(r.free, weekday, p)).toBe(true);
  }
  for (const p of s.periods) expect(has(host.periods, weekday, p)).toBe(true);
  expect(slotAt(s.date, s.periods, ZONE)).toEqual(s);
}

function checkHost(inp: MatchInput, r: VisitRequest, hostKey: string): void {
  expect(hostKey).not.toBe(r.visitorKey);
  expect(r.passedHosts).not.toContain(hostKey);
  const o = offerOf(inp, hostKey);
  expect(o.paused && (!o.pausedUntil || o.pausedUntil > TODAY)).toBe(false);
  if (r.scope === 'own-school') expect(inp.schoolOf(hostKey)).toBe(inp.schoolOf(r.visitorKey));
  const windowStart = day(-inp.settings.pairWindowDays);
  for (const v of inp.visits) {
    // The rule is directional: the same visitor at the same host; a return visit the other way is allowed.
    const samePair = v.hostKey === hostKey && v.visitorKeys.includes(r.visitorKey);
    if (!samePair) continue;
    expect(['proposed', 'accepted'].includes(v.status)).toBe(false);
    if (v.status === 'confirmed' || v.status === 'done') expect(v.slot!.date < windowStart).toBe(true);
  }
}

interface Hold {
  visitors: string[];
  host: string;
  slot: VisitSlot;
}

/** New holds keep school capacity, nobody is in two places and hosts stay within their maximum, next to existing visits and each other. */
function checkHolds(inp: MatchInput, fresh: Hold[], others: Hold[] = []): void {
  const active = inp.visits.filter((v) => ACTIVE_VISIT_STATUSES.includes(v.status));
  const firmOld: Hold[] = active.filter((v) => v.status !== 'proposed').map((v) => ({ visitors: v.visitorKeys, host: v.hostKey, slot: v.slot! }));
  const tentativeOld: Hold[] = active.filter((v) => v.status === 'proposed').flatMap((v) => v.proposedSlots.map((slot) => ({ visitors: v.visitorKeys, host: v.hostKey, slot })));
  const all = [...fresh, ...others];
  for (const h of fresh) {
    for (const p of h.slot.periods) {
      const at = (x: Hold) => x.slot.date === h.slot.date && x.slot.periods.includes(p);
      for (const school of new Set(h.visitors.map(inp.schoolOf))) {
        const away = new Set([...firmOld, ...all].filter(at).flatMap((x) => x.visitors).filter((v) => inp.schoolOf(v) === school));
        expect(away.size).toBeLessThanOrEqual(inp.settings.maxAwayPerSchool);
      }
      const hosted = [...firmOld, ...tentativeOld, ...all].filter((x) => at(x) && x.host === h.host).reduce((n, x) => n + x.visitors.length, 0);
      expect(hosted).toBeLessThanOrEqual(offerOf(inp, h.host).maxVisitors);
    }
    for (const x of [...firmOld, ...tentativeOld, ...all]) {
      if (x === h || !overlaps(x.slot, h.slot)) continue;
      expect(x.visitors).not.toContain(h.host);
      for (const v of h.visitors) expect([...x.visitors, x.host]).not.toContain(v);
    }
  }
}

const RUNS = { numRuns: 200 };

describe('matching properties', () => {
  it('suggestions keep every rule', () => {
    fc.assert(
      fc.property(worldArb(), ({ input: inp, requests }) => {
        for (const r of requests) {
          const suggestions = suggestHosts(inp, r);
          if (suggestions.length === 0) expect(whyUnmatched(inp, r)).toMatch(/^(no-hosts|all-passed|scope|recent-pair|no-common-time|capacity)$/);
          for (const s of suggestions) {
            checkHost(inp, r, s.hostKey);
            expect(s.slots.length).toBeGreaterThan(0);
            expect(s.slots.length).toBeLessThanOrEqual(3);
            for (const slot of s.slots) {
              checkSlot(inp, [r], offerOf(inp, s.hostKey), slot);
              checkHolds(inp, [{ visitors: [r.visitorKey], host: s.hostKey, slot }]);
            }
          }
          expect(suggestHosts(inp, r)).toEqual(suggestions);
        }
      }),
      RUNS,
    );
  });

  it.each([['a random group', {}], ['a crowded group', { crowded: true }]] as const)('a round keeps every rule in %s, also across its own assignments', (_, opts) => {
    fc.assert(
      fc.property(worldArb(opts), ({ input: inp, requests }) => {
        const { assignments, unmatched } = runRound(inp, requests);
        const ids = [...assignments.flatMap((a) => a.requestIds), ...unmatched.map((u) => u.requestId)];
        expect(ids.sort()).toEqual(requests.map((r) => r.id).sort());
        const firsts: Hold[] = assignments.map((a) => ({ visitors: a.visitorKeys, host: a.hostKey, slot: a.slots[0]! }));
        checkHolds(inp, firsts);
        const room = new Map<string, number>();
        assignments.forEach((a, k) => {
          const reqs = a.requestIds.map((id) => requests.find((r) => r.id === id)!);
          expect(reqs.map((r) => r.visitorKey)).toEqual(a.visitorKeys);
          if (reqs.length === 2) {
            expect(reqs.every((r) => r.trio)).toBe(true);
            expect(offerOf(inp, a.hostKey).maxVisitors).toBeGreaterThanOrEqual(2);
          }
          for (const r of reqs) checkHost(inp, r, a.hostKey);
          for (const slot of a.slots) checkSlot(inp, reqs, offerOf(inp, a.hostKey), slot);
          for (const slot of a.slots.slice(1)) checkHolds(inp, [{ visitors: a.visitorKeys, host: a.hostKey, slot }], firsts.filter((_, j) => j !== k));
          room.set(a.hostKey, (room.get(a.hostKey) ?? 0) + a.visitorKeys.length);
        });
        // A round gives a host at most as many visitors as they take at once; overlaps with visits they already
        // have are ruled out per period by checkHolds.
        for (const [host, taken] of room) {
          expect(taken).toBeLessThanOrEqual(offerOf(inp, host).maxVisitors);
        }
      }),
      RUNS,
    );
  });

  it('no repeat (visitor, host) pair: a recent visit blocks the same direction, never the return visit', () => {
    fc.assert(
      fc.property(worldArb({ generous: true }), fc.integer({ min: 1, max: 60 }), ({ input: inp, requests }, ago) => {
        for (const r of requests) {
          const hosts = suggestHosts(inp, r).map((s) => s.hostKey);
          for (const host of hosts) {
            // A visit of `ago` days back, inside the window whenever the window is that long; the past holds no capacity.
            const when = slotAt(day(-ago), [1], ZONE);
            const inWindow = ago <= inp.settings.pairWindowDays;
            const same = { ...inp, visits: [...inp.visits, visit(host, [r.visitorKey], 'done', when)] };
            const back = { ...inp, visits: [...inp.visits, visit(r.visitorKey, [host], 'done', when)] };
            expect(suggestHosts(same, r).some((s) => s.hostKey === host)).toBe(!inWindow);
            expect(suggestHosts(back, r).map((s) => s.hostKey)).toEqual(hosts);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('everyone declines: no suggestion, and the reason says so', () => {
    fc.assert(
      fc.property(worldArb(), fc.nat(), ({ input: inp }, pick) => {
        const visitorKey = PEOPLE[pick % PEOPLE.length]!;
        const open = inp.offers.filter((o) => o.personKey !== visitorKey && !(o.paused && (!o.pausedUntil || o.pausedUntil > TODAY)));
        const r = request(visitorKey, { passedHosts: inp.offers.map((o) => o.personKey) });
        expect(suggestHosts(inp, r)).toEqual([]);
        const expected = open.length === 0 ? 'no-hosts' : 'all-passed';
        expect(whyUnmatched(inp, r)).toBe(expected);
        expect(runRound(inp, [r]).unmatched).toEqual([{ requestId: r.id, visitorKey, reason: expected }]);
      }),
      RUNS,
    );
  });

  it('an odd number of requesters are all matched when a perfect assignment exists', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(3, 5, 7).chain((n) => fc.shuffledSubarray(PEOPLE, { minLength: n, maxLength: n })),
        fc.func(fc.boolean()),
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 8, maxLength: 8 }),
        fc.constantFrom('plg' as const, 'network' as const),
        (people, extraEdge, schoolOf, kind) => {
          // Everyone asks and everyone offers one place; the visits go round in a circle (a→b→c→a), plus random other allowed hosts.
          const n = people.length;
          const schools = Object.fromEntries(people.map((p, k) => [p, SCHOOL_NAMES[schoolOf[k]!]!]));
          const requests = people.map((p, k) => {
            const target = people[(k + 1) % n]!;
            return request(p, { themes: [THEMES[k % 4]!], passedHosts: people.filter((q) => q !== target && q !== p && !extraEdge(p, q)) });
          });
          const inp = input({
            schools, group: { ...input().group, kind }, offers: people.map((p, k) => offer(p, { themes: [THEMES[(k + 1) % 4]!] })), requests,
            settings: { ...input().settings, maxAwayPerSchool: n },
          });
          const result = runRound(inp, requests);
          expect(result.unmatched).toEqual([]);
          expect(result.assignments.flatMap((a) => a.visitorKeys).sort()).toEqual([...people].sort());
          checkHolds(inp, result.assignments.map((a) => ({ visitors: a.visitorKeys, host: a.hostKey, slot: a.slots[0]! })));
        },
      ),
      RUNS,
    );
  });

  it('a round matches as many requests as a brute-force maximum', () => {
    fc.assert(
      fc.property(worldArb({ generous: true }), ({ input: inp, requests }) => {
        const eligible = requests.map((r) => suggestHosts(inp, r, 100).map((s) => s.hostKey));
        const room = new Map(inp.offers.map((o) => [o.personKey, o.maxVisitors - inp.visits.filter((v) => v.hostKey === o.personKey && ACTIVE_VISIT_STATUSES.includes(v.status)).reduce((n, v) => n + v.visitorKeys.length, 0)]));
        const best = (k: number): number => {
          if (k === requests.length) return 0;
          let max = best(k + 1);
          for (const h of eligible[k]!) {
            if ((room.get(h) ?? 0) <= 0) continue;
            room.set(h, room.get(h)! - 1);
            max = Math.max(max, 1 + best(k + 1));
            room.set(h, room.get(h)! + 1);
          }
          return max;
        };
        const matched = runRound(inp, requests).assignments.reduce((n, a) => n + a.requestIds.length, 0);
        expect(matched).toBeGreaterThanOrEqual(best(0));
      }),
      RUNS,
    );
  });
});

it('uses Monday 23 November 2026 as today', () => {
  expect(DateTime.fromJSDate(NOW, { zone: ZONE }).toISODate()).toBe(TODAY);
});
