import { resolveClock, type Clock, type ClockRange } from './clock-times.js';
import { PART_OF_DAY_BLOCKS, type PartOfDay } from './parts-of-day.js';
import type { WhenRefusal } from './types.js';

/** The time of day a text settles on: a start and a length, both wall clock. */
export interface TimeChoice {
  start: Clock;
  minutes: number;
  certain: boolean;
}

const refuse = (reason: WhenRefusal['reason'], detail: string): WhenRefusal => ({ ok: false, reason, detail });
const valid = (c: Clock): boolean => c.hour >= 0 && c.hour <= 23 && c.minute >= 0 && c.minute <= 59;
const pad = (n: number): string => String(n).padStart(2, '0');

/** Formats a clock as 'HH:mm'. */
export const hhmm = (c: Clock): string => `${pad(c.hour)}:${pad(c.minute)}`;

/** Reads 'HH:mm'. */
export function parseHhmm(value: string): Clock {
  const [h, m] = value.split(':');
  return { hour: Number(h), minute: Number(m) };
}

/** Picks the time from clock ranges and parts of day; undefined when the text names no time at all. */
export function chooseTime(ranges: ClockRange[], parts: PartOfDay[], duration: number | undefined, defaultMinutes: number): TimeChoice | WhenRefusal | undefined {
  const distinctParts = [...new Set(parts)];
  if (ranges.length > 1) return refuse('no-time', 'several times');
  const part = distinctParts.length === 1 ? distinctParts[0] : undefined;
  const range = ranges[0];
  if (!range) {
    if (distinctParts.length > 1) return refuse('no-time', `several parts of day: ${distinctParts.join(', ')}`);
    if (!part) return undefined;
    const block = PART_OF_DAY_BLOCKS[part];
    // A part of day is an acceptable answer to "when?", so it counts as a certain time.
    return { start: parseHhmm(block.start), minutes: duration ?? block.minutes, certain: true };
  }
  const start = resolveClock(range.start, part);
  if (!valid(start)) return refuse('impossible-date', `no such time: ${hhmm(start)}`);
  const choice: TimeChoice = { start: { hour: start.hour, minute: start.minute }, minutes: duration ?? defaultMinutes, certain: !start.shifted };
  if (!range.end) return choice;
  const end = resolveClock(range.end, part, start.hour >= 12 && !range.start.literal);
  if (!valid(end)) return refuse('impossible-date', `no such time: ${hhmm(end)}`);
  const minutes = end.hour * 60 + end.minute - (start.hour * 60 + start.minute);
  if (minutes <= 0) return refuse('end-before-start', `${hhmm(start)}–${hhmm(end)}`);
  return { ...choice, minutes };
}

/** Tells a refusal from a choice. */
export const isRefusal = (x: unknown): x is WhenRefusal => typeof x === 'object' && x !== null && (x as { ok?: unknown }).ok === false;
