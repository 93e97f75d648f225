import { open, readFile, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import type { Logger } from '../../core/index.js';

/** What a lock file holds. */
interface LockInfo {
  pid: number;
  startedAt: string;
  hostname?: string;
}

/** A held lock; `release()` removes the lock file if it is still ours. */
export interface FileLock {
  readonly path: string;
  release(): Promise<void>;
}

// When this process started; a lock with our own pid written before this is from an earlier
// process that had the same pid (typical in containers, where the app is always pid 1).
const processStartedAt = Date.now() - process.uptime() * 1000;

/** Takes `<dataFile>.lock` for this process, refusing while a live process holds it. */
export async function acquireLock(dataFile: string, logger: Logger): Promise<FileLock> {
  const path = `${dataFile}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    const info: LockInfo = { pid: process.pid, startedAt: new Date().toISOString(), hostname: hostname() };
    try {
      const handle = await open(path, 'wx');
      try {
        await handle.writeFile(JSON.stringify(info));
      } finally {
        await handle.close();
      }
      return { path, release: () => releaseLock(path, info) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }

    let holder = await readLock(path);
    if (holder === 'unreadable') {
      // The holder may be between creating the file and writing its pid; look again shortly.
      await new Promise((resolve) => setTimeout(resolve, 50));
      holder = await readLock(path);
    }
    if (holder === 'missing') continue;
    if (holder !== 'unreadable' && isHeld(holder)) {
      const self = holder.pid === process.pid ? ' It is this very process: the file was opened twice without close().' : '';
      throw new Error(
        `Another Leerkring process (pid ${holder.pid}, since ${holder.startedAt}) is using the data file ${dataFile} ` +
          `(lock file ${path}).${self} Stop that process, or set LOWDB_FILE to another file.`,
      );
    }
    logger.warn(`lowdb: taking over stale lock ${path}`, {
      file: dataFile,
      lock: path,
      ...(holder === 'unreadable' ? { reason: 'unreadable lock file' } : { stalePid: holder.pid, staleSince: holder.startedAt, staleHost: holder.hostname }),
    });
    // A race with another process taking over the same stale lock at the same instant is not covered.
    await unlink(path).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
  }
  throw new Error(`lowdb: could not take the lock ${path} for ${dataFile}; another process keeps recreating it. Set LOWDB_FILE to another file.`);
}

async function readLock(path: string): Promise<LockInfo | 'missing' | 'unreadable'> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw err;
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockInfo>;
    if (typeof parsed.pid !== 'number' || !Number.isInteger(parsed.pid) || parsed.pid <= 0) return 'unreadable';
    return { pid: parsed.pid, startedAt: String(parsed.startedAt ?? 'unknown'), ...(typeof parsed.hostname === 'string' ? { hostname: parsed.hostname } : {}) };
  } catch {
    return 'unreadable';
  }
}

function isHeld(lock: LockInfo): boolean {
  if (lock.pid === process.pid) {
    const at = Date.parse(lock.startedAt);
    return Number.isNaN(at) || at >= processStartedAt;
  }
  try {
    process.kill(lock.pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function releaseLock(path: string, mine: LockInfo): Promise<void> {
  const holder = await readLock(path);
  // Never remove a lock that another process took over meanwhile.
  if (holder === 'missing' || holder === 'unreadable' || holder.pid !== mine.pid || holder.startedAt !== mine.startedAt) return;
  await unlink(path).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
  });
}
