/** Small hand-made matching inputs: a network in Brussels' zone on Monday 23 November 2026, 09:00. */
import type { MatchInput } from '../../src/core/features/visits/matching/index.js';
import { DEFAULT_VISIT_SETTINGS, type HostOffer, type Visit, type VisitRequest, type VisitSlot, type WeekPeriod } from '../../src/core/features/visits/visit.js';
import { slotAt } from '../../src/core/features/visits/matching/index.js';

export const ZONE = 'Europe/Brussels';
export const NOW = new Date('2026-11-23T08:00:00.000Z');

/** Every weekday period (Monday–Friday, periods 1–8). */
export const ALL_PERIODS: WeekPeriod[] = [1, 2, 3, 4, 5].flatMap((weekday) => [1, 2, 3, 4, 5, 6, 7, 8].map((period) => ({ weekday, period })));

/** Periods written as "2:3" (Tuesday, period 3). */
export const periods = (...cells: string[]): WeekPeriod[] => cells.map((c) => ({ weekday: Number(c.split(':')[0]), period: Number(c.split(':')[1]) }));

export function request(visitorKey: string, over: Partial<VisitRequest> = {}): VisitRequest {
  return {
    id: `req-${visitorKey}`, groupId: 'g1', visitorKey, learningQuestion: 'Hoe differentieer ik beter?', themes: ['differentiation'],
    lens: 'methods', form: 'observe', scope: 'network', free: ALL_PERIODS, fromDate: '2026-11-23', toDate: '2027-03-31', trio: false,
    status: 'open', passedHosts: [], createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), ...over,
  };
}

export function offer(personKey: string, over: Partial<HostOffer> = {}): HostOffer {
  return {
    groupId: 'g1', personKey, themes: ['differentiation'], show: 'Hoekenwerk', periods: ALL_PERIODS, maxVisitors: 1, paused: false,
    createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), ...over,
  };
}

let visitCount = 0;
export function visit(hostKey: string, visitorKeys: string[], status: Visit['status'], slot: VisitSlot | undefined, over: Partial<Visit> = {}): Visit {
  return {
    id: `v${++visitCount}`, groupId: 'g1', requestIds: visitorKeys.map((v) => `old-${v}`), visitorKeys, hostKey, form: 'observe', status,
    proposedSlots: [], proposedBy: visitorKeys[0]!, ...(slot ? { slot } : {}), cover: {}, sequence: 0, icsToken: 't', reasons: [], reciprocal: false,
    prep: {}, reflections: {}, createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), ...over,
  };
}

export const slot = (date: string, ...ps: number[]): VisitSlot => slotAt(date, ps, ZONE);

/** Default schools: a, b → De Linde; c, d → Sint-Jan; e, f → Atheneum. */
export const SCHOOLS: Record<string, string> = { a: 'De Linde', b: 'De Linde', c: 'Sint-Jan', d: 'Sint-Jan', e: 'Atheneum', f: 'Atheneum' };

export function input(over: Partial<Omit<MatchInput, 'schoolOf' | 'schoolNameOf'>> & { schools?: Record<string, string> } = {}): MatchInput {
  const { schools = SCHOOLS, ...rest } = over;
  return {
    group: { id: 'g1', kind: 'network', community: 'vl', timeZone: ZONE, closedDays: [], examPeriods: [] },
    settings: { ...DEFAULT_VISIT_SETTINGS },
    now: NOW,
    schoolOf: (key) => schools[key]?.toLowerCase() ?? 'group:g1',
    schoolNameOf: (key) => schools[key],
    offers: [],
    visits: [],
    requests: [],
    ...rest,
  };
}
