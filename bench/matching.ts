/**
 * bench/matching: how suggestions and a facilitator's matching round scale with the size of a group.
 * For groups of 20 … 300 members (everyone offers their class and asks for a visit; free periods, themes and schools
 * drawn from a seeded generator; two past visits per member for the pair window and some confirmed visits for
 * capacity), it times `suggestHosts` for every request and one `runRound`, and prints each figure with its ratio to
 * the smallest group measured in the same run (so machines compare by ratio, not by milliseconds).
 * Prints figures only; nothing is asserted about wall-clock time.
 *
 *   node --import tsx bench/matching.ts
 *   BENCH_SIZES=20,60,150 BENCH_REPEAT=3 node --import tsx bench/matching.ts
 */
import { performance } from 'node:perf_hooks';
import { runRound, slotAt, suggestHosts, type MatchInput } from '../src/core/features/visits/matching/index.js';
import { DEFAULT_VISIT_SETTINGS, type HostOffer, type Visit, type VisitRequest, type WeekPeriod } from '../src/core/features/visits/visit.js';
import { NEEDS_THEMES } from '../src/core/features/needs/needs.js';

const SIZES = (process.env['BENCH_SIZES'] ?? '20,60,150,300').split(',').map(Number);
const REPEAT = Number(process.env['BENCH_REPEAT'] ?? 3);
const ZONE = 'Europe/Brussels';
const NOW = new Date('2026-11-23T08:00:00.000Z');
const at = NOW.toISOString();
const THEMES = NEEDS_THEMES.map((t) => t.id).filter((id) => id !== 'other');
const WORDS = ['hoekenwerk', 'coöperatief leren', 'feedback', 'meertalige klas', 'zelfstandig werken', 'klasmanagement', 'evaluatie', 'co-teaching'];

/** A small seeded generator (mulberry32), so every run measures the same groups. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function group(size: number): { input: MatchInput; requests: VisitRequest[] } {
  const rnd = random(size);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const periods = (n: number): WeekPeriod[] => {
    const out = new Map<string, WeekPeriod>();
    while (out.size < n) {
      const p = { weekday: 1 + Math.floor(rnd() * 5), period: 1 + Math.floor(rnd() * 8) };
      out.set(`${p.weekday}:${p.period}`, p);
    }
    return [...out.values()];
  };
  const keys = Array.from({ length: size }, (_, i) => `bench:t1:u${i}`);
  const schools = new Map(keys.map((k) => [k, `school-${Math.floor(rnd() * Math.max(2, size / 15))}`]));
  const offers: HostOffer[] = keys.map((personKey) => ({
    groupId: 'g1', personKey, themes: [pick(THEMES), pick(THEMES)], show: `${pick(WORDS)} en ${pick(WORDS)}`, periods: periods(10),
    maxVisitors: 1 + Math.floor(rnd() * 2), paused: rnd() < 0.1, createdAt: at, updatedAt: at,
  }));
  const requests: VisitRequest[] = keys.map((visitorKey, i) => ({
    id: `q${i}`, groupId: 'g1', visitorKey, learningQuestion: `Hoe pak ik ${pick(WORDS)} aan in een drukke klas?`, themes: [pick(THEMES)],
    lens: 'methods', form: rnd() < 0.15 ? 'other-school' : 'observe', scope: 'network', free: periods(8), fromDate: '2026-11-24',
    toDate: '2027-01-31', trio: rnd() < 0.3, status: 'open', passedHosts: [], createdAt: at, updatedAt: at,
  }));
  const visits: Visit[] = keys.flatMap((visitor, i) =>
    [1, 2].map((n): Visit => {
      const status = n === 1 ? 'done' : 'confirmed';
      const date = n === 1 ? '2026-10-06' : '2026-12-0' + (1 + (i % 4));
      return {
        id: `v${i}-${n}`, groupId: 'g1', requestIds: [`old${i}-${n}`], visitorKeys: [visitor], hostKey: pick(keys), form: 'observe', status,
        proposedSlots: [], proposedBy: visitor, slot: slotAt(date, [1 + (i % 8)], ZONE), cover: {}, sequence: 0, icsToken: `tok-${i}-${n}-0123456789`,
        reasons: [], reciprocal: false, prep: {}, reflections: {}, createdAt: at, updatedAt: at,
      };
    }),
  );
  const input: MatchInput = {
    group: { id: 'g1', kind: 'network', community: 'vl', timeZone: ZONE, closedDays: [], examPeriods: [] },
    settings: { ...DEFAULT_VISIT_SETTINGS },
    now: NOW,
    schoolOf: (key) => schools.get(key) ?? 'group:g1',
    schoolNameOf: (key) => schools.get(key),
    offers,
    visits: visits.filter((v) => v.hostKey !== v.visitorKeys[0]),
    requests,
  };
  return { input, requests };
}

/** The fastest of REPEAT runs, in milliseconds (the minimum is the least disturbed by the rest of the machine). */
function time(run: () => unknown): { ms: number; result: unknown } {
  let best = Infinity;
  let result: unknown;
  for (let i = 0; i < REPEAT; i++) {
    const start = performance.now();
    result = run();
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, result };
}

// One untimed pass first, so the first measured size does not carry the JIT's warm-up.
{
  const { input, requests } = group(SIZES[0]!);
  requests.forEach((r) => suggestHosts(input, r, 3));
  runRound(input, requests);
}

const rows: Array<{ size: number; suggestMs: number; perRequestMs: number; roundMs: number; matched: number; unmatched: number }> = [];
for (const size of SIZES) {
  const { input, requests } = group(size);
  const suggest = time(() => requests.map((r) => suggestHosts(input, r, 3)));
  const round = time(() => runRound(input, requests));
  const outcome = round.result as ReturnType<typeof runRound>;
  rows.push({
    size,
    suggestMs: suggest.ms,
    perRequestMs: suggest.ms / requests.length,
    roundMs: round.ms,
    matched: outcome.assignments.reduce((n, a) => n + a.requestIds.length, 0),
    unmatched: outcome.unmatched.length,
  });
}

const base = rows[0]!;
const f = (n: number): string => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
console.log(`matching bench: node ${process.version}, best of ${REPEAT}; ratios against the ${base.size}-member group of this run`);
console.log('| members | suggestions for all (ms) | per request (ms) | ratio per request | round (ms) | ratio round | matched | unmatched |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.size} | ${f(r.suggestMs)} | ${f(r.perRequestMs)} | ${f(r.perRequestMs / base.perRequestMs)}× | ${f(r.roundMs)} | ${f(r.roundMs / base.roundMs)}× | ${r.matched} | ${r.unmatched} |`);
}
