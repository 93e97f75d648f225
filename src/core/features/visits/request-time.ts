import { DateTime } from 'luxon';
import type { Language } from '../../i18n/languages.js';
import type { ChoiceInput } from '../../model/message.js';
import { weekdayShort, weekPeriodLabel } from './slot-format.js';
import { HALF_DAYS, PERIODS, WEEKDAYS, type WeekPeriod } from './visit.js';
import type { VisitsT } from './visits-translate.js';

// Free time is asked twice (whole half-days, or single periods) because some teachers think in free periods and
// others can only get a half-day off; both end up as the same list of week periods.

/** True for periods that exist: Wednesday afternoon has no classes. */
const taught = (weekday: number, period: number): boolean => !(weekday === 3 && period >= 5);

/** Half-day option values: `1am` … `5pm`, without Wednesday afternoon. */
export const HALF_DAY_VALUES: readonly string[] = WEEKDAYS.flatMap((d) => (['am', 'pm'] as const).filter((h) => taught(d, HALF_DAYS[h][0])).map((h) => `${d}${h}`));
/** Single period option values: `1-1` … `5-8` (weekday-period), without Wednesday afternoon. */
export const PERIOD_VALUES: readonly string[] = WEEKDAYS.flatMap((d) => PERIODS.filter((p) => taught(d, p)).map((p) => `${d}-${p}`));

/** The choices "for the coming weeks". */
export const WEEK_CHOICES = ['2', '4', '6', '8'] as const;

/** Multi-choice input values, as a list or comma-separated (channels differ). */
export const many = (v: string | string[] | undefined): string[] =>
  (Array.isArray(v) ? v : (v ?? '').split(','))
    .map((x) => x.trim())
    .filter((x) => x !== '');

const byOrder = (a: WeekPeriod, b: WeekPeriod): number => a.weekday - b.weekday || a.period - b.period;

/** The week periods chosen as half-days and single periods, deduplicated and sorted; unknown values are ignored. */
export function freeFromInputs(halfDays: readonly string[], periods: readonly string[]): WeekPeriod[] {
  const seen = new Map<string, WeekPeriod>();
  for (const h of halfDays) {
    if (!HALF_DAY_VALUES.includes(h)) continue;
    const weekday = Number(h[0]);
    for (const period of HALF_DAYS[h.slice(1) as 'am' | 'pm']) seen.set(`${weekday}-${period}`, { weekday, period });
  }
  for (const p of periods) {
    if (!PERIOD_VALUES.includes(p)) continue;
    const [weekday, period] = p.split('-').map(Number) as [number, number];
    seen.set(p, { weekday, period });
  }
  return [...seen.values()].sort(byOrder);
}

/** Stored week periods back as form values: whole half-days as half-days, the rest as single periods. */
export function splitFree(free: readonly WeekPeriod[]): { halfDays: string[]; periods: string[] } {
  const has = new Set(free.map((p) => `${p.weekday}-${p.period}`));
  const halfDays = HALF_DAY_VALUES.filter((h) => HALF_DAYS[h.slice(1) as 'am' | 'pm'].every((p) => has.has(`${h[0]}-${p}`)));
  const covered = new Set(halfDays.flatMap((h) => HALF_DAYS[h.slice(1) as 'am' | 'pm'].map((p) => `${h[0]}-${p}`)));
  return { halfDays, periods: PERIOD_VALUES.filter((p) => has.has(p) && !covered.has(p)) };
}

/** The two free-time inputs (half-days and single periods), prefilled. */
export function freeTimeInputs(t: VisitsT, language: Language, values: { halfDays?: string[]; periods?: string[] }, labels: { halfDays: string; periods: string }): ChoiceInput[] {
  return [
    {
      type: 'choice',
      id: 'halfDays',
      label: labels.halfDays,
      multi: true,
      style: 'expanded',
      options: HALF_DAY_VALUES.map((h) => ({ value: h, label: `${weekdayShort(Number(h[0]), language)} ${t(h.endsWith('am') ? 'visits.slot.am' : 'visits.slot.pm')}` })),
      ...(values.halfDays?.length ? { value: values.halfDays } : {}),
    },
    {
      type: 'choice',
      id: 'periods',
      label: labels.periods,
      multi: true,
      style: 'compact',
      options: PERIOD_VALUES.map((p) => {
        const [weekday, period] = p.split('-').map(Number) as [number, number];
        return { value: p, label: weekPeriodLabel({ weekday, period }, language) };
      }),
      ...(values.periods?.length ? { value: values.periods } : {}),
    },
  ];
}

/** First and last day (yyyy-MM-dd, group zone) of "the coming `weeks` weeks" from `now`. */
export function comingWeeks(now: Date, weeks: number, zone: string): { fromDate: string; toDate: string } {
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  return { fromDate: today.toISODate()!, toDate: today.plus({ weeks }).toISODate()! };
}

/** The week choice closest to a number of weeks (for prefilling from a stored period or the group's horizon). */
export function nearestWeeks(weeks: number): (typeof WEEK_CHOICES)[number] {
  return WEEK_CHOICES.reduce((best, w) => (Math.abs(Number(w) - weeks) < Math.abs(Number(best) - weeks) ? w : best), WEEK_CHOICES[1]);
}
