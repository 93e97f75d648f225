import { describe, expect, it } from 'vitest';
import { closedReason } from '../../src/core/features/moments/calendar/school-calendar.js';
import { addSchoolDays, proposeSlots, runRound, slotAt, slotStillFree, suggestHosts, whyUnmatched } from '../../src/core/features/visits/matching/index.js';
import { meaningfulWords, sharedWords, stem } from '../../src/core/features/visits/matching/words.js';
import { ALL_PERIODS, input, NOW, offer, periods, request, slot, visit, ZONE } from './matching-kit.js';

const group = input().group;
const days = (slots: { date: string; periods: number[] }[]) => slots.map((s) => `${s.date}:${s.periods.join(',')}`);

describe('slotAt', () => {
  it('turns periods into instants in the group zone', () => {
    expect(slotAt('2026-11-24', [3], ZONE)).toEqual({ date: '2026-11-24', periods: [3], start: '2026-11-24T09:20:00.000Z', end: '2026-11-24T10:10:00.000Z' });
    const half = slotAt('2027-06-01', [8, 5, 6, 7], ZONE);
    expect(half.periods).toEqual([5, 6, 7, 8]);
    expect(half.start).toBe('2027-06-01T11:00:00.000Z'); // summer time: 13:00 local
    expect(half.end).toBe('2027-06-01T14:35:00.000Z');
  });
});

describe('addSchoolDays', () => {
  it('skips weekends and keeps the local time', () => {
    expect(addSchoolDays(new Date('2026-11-27T08:00:00Z'), 3, group).toISOString()).toBe('2026-12-02T08:00:00.000Z');
    expect(addSchoolDays(NOW, 0, group).toISOString()).toBe(NOW.toISOString());
  });
  it('skips the Christmas holiday and the group closed days', () => {
    expect(closedReason('2026-12-21', { community: 'vl' })?.key).toBe('christmas');
    expect(closedReason('2027-01-03', { community: 'vl' })?.key).toBe('christmas');
    expect(closedReason('2027-01-04', { community: 'vl' })).toBeUndefined();
    expect(addSchoolDays(new Date('2026-12-18T08:00:00Z'), 1, group).toISOString()).toBe('2027-01-04T08:00:00.000Z');
    const closed = { ...group, closedDays: [{ date: '2026-11-24', reason: 'studiedag' }] };
    expect(addSchoolDays(NOW, 1, closed).toISOString()).toBe('2026-11-25T08:00:00.000Z');
  });
  it('keeps the wall-clock time across a change to summer time', () => {
    // Friday 26 March 2027 09:00 CET → after the Easter holiday (29 March–11 April), Monday 12 April 09:00 CEST.
    expect(addSchoolDays(new Date('2027-03-26T08:00:00Z'), 1, group).toISOString()).toBe('2027-04-12T07:00:00.000Z');
  });
});

describe('proposeSlots', () => {
  it('starts on the school day after the host’s answer deadline, earliest first, spread over different days', () => {
    const r = request('a', { free: periods('2:1', '2:2', '4:3') });
    // Monday 23 November 09:00 with three school days to answer: the host answers by Thursday 26, so slots from Friday 27.
    expect(days(proposeSlots(input(), [r], offer('c')))).toEqual(['2026-12-01:1', '2026-12-03:3', '2026-12-08:1']);
    const oneDay = input({ settings: { ...input().settings, hostAnswerSchoolDays: 1 } });
    expect(days(proposeSlots(oneDay, [r], offer('c')))).toEqual(['2026-11-26:3', '2026-12-01:1', '2026-12-03:3']);
  });
  it('never proposes a slot on or before the answer deadline’s day (asked on a Sunday)', () => {
    // Sunday 22 November: "please answer by Wednesday 25 November", so the first slot is on Thursday 26.
    const sunday = input({ now: new Date('2026-11-22T10:00:00.000Z') });
    expect(addSchoolDays(sunday.now, sunday.settings.hostAnswerSchoolDays, group).toISOString()).toBe('2026-11-25T10:00:00.000Z');
    expect(days(proposeSlots(sunday, [request('a')], offer('c')))).toEqual(['2026-11-26:1', '2026-11-27:1', '2026-11-30:1']);
    expect(suggestHosts(input({ now: sunday.now, offers: [offer('c')] }), request('a'))[0]!.slots[0]!.date).toBe('2026-11-26');
    // Across a holiday: asked on Thursday 17 December, the answer is due Tuesday 5 January (after the Christmas holiday).
    const beforeChristmas = input({ now: new Date('2026-12-17T10:00:00.000Z'), settings: { ...input().settings, horizonWeeks: 8 } });
    expect(days(proposeSlots(beforeChristmas, [request('a')], offer('c'), 1))).toEqual(['2027-01-06:1']);
    // A time the host proposes themselves is only checked by slotStillFree, and may be sooner.
    expect(slotStillFree(input({ offers: [offer('c')] }), { id: 'v', visitorKeys: ['a'], hostKey: 'c' }, slot('2026-11-24', 1))).toBe(true);
  });
  it('needs the visitor free and the host offering the period', () => {
    const r = request('a', { free: periods('2:1', '2:2', '4:3') });
    const o = offer('c', { periods: periods('2:2', '5:1') });
    expect(days(proposeSlots(input(), [r], o))).toEqual(['2026-12-01:2', '2026-12-08:2', '2026-12-15:2']);
  });
  it('fills with slots of the same day when there are not enough days', () => {
    const r = request('a', { free: periods('2:1', '2:2'), toDate: '2026-12-01' });
    expect(days(proposeSlots(input(), [r], offer('c')))).toEqual(['2026-12-01:1', '2026-12-01:2']);
  });
  it('gives a visit to another school a half-day, never on Wednesday afternoon', () => {
    const wednesday = periods('3:1', '3:2', '3:3', '3:4', '3:5', '3:6', '3:7', '3:8');
    const r = request('a', { form: 'other-school', free: wednesday });
    const slots = proposeSlots(input(), [r], offer('c', { periods: wednesday }));
    expect(days(slots)).toEqual(['2026-12-02:1,2,3,4', '2026-12-09:1,2,3,4', '2026-12-16:1,2,3,4']);
    const afternoonOnly = request('a', { free: periods('3:5', '3:6') });
    expect(proposeSlots(input(), [afternoonOnly], offer('c'))).toEqual([]);
    const missingOne = request('a', { form: 'other-school', free: periods('2:1', '2:2', '2:3') });
    expect(proposeSlots(input(), [missingOne], offer('c'))).toEqual([]);
  });
  it('skips holidays, closed days, exam periods and weekends', () => {
    const r = request('a', { free: periods('1:1', '5:1'), fromDate: '2026-12-14', toDate: '2027-01-08' });
    const withRules = input({
      settings: { ...input().settings, horizonWeeks: 8 },
      group: { ...group, closedDays: [{ date: '2026-12-14', reason: 'studiedag' }], examPeriods: [{ from: '2027-01-04', to: '2027-01-07', reason: 'examens' }] },
    });
    expect(days(proposeSlots(withRules, [r], offer('c'), 10))).toEqual(['2026-12-18:1', '2027-01-08:1']);
  });
  it('stays within the request dates and the horizon', () => {
    const r = request('a', { free: periods('2:1') });
    const short = input({ settings: { ...input().settings, horizonWeeks: 2 } });
    expect(days(proposeSlots(short, [r], offer('c'), 5))).toEqual(['2026-12-01:1']);
    const later = request('a', { free: periods('2:1'), fromDate: '2026-12-01', toDate: '2026-12-08' });
    expect(days(proposeSlots(input(), [later], offer('c'), 5))).toEqual(['2026-12-01:1', '2026-12-08:1']);
  });
  it('never lets more teachers of one school away in a period than allowed', () => {
    const r = request('a', { free: periods('2:1', '2:2'), toDate: '2026-12-01' });
    const away = [visit('e', ['b'], 'confirmed', slot('2026-12-01', 1)), visit('f', ['x'], 'accepted', slot('2026-12-01', 1))];
    const schools = { a: 'De Linde', b: 'De Linde', x: 'De Linde', c: 'Sint-Jan', e: 'Atheneum', f: 'Atheneum' };
    expect(days(proposeSlots(input({ visits: away, schools }), [r], offer('c')))).toEqual(['2026-12-01:2']);
    // A proposed visit is only tentative: it does not count for the school.
    const proposed = [away[0]!, visit('f', ['x'], 'proposed', undefined, { proposedSlots: [slot('2026-12-01', 1)] })];
    expect(days(proposeSlots(input({ visits: proposed, schools }), [r], offer('c')))).toEqual(['2026-12-01:1', '2026-12-01:2']);
    // Visits that ended do not hold anyone.
    const ended = [visit('e', ['b'], 'cancelled', slot('2026-12-01', 1)), visit('f', ['x'], 'declined', slot('2026-12-01', 1))];
    expect(proposeSlots(input({ visits: ended, schools, settings: { ...input().settings, maxAwayPerSchool: 1 } }), [r], offer('c'))).toHaveLength(2);
  });
  it('keeps people out of two visits at once, proposed ones included', () => {
    const r = request('a', { free: periods('2:1', '2:2'), toDate: '2026-12-01' });
    const hostingThen = [visit('a', ['e'], 'confirmed', slot('2026-12-01', 1))];
    expect(days(proposeSlots(input({ visits: hostingThen }), [r], offer('c')))).toEqual(['2026-12-01:2']);
    const tentative = [visit('e', ['a'], 'proposed', undefined, { proposedSlots: [slot('2026-12-01', 2)] })];
    expect(days(proposeSlots(input({ visits: tentative }), [r], offer('c')))).toEqual(['2026-12-01:1']);
    const hostAway = [visit('e', ['c'], 'accepted', slot('2026-12-01', 2))];
    expect(days(proposeSlots(input({ visits: hostAway }), [r], offer('c')))).toEqual(['2026-12-01:1']);
    expect(proposeSlots(input(), [r], offer('a'))).toEqual([]);
  });
  it('lets a host take only as many visitors at once as offered', () => {
    const r = request('a', { free: periods('2:1'), toDate: '2026-12-01' });
    const hosting = [visit('c', ['e'], 'confirmed', slot('2026-12-01', 1))];
    expect(proposeSlots(input({ visits: hosting }), [r], offer('c', { maxVisitors: 1 }))).toEqual([]);
    expect(proposeSlots(input({ visits: hosting }), [r], offer('c', { maxVisitors: 2 }))).toHaveLength(1);
    expect(proposeSlots(input({ visits: hosting }), [r], offer('c', { maxVisitors: 2 }), 3, hosting[0]!.id)).toHaveLength(1);
  });
  it('finds a time for two visitors together', () => {
    const a = request('a', { free: periods('2:1', '2:2') });
    const e = request('e', { free: periods('2:2', '4:4') });
    expect(days(proposeSlots(input(), [a, e], offer('c', { maxVisitors: 2 }), 2))).toEqual(['2026-12-01:2', '2026-12-08:2']);
    expect(proposeSlots(input(), [a, e], offer('c', { maxVisitors: 1 }))).toEqual([]);
  });
});

describe('meaningful words', () => {
  it('fold accents, drop stopwords and short words, and meet across plurals and inflections', () => {
    expect([...meaningfulWords('Hoe kan ik de leerlingen beter laten samenwerken in groepen?').values()]).toEqual(['samenwerken', 'groepen']);
    const pairs: Array<[string, string]> = [['klassen', 'klas'], ['vragen', 'vraag'], ['actieve', 'actief'], ['evaluaties', 'evaluatie'], ['feedbacks', 'feedback'], ['différenciation', 'differenciation']];
    for (const [a, b] of pairs) expect(sharedWords(a, b), `${a}/${b}`).toHaveLength(a === 'klassen' || a === 'vragen' ? 0 : 1);
    expect(stem('klassen')).toBe(stem('klas'));
    expect(stem('vragen')).toBe(stem('vraag'));
    expect(sharedWords('How do you give formative feedback?', 'Formative assessment with exit tickets')).toEqual(['formative']);
    expect(sharedWords('Comment organiser le travail en groupes ?', 'Travail de groupe coopératif')).toEqual(['travail', 'groupe']);
  });
});

describe('slotStillFree', () => {
  const v = { id: 'mine', visitorKeys: ['a'], hostKey: 'c' };
  it('ignores the visit itself but not the others', () => {
    const own = visit('c', ['a'], 'proposed', undefined, { id: 'mine', proposedSlots: [slot('2026-11-24', 1)] });
    expect(slotStillFree(input({ visits: [own], offers: [offer('c')] }), v, slot('2026-11-24', 1))).toBe(true);
    const other = visit('e', ['a'], 'confirmed', slot('2026-11-24', 1));
    expect(slotStillFree(input({ visits: [own, other], offers: [offer('c')] }), v, slot('2026-11-24', 1))).toBe(false);
  });
  it('refuses closed, past, weekend and Wednesday-afternoon slots', () => {
    const i = input({ offers: [offer('c')] });
    expect(slotStillFree(i, v, slot('2026-12-22', 1))).toBe(false);
    expect(slotStillFree(i, v, slot('2026-11-23', 1))).toBe(false); // already begun
    expect(slotStillFree(i, v, slot('2026-11-28', 1))).toBe(false);
    expect(slotStillFree(i, v, slot('2026-11-25', 5))).toBe(false);
    expect(slotStillFree(i, v, slot('2026-11-25', 4))).toBe(true);
    expect(slotStillFree(i, v, { ...slot('2026-11-24', 1), periods: [1, 3] })).toBe(false);
    expect(slotStillFree(i, v, { ...slot('2026-11-24', 1), date: '2026-02-30' })).toBe(false);
  });
  it('refuses a slot that would put too many of a school away', () => {
    const i = input({ offers: [offer('c')], visits: [visit('e', ['b'], 'confirmed', slot('2026-11-24', 1))], settings: { ...input().settings, maxAwayPerSchool: 1 } });
    expect(slotStillFree(i, v, slot('2026-11-24', 1))).toBe(false);
    expect(slotStillFree(i, v, slot('2026-11-24', 2))).toBe(true);
  });
});

describe('suggestHosts', () => {
  it('ranks by themes first and says why', () => {
    const r = request('a', { themes: ['differentiation', 'feedback'] });
    const i = input({ offers: [offer('c', { themes: ['feedback'] }), offer('d', { themes: ['feedback', 'differentiation'] }), offer('e', { themes: [] })] });
    const s = suggestHosts(i, r);
    expect(s.map((x) => x.hostKey)).toEqual(['d', 'c', 'e']);
    expect(s[0]!.reasons).toContainEqual({ kind: 'themes', themes: ['differentiation', 'feedback'] });
    expect(s[0]!.reasons).toContainEqual({ kind: 'other-school', school: 'Sint-Jan' });
    expect(s[0]!.reasons.find((x) => x.kind === 'slots')).toEqual({ kind: 'slots', count: expect.any(Number) });
    expect(s[0]!.slots).toHaveLength(3);
    expect(suggestHosts(i, r, 1)).toHaveLength(1);
  });
  it('matches meaningful words of the question and what the host shows', () => {
    const r = request('a', { themes: [], learningQuestion: 'Hoe gebruik ik coöperatieve werkvormen in grote groepen?' });
    const i = input({ offers: [offer('c', { themes: [], show: 'Werkvorm met groepen van vier, coöperatief' }), offer('d', { themes: [], show: 'Hoekenwerk' })] });
    const [first, second] = suggestHosts(i, r);
    expect(first!.hostKey).toBe('c');
    expect(first!.reasons).toContainEqual({ kind: 'words', words: ['werkvorm', 'groepen', 'cooperatief'] });
    expect(second!.reasons.some((x) => x.kind === 'words')).toBe(false);
    const own = request('a', { themes: [], lens: 'own', lensOwn: 'klasmanagement', learningQuestion: 'Wat kan ik leren?' });
    expect(suggestHosts(input({ offers: [offer('c', { themes: [], show: 'Mijn klasmanagement' })] }), own)[0]!.reasons).toContainEqual({ kind: 'words', words: ['klasmanagement'] });
  });
  it('prefers another school in a network, not in a PLG', () => {
    const r = request('a');
    const offers = [offer('b'), offer('c')];
    expect(suggestHosts(input({ offers }), r).map((s) => s.hostKey)).toEqual(['c', 'b']);
    const plg = input({ offers, group: { ...group, kind: 'plg' } });
    expect(suggestHosts(plg, r).map((s) => s.hostKey)).toEqual(['b', 'c']); // a tie, broken by host key
    expect(suggestHosts(plg, r)[1]!.reasons.some((x) => x.kind === 'other-school')).toBe(false);
  });
  it('keeps an own-school request in the school', () => {
    const r = request('a', { scope: 'own-school' });
    const s = suggestHosts(input({ offers: [offer('b'), offer('c')] }), r);
    expect(s.map((x) => x.hostKey)).toEqual(['b']);
    expect(s[0]!.reasons).toContainEqual({ kind: 'same-school' });
  });
  it('suggests reciprocity', () => {
    const r = request('a', { themes: [] });
    const i = input({ offers: [offer('a', { themes: ['feedback'] }), offer('c'), offer('d')], requests: [r, request('d', { themes: ['feedback'] })] });
    const s = suggestHosts(i, r);
    expect(s[0]!.hostKey).toBe('d');
    expect(s[0]!.reasons).toContainEqual({ kind: 'reciprocal' });
    expect(s[1]!.reasons).not.toContainEqual({ kind: 'reciprocal' });
  });
  it('never suggests self, paused or passed hosts', () => {
    const r = request('a', { passedHosts: ['d'] });
    const i = input({
      offers: [offer('a'), offer('b', { paused: true }), offer('c', { paused: true, pausedUntil: '2026-12-01' }), offer('d'), offer('e', { paused: true, pausedUntil: '2026-11-23' })],
    });
    expect(suggestHosts(i, r).map((s) => s.hostKey)).toEqual(['e']);
  });
  it('does not repeat a (visitor, host) pair within the window; the return visit is allowed', () => {
    const r = request('a');
    const at = (date: string) => slot(date, 1);
    const settings = { ...input().settings, pairWindowDays: 120 };
    const cases: Array<[string, ReturnType<typeof visit>, boolean]> = [
      ['done recently', visit('c', ['a'], 'done', at('2026-10-01')), false],
      ['done long ago', visit('c', ['a'], 'done', at('2026-06-01')), true],
      ['the other way round: a return visit', visit('a', ['c'], 'done', at('2026-10-01')), true],
      ['the other way round, still being asked', visit('a', ['c'], 'proposed', undefined, { proposedSlots: [at('2027-02-01')] }), true],
      ['in a trio', visit('c', ['e', 'a'], 'confirmed', at('2026-12-01')), false],
      ['did not happen', visit('c', ['a'], 'not-happened', at('2026-10-01')), true],
      ['cancelled', visit('c', ['a'], 'cancelled', at('2026-12-01')), true],
      ['declined', visit('c', ['a'], 'declined', undefined), true],
      ['still being asked', visit('c', ['a'], 'proposed', undefined, { proposedSlots: [at('2027-02-01')] }), false],
    ];
    for (const [what, v, allowed] of cases) {
      const s = suggestHosts(input({ offers: [offer('c', { maxVisitors: 3 })], visits: [v], settings }), r);
      expect(s.length === 1, what).toBe(allowed);
    }
  });
  it('leaves out hosts without a common time', () => {
    const r = request('a', { free: periods('1:1') });
    expect(suggestHosts(input({ offers: [offer('c', { periods: periods('1:2') }), offer('d')] }), r).map((s) => s.hostKey)).toEqual(['d']);
  });
});

describe('whyUnmatched', () => {
  const r = request('a', { scope: 'own-school', passedHosts: ['c'], free: periods('2:1'), toDate: '2026-12-01' });
  it('gives the first rule that leaves nobody', () => {
    expect(whyUnmatched(input({ offers: [offer('a'), offer('b', { paused: true })] }), r)).toBe('no-hosts');
    expect(whyUnmatched(input({ offers: [offer('c')] }), r)).toBe('all-passed');
    expect(whyUnmatched(input({ offers: [offer('c'), offer('d')] }), r)).toBe('scope');
    const paired = [visit('b', ['a'], 'done', slot('2026-11-02', 1))];
    expect(whyUnmatched(input({ offers: [offer('b'), offer('d')], visits: paired }), r)).toBe('recent-pair');
    expect(whyUnmatched(input({ offers: [offer('b', { periods: periods('2:2') })] }), r)).toBe('no-common-time');
    const full = [visit('e', ['x'], 'confirmed', slot('2026-12-01', 1))];
    const crowded = input({ offers: [offer('b')], visits: full, schools: { a: 'De Linde', b: 'De Linde', x: 'De Linde', e: 'Atheneum' }, settings: { ...input().settings, maxAwayPerSchool: 1 } });
    expect(suggestHosts(crowded, r)).toEqual([]);
    expect(whyUnmatched(crowded, r)).toBe('capacity');
  });
});

describe('runRound', () => {
  it('maximises the number matched instead of giving the best fit first', () => {
    // r-a fits c best, but e can only go to c: a has to take d.
    const ra = request('a', { themes: ['feedback'] });
    const re = request('e', { themes: [] , passedHosts: ['d'] });
    const i = input({ offers: [offer('c', { themes: ['feedback'] }), offer('d', { themes: [] })], requests: [ra, re] });
    expect(suggestHosts(i, ra)[0]!.hostKey).toBe('c');
    const result = runRound(i, [ra, re]);
    expect(result.unmatched).toEqual([]);
    expect(result.assignments.map((x) => `${x.visitorKeys.join('+')}→${x.hostKey}`).sort()).toEqual(['a→d', 'e→c']);
  });
  it('prefers better fits when the count is the same', () => {
    const ra = request('a', { themes: ['feedback'] });
    const re = request('e', { themes: ['differentiation'] });
    const i = input({ offers: [offer('c', { themes: ['differentiation'] }), offer('d', { themes: ['feedback'] })] });
    expect(runRound(i, [ra, re]).assignments.map((x) => `${x.visitorKeys.join('+')}→${x.hostKey}`).sort()).toEqual(['a→d', 'e→c']);
  });
  it('makes a trio when both are willing and the host takes two', () => {
    const ra = request('a', { trio: true });
    const re = request('e', { trio: true });
    const trio = runRound(input({ offers: [offer('c', { maxVisitors: 2 })] }), [ra, re]);
    expect(trio.assignments).toHaveLength(1);
    expect(trio.assignments[0]!.visitorKeys.sort()).toEqual(['a', 'e']);
    expect(trio.assignments[0]!.requestIds.sort()).toEqual(['req-a', 'req-e']);
    const apart = runRound(input({ offers: [offer('c', { maxVisitors: 2 })] }), [ra, { ...re, trio: false }]);
    expect(apart.assignments.map((x) => x.visitorKeys.length)).toEqual([1, 1]);
    const single = runRound(input({ offers: [offer('c', { maxVisitors: 1 })] }), [ra, re]);
    expect(single.assignments).toHaveLength(1);
    expect(single.unmatched).toEqual([{ requestId: expect.any(String), visitorKey: expect.any(String), reason: 'capacity' }]);
  });
  it('matches an odd carrousel of people who are visitors and hosts at once', () => {
    const people = ['a', 'c', 'e'];
    const requests = people.map((p, k) => request(p, { passedHosts: people.filter((q) => q !== people[(k + 1) % 3]) }));
    const result = runRound(input({ offers: people.map((p) => offer(p)) }), requests);
    expect(result.unmatched).toEqual([]);
    expect(result.assignments.map((x) => `${x.visitorKeys[0]}→${x.hostKey}`).sort()).toEqual(['a→c', 'c→e', 'e→a']);
    const first = new Map(result.assignments.map((x) => [x.hostKey, x.slots[0]!]));
    // Nobody hosts while away.
    for (const x of result.assignments) expect(first.get(x.visitorKeys[0]!)?.start).not.toBe(x.slots[0]!.start);
  });
  it('respects school capacity across the round and says who is left and why', () => {
    const only = { free: periods('2:1'), toDate: '2026-12-01' };
    const requests = [request('a', only), request('b', only), request('x', only)];
    const schools = { a: 'De Linde', b: 'De Linde', x: 'De Linde', c: 'Sint-Jan', d: 'Sint-Jan', e: 'Atheneum' };
    const i = input({ schools, offers: [offer('c'), offer('d'), offer('e')], settings: { ...input().settings, maxAwayPerSchool: 2 } });
    const result = runRound(i, requests);
    expect(result.assignments).toHaveLength(2);
    expect(result.unmatched).toEqual([{ requestId: 'req-x', visitorKey: 'x', reason: 'capacity' }]);
    const none = runRound(input({ offers: [offer('c')] }), [request('a', { passedHosts: ['c'] })]);
    expect(none).toEqual({ assignments: [], unmatched: [{ requestId: 'req-a', visitorKey: 'a', reason: 'all-passed' }] });
  });
  it('lets a host with a visit at another time take a visitor in a round (the limit is visitors at once)', () => {
    const busy = [visit('c', ['f'], 'confirmed', slot('2026-12-01', 1))];
    const result = runRound(input({ offers: [offer('c', { maxVisitors: 1 })], visits: busy }), [request('a')]);
    expect(result.unmatched).toEqual([]);
    const [assignment] = result.assignments;
    expect(assignment?.hostKey).toBe('c');
    // Never in the period the host already has a visitor.
    for (const s of assignment!.slots) expect(s.date === '2026-12-01' && s.periods.includes(1)).toBe(false);
  });
  it('gives a host no visitor when their only periods are taken by a visit at the same time', () => {
    const busy = [visit('c', ['f'], 'confirmed', slot('2026-12-01', 1))];
    const result = runRound(input({ offers: [offer('c', { maxVisitors: 1, periods: periods('2:1') })], visits: busy }), [request('a', { toDate: '2026-12-04' })]);
    expect(result.assignments).toEqual([]);
    expect(result.unmatched).toHaveLength(1);
  });
  it('matches everyone in a group of 60 when the places are there', () => {
    // 30 hosts with 1–3 places (60 in all), six schools; polynomial work, so this takes a fraction of a second.
    const keys = Array.from({ length: 60 }, (_, k) => `p${String(k).padStart(2, '0')}`);
    const schools = Object.fromEntries(keys.map((k, n) => [k, `school ${n % 6}`]));
    const themes = ['a', 'b', 'c', 'd'];
    const offers = keys.filter((_, n) => n % 2 === 0).map((k, n) => offer(k, { themes: [themes[n % 4]!], maxVisitors: 1 + (n % 3) }));
    const requests = keys.map((k, n) => request(k, { id: `r${n}`, themes: [themes[n % 4]!], trio: n % 3 === 0, free: n % 5 === 0 ? periods('2:1', '4:3') : ALL_PERIODS }));
    const result = runRound(input({ schools, offers, requests }), requests);
    expect(result.unmatched).toEqual([]);
    expect(result.assignments.reduce((n, a) => n + a.visitorKeys.length, 0)).toBe(60);
    expect(result.assignments.some((a) => a.visitorKeys.length === 2)).toBe(true);
    const away = new Map<string, number>();
    for (const a of result.assignments) {
      for (const v of a.visitorKeys) {
        const key = `${a.slots[0]!.date}:${a.slots[0]!.periods[0]}:${schools[v]}`;
        away.set(key, (away.get(key) ?? 0) + 1);
      }
    }
    expect(Math.max(...away.values())).toBeLessThanOrEqual(2);
  });
});
