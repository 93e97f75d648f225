import { existsSync, readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { SOURCE_PATH, TARGET_PATH, compactSchoolCalendar, formatCompact } from '../../../scripts/import-school-calendar.js';
import {
  calendarCoverage,
  closedReason,
  isProvisionalSchoolYear,
  schoolYearForPlanning,
  schoolYearOf,
  type Community,
} from '../../../src/core/features/moments/calendar/index.js';
import data from '../../../src/core/features/moments/calendar/school-calendar.data.json' with { type: 'json' };

const vl = { community: 'vl' } as const;
const fr = { community: 'fr' } as const;
const nl = (date: string, opts: { community: Community }) => closedReason(date, opts)?.name.nl;

describe('closedReason: community holidays', () => {
  it.each([
    ['2026-12-24', 'vl', 'holiday', 'christmas', 'kerstvakantie', 'Christmas holiday', "vacances d'hiver"],
    ['2026-12-24', 'fr', 'holiday', 'christmas', 'kerstvakantie', 'Christmas holiday', "vacances d'hiver"],
    ['2027-02-10', 'vl', 'holiday', 'carnival', 'krokusvakantie', 'Carnival holiday', 'congé de Carnaval'],
    ['2027-02-24', 'fr', 'holiday', 'carnival', 'krokusvakantie', 'Carnival holiday', 'congé de détente'],
    ['2026-11-04', 'vl', 'holiday', 'autumn', 'herfstvakantie', 'autumn holiday', "congé d'automne"],
    ['2026-10-20', 'fr', 'holiday', 'autumn', 'herfstvakantie', 'autumn holiday', "congé d'automne"],
    ['2027-04-01', 'vl', 'holiday', 'easter', 'paasvakantie', 'Easter holiday', 'vacances de Pâques'],
    ['2027-05-07', 'fr', 'holiday', 'spring', 'lentevakantie', 'spring holiday', 'vacances de printemps'],
    ['2027-07-01', 'vl', 'holiday', 'summer', 'zomervakantie', 'summer holiday', "vacances d'été"],
    ['2027-07-03', 'fr', 'holiday', 'summer', 'zomervakantie', 'summer holiday', "vacances d'été"],
  ] as const)('%s %s → %s %s', (date, community, kind, key, nlName, en, frName) => {
    expect(closedReason(date, { community })).toEqual({ kind, key, name: { nl: nlName, en, fr: frName } });
  });

  it('keeps the two communities apart', () => {
    expect(closedReason('2027-02-10', fr)).toBeUndefined(); // krokus in Flanders only
    expect(closedReason('2027-02-24', vl)).toBeUndefined(); // détente in the FWB only
    expect(closedReason('2026-10-20', vl)).toBeUndefined();
    expect(nl('2027-04-01', fr)).toBeUndefined();
    expect(closedReason('2027-07-02', fr)).toBeUndefined(); // FWB last class day
    expect(nl('2027-07-02', vl)).toBe('zomervakantie');
  });

  it('treats the first and last day of a holiday as closed (inclusive) and the days around it as open', () => {
    expect(nl('2026-12-21', vl)).toBe('kerstvakantie');
    expect(nl('2027-01-03', vl)).toBe('kerstvakantie');
    expect(closedReason('2026-12-18', vl)).toBeUndefined();
    expect(closedReason('2027-01-04', vl)).toBeUndefined();
    expect(closedReason('2026-12-20', vl)).toBeUndefined(); // a Sunday, but weekends are not closures
  });

  it('does not treat a weekend as closed', () => {
    expect(closedReason('2026-11-21', vl)).toBeUndefined();
    expect(closedReason('2026-11-22', fr)).toBeUndefined();
  });
});

describe('closedReason: single free days', () => {
  it.each([
    ['2026-11-11', 'vl', 'armistice', 'wapenstilstand'],
    ['2026-11-11', 'fr', 'armistice', 'wapenstilstand'],
    ['2027-05-06', 'vl', 'ascension', 'O.L.H. Hemelvaart'],
    ['2027-05-07', 'vl', 'ascension-friday', 'vrijdag na O.L.H. Hemelvaart'],
    ['2027-05-17', 'vl', 'whit-monday', 'pinkstermaandag'],
    ['2027-05-17', 'fr', 'whit-monday', 'pinkstermaandag'],
    ['2028-05-01', 'vl', 'labour-day', 'dag van de arbeid'],
    ['2027-03-29', 'fr', 'easter-monday', 'paasmaandag'],
    ['2026-11-02', 'fr', 'all-souls', 'Allerzielen'],
    ['2027-02-09', 'fr', 'shrove-tuesday', 'vette dinsdag'],
    ['2027-09-27', 'fr', 'community-day', 'feest van de Franse Gemeenschap'],
  ] as const)('%s %s → %s', (date, community, key, nlName) => {
    const reason = closedReason(date, { community });
    expect(reason).toMatchObject({ kind: 'free-day', key, name: { nl: nlName } });
    expect(reason?.name.en).not.toBe('');
    expect(reason?.name.fr).not.toBe('');
  });

  it('has the French and English names of the Friday after Ascension', () => {
    expect(closedReason('2027-05-07', vl)?.name).toEqual({ nl: 'vrijdag na O.L.H. Hemelvaart', en: 'Friday after Ascension Day', fr: "vendredi après l'Ascension" });
  });

  it('knows the Friday after Ascension is a school day in the French Community', () => {
    expect(closedReason('2028-05-26', fr)).toBeUndefined();
    expect(closedReason('2028-05-25', fr)?.key).toBe('ascension');
    expect(closedReason('2028-05-26', vl)?.key).toBe('ascension-friday');
  });

  it('reports a free day inside a holiday as that holiday (Easter Monday in Flanders)', () => {
    expect(closedReason('2027-03-29', vl)).toMatchObject({ kind: 'holiday', key: 'easter' });
    expect(closedReason('2026-11-02', vl)).toMatchObject({ kind: 'holiday', key: 'autumn' });
  });
});

describe('closedReason: the group’s own days', () => {
  const closedDays = [{ date: '2027-01-27', reason: 'pedagogische studiedag' }];
  const examPeriods = [{ from: '2026-12-07', to: '2026-12-18', reason: 'kerstexamens' }];

  it('reports a group closed day with its reason in every language', () => {
    expect(closedReason('2027-01-27', { community: 'vl', closedDays })).toEqual({
      kind: 'group-closed',
      name: { nl: 'pedagogische studiedag', en: 'pedagogische studiedag', fr: 'pedagogische studiedag' },
    });
    expect(closedReason('2027-01-28', { community: 'vl', closedDays })).toBeUndefined();
  });

  it('reports an exam period, both ends inclusive', () => {
    for (const date of ['2026-12-07', '2026-12-10', '2026-12-18']) {
      expect(closedReason(date, { community: 'vl', examPeriods }), date).toMatchObject({ kind: 'exam', name: { nl: 'kerstexamens' } });
    }
    expect(closedReason('2026-12-04', { community: 'vl', examPeriods })).toBeUndefined();
  });

  it('prefers the community reason when both apply', () => {
    const opts = { community: 'vl' as const, closedDays: [{ date: '2026-12-24', reason: 'eigen sluiting' }], examPeriods: [{ from: '2026-12-14', to: '2027-01-08', reason: 'examens' }] };
    expect(closedReason('2026-12-24', opts)?.kind).toBe('holiday');
    expect(closedReason('2027-01-05', opts)?.kind).toBe('exam');
    expect(closedReason('2026-12-15', { ...opts, closedDays: [{ date: '2026-12-15', reason: 'studiedag' }] })?.kind).toBe('group-closed');
  });

  it('rejects malformed input with a clear error', () => {
    expect(() => closedReason('2026-02-30', vl)).toThrow(/yyyy-MM-dd/);
    expect(() => closedReason('24/12/2026', vl)).toThrow(/yyyy-MM-dd/);
    expect(() => closedReason('2026-12-24', { community: 'de' as Community })).toThrow(/community/);
    expect(() => closedReason('2026-12-24', { community: 'vl', examPeriods: [{ from: '2026-12-18', to: '2026-12-07', reason: 'x' }] })).toThrow(/examPeriods/);
    expect(() => closedReason('2026-12-24', { community: 'vl', closedDays: [{ date: '2026-12-24', reason: ' ' }] })).toThrow(/closedDays/);
  });

  it('knows nothing outside the data, except the group’s own days', () => {
    expect(calendarCoverage('vl')).toEqual({ from: '2024-09-01', to: '2030-08-31' });
    expect(calendarCoverage('fr')).toEqual({ from: '2024-08-26', to: '2030-08-25' });
    expect(closedReason('2031-12-24', vl)).toBeUndefined();
    expect(closedReason('2031-12-24', { community: 'vl', closedDays: [{ date: '2031-12-24', reason: 'kerstavond' }] })?.kind).toBe('group-closed');
  });
});

describe('schoolYearOf', () => {
  it('gives the Flemish school year with its first and last school day', () => {
    expect(schoolYearOf('2026-09-01')).toEqual({ start: '2026-09-01', end: '2027-06-30', label: '2026-2027' });
    expect(schoolYearOf('2027-06-30', 'vl')).toEqual({ start: '2026-09-01', end: '2027-06-30', label: '2026-2027' });
    expect(schoolYearOf('2026-12-24')?.label).toBe('2026-2027');
  });

  it('follows the legal boundaries: 1 September → 31 August in Flanders', () => {
    expect(schoolYearOf('2027-07-15')?.label).toBe('2026-2027');
    expect(schoolYearOf('2027-08-31')?.label).toBe('2026-2027');
    expect(schoolYearOf('2027-09-01')).toEqual({ start: '2027-09-01', end: '2028-06-30', label: '2027-2028' });
    expect(schoolYearOf('2029-09-01')).toEqual({ start: '2029-09-03', end: '2030-06-28', label: '2029-2030' }); // 1 Sept 2029 is a Saturday
    expect(schoolYearOf('2028-10-01')?.end).toBe('2029-06-29'); // 30 June 2029 is a Saturday
  });

  it('uses the French Community dates for fr', () => {
    expect(schoolYearOf('2026-08-24', 'fr')).toEqual({ start: '2026-08-24', end: '2027-07-02', label: '2026-2027' });
    expect(schoolYearOf('2026-08-23', 'fr')?.label).toBe('2025-2026');
    expect(schoolYearOf('2026-08-24', 'vl')?.label).toBe('2025-2026');
    expect(schoolYearOf('2027-08-29', 'fr')?.label).toBe('2026-2027');
    expect(schoolYearOf('2027-08-30', 'fr')).toEqual({ start: '2027-08-30', end: '2028-07-07', label: '2027-2028' });
  });

  it('is undefined outside the data and rejects bad dates', () => {
    expect(schoolYearOf('2024-08-31')).toBeUndefined();
    expect(schoolYearOf('2030-09-01')).toBeUndefined();
    expect(() => schoolYearOf('2026-13-01')).toThrow(/yyyy-MM-dd/);
  });

  it('plans in the coming school year during the summer holiday', () => {
    expect(schoolYearForPlanning('2027-06-30')?.label).toBe('2026-2027');
    expect(schoolYearForPlanning('2027-07-01')?.label).toBe('2027-2028');
    expect(schoolYearForPlanning('2027-07-05', 'fr')?.label).toBe('2027-2028');
    expect(schoolYearForPlanning('2030-07-01')).toBeUndefined();
  });

  it('marks computed French Community years as provisional', () => {
    expect(isProvisionalSchoolYear('2026-2027', 'fr')).toBe(false);
    expect(isProvisionalSchoolYear('2028-2029', 'fr')).toBe(true);
    expect(isProvisionalSchoolYear('2028-2029', 'vl')).toBe(false);
  });
});

describe('school-calendar.data.json', () => {
  it('has six school years per community with consistent days', () => {
    for (const community of ['vl', 'fr'] as const) {
      const years = data.communities[community];
      expect(years.map((y) => y.label)).toEqual(['2024-2025', '2025-2026', '2026-2027', '2027-2028', '2028-2029', '2029-2030']);
      for (const year of years) {
        const weekday = (d: string) => DateTime.fromISO(d).weekday;
        expect(weekday(year.firstSchoolDay), `${community} ${year.label} first`).toBeLessThanOrEqual(5);
        expect(weekday(year.lastSchoolDay), `${community} ${year.label} last`).toBeLessThanOrEqual(5);
        for (const free of year.freeDays) {
          expect(weekday(free.date), `${community} ${free.date}`).toBeLessThanOrEqual(5);
          expect(year.holidays.some((h) => h.start <= free.date && free.date <= h.end), `${community} ${free.date} inside a holiday`).toBe(false);
        }
        expect(year.holidays.map((h) => h.key)).toEqual(community === 'vl' ? ['autumn', 'christmas', 'carnival', 'easter', 'summer'] : ['autumn', 'christmas', 'carnival', 'spring', 'summer']);
      }
    }
  });

  if (!existsSync(SOURCE_PATH)) {
    console.warn(`school calendar: ${SOURCE_PATH} (the shared source) is not beside this checkout, so the two import checks skip; the repo's own copy is still checked above.`);
  }

  it.skipIf(!existsSync(SOURCE_PATH))('is what scripts/import-school-calendar.ts makes of the shared calendar (re-run it when this fails)', () => {
    const fresh = compactSchoolCalendar(JSON.parse(readFileSync(SOURCE_PATH, 'utf8')));
    expect(formatCompact(fresh)).toBe(readFileSync(TARGET_PATH, 'utf8'));
  });

  it.skipIf(!existsSync(SOURCE_PATH))('refuses a source item without a trilingual name', () => {
    const source = JSON.parse(readFileSync(SOURCE_PATH, 'utf8'));
    source.communities.vl['2026-2027'].push({ name: 'sneeuwvakantie', type: 'vacation', start: '2027-01-11', end: '2027-01-17' });
    expect(() => compactSchoolCalendar(source)).toThrow(/sneeuwvakantie/);
  });
});
