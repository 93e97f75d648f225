/**
 * A recurring moment as the series parser produces it ("elke woensdag van 14u tot 15u30",
 * "5 sessies op dinsdag verspreid tot de paasvakantie", "de laatste donderdag van de maand").
 * `expandSeries` turns it into concrete moments.
 */
import { z } from 'zod';
import { isoDateSchema } from './school-calendar-data.js';

export type SeriesRule = {
  weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7; // ISO weekday, Monday = 1
  startTime: string; endTime: string; // 'HH:mm' wall clock in the zone
  every: 'week' | 'two-weeks' | 'nth-of-month';
  nth?: 1 | 2 | 3 | 4 | -1; // for nth-of-month; -1 = last
  count?: number; // "5 sessies"
  spread?: boolean; // spread `count` sessions evenly over [from, until] on that weekday (school days only)
  from: string; until?: string; // yyyy-MM-dd in the zone
};

/** Most sessions one series may ask for. */
export const MAX_SERIES_COUNT = 200;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * zod schema for a SeriesRule, with the cross-field rules:
 * `endTime` after `startTime` (a moment does not cross midnight), `nth` exactly when
 * `every` is 'nth-of-month', `spread` only with `count`, `until` on or after `from`.
 */
export const seriesRuleSchema = z
  .object({
    weekday: z.literal([1, 2, 3, 4, 5, 6, 7]),
    startTime: z.string().regex(TIME, 'must be HH:mm (24 h)'),
    endTime: z.string().regex(TIME, 'must be HH:mm (24 h)'),
    every: z.enum(['week', 'two-weeks', 'nth-of-month']),
    nth: z.literal([1, 2, 3, 4, -1]).optional(),
    count: z.number().int().min(1).max(MAX_SERIES_COUNT).optional(),
    spread: z.boolean().optional(),
    from: isoDateSchema,
    until: isoDateSchema.optional(),
  })
  .strict()
  .superRefine((rule, ctx) => {
    if (rule.endTime <= rule.startTime) ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'must be after startTime on the same day' });
    if (rule.every === 'nth-of-month' && rule.nth === undefined) ctx.addIssue({ code: 'custom', path: ['nth'], message: "is required when every is 'nth-of-month'" });
    if (rule.every !== 'nth-of-month' && rule.nth !== undefined) ctx.addIssue({ code: 'custom', path: ['nth'], message: "is only allowed when every is 'nth-of-month'" });
    if (rule.spread && rule.count === undefined) ctx.addIssue({ code: 'custom', path: ['spread'], message: 'needs a count of sessions to spread' });
    if (rule.until !== undefined && rule.until < rule.from) ctx.addIssue({ code: 'custom', path: ['until'], message: 'must be on or after from' });
  });

// Compile-time check that the schema and the hand-written type agree in both directions.
type Inferred = z.infer<typeof seriesRuleSchema>;
const _schemaMatchesType: [Inferred] extends [SeriesRule] ? ([SeriesRule] extends [Inferred] ? true : never) : never = true;
void _schemaMatchesType;
