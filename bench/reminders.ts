/**
 * bench/reminders: plans 100 000 member reminders (plus the facilitators' attendance overviews) for 5 000 people
 * in 250 groups over the school year 2026-09-01 … 2027-06-30, in lowdb storage with the real TimerScheduler, and reports:
 * planning/persisting time, idle CPU and event-loop utilisation with everything pending versus nothing pending,
 * memory, the time to reload everything after a restart, and p50/p99 lateness of reminders due in the next seconds
 * while the rest stays pending. Prints figures only; nothing is asserted about wall-clock time.
 *
 * Lateness is measured three ways: the scheduler's firing lateness for BENCH_SAMPLE jobs; the whole send path
 * (subject check, message, durable `sending` write, send, `sent`) for BENCH_SAMPLE reminders on memory storage;
 * and the same path on lowdb for a small sample (BENCH_E2E_LOWDB), because lowdb rewrites its whole data file for
 * every durable write and 2 000 sends would take many minutes.
 *
 *   node --disable-warning=DEP0111 --import tsx bench/reminders.ts
 *   BENCH_IDLE_MS=5000 BENCH_SAMPLE=500 BENCH_E2E_LOWDB=20 BENCH_SETTLE_MS=5000 node --disable-warning=DEP0111 --import tsx bench/reminders.ts
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import {
  createCore,
  DEFAULT_REMINDERS,
  MemoryDirectory,
  personKey,
  type Address,
  type Clock,
  type Core,
  type CoreDeps,
  type Logger,
  type Messenger,
  type Moment,
  type SendResult,
  type Storage,
} from '../src/core/index.js';
import { planMomentReminders } from '../src/core/features/reminders/plan-reminders.js';
import { TimerScheduler } from '../src/scheduler/timer-scheduler.js';
import { openLowdbStorage } from '../src/storage/lowdb/lowdb-storage.js';
import { MemoryStorage } from '../src/storage/memory/memory-storage.js';

const GROUPS = 250;
const MEMBERS_PER_GROUP = 20;
const MOMENTS_PER_GROUP = 10;
const IDLE_MS = Number(process.env.BENCH_IDLE_MS ?? 10_000);
const SAMPLE = Number(process.env.BENCH_SAMPLE ?? 2_000);
const E2E_LOWDB = Number(process.env.BENCH_E2E_LOWDB ?? 20);
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 5_000);
const IDLE_WINDOWS = 5;
const TENANT = 'bench-tenant';
const CHANNEL = 'bench';
const ZONE = 'Europe/Brussels';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

// The bench lives in late August 2026, so the whole school year lies ahead; timers still run in real time.
const offset = Date.parse('2026-08-20T08:00:00Z') - Date.now();
// Sub-millisecond time, so lateness below 1 ms is visible.
const simNow = (): number => performance.timeOrigin + performance.now() + offset;
const clock: Clock = { now: () => new Date(simNow()) };
const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** Records when each message went out (simulated time) and who it was for. */
class RecordingMessenger implements Messenger {
  readonly sends: Array<{ conversationId: string; at: number }> = [];
  async send(address: Address): Promise<SendResult> {
    this.sends.push({ conversationId: address.conversationId, at: simNow() });
    return { ok: true };
  }
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const sleep = (duration: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, duration));

function memory(): { rss: number; heapUsed: number } {
  gc();
  gc();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

interface Idle {
  cpuMs: number;
  /** Median CPU of the windows, scaled to the whole duration: a GC burst in one window does not decide it. */
  medianCpuMs: number;
  elu: number;
  gcs: number;
  gcMs: number;
}

/**
 * CPU time (user+system, all threads), event-loop utilisation and GC while the process only waits, measured in
 * IDLE_WINDOWS windows after a settling time (after heavy work V8's memory reducer still runs GCs seconds later).
 */
async function idle(duration: number): Promise<Idle> {
  await sleep(SETTLE_MS);
  let gcMs = 0;
  let gcs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gcMs += entry.duration;
      gcs++;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const windows: number[] = [];
  const elu = performance.eventLoopUtilization();
  for (let i = 0; i < IDLE_WINDOWS; i++) {
    const cpu = process.cpuUsage();
    await sleep(duration / IDLE_WINDOWS);
    const used = process.cpuUsage(cpu);
    windows.push((used.user + used.system) / 1000);
  }
  const utilization = performance.eventLoopUtilization(elu).utilization;
  observer.disconnect();
  const sorted = [...windows].sort((a, b) => a - b);
  return { cpuMs: windows.reduce((a, b) => a + b, 0), medianCpuMs: percentile(sorted, 50) * IDLE_WINDOWS, elu: utilization, gcs, gcMs };
}

const idleText = (i: Idle): string =>
  `${ms(i.cpuMs)} (median window ×${IDLE_WINDOWS}: ${ms(i.medianCpuMs)}) / ${(i.elu * 100).toFixed(3)} % / ${i.gcs} GCs, ${ms(i.gcMs)}`;

interface Running {
  storage: Storage & { readonly writeCount?: number; flush?(): Promise<void> };
  scheduler: TimerScheduler;
  core: Core;
  deps: CoreDeps;
}

/** Opens storage and builds the core with the real TimerScheduler, as the composition root does. */
async function boot(file: string | undefined, messenger: Messenger): Promise<Running> {
  const storage = file ? await openLowdbStorage({ file, logger: silent }) : new MemoryStorage();
  let core: Core | undefined;
  // Probe jobs only record when they fire; every other id is a reminder and runs through the core.
  const scheduler = new TimerScheduler(async (id) => (id.startsWith(PROBE) ? void probeFired.set(id, simNow()) : core!.runJob(id)), silent, simNow);
  const deps: CoreDeps = { storage, clock, messenger, logger: silent, directory: new MemoryDirectory(), publicUrl: 'https://leerkring.example.be', scheduler };
  core = createCore(deps);
  return { storage, scheduler, core, deps };
}

/** A moment of group `g`: the k-th of the year, on a school afternoon at 15:30 Brussels time. */
function momentOf(g: number, k: number, createdAt: string): Moment {
  // Spread over 2026-09-01 … 2027-06-30 (302 days): each group its own day within every month-long slot.
  const day = Math.floor((k * 302) / MOMENTS_PER_GROUP) + (g % 28);
  const date = new Date(Date.UTC(2026, 8, 1 + day, 13, 30));
  const start = date.toISOString();
  return {
    id: `mom_${g}_${k}`,
    groupId: `grp_${g}`,
    title: `PLG-moment ${k + 1}`,
    start,
    end: new Date(date.getTime() + 90 * 60_000).toISOString(),
    zone: ZONE,
    place: 'Lokaal B12',
    agenda: 'Terugblik, twee leerlingvoorbeelden, afspraken',
    status: 'planned',
    sequence: 0,
    icsToken: `tok_${g}_${k}_0123456789abcdef`,
    rsvps: {},
    createdBy: personKey(CHANNEL, TENANT, `u${g * MEMBERS_PER_GROUP}`),
    createdAt,
    updatedAt: createdAt,
  };
}

/** People, their direct-chat addresses, groups and memberships; no reminders yet. */
async function seed(deps: CoreDeps): Promise<Moment[]> {
  const now = clock.now().toISOString();
  const moments: Moment[] = [];
  for (let g = 0; g < GROUPS; g++) {
    await deps.storage.groups.save({
      id: `grp_${g}`,
      channel: CHANNEL,
      tenantId: TENANT,
      conversationId: `conv-${g}`,
      name: `PLG ${g}`,
      kind: 'plg',
      timeZone: ZONE,
      community: 'vl',
      reminders: DEFAULT_REMINDERS,
      closedDays: [],
      examPeriods: [],
      createdAt: now,
      updatedAt: now,
    });
    for (let m = 0; m < MEMBERS_PER_GROUP; m++) {
      const userId = `u${g * MEMBERS_PER_GROUP + m}`;
      const key = personKey(CHANNEL, TENANT, userId);
      await deps.storage.people.save({ key, channel: CHANNEL, tenantId: TENANT, userId, name: `Leraar ${userId}`, language: 'nl', timeZone: ZONE, createdAt: now, updatedAt: now });
      await deps.storage.addresses.save(key, { channel: CHANNEL, tenantId: TENANT, conversationId: `dm-${userId}`, scope: 'personal', userId });
      await deps.storage.memberships.save({ groupId: `grp_${g}`, personKey: key, role: m === 0 ? 'facilitator' : 'member', active: true, joinedAt: now });
    }
    for (let k = 0; k < MOMENTS_PER_GROUP; k++) {
      const moment = momentOf(g, k, now);
      await deps.storage.moments.save(moment);
      moments.push(moment);
    }
  }
  return moments;
}


/** Polls until `done` holds or `timeoutMs` passed. */
async function waitFor(done: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!done() && performance.now() < deadline) await sleep(20);
}

let sampleSeq = 0;

/**
 * Plans moments that start in one day and `leadMs`+2 s, so their 1-day reminders fall due over the next seconds,
 * waits for the sends and returns the lateness (send − dueAt) of each.
 */
async function endToEnd(run: Running, count: number, spreadMs: number): Promise<{ sent: number; p50: number; p99: number; max: number; writes: number }> {
  const moments = Math.ceil(count / MEMBERS_PER_GROUP);
  const dueByConversation = new Map<string, number>();
  const first = Math.ceil(simNow()) + 2_000;
  const writesBefore = run.storage.writeCount ?? 0;
  for (let i = 0; i < moments; i++) {
    const g = (sampleSeq + i) % GROUPS;
    const dueAt = first + Math.floor((i * spreadMs) / moments);
    const start = dueAt + 24 * 60 * 60_000;
    const moment: Moment = {
      ...momentOf(g, 0, clock.now().toISOString()),
      id: `sample_${sampleSeq + i}`,
      icsToken: `tok_sample_${sampleSeq + i}_0123456789`,
      start: new Date(start).toISOString(),
      end: new Date(start + 3_600_000).toISOString(),
    };
    await run.storage.moments.save(moment);
    await planMomentReminders(run.deps, moment);
    for (let m = 0; m < MEMBERS_PER_GROUP; m++) dueByConversation.set(`dm-u${g * MEMBERS_PER_GROUP + m}`, dueAt);
  }
  sampleSeq += moments;
  const messenger = run.deps.messenger as RecordingMessenger;
  const before = messenger.sends.length;
  await waitFor(() => messenger.sends.length - before >= dueByConversation.size, 90_000);
  const lateness = messenger.sends.slice(before).flatMap((s) => {
    const dueAt = dueByConversation.get(s.conversationId);
    return dueAt === undefined ? [] : [s.at - dueAt];
  });
  lateness.sort((a, b) => a - b);
  const writes = (run.storage.writeCount ?? 0) - writesBefore;
  return { sent: lateness.length, p50: percentile(lateness, 50), p99: percentile(lateness, 99), max: lateness.at(-1) ?? NaN, writes };
}

const PROBE = 'probe:';
const probeFired = new Map<string, number>();

const rows: Array<[string, string]> = [];
const report = (label: string, value: string): void => {
  rows.push([label, value]);
  console.log(`  ${label}: ${value}`);
};

const benchStarted = performance.now();
const dir = await mkdtemp(join(tmpdir(), 'leerkring-bench-reminders-'));
const file = join(dir, 'leerkring.json');
const messenger = new RecordingMessenger();
try {
  console.log(`bench/reminders: ${GROUPS} groups × ${MEMBERS_PER_GROUP} people, ${MOMENTS_PER_GROUP} moments each; lowdb in ${dir}`);
  let run = await boot(file, messenger);
  let t0 = performance.now();
  const moments = await seed(run.deps);
  await run.storage.flush?.();
  report('seed (5 000 people, 250 groups, 2 500 moments)', ms(performance.now() - t0));

  const emptyIdle = await idle(IDLE_MS);
  const emptyMemory = memory();

  t0 = performance.now();
  for (const moment of moments) await planMomentReminders(run.deps, moment);
  const planMs = performance.now() - t0;
  t0 = performance.now();
  await run.storage.flush?.();
  const persistMs = performance.now() - t0;
  const pending = run.scheduler.size();
  const open = (await run.storage.reminders.listOpen()).length;
  report('reminders pending (scheduler / storage)', `${pending} / ${open}`);
  report('plan all (planMomentReminders × 2 500)', `${ms(planMs)} (${((planMs * 1000) / pending).toFixed(1)} µs per reminder)`);
  report('persist (one lowdb write)', `${ms(persistMs)}, file ${mb((await stat(file)).size)}`);

  const fullIdle = await idle(IDLE_MS);
  const fullMemory = memory();
  report(`idle ${IDLE_MS / 1000} s, 0 pending: CPU / ELU / GC`, idleText(emptyIdle));
  report(`idle ${IDLE_MS / 1000} s, ${pending} pending: CPU / ELU / GC`, idleText(fullIdle));
  report('idle CPU ratio, all pending / none pending (medians)', (fullIdle.medianCpuMs / Math.max(emptyIdle.medianCpuMs, 0.001)).toFixed(2));
  report('memory rss, 0 pending → all pending', `${mb(emptyMemory.rss)} → ${mb(fullMemory.rss)}`);
  report('memory heapUsed, 0 pending → all pending', `${mb(emptyMemory.heapUsed)} → ${mb(fullMemory.heapUsed)}`);

  // Restart as the app does it: close (flushes, releases the lock), open the file again, and core.start()
  // (rearmReminders: listOpen, then schedule every open reminder).
  run.scheduler.stop();
  await run.storage.close();
  t0 = performance.now();
  run = await boot(file, messenger);
  const openedMs = performance.now() - t0;
  t0 = performance.now();
  const rearmed = await run.core.start();
  const rearmMs = performance.now() - t0;
  report('reload after restart: open file / core.start() (listOpen + schedule all)', `${ms(openedMs)} / ${ms(rearmMs)}`);
  report('reload after restart: total', `${ms(openedMs + rearmMs)} for ${rearmed} reminders (${run.scheduler.size()} scheduled)`);
  const listed = await run.storage.reminders.listOpen();

  // Firing lateness of the scheduler itself: SAMPLE jobs due over the next 2–5 s, in the same TimerScheduler that
  // holds every reminder of the year; they only record when they fire.
  const probeDue = new Map<string, number>();
  // Whole milliseconds, as the scheduler keeps them (Date).
  const firstProbe = Math.ceil(simNow()) + 2_000;
  for (let i = 0; i < SAMPLE; i++) {
    const id = `${PROBE}${i}`;
    const dueAt = firstProbe + Math.floor((i * 3_000) / SAMPLE);
    probeDue.set(id, dueAt);
    run.scheduler.schedule(id, new Date(dueAt));
  }
  await waitFor(() => probeFired.size >= SAMPLE, 30_000);
  const firing = [...probeFired].map(([id, at]) => at - probeDue.get(id)!).sort((a, b) => a - b);
  report(`scheduler firing lateness, ${firing.length} jobs due over 3 s: p50 / p99 / max`, `${ms(percentile(firing, 50))} / ${ms(percentile(firing, 99))} / ${ms(firing.at(-1) ?? NaN)} (${run.scheduler.size()} still pending)`);

  // End to end on lowdb: 1-day reminders of moments that start in a day and a few seconds run the whole path
  // (subject check, message, durable `sending` write, send, `sent`) while everything else stays pending.
  const e2e = await endToEnd(run, E2E_LOWDB, 1_000);
  report(`send lateness on lowdb, ${e2e.sent} reminders due over 1 s: p50 / p99 / max`, `${ms(e2e.p50)} / ${ms(e2e.p99)} / ${ms(e2e.max)}`);
  report('lowdb data file writes during that sample', `${e2e.writes} full rewrites of the ${mb((await stat(file)).size)} file for ${e2e.sent} sends (durable marks go to the journal)`);
  run.scheduler.stop();
  await run.storage.close();

  // The same end-to-end path on memory storage (same 102 500 pending), to separate the core's own cost from lowdb's writes.
  const inMemoryRun = await boot(undefined, messenger);
  await seed(inMemoryRun.deps);
  for (const r of listed) {
    await inMemoryRun.storage.reminders.save(r);
    inMemoryRun.scheduler.schedule(r.id, new Date(r.nextAttemptAt ?? r.dueAt));
  }
  const inMemory = await endToEnd(inMemoryRun, SAMPLE, 3_000);
  report(`send lateness on memory storage, ${inMemory.sent} reminders due over 3 s: p50 / p99 / max`, `${ms(inMemory.p50)} / ${ms(inMemory.p99)} / ${ms(inMemory.max)} (${inMemoryRun.scheduler.size()} still pending)`);
  inMemoryRun.scheduler.stop();
} finally {
  await rm(dir, { recursive: true, force: true });
}

console.log(`\n| measure | value |\n| --- | --- |`);
for (const [label, value] of rows) console.log(`| ${label} | ${value} |`);
console.log(`\n(${((performance.now() - benchStarted) / 1000).toFixed(0)} s, Node ${process.version}, ${(await import('node:os')).cpus().length} CPUs)`);
