/**
 * Imports the shared Belgian school calendar into the repo.
 *
 *   npx tsx scripts/import-school-calendar.ts [path/to/school-calendar.json]
 *
 * Reads `../shared/data/school-calendar.json` (the research twin of `school-calendar.md`; the shared
 * folder is not part of a clone) and writes the compact
 * `src/core/features/moments/calendar/school-calendar.data.json` that the core loads: per community
 * ('vl', 'fr') and school year the holiday periods, the single free days and the first and last
 * school day, each name in Dutch, English and French.
 *
 * Re-run it whenever the shared calendar changes (at the latest each April, when the French
 * Community fixes its next two school years), review the diff and commit the JSON with it. The
 * output is deterministic, so an unchanged source gives no diff. The script refuses to write when
 * the source holds an item it has no trilingual name for, or when the school years do not line up.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DateTime } from 'luxon';
import {
  COMMUNITIES,
  schoolCalendarDataSchema,
  type Community,
  type FreeDayData,
  type HolidayData,
  type LocalizedName,
  type SchoolCalendarData,
  type SchoolYearData,
} from '../src/core/features/moments/calendar/school-calendar-data.js';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Default source: the shared research folder next to the repo. */
export const SOURCE_PATH = join(REPO_ROOT, '..', 'shared', 'data', 'school-calendar.json');
/** The compact file the core imports. */
export const TARGET_PATH = join(REPO_ROOT, 'src', 'core', 'features', 'moments', 'calendar', 'school-calendar.data.json');

type Named = { key: string; name: LocalizedName };

/** Trilingual names per community, keyed by the name used in the source file. */
const HOLIDAYS: Record<Community, Record<string, Named>> = {
  vl: {
    herfstvakantie: { key: 'autumn', name: { nl: 'herfstvakantie', en: 'autumn holiday', fr: "congé d'automne" } },
    kerstvakantie: { key: 'christmas', name: { nl: 'kerstvakantie', en: 'Christmas holiday', fr: "vacances d'hiver" } },
    krokusvakantie: { key: 'carnival', name: { nl: 'krokusvakantie', en: 'Carnival holiday', fr: 'congé de Carnaval' } },
    paasvakantie: { key: 'easter', name: { nl: 'paasvakantie', en: 'Easter holiday', fr: 'vacances de Pâques' } },
    zomervakantie: { key: 'summer', name: { nl: 'zomervakantie', en: 'summer holiday', fr: "vacances d'été" } },
  },
  fr: {
    "congé d'automne (Toussaint)": { key: 'autumn', name: { nl: 'herfstvakantie', en: 'autumn holiday', fr: "congé d'automne" } },
    "vacances d'hiver (Noël)": { key: 'christmas', name: { nl: 'kerstvakantie', en: 'Christmas holiday', fr: "vacances d'hiver" } },
    'congé de détente (Carnaval)': { key: 'carnival', name: { nl: 'krokusvakantie', en: 'Carnival holiday', fr: 'congé de détente' } },
    'vacances de printemps (Pâques)': { key: 'spring', name: { nl: 'lentevakantie', en: 'spring holiday', fr: 'vacances de printemps' } },
    "vacances d'été": { key: 'summer', name: { nl: 'zomervakantie', en: 'summer holiday', fr: "vacances d'été" } },
  },
};

const ASCENSION: Named = { key: 'ascension', name: { nl: 'O.L.H. Hemelvaart', en: 'Ascension Day', fr: "jeudi de l'Ascension" } };
const ASCENSION_FRIDAY: Named = {
  key: 'ascension-friday',
  name: { nl: 'vrijdag na O.L.H. Hemelvaart', en: 'Friday after Ascension Day', fr: "vendredi après l'Ascension" },
};
const ARMISTICE_NAME = { key: 'armistice', name: { nl: 'wapenstilstand', en: 'Armistice Day', fr: "jour de l'Armistice" } };
const WHIT_MONDAY: Named = { key: 'whit-monday', name: { nl: 'pinkstermaandag', en: 'Whit Monday', fr: 'lundi de Pentecôte' } };

/** Single free days per community, keyed by the source name. A two-day item lists one name per day. */
const FREE_DAYS: Record<Community, Record<string, Named[]>> = {
  vl: {
    wapenstilstand: [ARMISTICE_NAME],
    'dag van de arbeid': [{ key: 'labour-day', name: { nl: 'dag van de arbeid', en: 'Labour Day', fr: 'fête du Travail' } }],
    'O.L.H. Hemelvaart + vrijdag erna': [ASCENSION, ASCENSION_FRIDAY],
    pinkstermaandag: [WHIT_MONDAY],
    paasmaandag: [{ key: 'easter-monday', name: { nl: 'paasmaandag', en: 'Easter Monday', fr: 'lundi de Pâques' } }],
  },
  fr: {
    "commémoration de l'Armistice (11 novembre)": [{ ...ARMISTICE_NAME, name: { ...ARMISTICE_NAME.name, fr: "commémoration de l'Armistice" } }],
    'commémoration des défunts (2 novembre)': [{ key: 'all-souls', name: { nl: 'Allerzielen', en: "All Souls' Day", fr: 'commémoration des défunts' } }],
    'fête de la Communauté française': [
      { key: 'community-day', name: { nl: 'feest van de Franse Gemeenschap', en: 'French Community Day', fr: 'fête de la Communauté française' } },
    ],
    "jeudi de l'Ascension": [ASCENSION],
    'lundi de Pentecôte': [WHIT_MONDAY],
    'lundi de Pâques': [{ key: 'easter-monday', name: { nl: 'paasmaandag', en: 'Easter Monday', fr: 'lundi de Pâques' } }],
    'mardi gras': [{ key: 'shrove-tuesday', name: { nl: 'vette dinsdag', en: 'Shrove Tuesday', fr: 'mardi gras' } }],
  },
};

const FIRST_DAY: Record<Community, string> = { vl: 'eerste schooldag', fr: 'rentrée scolaire' };
const LAST_DAY: Record<Community, string> = { vl: 'laatste schooldag', fr: 'dernier jour de classe' };

/** One item of a school year in the shared file (only the fields used here). */
type SourceItem = { name: string; type: string; start: string; end: string; confidence?: string };
type Source = { communities: Record<Community, Record<string, SourceItem[]>> };

const addDays = (date: string, days: number): string => DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate()!;

/** Every date from `start` to `end`, inclusive. */
function datesBetween(start: string, end: string): string[] {
  const out: string[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) out.push(d);
  return out;
}

function convertYear(community: Community, label: string, items: SourceItem[]): SchoolYearData {
  const where = `${community} ${label}`;
  const marker = (name: string): string => {
    const found = items.filter((i) => i.type === 'marker' && i.name === name);
    if (found.length !== 1 || !found[0]) throw new Error(`${where}: expected exactly one marker "${name}"`);
    return found[0].start;
  };
  const holidays: HolidayData[] = [];
  const freeDays: FreeDayData[] = [];
  let provisional = false;
  for (const item of items) {
    if (item.type === 'marker') continue;
    if (item.type === 'vacation') {
      const named = HOLIDAYS[community][item.name];
      if (!named) throw new Error(`${where}: no trilingual name for holiday "${item.name}"; add it to HOLIDAYS`);
      holidays.push({ key: named.key, name: named.name, start: item.start, end: item.end });
      if (item.confidence !== undefined && item.confidence !== 'high') provisional = true;
    } else if (item.type === 'free_day') {
      const named = FREE_DAYS[community][item.name];
      if (!named) throw new Error(`${where}: no trilingual name for free day "${item.name}"; add it to FREE_DAYS`);
      const dates = datesBetween(item.start, item.end);
      if (dates.length !== named.length) throw new Error(`${where}: "${item.name}" spans ${dates.length} day(s), expected ${named.length}`);
      dates.forEach((date, i) => freeDays.push({ key: named[i]!.key, name: named[i]!.name, date }));
    } else {
      throw new Error(`${where}: unknown item type "${item.type}"`);
    }
  }
  holidays.sort((a, b) => a.start.localeCompare(b.start));
  freeDays.sort((a, b) => a.date.localeCompare(b.date));
  return { label, firstSchoolDay: marker(FIRST_DAY[community]), lastSchoolDay: marker(LAST_DAY[community]), provisional, holidays, freeDays };
}

/** Turns the shared research file into the compact data the core loads; throws on anything unexpected. */
export function compactSchoolCalendar(source: unknown): SchoolCalendarData {
  const communities = (source as Source | undefined)?.communities;
  if (!communities) throw new Error('source has no "communities"');
  const out: SchoolCalendarData = {
    meta: {
      source: 'shared/data/school-calendar.json (see school-calendar.md); generated by scripts/import-school-calendar.ts',
      note: 'Dates inclusive; holiday periods include their weekends. Single free days on a weekend or inside a holiday are left out. French Community years marked provisional are computed from the decree rules: re-check enseignement.be each April.',
    },
    communities: { vl: [], fr: [] },
  };
  for (const community of COMMUNITIES) {
    const years = communities[community];
    if (!years) throw new Error(`source has no community "${community}"`);
    out.communities[community] = Object.keys(years)
      .sort()
      .map((label) => convertYear(community, label, years[label]!));
  }
  const data = schoolCalendarDataSchema.parse(out);
  checkYearsLineUp(data);
  return data;
}

/** The school years of a community must follow each other without gaps (summer end + 1 = next year's window start). */
function checkYearsLineUp(data: SchoolCalendarData): void {
  for (const community of COMMUNITIES) {
    const years = data.communities[community];
    years.forEach((year, i) => {
      const next = years[i + 1];
      if (!next) return;
      const summerEnd = year.holidays.find((h) => h.key === 'summer')!.end;
      const nextStart = [next.firstSchoolDay, `${next.label.slice(0, 4)}-09-01`].sort()[0]!;
      if (addDays(summerEnd, 1) !== nextStart) {
        throw new Error(`${community}: summer of ${year.label} ends ${summerEnd} but ${next.label} starts ${nextStart}`);
      }
    });
  }
}

/** JSON with one holiday or free day per line, so a re-import gives a readable diff. */
export function formatCompact(data: SchoolCalendarData): string {
  const line = (value: unknown): string => JSON.stringify(value);
  const year = (y: SchoolYearData): string =>
    [
      '    {',
      `      "label": ${line(y.label)}, "firstSchoolDay": ${line(y.firstSchoolDay)}, "lastSchoolDay": ${line(y.lastSchoolDay)}, "provisional": ${line(y.provisional)},`,
      '      "holidays": [',
      y.holidays.map((h) => `        ${line(h)}`).join(',\n'),
      '      ],',
      y.freeDays.length ? ['      "freeDays": [', y.freeDays.map((f) => `        ${line(f)}`).join(',\n'), '      ]'].join('\n') : '      "freeDays": []',
      '    }',
    ].join('\n');
  const community = (c: Community): string => `    ${line(c)}: [\n${data.communities[c].map(year).join(',\n').replace(/^ {4}/gm, '      ')}\n    ]`;
  return [
    '{',
    `  "meta": ${line(data.meta)},`,
    '  "communities": {',
    COMMUNITIES.map(community).join(',\n'),
    '  }',
    '}',
    '',
  ].join('\n');
}

function main(): void {
  const sourcePath = process.argv[2] ?? SOURCE_PATH;
  const data = compactSchoolCalendar(JSON.parse(readFileSync(sourcePath, 'utf8')));
  const text = formatCompact(data);
  schoolCalendarDataSchema.parse(JSON.parse(text));
  writeFileSync(TARGET_PATH, text);
  const count = (c: Community) => data.communities[c].length;
  console.log(`wrote ${TARGET_PATH}: vl ${count('vl')} school years, fr ${count('fr')} school years (from ${sourcePath})`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
