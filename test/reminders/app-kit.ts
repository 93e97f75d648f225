import { MemoryDirectory, type CoreDeps, type Group, type Moment, type QuietHours } from '../../src/core/index.js';
import { planMomentReminders } from '../../src/core/features/reminders/plan-reminders.js';
import type { TestApp } from '../helpers/test-app.js';

/** The running app's parts as the core sees them, for calling the reminder functions directly. */
export const depsOf = (app: TestApp): CoreDeps => ({
  storage: app.storage,
  clock: app.clock,
  messenger: app.messenger,
  logger: app.logger,
  directory: new MemoryDirectory(),
  publicUrl: 'https://leerkring.example.be',
  scheduler: app.manual,
});

/** Wednesday 2 December 2026, 15:30 in Brussels; its 7-day reminder is due on 25 November at 15:30 (14:30Z). */
export const START = '2026-12-02T14:30:00.000Z';
export const SEVEN_DAYS_BEFORE = '2026-11-25T14:30:00.000Z';

/** Saves a moment in the group and plans its reminders, as the moments feature does after a confirmed plan. */
export async function planMoment(app: TestApp, group: Group, overrides: Partial<Moment> = {}): Promise<Moment> {
  const now = app.clock.now().toISOString();
  const moment: Moment = {
    id: `mom_${group.channel}_1`,
    groupId: group.id,
    title: 'PLG-moment: feedback die vooruit helpt',
    start: START,
    end: '2026-12-02T15:30:00.000Z',
    zone: 'Europe/Brussels',
    place: 'Lokaal B12',
    status: 'planned',
    sequence: 0,
    icsToken: 'tok_0123456789abcdefghijklmn',
    rsvps: {},
    createdBy: 'someone',
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
  await app.storage.moments.save(moment);
  await planMomentReminders(depsOf(app), moment);
  return moment;
}

/** Moves the fake clock to an instant and runs every job due by then. */
export const tickTo = (app: TestApp, iso: string): Promise<number> => app.tick(Date.parse(iso) - app.clock.now().getTime());

/** Gives a person quiet hours, so their reminder waits and another person's send is the only one at the due time. */
export async function setQuietHours(app: TestApp, personKey: string, quietHours: QuietHours): Promise<void> {
  const person = await app.storage.people.get(personKey);
  if (!person) throw new Error(`no person ${personKey}`);
  await app.storage.people.save({ ...person, quietHours });
}

/** During class time: 15:00–17:00 in Brussels covers a 15:30 reminder and ends well before the moment. */
export const CLASS_TIME: QuietHours = { start: '15:00', end: '17:00', weekends: false };

/** Something a fake platform received, with the fake clock's time of the tick that made it arrive. */
export interface Arrival<T> {
  at: string;
  item: T;
}

/**
 * Moves the fake clock to `untilIso` in steps of `stepMs`, running due jobs after every step (as a live scheduler would),
 * and returns each new entry of `received()` (an append-only list, e.g. a fake platform's requests) with the fake time
 * of the step in which it arrived. With steps that divide the due times, `at` is the exact send time.
 */
export async function tickRecording<T>(app: TestApp, untilIso: string, stepMs: number, received: () => T[]): Promise<Array<Arrival<T>>> {
  const until = Date.parse(untilIso);
  const arrivals: Array<Arrival<T>> = [];
  let known = received().length;
  while (app.clock.now().getTime() < until) {
    await app.tick(Math.min(stepMs, until - app.clock.now().getTime()));
    const all = received();
    for (const item of all.slice(known)) arrivals.push({ at: app.clock.now().toISOString(), item });
    known = all.length;
  }
  return arrivals;
}
