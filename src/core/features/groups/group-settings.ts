import { DateTime } from 'luxon';

/** Parses 2027-01-22 or 22/01/2027 (or 22-01-2027) into yyyy-MM-dd; undefined when not a real date. */
export function parseDay(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const be = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const parts = iso ? { year: +iso[1]!, month: +iso[2]!, day: +iso[3]! } : be ? { year: +be[3]!, month: +be[2]!, day: +be[1]! } : undefined;
  if (!parts) return undefined;
  const date = DateTime.fromObject(parts, { zone: 'UTC' });
  return date.isValid ? date.toISODate()! : undefined;
}

const UNIT_MINUTES: Record<string, number> = { d: 1440, j: 1440, u: 60, h: 60, m: 1 };
const MAX_LEAD_MINUTES = 30 * 1440;

/** Parses lead times like `7d 1d 1u` (nl), `1h` (en), `7j` (fr) into minutes, longest first. */
export function parseLeadTimes(args: string[]): number[] | undefined {
  const minutes: number[] = [];
  for (const arg of args) {
    const match = /^(\d{1,4})\s*([djuhm])$/i.exec(arg.trim());
    if (!match) return undefined;
    const value = Number(match[1]) * UNIT_MINUTES[match[2]!.toLowerCase()]!;
    if (value <= 0 || value > MAX_LEAD_MINUTES) return undefined;
    minutes.push(value);
  }
  const unique = [...new Set(minutes)].sort((a, b) => b - a);
  return unique.length >= 1 && unique.length <= 5 ? unique : undefined;
}

/** Shows lead times as `7d, 1d, 1u` in the person's units. */
export function formatLeadTimes(minutes: number[], units: { day: string; hour: string; minute: string }): string {
  return minutes
    .map((m) => (m % 1440 === 0 ? `${m / 1440}${units.day}` : m % 60 === 0 ? `${m / 60}${units.hour}` : `${m}${units.minute}`))
    .join(', ');
}

/** Parses a clock time `20:00`, `20u`, `7u30`, `20h` into HH:mm. */
export function parseClock(text: string): string | undefined {
  const match = /^(\d{1,2})(?:[:.uh](\d{2})?)?$/i.exec(text.trim());
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? '0');
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
