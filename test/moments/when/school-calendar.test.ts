import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { christmasHolidayStart, countUntil, firstOnOrAfter, nthWeekdayOfMonth, schoolYearOf } from '../../../src/core/features/moments/when/school-calendar.js';

const day = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Brussels' });
const iso = (d: DateTime) => d.toISODate();

describe('school calendar helpers', () => {
  it.each([
    ['2026-11-19', '2026-09-01', '2027-06-30'],
    ['2027-03-01', '2026-09-01', '2027-06-30'],
    ['2027-06-30', '2026-09-01', '2027-06-30'],
    ['2027-07-01', '2027-09-01', '2028-06-30'],
    ['2027-08-31', '2027-09-01', '2028-06-30'],
  ])('school year of %s is %s – %s', (d, start, end) => {
    const y = schoolYearOf(day(d));
    expect([iso(y.start), iso(y.end)]).toEqual([start, end]);
  });

  it.each([
    ['2025-11-01', '2025-12-22'], // Thursday Christmas
    ['2026-11-19', '2026-12-21'], // Friday
    ['2027-11-15', '2027-12-27'], // Saturday: the Monday after
    ['2028-11-15', '2028-12-25'], // Monday
    ['2026-12-28', '2027-12-27'], // during the holiday: the next one
  ])('Christmas holiday after %s starts %s', (d, start) => {
    expect(iso(christmasHolidayStart(day(d)))).toBe(start);
  });

  it.each([
    ['2026-12-01', 3, 2, '2026-12-09'],
    ['2026-11-01', 5, -1, '2026-11-27'],
    ['2027-01-01', 5, -1, '2027-01-29'],
    ['2027-03-15', 1, 1, '2027-03-01'],
  ] as const)('nth weekday of the month of %s (weekday %i, nth %i) is %s', (d, weekday, nth, expected) => {
    expect(iso(nthWeekdayOfMonth(day(d), weekday, nth))).toBe(expected);
  });

  it('finds first sessions and counts them', () => {
    expect(iso(firstOnOrAfter(day('2026-11-19'), { weekday: 3, every: 'nth-of-month', nth: 2 }))).toBe('2026-12-09');
    expect(iso(firstOnOrAfter(day('2026-11-19'), { weekday: 4, every: 'week' }))).toBe('2026-11-19');
    expect(countUntil(day('2026-11-25'), day('2027-06-30'), { weekday: 3, every: 'week' }, 100)).toBe(32);
    expect(countUntil(day('2026-11-23'), day('2026-12-31'), { weekday: 1, every: 'two-weeks' }, 100)).toBe(3);
  });
});
