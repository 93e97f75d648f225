import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type RunningApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { FakeClock, ManualScheduler, MemoryLogger, type Storage } from '../../src/core/index.js';

/** A running app on 127.0.0.1:0 with a fake clock and a recording logger. */
export interface TestApp extends RunningApp {
  clock: FakeClock;
  /** Nothing timed fires until a test calls `tick()` (or `manual.runDue`). */
  manual: ManualScheduler;
  /** Moves the fake clock forward and runs every job that is due by then. */
  tick(ms: number): Promise<number>;
  logger: MemoryLogger;
  /** Stops the app and removes its temp data. */
  stop(): Promise<void>;
}

/**
 * Starts the real app (restify, channels, core) for a test. `env` adds to a test baseline:
 * memory storage unless STORAGE_DRIVER=lowdb (then in a temp dir), Teams auth off, Slack off unless credentials are given.
 */
export async function startTestApp(env: Record<string, string> = {}, opts: { clock?: FakeClock; storage?: Storage; scheduler?: ManualScheduler } = {}): Promise<TestApp> {
  const dir = await mkdtemp(join(tmpdir(), 'leerkring-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    STORAGE_DRIVER: 'memory',
    LOWDB_FILE: join(dir, 'leerkring.json'),
    PLAYGROUND_ENABLED: 'false',
    ...env,
  });
  const clock = opts.clock ?? new FakeClock('2026-11-23T08:00:00Z');
  const logger = new MemoryLogger();
  const manual = opts.scheduler ?? new ManualScheduler();
  const app = await startApp(config, { clock, logger, scheduler: manual, ...(opts.storage ? { storage: opts.storage } : {}) });
  manual.onDue((id) => app.core.runJob(id));
  return {
    ...app,
    clock,
    logger,
    manual,
    async tick(ms: number) {
      clock.advance(ms);
      return manual.runDue(clock.now());
    },
    async stop() {
      await app.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
