import { DateTime } from 'luxon';
import type { QuietHours } from '../../ports/storage.js';

const minutesOf = (hhmm: string): number => {
  const [h = '0', m = '0'] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
};

/** The end of the quiet stretch that contains `at` (one step: a night or a weekend), or undefined when `at` is not quiet. */
function quietStepEnd(at: DateTime, quiet: QuietHours): DateTime | undefined {
  if (quiet.weekends && at.weekday >= 6) return at.plus({ days: 8 - at.weekday }).startOf('day');
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return undefined;
  const now = at.hour * 60 + at.minute;
  const endOn = (day: DateTime): DateTime => day.set({ hour: Math.floor(end / 60), minute: end % 60, second: 0, millisecond: 0 });
  if (start < end) return now >= start && now < end ? endOn(at) : undefined;
  // A range like 20:00-07:00 crosses midnight: quiet from start until midnight, and from midnight until end.
  if (now >= start) return endOn(at.plus({ days: 1 }));
  if (now < end) return endOn(at);
  return undefined;
}

/**
 * When the person's quiet hours that contain `at` end, in their own zone, or undefined when `at` is not quiet.
 * Chains a night into a weekend and back (Friday 20:00 → Saturday, Sunday → Monday 07:00).
 */
export function quietUntil(at: Date, quiet: QuietHours | undefined, zone: string): Date | undefined {
  if (!quiet) return undefined;
  let cursor = DateTime.fromJSDate(at, { zone });
  if (!cursor.isValid) cursor = DateTime.fromJSDate(at, { zone: 'UTC' });
  let moved = false;
  // A few steps always suffice: night → weekend → night.
  for (let step = 0; step < 5; step++) {
    const end = quietStepEnd(cursor, quiet);
    if (!end || end <= cursor) break;
    cursor = end;
    moved = true;
  }
  return moved ? cursor.toJSDate() : undefined;
}
