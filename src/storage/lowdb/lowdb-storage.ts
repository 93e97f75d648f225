import { access, constants, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Low } from 'lowdb';
import { systemClock, type Clock, type Logger, type Storage } from '../../core/index.js';
import type { Collection } from '../shared/collection.js';
import { createCollections, createRepositories, type CollectionName, type Collections, type Repositories } from '../shared/repositories.js';
import { moveAside, UnusableDataFileError, ValidatedJsonFile } from './data-file.js';
import { DB_VERSION, emptyDb, type DbData } from './db-schema.js';
import { acquireLock, type FileLock } from './lock-file.js';
import { Journal, readJournal } from './journal.js';

/** Options for {@link openLowdbStorage}. */
export interface LowdbStorageOptions {
  /** Path of the JSON data file; its directory is created when missing. */
  file: string;
  logger: Logger;
  /** How long to gather changes before one file write; 100 ms by default. */
  flushDelayMs?: number;
  /** The app's clock: pruning old records follows it (tests run on a fake clock). */
  clock?: Clock;
}

const DEFAULT_FLUSH_DELAY_MS = 100;
const RETRY_AFTER_FAILED_FLUSH_MS = 1000;
/** Inbox ids older than this are dropped on every flush; platforms retry within minutes. */
const INBOX_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;
/** Settled reminders are kept this long after their moment for answering "was I reminded?", then dropped. */
const SETTLED_REMINDER_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/** Opens (or creates) a lowdb data file for this process only; see LowdbStorage. */
export async function openLowdbStorage(opts: LowdbStorageOptions): Promise<LowdbStorage> {
  const file = resolve(opts.file);
  await mkdir(dirname(file), { recursive: true });
  const lock = await acquireLock(file, opts.logger);
  let storage: LowdbStorage | undefined;
  try {
    const adapter = new ValidatedJsonFile(file);
    const db = new Low<DbData>(adapter, emptyDb());
    let fresh = false;
    try {
      const data = await adapter.read();
      if (data === null) fresh = true;
      else db.data = data;
    } catch (err) {
      if (!(err instanceof UnusableDataFileError)) throw err;
      if (err.problem.kind === 'newer-version') {
        throw new Error(`lowdb: ${file} was written by a newer Leerkring (${err.problem.reason}); refusing to open it. Upgrade Leerkring or set LOWDB_FILE to another file.`);
      }
      await moveAside(err, opts.logger);
      fresh = true;
    }
    // Durable saves since the last full write live in the journal; replay those the file does not have yet.
    const journalPath = `${file}.journal`;
    const replay = fresh ? [] : await readJournal(journalPath, db.data.journalSeq);
    storage = new LowdbStorage(db, file, lock, opts.logger, opts.flushDelayMs ?? DEFAULT_FLUSH_DELAY_MS, new Journal(journalPath, Math.max(db.data.journalSeq, replay.at(-1)?.seq ?? 0)), opts.clock ?? systemClock);
    if (replay.length > 0) {
      storage.replay(replay);
      opts.logger.info('lowdb: replayed durable changes from the journal', { file, entries: replay.length });
    }
    // Writing the empty file right away proves at startup that the directory is writable.
    if (fresh) await storage.flush({ force: true });
    opts.logger.info('lowdb: opened', { file, people: Object.keys(db.data.people).length, created: fresh });
    return storage;
  } catch (err) {
    // Closing stops any retry timer, so nothing writes once the lock is gone.
    if (storage) await storage.close().catch(() => {});
    await lock.release();
    throw err;
  }
}

// The repositories are assigned in the constructor; this merge gives the class their types.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface LowdbStorage extends Repositories {}

/**
 * Storage in one JSON file through lowdb, for a single process. Changes live in memory and are
 * written in coalesced batches (`flushDelayMs` after the first change); `close()` writes what is
 * pending and releases `<file>.lock`.
 */
export class LowdbStorage implements Storage {
  private readonly collections: Collections;
  private dirty = false;
  private timer: NodeJS.Timeout | undefined;
  private flushChain: Promise<void> = Promise.resolve();
  private lastFlushOk = true;
  private closed = false;
  private writes = 0;

  /** Use openLowdbStorage; this expects the lock to be held and `db.data` loaded. */
  constructor(
    private readonly db: Low<DbData>,
    readonly file: string,
    private readonly lock: FileLock,
    private readonly logger: Logger,
    private readonly flushDelayMs: number,
    private readonly journal: Journal,
    private readonly clock: Clock = systemClock,
  ) {
    this.collections = createCollections(() => this.markDirty());
    for (const name of Object.keys(this.collections) as CollectionName[]) {
      (this.collections[name] as Collection<unknown>).load(db.data[name]);
    }
    Object.assign(
      this,
      createRepositories(this.collections, { guard: (fn) => this.whileOpen(fn), durable: (collection, key, value) => this.journal.append(collection, key, value) }),
    );
  }

  /** Applies journal entries read at open (records saved durably after the last full write). */
  replay(entries: Array<{ collection: string; key: string; value: unknown }>): void {
    for (const entry of entries) {
      const collection = (this.collections as unknown as Record<string, Collection<unknown> | undefined>)[entry.collection];
      if (!collection) {
        this.logger.warn('lowdb: journal entry for an unknown collection skipped', { collection: entry.collection });
        continue;
      }
      collection.set(entry.key, entry.value);
    }
  }

  /** How many times the data file has been written, so tests can check coalescing. */
  get writeCount(): number {
    return this.writes;
  }

  /** Writes pending changes now (or the whole file with `force`); rejects when the write fails. */
  flush(opts: { force?: boolean } = {}): Promise<void> {
    this.clearTimer();
    if (opts.force) this.dirty = true;
    const run = this.flushChain.then(() => this.writeIfDirty());
    this.flushChain = run.catch(() => {});
    return run;
  }

  async healthy(): Promise<boolean> {
    if (this.closed || !this.lastFlushOk) return false;
    try {
      await access(dirname(this.file), constants.W_OK);
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.flush();
    } finally {
      await this.journal.close().catch(() => {});
      await this.lock.release();
    }
  }

  private async writeIfDirty(): Promise<void> {
    if (!this.dirty) return;
    const now = this.clock.now().getTime();
    this.collections.inbox.removeWhere((claimedAt) => claimedAt < now - INBOX_RETENTION_MS);
    const settledBefore = new Date(now - SETTLED_REMINDER_RETENTION_MS).toISOString();
    this.collections.reminders.removeWhere((r) => (r.status === 'sent' || r.status === 'dropped' || r.status === 'failed') && r.notAfter < settledBefore);
    const nowIso = new Date(now).toISOString();
    this.collections.downloads.removeWhere((d) => d.expiresAt < nowIso);
    this.collections.drafts.removeWhere((d) => d.expiresAt !== undefined && d.expiresAt < nowIso);
    this.clearTimer();
    this.dirty = false;
    const journalSeq = this.journal.lastSeq;
    this.db.data = this.snapshot(journalSeq);
    try {
      await this.db.write();
      this.writes++;
      this.lastFlushOk = true;
      await this.journal.truncateIfAt(journalSeq);
    } catch (err) {
      this.dirty = true;
      this.lastFlushOk = false;
      this.logger.error(`lowdb: writing ${this.file} failed; changes are kept in memory and retried`, { file: this.file, error: String(err) });
      this.schedule(Math.max(this.flushDelayMs, RETRY_AFTER_FAILED_FLUSH_MS));
      throw err;
    }
  }

  private snapshot(journalSeq: number): DbData {
    const data: Record<string, unknown> = { version: DB_VERSION, journalSeq };
    for (const [name, collection] of Object.entries(this.collections)) data[name] = collection.toRecord();
    return data as DbData;
  }

  private markDirty(): void {
    this.dirty = true;
    this.schedule(this.flushDelayMs);
  }

  private schedule(delayMs: number): void {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // Failures are logged in writeIfDirty and retried; nobody awaits a timed flush.
      this.flush().catch(() => {});
    }, delayMs);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  // After close the lock is gone, so a late change must fail rather than write unlocked.
  private whileOpen<T>(fn: () => T): T {
    if (this.closed) throw new Error(`lowdb: storage for ${this.file} is closed`);
    return fn();
  }
}
