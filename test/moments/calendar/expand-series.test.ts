import { describe, expect, it } from 'vitest';
import {
  checkDate,
  closedReason,
  expandSeries,
  type SeriesOptions,
  type SeriesRule,
} from '../../../src/core/features/moments/calendar/index.js';

const ZONE = 'Europe/Brussels';
const opts = (over: Partial<SeriesOptions> = {}): SeriesOptions => ({ zone: ZONE, community: 'vl', now: new Date('2026-08-01T08:00:00Z'), ...over });
const wednesday = (over: Partial<SeriesRule> = {}): SeriesRule => ({ weekday: 3, startTime: '14:00', endTime: '15:30', every: 'week', from: '2026-11-25', ...over });
const dates = (r: { occurrences: Array<{ date: string }> }) => r.occurrences.map((o) => o.date);
const skippedDates = (r: { skipped: Array<{ date: string }> }) => r.skipped.map((s) => s.date);

describe('expandSeries: weekly', () => {
  it('skips the Christmas holiday and says why', () => {
    const r = expandSeries(wednesday({ until: '2027-01-20' }), opts());
    expect(dates(r)).toEqual(['2026-11-25', '2026-12-02', '2026-12-09', '2026-12-16', '2027-01-06', '2027-01-13', '2027-01-20']);
    expect(r.skipped).toEqual([
      { date: '2026-12-23', kind: 'holiday', reason: { nl: 'kerstvakantie', en: 'Christmas holiday', fr: "vacances d'hiver" } },
      { date: '2026-12-30', kind: 'holiday', reason: { nl: 'kerstvakantie', en: 'Christmas holiday', fr: "vacances d'hiver" } },
    ]);
    expect(r.occurrences[0]).toEqual({ date: '2026-11-25', start: '2026-11-25T13:00:00Z', end: '2026-11-25T14:30:00Z' });
    expect(r.truncated).toBe(false);
    expect(r.until).toBe('2027-01-20');
  });

  it('starts on the first matching weekday on or after `from` and includes `until`', () => {
    const r = expandSeries(wednesday({ from: '2026-11-23', until: '2026-12-09' }), opts());
    expect(dates(r)).toEqual(['2026-11-25', '2026-12-02', '2026-12-09']);
  });

  it('skips free days, group closed days and exam periods, each with its reason', () => {
    const r = expandSeries(
      { weekday: 5, startTime: '13:00', endTime: '15:00', every: 'week', from: '2027-04-30', until: '2027-06-25' },
      opts({ closedDays: [{ date: '2027-05-21', reason: 'pedagogische studiedag' }], examPeriods: [{ from: '2027-06-07', to: '2027-06-25', reason: 'juni-examens' }] }),
    );
    expect(dates(r)).toEqual(['2027-04-30', '2027-05-14', '2027-05-28', '2027-06-04']);
    expect(r.skipped.map((s) => [s.date, s.kind, s.reason.nl])).toEqual([
      ['2027-05-07', 'free-day', 'vrijdag na O.L.H. Hemelvaart'],
      ['2027-05-21', 'group-closed', 'pedagogische studiedag'],
      ['2027-06-11', 'exam', 'juni-examens'],
      ['2027-06-18', 'exam', 'juni-examens'],
      ['2027-06-25', 'exam', 'juni-examens'],
    ]);
  });

  it('uses the calendar of the group’s community', () => {
    const rule = wednesday({ from: '2027-02-01', until: '2027-03-10' });
    expect(skippedDates(expandSeries(rule, opts({ community: 'vl' })))).toEqual(['2027-02-10']);
    expect(skippedDates(expandSeries(rule, opts({ community: 'fr' })))).toEqual(['2027-02-24', '2027-03-03']);
  });

  it('does not skip weekends (a Saturday series is fine)', () => {
    const r = expandSeries({ weekday: 6, startTime: '09:00', endTime: '12:00', every: 'week', from: '2026-11-14', until: '2026-11-28' }, opts());
    expect(dates(r)).toEqual(['2026-11-14', '2026-11-21', '2026-11-28']);
    expect(r.skipped).toEqual([]);
  });
});

describe('expandSeries: daylight saving time', () => {
  it('keeps 14:00 local across the last Sunday of October', () => {
    const r = expandSeries(wednesday({ startTime: '14:00', endTime: '15:00', from: '2026-10-21', until: '2026-10-28' }), opts());
    expect(r.occurrences).toEqual([
      { date: '2026-10-21', start: '2026-10-21T12:00:00Z', end: '2026-10-21T13:00:00Z' },
      { date: '2026-10-28', start: '2026-10-28T13:00:00Z', end: '2026-10-28T14:00:00Z' },
    ]);
  });

  it('keeps 14:00 local across the last Sunday of March', () => {
    const r = expandSeries(wednesday({ startTime: '14:00', endTime: '15:00', from: '2027-03-24', until: '2027-03-31' }), opts({ community: 'fr' }));
    expect(r.occurrences.map((o) => o.start)).toEqual(['2027-03-24T13:00:00Z', '2027-03-31T12:00:00Z']);
  });

  it('moves a wall time that does not exist (spring-forward night) forward and keeps the length', () => {
    const r = expandSeries({ weekday: 7, startTime: '02:30', endTime: '03:30', every: 'week', from: '2027-03-21', until: '2027-03-28' }, opts({ community: 'fr' }));
    expect(r.occurrences).toEqual([
      { date: '2027-03-21', start: '2027-03-21T01:30:00Z', end: '2027-03-21T02:30:00Z' },
      { date: '2027-03-28', start: '2027-03-28T01:30:00Z', end: '2027-03-28T02:30:00Z' }, // 03:30–04:30 CEST
    ]);
  });

  it('generates the same moments whatever time zone the rule is read in', () => {
    const r = expandSeries(wednesday({ from: '2026-10-21', until: '2026-10-28' }), opts({ zone: 'America/New_York' }));
    expect(r.occurrences.map((o) => o.start)).toEqual(['2026-10-21T18:00:00Z', '2026-10-28T18:00:00Z']);
  });
});

describe('expandSeries: nth-of-month and two-weeks', () => {
  it('first Tuesday of the month: a closed month is skipped, not moved', () => {
    const r = expandSeries({ weekday: 2, startTime: '16:00', endTime: '17:30', every: 'nth-of-month', nth: 1, from: '2026-09-01', until: '2027-06-30' }, opts());
    expect(dates(r)).toEqual(['2026-09-01', '2026-10-06', '2026-12-01', '2027-01-05', '2027-02-02', '2027-03-02', '2027-05-04', '2027-06-01']);
    expect(r.skipped.map((s) => [s.date, s.reason.nl])).toEqual([
      ['2026-11-03', 'herfstvakantie'],
      ['2027-04-06', 'paasvakantie'],
    ]);
  });

  it('last Thursday of the month (nth = -1)', () => {
    const r = expandSeries({ weekday: 4, startTime: '15:30', endTime: '17:00', every: 'nth-of-month', nth: -1, from: '2026-09-01', until: '2027-01-31' }, opts());
    expect(dates(r)).toEqual(['2026-09-24', '2026-10-29', '2026-11-26', '2027-01-28']);
    expect(r.skipped.map((s) => [s.date, s.reason.nl])).toEqual([['2026-12-31', 'kerstvakantie']]);
  });

  it('third Wednesday, starting after this month’s third Wednesday', () => {
    const r = expandSeries(wednesday({ every: 'nth-of-month', nth: 3, from: '2026-09-20', until: '2026-12-31' }), opts());
    expect(dates(r)).toEqual(['2026-10-21', '2026-11-18', '2026-12-16']);
  });

  it('every two weeks keeps its rhythm around a holiday', () => {
    const r = expandSeries({ weekday: 1, startTime: '15:45', endTime: '17:00', every: 'two-weeks', from: '2026-09-07', until: '2026-11-30' }, opts());
    expect(dates(r)).toEqual(['2026-09-07', '2026-09-21', '2026-10-05', '2026-10-19', '2026-11-16', '2026-11-30']);
    expect(skippedDates(r)).toEqual(['2026-11-02']);
  });
});

describe('expandSeries: count', () => {
  it('takes the next open dates so the count is still reached', () => {
    const r = expandSeries(wednesday({ from: '2026-12-09', count: 5 }), opts());
    expect(dates(r)).toEqual(['2026-12-09', '2026-12-16', '2027-01-06', '2027-01-13', '2027-01-20']);
    expect(skippedDates(r)).toEqual(['2026-12-23', '2026-12-30']);
    expect(r.until).toBeUndefined();
  });

  it('counts from `from`: sessions already past use up the count, so re-expanding gives the same future', () => {
    const rule = wednesday({ from: '2026-12-09', count: 5 });
    const later = expandSeries(rule, opts({ now: new Date('2026-12-17T00:00:00Z') }));
    expect(dates(later)).toEqual(['2027-01-06', '2027-01-13', '2027-01-20']);
    expect(skippedDates(later)).toEqual(['2026-12-23', '2026-12-30']);
  });

  it('nth-of-month with count skips closed months and goes on', () => {
    const r = expandSeries({ weekday: 2, startTime: '16:00', endTime: '17:00', every: 'nth-of-month', nth: 1, count: 3, from: '2026-10-01' }, opts());
    expect(dates(r)).toEqual(['2026-10-06', '2026-12-01', '2027-01-05']);
    expect(skippedDates(r)).toEqual(['2026-11-03']);
  });

  it('stops at `until` when that comes before the count', () => {
    const r = expandSeries(wednesday({ from: '2026-12-09', count: 5, until: '2027-01-06' }), opts());
    expect(dates(r)).toEqual(['2026-12-09', '2026-12-16', '2027-01-06']);
  });
});

describe('expandSeries: spread', () => {
  const year = { weekday: 3 as const, startTime: '14:00', endTime: '15:30', every: 'week' as const, count: 5, spread: true, from: '2026-09-01', until: '2027-06-30' };

  it('picks count open weekdays evenly spaced, first and last open dates included', () => {
    const r = expandSeries(year, opts());
    // The pool: every open Wednesday in the range, computed independently here.
    const pool: string[] = [];
    for (let d = new Date('2026-09-02T12:00:00Z'); d <= new Date('2027-06-30T12:00:00Z'); d = new Date(d.getTime() + 7 * 86_400_000)) {
      const date = d.toISOString().slice(0, 10);
      if (!closedReason(date, { community: 'vl' })) pool.push(date);
    }
    const n = pool.length;
    expect(dates(r)).toEqual([0, 1, 2, 3, 4].map((k) => pool[Math.round((k * (n - 1)) / 4)]));
    expect(dates(r)).toEqual(['2026-09-02', '2026-11-18', '2027-02-03', '2027-04-28', '2027-06-30']);
    expect(r.occurrences.every((o) => closedReason(o.date, { community: 'vl' }) === undefined)).toBe(true);
    expect(skippedDates(r)).toContain('2026-12-23'); // closed dates are listed as left out of the pool
  });

  it('avoids the group’s exam period', () => {
    const r = expandSeries(year, opts({ examPeriods: [{ from: '2027-06-07', to: '2027-06-30', reason: 'juni-examens' }] }));
    expect(dates(r).at(-1)).toBe('2027-06-02');
    expect(r.occurrences).toHaveLength(5);
  });

  it('takes every open date when there are not more than count', () => {
    const r = expandSeries({ ...year, count: 6, from: '2026-12-01', until: '2027-01-20' }, opts());
    expect(dates(r)).toEqual(['2026-12-02', '2026-12-09', '2026-12-16', '2027-01-06', '2027-01-13', '2027-01-20']);
  });

  it('spreads to the end of the school year without `until`', () => {
    const { until: _until, ...rule } = year;
    const r = expandSeries(rule, opts());
    expect(r.until).toBe('2027-06-30');
    expect(dates(r)).toEqual(['2026-09-02', '2026-11-18', '2027-02-03', '2027-04-28', '2027-06-30']);
  });

  it('does not move the picks when expanded later; past ones are dropped', () => {
    const r = expandSeries(year, opts({ now: new Date('2026-12-01T00:00:00Z') }));
    expect(dates(r)).toEqual(['2027-02-03', '2027-04-28', '2027-06-30']);
  });
});

describe('expandSeries: limits, past and school year end', () => {
  it('caps at `max` and says it did', () => {
    const r = expandSeries(wednesday({ from: '2026-09-02', until: '2027-06-30' }), opts({ max: 10 }));
    expect(r.occurrences).toHaveLength(10);
    expect(r.truncated).toBe(true);
    expect(r.skipped.every((s) => s.date < r.occurrences[9]!.date)).toBe(true);
  });

  it('caps at 40 by default', () => {
    const r = expandSeries({ weekday: 1, startTime: '16:00', endTime: '17:00', every: 'week', from: '2026-09-07', until: '2028-06-30' }, opts());
    expect(r.occurrences).toHaveLength(40);
    expect(r.truncated).toBe(true);
  });

  it('never produces a moment that starts before now', () => {
    const now = new Date('2026-11-25T13:30:00Z'); // after the start (13:00Z) of that Wednesday
    const r = expandSeries(wednesday({ from: '2026-11-01', until: '2027-01-13' }), opts({ now }));
    expect(dates(r)[0]).toBe('2026-12-02');
    expect(r.occurrences.every((o) => new Date(o.start) >= now)).toBe(true);
    expect(skippedDates(r)).toEqual(['2026-12-23', '2026-12-30']); // past skipped dates (4 Nov) are not reported
  });

  it('still produces today’s moment when it has not started yet', () => {
    const r = expandSeries(wednesday({ from: '2026-11-25', until: '2026-11-25' }), opts({ now: new Date('2026-11-25T12:59:00Z') }));
    expect(dates(r)).toEqual(['2026-11-25']);
  });

  it('stops at the last school day of the current school year without until or count', () => {
    const r = expandSeries({ weekday: 5, startTime: '13:00', endTime: '14:00', every: 'week', from: '2027-05-01' }, opts({ now: new Date('2027-04-20T08:00:00Z') }));
    expect(r.until).toBe('2027-06-30');
    expect(dates(r).at(-1)).toBe('2027-06-25');
    const fr = expandSeries({ weekday: 5, startTime: '13:00', endTime: '14:00', every: 'week', from: '2027-05-01' }, opts({ community: 'fr', now: new Date('2027-04-20T08:00:00Z') }));
    expect(fr.until).toBe('2027-07-02');
    expect(dates(fr).at(-1)).toBe('2027-07-02');
  });

  it('uses today, not an old `from`, to find the current school year', () => {
    const r = expandSeries(wednesday({ from: '2025-09-03' }), opts({ now: new Date('2026-11-22T08:00:00Z') }));
    expect(r.until).toBe('2027-06-30');
    expect(dates(r)[0]).toBe('2026-11-25');
  });

  it('plans in the coming school year during the summer holiday', () => {
    const r = expandSeries(wednesday({ from: '2027-07-07' }), opts({ now: new Date('2027-07-05T08:00:00Z') }));
    expect(r.until).toBe('2028-06-30');
    expect(dates(r)[0]).toBe('2027-09-01');
    expect(r.skipped[0]).toMatchObject({ date: '2027-07-07', reason: { nl: 'zomervakantie' } });
  });

  it('refuses an open-ended series beyond the calendar data', () => {
    expect(() => expandSeries(wednesday({ from: '2031-01-08' }), opts())).toThrow(/until.*count|count/);
    expect(dates(expandSeries(wednesday({ from: '2031-01-08', count: 2 }), opts()))).toEqual(['2031-01-08', '2031-01-15']);
  });
});

describe('expandSeries: invalid input', () => {
  it.each([
    [{ endTime: '13:00' }, /endTime/],
    [{ startTime: '2pm' }, /startTime/],
    [{ every: 'nth-of-month' }, /nth/],
    [{ nth: 2 }, /nth/],
    [{ until: '2026-11-01' }, /until/],
    [{ count: 0 }, /count/],
    [{ spread: true }, /spread/],
    [{ from: '2026-02-30' }, /from/],
    [{ weekday: 0 }, /weekday/],
  ] as Array<[Partial<Record<keyof SeriesRule, unknown>>, RegExp]>)('rejects %o', (over, message) => {
    expect(() => expandSeries({ ...wednesday(), ...over } as SeriesRule, opts())).toThrow(message);
  });

  it('rejects bad options', () => {
    expect(() => expandSeries(wednesday({ until: '2026-12-31' }), opts({ zone: 'Europe/Brussel' }))).toThrow(/zone/);
    expect(() => expandSeries(wednesday({ until: '2026-12-31' }), opts({ max: 0 }))).toThrow(/max/);
    expect(() => expandSeries(wednesday({ until: '2026-12-31' }), opts({ now: new Date('nope') }))).toThrow(/now/);
  });
});

describe('checkDate (single moments)', () => {
  it('returns the closure for a date in a holiday, so the bot can warn', () => {
    expect(checkDate('2026-12-24', { community: 'vl' })).toMatchObject({ kind: 'holiday', name: { nl: 'kerstvakantie' } });
    expect(checkDate('2027-02-24', { community: 'vl' })).toBeUndefined();
    expect(checkDate('2027-02-24', { community: 'fr' })).toMatchObject({ kind: 'holiday', name: { fr: 'congé de détente' } });
  });

  it('accepts an ISO instant and uses the local date in the zone', () => {
    expect(checkDate('2026-12-20T23:30:00Z', { community: 'vl' })?.key).toBe('christmas'); // 00:30 on 21 Dec in Brussels
    expect(checkDate('2026-12-20T22:30:00Z', { community: 'vl' })).toBeUndefined(); // 23:30 on Sunday 20 Dec
    expect(checkDate('2026-12-20T23:30:00Z', { community: 'vl', zone: 'UTC' })).toBeUndefined();
    expect(checkDate('2027-05-07T10:00', { community: 'vl' })?.key).toBe('ascension-friday');
  });

  it('reports the group’s own days too', () => {
    expect(checkDate('2027-01-27', { community: 'vl', closedDays: [{ date: '2027-01-27', reason: 'studiedag' }] })?.kind).toBe('group-closed');
  });

  it('rejects what is not a date', () => {
    expect(() => checkDate('morgen', { community: 'vl' })).toThrow(/ISO/);
    expect(() => checkDate('2026-12-24', { community: 'vl', zone: 'Mars/Olympus' })).toThrow(/zone/);
  });
});
