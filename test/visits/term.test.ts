import { describe, expect, it } from 'vitest';
import { inTerm, termOf, termsOf } from '../../src/core/features/visits/term.js';

describe('school terms', () => {
  it('splits a Flemish school year at the Christmas and Easter holidays', () => {
    expect(termsOf('2026-11-23', 'vl')).toEqual([
      { number: 1, schoolYear: '2026-2027', from: '2026-09-01', to: '2026-12-20' },
      { number: 2, schoolYear: '2026-2027', from: '2026-12-21', to: '2027-03-28' },
      { number: 3, schoolYear: '2026-2027', from: '2027-03-29', to: '2027-08-31' },
    ]);
    expect(termOf('2026-11-23')?.number).toBe(1);
    expect(termOf('2026-12-20')?.number).toBe(1);
    // The Christmas holiday opens term 2; the first school day after it is term 2 as well.
    expect(termOf('2026-12-21')?.number).toBe(2);
    expect(termOf('2027-01-04')?.number).toBe(2);
    expect(termOf('2027-03-29')?.number).toBe(3);
    expect(termOf('2027-06-30')?.number).toBe(3);
    // A summer day still belongs to the year that just ended.
    expect(termOf('2027-07-15')).toMatchObject({ number: 3, schoolYear: '2026-2027' });
    expect(termOf('2027-09-01')).toMatchObject({ number: 1, schoolYear: '2027-2028' });
  });

  it('uses the spring holiday in the French Community, which starts earlier in the summer', () => {
    const terms = termsOf('2027-02-01', 'fr')!;
    expect(terms.map((t) => t.from)).toEqual(['2026-08-24', '2026-12-21', '2027-04-26']);
    expect(termOf('2027-04-20', 'fr')?.number).toBe(2);
    expect(termOf('2027-04-26', 'fr')?.number).toBe(3);
  });

  it('knows nothing outside the calendar data or for a bad date', () => {
    expect(termOf('2019-10-01')).toBeUndefined();
    expect(termOf('2026-02-30')).toBeUndefined();
    expect(termOf('morgen')).toBeUndefined();
  });

  it('tells whether a day lies in a term', () => {
    const term = termOf('2026-11-23')!;
    expect(inTerm(term, '2026-09-01')).toBe(true);
    expect(inTerm(term, '2026-12-21')).toBe(false);
    expect(inTerm(term, undefined)).toBe(false);
  });
});
