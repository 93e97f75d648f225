/**
 * Slots and what blocks them: school days, the timetable, people's other visits, the host's room for visitors and
 * how many teachers of one school may be away at once.
 */
import { DateTime } from 'luxon';
import { isIsoDate } from '../../moments/calendar/school-calendar.js';
import { ACTIVE_VISIT_STATUSES, DEFAULT_TIMETABLE, HALF_DAYS, type HostOffer, type Visit, type VisitRequest, type VisitSlot } from '../visit.js';
import { addSchoolDays, isSchoolDay, localDate, plusDays, weekdayOf } from './school-days.js';
import type { MatchInput } from './types.js';

const TIMES = new Map(DEFAULT_TIMETABLE.map((t) => [t.period, t]));

/** A slot for a given date and periods, with its instants from the default timetable in the group's zone. */
export function slotAt(date: string, periods: number[], zone: string): VisitSlot {
  const sorted = [...periods].sort((a, b) => a - b);
  const first = TIMES.get(sorted[0]!);
  const last = TIMES.get(sorted[sorted.length - 1]!);
  if (!first || !last) throw new Error(`no such period in the timetable: ${periods.join(',')}`);
  const at = (time: string) => DateTime.fromISO(`${date}T${time}`, { zone }).toJSDate().toISOString();
  return { date, periods: sorted, start: at(first.start), end: at(last.end) };
}

/** One visit's hold on a day: firm (accepted, confirmed) or tentative (the slots a proposed visit still offers). */
interface Hold {
  id: string;
  periods: Set<number>;
  visitors: readonly string[];
  host: string;
  firm: boolean;
}

/** Who is busy when, by date; built once per matching call. */
class Occupancy {
  private readonly byDate = new Map<string, Hold[]>();

  add(visit: Visit): void {
    if (!ACTIVE_VISIT_STATUSES.includes(visit.status)) return;
    const firm = visit.status !== 'proposed';
    const slots = firm ? (visit.slot ? [visit.slot] : []) : [...visit.proposedSlots, ...(visit.slot ? [visit.slot] : [])];
    for (const slot of slots) {
      const list = this.byDate.get(slot.date) ?? [];
      list.push({ id: visit.id, periods: new Set(slot.periods), visitors: visit.visitorKeys, host: visit.hostKey, firm });
      this.byDate.set(slot.date, list);
    }
  }

  on(date: string): readonly Hold[] {
    return this.byDate.get(date) ?? [];
  }
}

/** A matching call's view of the group: the input, today's date, who is busy, and caches. */
export interface MatchContext {
  input: MatchInput;
  today: string;
  occupancy: Occupancy;
  /** The school days a new slot may fall on (see firstSlotDate; up to the horizon), with their weekdays and slots by run. */
  days: Array<{ date: string; weekday: number; slots: Map<string, VisitSlot> }>;
  schoolDays: Map<string, boolean>;
  slotCache: Map<string, VisitSlot>;
}

/**
 * The first date a proposed slot may fall on: the school day after the host's answer deadline (`hostAnswerSchoolDays`
 * school days from now, as the deadline itself is computed). A host never gets a slot that comes before they have to
 * answer, and after a last-minute yes there is still a school day to arrange cover. A slot the host proposes
 * themselves is only checked by slotStillFree and may be sooner.
 */
export function firstSlotDate(input: MatchInput): string {
  const deadline = addSchoolDays(input.now, input.settings.hostAnswerSchoolDays, input.group);
  return plusDays(localDate(deadline, input.group.timeZone), 1);
}

/** Builds a context; `reserved` are a round's tentative assignments, held as if confirmed. */
export function contextOf(input: MatchInput, reserved: Visit[] = []): MatchContext {
  const occupancy = new Occupancy();
  for (const visit of [...input.visits, ...reserved]) occupancy.add(visit);
  const today = localDate(input.now, input.group.timeZone);
  const ctx: MatchContext = { input, today, occupancy, days: [], schoolDays: new Map(), slotCache: new Map() };
  const last = plusDays(today, 7 * input.settings.horizonWeeks);
  for (let date = firstSlotDate(input); date <= last; date = plusDays(date, 1)) {
    const weekday = weekdayOf(date);
    if (weekday <= 5 && schoolDay(ctx, date)) ctx.days.push({ date, weekday, slots: new Map() });
  }
  return ctx;
}

/** Adds a round's reservation to a context. */
export function reserve(ctx: MatchContext, visit: Visit): void {
  ctx.occupancy.add(visit);
}

const schoolDay = (ctx: MatchContext, date: string): boolean => {
  let open = ctx.schoolDays.get(date);
  if (open === undefined) {
    open = isSchoolDay(date, ctx.input.group);
    ctx.schoolDays.set(date, open);
  }
  return open;
};

// Shared between calls: callers copy a slot (copySlot) before handing it out.
const cachedSlot = (ctx: MatchContext, date: string, periods: readonly number[]): VisitSlot => {
  const key = `${date}|${periods.join(',')}`;
  let slot = ctx.slotCache.get(key);
  if (!slot) {
    slot = slotAt(date, [...periods], ctx.input.group.timeZone);
    ctx.slotCache.set(key, slot);
  }
  return slot;
};

/** Wednesday afternoon has no classes in Flanders (nor in the French Community), so no visit falls then. */
const isWednesdayAfternoon = (weekday: number, periods: readonly number[]): boolean => weekday === 3 && periods.some((p) => p >= 5);

/** The runs of periods a visit of this form takes: a half-day for a visit to another school, otherwise one period. */
export function runsFor(form: VisitRequest['form']): number[][] {
  return form === 'other-school' ? [[...HALF_DAYS.am], [...HALF_DAYS.pm]] : DEFAULT_TIMETABLE.map((t) => [t.period]);
}

/** What to skip when checking a slot: a visit being rescheduled, and the capacity rules (to tell why nothing fits). */
export interface CheckOptions {
  ignoreVisitId?: string;
  skipCapacity?: boolean;
}

/** Who would take a slot: visitors, host, the host's room and how many visitors each school sends. */
interface Party {
  visitors: readonly string[];
  host: string;
  maxVisitors: number;
  bySchool: Map<string, number>;
}

function partyOf(ctx: MatchContext, visitors: readonly string[], host: string, maxVisitors: number): Party {
  const bySchool = new Map<string, number>();
  for (const v of visitors) bySchool.set(ctx.input.schoolOf(v), (bySchool.get(ctx.input.schoolOf(v)) ?? 0) + 1);
  return { visitors, host, maxVisitors, bySchool };
}

/** The checks that do not depend on the slot: nobody twice, the host not visiting, within the host's and schools' limits. */
function partyCanGo(ctx: MatchContext, party: Party, opts: CheckOptions): boolean {
  if (party.visitors.includes(party.host) || new Set(party.visitors).size !== party.visitors.length) return false;
  if (opts.skipCapacity) return true;
  return party.visitors.length <= party.maxVisitors && [...party.bySchool.values()].every((n) => n <= ctx.input.settings.maxAwayPerSchool);
}

/** The checks against other visits on the slot's day; assumes partyCanGo. */
function fits(ctx: MatchContext, slot: VisitSlot, party: Party, opts: CheckOptions): boolean {
  const onDate = ctx.occupancy.on(slot.date);
  if (onDate.length === 0) return true;
  const { visitors, host } = party;
  const holds = onDate.filter((h) => h.id !== opts.ignoreVisitId && slot.periods.some((p) => h.periods.has(p)));
  for (const hold of holds) {
    if (hold.visitors.includes(host)) return false;
    if (visitors.some((v) => hold.visitors.includes(v) || hold.host === v)) return false;
  }
  if (opts.skipCapacity) return true;
  const max = ctx.input.settings.maxAwayPerSchool;
  for (const period of slot.periods) {
    const during = holds.filter((h) => h.periods.has(period));
    const hosted = during.filter((h) => h.host === host).reduce((n, h) => n + h.visitors.length, 0);
    if (hosted + visitors.length > party.maxVisitors) return false;
    for (const [school, count] of party.bySchool) {
      const away = new Set(during.filter((h) => h.firm).flatMap((h) => h.visitors.filter((v) => ctx.input.schoolOf(v) === school)));
      if (away.size + count > max) return false;
    }
  }
  return true;
}

/**
 * True when nobody involved is elsewhere at that time, the host has room for these visitors, and the visitors'
 * schools stay within the number of teachers that may be away in each period.
 */
export function peopleCanMake(ctx: MatchContext, slot: VisitSlot, visitors: readonly string[], host: string, maxVisitors: number, opts: CheckOptions = {}): boolean {
  const party = partyOf(ctx, visitors, host, maxVisitors);
  return partyCanGo(ctx, party, opts) && fits(ctx, slot, party, opts);
}

/** A copy of a slot that callers may keep and change. */
export const copySlot = (slot: VisitSlot): VisitSlot => ({ ...slot, periods: [...slot.periods] });

/** Every slot (earliest first) in which all visitors are free, the host offers every period, and every rule holds. */
export function feasibleSlots(ctx: MatchContext, visitors: readonly VisitRequest[], offer: HostOffer, opts: CheckOptions = {}): VisitSlot[] {
  if (visitors.length === 0) return [];
  const from = visitors.map((r) => r.fromDate).sort().at(-1)!;
  const to = visitors.map((r) => r.toDate).sort()[0]!;
  // Which runs fit everyone, per weekday: the same every week, so worked out once.
  const offered = new Set(offer.periods.map((p) => `${p.weekday}:${p.period}`));
  const frees = visitors.map((r) => new Set(r.free.map((p) => `${p.weekday}:${p.period}`)));
  const runsByWeekday = new Map<number, number[][]>();
  for (let weekday = 1; weekday <= 5; weekday++) {
    runsByWeekday.set(weekday, runsFor(visitors[0]!.form).filter((run) => !isWednesdayAfternoon(weekday, run) && run.every((p) => {
      const cell = `${weekday}:${p}`;
      return offered.has(cell) && frees.every((f) => f.has(cell));
    })));
  }
  const party = partyOf(ctx, visitors.map((r) => r.visitorKey), offer.personKey, offer.maxVisitors);
  if (!partyCanGo(ctx, party, opts)) return [];
  const found: VisitSlot[] = [];
  for (const { date, weekday, slots } of ctx.days) {
    if (date < from || date > to) continue;
    for (const run of runsByWeekday.get(weekday)!) {
      const key = run.join(',');
      let slot = slots.get(key);
      if (!slot) slots.set(key, (slot = cachedSlot(ctx, date, run)));
      if (fits(ctx, slot, party, opts)) found.push(slot);
    }
  }
  return found;
}

/** Up to `limit` slots, earliest first, on different days where there are enough days. */
export function spread(slots: readonly VisitSlot[], limit: number): VisitSlot[] {
  const picked: VisitSlot[] = [];
  const days = new Set<string>();
  for (const slot of slots) {
    if (picked.length >= limit) break;
    if (days.has(slot.date)) continue;
    days.add(slot.date);
    picked.push(slot);
  }
  for (const slot of slots) {
    if (picked.length >= limit) break;
    if (!picked.includes(slot)) picked.push(slot);
  }
  return picked.sort((a, b) => a.start.localeCompare(b.start)).map(copySlot);
}

/** True when a slot is a real school-day slot of the timetable that is still ahead (not Wednesday afternoon). */
export function isValidSlot(ctx: MatchContext, slot: VisitSlot): boolean {
  if (!isIsoDate(slot.date) || !Array.isArray(slot.periods) || slot.periods.length === 0) return false;
  const periods = [...slot.periods].sort((a, b) => a - b);
  if (!periods.every((p, i) => TIMES.has(p) && (i === 0 || p === periods[i - 1]! + 1))) return false;
  const weekday = weekdayOf(slot.date);
  if (weekday > 5 || isWednesdayAfternoon(weekday, periods) || !schoolDay(ctx, slot.date)) return false;
  return new Date(cachedSlot(ctx, slot.date, periods).start).getTime() > ctx.input.now.getTime();
}
