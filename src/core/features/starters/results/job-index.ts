import type { CoreDeps } from '../../../app/context.js';
import type { Storage } from '../../../ports/storage.js';

/**
 * The scheduler keeps jobs in memory only, and storage cannot list posts or groups across tenants; so the jobs of
 * this feature (`nudge:<postId>`, `dropoff:<groupId>`, `dropoff:<groupId>|<personKey>`) are listed in one small
 * record, to re-arm them at start. Each job decides itself whether it still has something to do.
 */
const INDEX_ID = 'starters:results-jobs';
const INDEX_KIND = 'starter-jobs';
const SYSTEM = 'leerkring';

type Entries = Record<string, string>;

// Read-modify-write of the one record goes through a queue per store, so two jobs never lose each other's entry.
const queues = new WeakMap<Storage, Promise<unknown>>();
function serial<T>(storage: Storage, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(storage) ?? Promise.resolve();
  const next = previous.then(work, work);
  queues.set(
    storage,
    next.catch(() => undefined),
  );
  return next;
}

async function read(storage: Storage): Promise<Entries> {
  const draft = await storage.drafts.get(INDEX_ID);
  const entries = draft?.data['entries'];
  if (!entries || typeof entries !== 'object') return {};
  const out: Entries = {};
  for (const [id, at] of Object.entries(entries as Record<string, unknown>)) if (typeof at === 'string' && !Number.isNaN(Date.parse(at))) out[id] = at;
  return out;
}

async function write(deps: CoreDeps, entries: Entries): Promise<void> {
  await deps.storage.drafts.save({ id: INDEX_ID, personKey: SYSTEM, kind: INDEX_KIND, data: { entries }, createdAt: deps.clock.now().toISOString() });
}

/** Schedules a job and records it for re-arming; scheduling an id again moves it. */
export function armJob(deps: CoreDeps, id: string, at: Date): Promise<void> {
  return serial(deps.storage, async () => {
    const entries = await read(deps.storage);
    entries[id] = at.toISOString();
    await write(deps, entries);
    deps.scheduler.schedule(id, at);
  });
}

/** Forgets a job that has nothing left to do. */
export function doneJob(deps: CoreDeps, id: string): Promise<void> {
  return serial(deps.storage, async () => {
    const entries = await read(deps.storage);
    if (!(id in entries)) return;
    delete entries[id];
    await write(deps, entries);
    deps.scheduler.cancel(id);
  });
}

/** When a recorded job is due, if it is recorded. */
export async function jobDue(deps: CoreDeps, id: string): Promise<Date | undefined> {
  const at = (await read(deps.storage))[id];
  return at ? new Date(at) : undefined;
}

/** At start: schedules every recorded job again (past ones run at once); returns how many. */
export async function rearmJobs(deps: CoreDeps): Promise<number> {
  const entries = await read(deps.storage);
  for (const [id, at] of Object.entries(entries)) deps.scheduler.schedule(id, new Date(at));
  return Object.keys(entries).length;
}
