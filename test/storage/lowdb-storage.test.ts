import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryLogger, personKey, type Person } from '../../src/core/index.js';
import { emptyDb } from '../../src/storage/lowdb/db-schema.js';
import { openLowdbStorage, type LowdbStorage } from '../../src/storage/lowdb/lowdb-storage.js';
import { describePlanningContract, makeReminder } from '../contract/planning-contract.js';
import { describeStartersContract } from '../contract/starters-contract.js';
import { describeNeedsContract } from '../contract/needs-contract.js';
import { describeVisitsContract } from '../contract/visits-contract.js';
import { describeStorageContract, makeAddress, makePerson } from '../contract/storage-contract.js';

const tempDir = (): Promise<string> => mkdtemp(join(tmpdir(), 'leerkring-lowdb-'));

const makeLowdb = async () => {
  const dir = await tempDir();
  const file = join(dir, 'data', 'leerkring.json');
  const opened: LowdbStorage[] = [];
  const open = async (): Promise<LowdbStorage> => {
    const storage = await openLowdbStorage({ file, logger: new MemoryLogger() });
    opened.push(storage);
    return storage;
  };
  return {
    storage: await open(),
    reopen: open,
    cleanup: async () => {
      for (const storage of opened) await storage.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
};

describeStorageContract('LowdbStorage', makeLowdb, { persistent: true });
describePlanningContract('LowdbStorage', makeLowdb, { persistent: true });
describeStartersContract('LowdbStorage', makeLowdb, { persistent: true });
describeNeedsContract('LowdbStorage', makeLowdb, { persistent: true });
describeVisitsContract('LowdbStorage', makeLowdb, { persistent: true });

describe('LowdbStorage specifics', () => {
  let dir: string;
  let file: string;
  let logger: MemoryLogger;
  const opened: LowdbStorage[] = [];

  const open = async (opts: { flushDelayMs?: number } = {}): Promise<LowdbStorage> => {
    const storage = await openLowdbStorage({ file, logger, ...opts });
    opened.push(storage);
    return storage;
  };
  const exists = (path: string): Promise<boolean> =>
    stat(path).then(
      () => true,
      () => false,
    );
  const corruptCopies = async (): Promise<string[]> =>
    (await readdir(dir)).filter((name) => name.startsWith('leerkring.json.corrupt-')).map((name) => join(dir, name));
  const people = (n: number): Person[] => Array.from({ length: n }, (_, i) => makePerson('teams', 't1', `user-${i}`));

  beforeEach(async () => {
    dir = await tempDir();
    file = join(dir, 'leerkring.json');
    logger = new MemoryLogger();
  });
  afterEach(async () => {
    for (const storage of opened.splice(0)) await storage.close();
    await rm(dir, { recursive: true, force: true });
  });

  describe('durable saves through the journal', () => {
    const reminder = (id: string, status: 'pending' | 'sending' | 'sent') => makeReminder(id, 'm1', '2026-12-01T08:00:00.000Z', { status, attempts: 1 });

    it('puts a durable save on disk in the journal at once, without rewriting the data file', async () => {
      const storage = await open({ flushDelayMs: 60 * 60 * 1000 });
      const writesBefore = storage.writeCount;
      await storage.reminders.saveDurably(reminder('r1', 'sending'));
      expect(storage.writeCount).toBe(writesBefore);
      const journal = await readFile(`${file}.journal`, 'utf8');
      expect(journal.trim().split('\n').map((l) => JSON.parse(l).key)).toEqual(['r1']);
      expect(JSON.stringify(JSON.parse(await readFile(file, 'utf8')).reminders)).toBe('{}');
    });

    it('recovers journaled saves after a crash (data file never rewritten), and not stale ones after a full write', async () => {
      const storage = await open({ flushDelayMs: 60 * 60 * 1000 });
      await storage.reminders.saveDurably(reminder('r1', 'sending'));
      // A crash: the process dies here. Copy what is on disk and open the copy.
      const crashDir = await tempDir();
      const crashFile = join(crashDir, 'leerkring.json');
      await writeFile(crashFile, await readFile(file));
      await writeFile(`${crashFile}.journal`, await readFile(`${file}.journal`));
      const recovered = await openLowdbStorage({ file: crashFile, logger: new MemoryLogger() });
      expect((await recovered.reminders.get('r1'))?.status).toBe('sending');
      await recovered.close();
      await rm(crashDir, { recursive: true, force: true });

      // The reminder is then sent and the whole file written: the journal is emptied and never replayed over it.
      await storage.reminders.save(reminder('r1', 'sent'));
      await storage.flush();
      expect(await exists(`${file}.journal`)).toBe(false);
      await storage.close();
      opened.splice(opened.indexOf(storage), 1);
      const again = await open();
      expect((await again.reminders.get('r1'))?.status).toBe('sent');
    });

    it('ignores journal entries the data file already holds (written after a full write that could not empty it)', async () => {
      const storage = await open({ flushDelayMs: 60 * 60 * 1000 });
      await storage.reminders.saveDurably(reminder('r1', 'sending'));
      const staleJournal = await readFile(`${file}.journal`);
      await storage.reminders.save(reminder('r1', 'sent'));
      await storage.flush();
      await storage.close();
      opened.splice(opened.indexOf(storage), 1);
      await writeFile(`${file}.journal`, staleJournal);
      const again = await open();
      expect((await again.reminders.get('r1'))?.status).toBe('sent');
    });

    it('drops settled reminders a month after their moment when writing, and keeps open ones', async () => {
      const storage = await open();
      const old = new Date(Date.now() - 40 * 24 * 3600_000).toISOString();
      await storage.reminders.save(makeReminder('old-sent', 'm1', old, { status: 'sent', notAfter: old }));
      await storage.reminders.save(makeReminder('old-open', 'm1', old, { status: 'pending', notAfter: old }));
      await storage.reminders.save(makeReminder('recent-sent', 'm1', old, { status: 'sent' }));
      await storage.flush();
      expect((await storage.reminders.listBySubject('m1')).map((r) => r.id).sort()).toEqual(['old-open', 'recent-sent']);
    });

    it('drops expired download links and expired drafts when writing, and keeps drafts without an expiry', async () => {
      const storage = await open();
      const past = new Date(Date.now() - 3600_000).toISOString();
      const future = new Date(Date.now() + 3600_000).toISOString();
      await storage.downloads.save({ token: 'old-0123456789abcdef', kind: 'starter-answers', subjectId: 'p', groupId: 'g', createdBy: 'k', expiresAt: past });
      await storage.downloads.save({ token: 'new-0123456789abcdef', kind: 'starter-answers', subjectId: 'p', groupId: 'g', createdBy: 'k', expiresAt: future });
      await storage.drafts.save({ id: 'stale', personKey: 'k', kind: 'moment.plan', data: {}, createdAt: past, expiresAt: past });
      await storage.drafts.save({ id: 'lasting', personKey: 'k', kind: 'starter-jobs', data: {}, createdAt: past });
      await storage.flush();
      expect(await storage.downloads.get('old-0123456789abcdef')).toBeUndefined();
      expect(await storage.downloads.get('new-0123456789abcdef')).toBeDefined();
      expect(await storage.drafts.get('stale')).toBeUndefined();
      expect(await storage.drafts.get('lasting')).toBeDefined();
    });

    it('skips a torn last journal line', async () => {
      const storage = await open({ flushDelayMs: 60 * 60 * 1000 });
      await storage.reminders.saveDurably(reminder('r1', 'sending'));
      const crashDir = await tempDir();
      const crashFile = join(crashDir, 'leerkring.json');
      await writeFile(crashFile, await readFile(file));
      await writeFile(`${crashFile}.journal`, `${await readFile(`${file}.journal`, 'utf8')}{"seq":2,"collection":"remin`);
      const recovered = await openLowdbStorage({ file: crashFile, logger: new MemoryLogger() });
      expect((await recovered.reminders.listOpen()).map((r) => r.id)).toEqual(['r1']);
      await recovered.close();
      await rm(crashDir, { recursive: true, force: true });
    });
  });

  describe('single writer lock', () => {
    it('refuses a second open of the same file while the first is open, in the same process', async () => {
      const first = await open();
      await first.people.save(makePerson('teams', 't1', 'ann'));

      const second = openLowdbStorage({ file, logger: new MemoryLogger() });
      await expect(second).rejects.toThrow(/another Leerkring process/i);
      const message = await second.catch((err: Error) => err.message);
      expect(message).toContain(file);
      expect(message).toContain(`pid ${process.pid}`);
      expect(message).toContain('LOWDB_FILE');
      expect(message).toMatch(/stop/i);

      // The refused open must leave the first one's lock and data alone.
      expect(JSON.parse(await readFile(`${file}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
      expect(await first.people.get(personKey('teams', 't1', 'ann'))).toBeDefined();
      await first.close();

      const third = await open();
      expect(await third.people.get(personKey('teams', 't1', 'ann'))).toBeDefined();
    });

    it('writes the pid and start time to <file>.lock and removes it on close', async () => {
      const storage = await open();
      const lock = JSON.parse(await readFile(`${file}.lock`, 'utf8')) as { pid: number; startedAt: string };
      expect(lock.pid).toBe(process.pid);
      expect(Number.isNaN(Date.parse(lock.startedAt))).toBe(false);
      await storage.close();
      expect(await exists(`${file}.lock`)).toBe(false);
    });

    it('takes over a stale lock from a dead pid, with a warning', async () => {
      const child = spawnSync(process.execPath, ['-e', '']);
      const deadPid = child.pid!;
      expect(() => process.kill(deadPid, 0)).toThrow();
      await writeFile(`${file}.lock`, JSON.stringify({ pid: deadPid, startedAt: '2025-01-01T00:00:00.000Z' }));

      const storage = await open();
      expect(await storage.healthy()).toBe(true);
      expect(JSON.parse(await readFile(`${file}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
      const warning = logger.lines.find((l) => l.level === 'warn' && /stale lock/.test(l.msg));
      expect(warning?.fields).toMatchObject({ stalePid: deadPid });
    });

    it('refuses while another live process holds the lock', async () => {
      const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30_000)'], { stdio: 'ignore' });
      try {
        await writeFile(`${file}.lock`, JSON.stringify({ pid: other.pid, startedAt: new Date().toISOString() }));
        const attempt = openLowdbStorage({ file, logger });
        await expect(attempt).rejects.toThrow(/another Leerkring process/i);
        await expect(attempt).rejects.toThrow(`pid ${other.pid}`);
        expect(await exists(`${file}.lock`)).toBe(true);
      } finally {
        other.kill();
      }
    });

    it('takes over a lock with its own pid left by an earlier process (pid reuse, e.g. pid 1 in containers)', async () => {
      await writeFile(`${file}.lock`, JSON.stringify({ pid: process.pid, startedAt: '2000-01-01T00:00:00.000Z' }));
      await open();
      expect(logger.lines.some((l) => l.level === 'warn' && /stale lock/.test(l.msg))).toBe(true);
    });
  });

  describe('unreadable data file', () => {
    const expectMovedAside = async (originalBytes: Buffer): Promise<void> => {
      const storage = await open();
      expect(await storage.people.listByTenant('teams', 't1')).toEqual([]);

      const copies = await corruptCopies();
      expect(copies).toHaveLength(1);
      const movedTo = copies[0]!;
      expect(await readFile(movedTo)).toEqual(originalBytes);

      const error = logger.lines.find((l) => l.level === 'error');
      expect(error?.msg).toContain(file);
      expect(error?.msg).toContain(movedTo);
      expect(error?.fields).toMatchObject({ file, movedTo });

      // New writes go to a fresh file; the moved-aside copy keeps its bytes.
      await storage.people.save(makePerson('teams', 't1', 'ann'));
      await storage.close();
      expect(await readFile(movedTo)).toEqual(originalBytes);
      expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ version: 1 });
      const again = await open();
      expect(await again.people.listByTenant('teams', 't1')).toHaveLength(1);
      expect(await corruptCopies()).toHaveLength(1);
    };

    it('moves invalid JSON aside, logs it loudly and starts empty', async () => {
      const bytes = Buffer.from('{"version":1,"people":{"teams:t1:ann":{"key":"teams:t1:ann"');
      await writeFile(file, bytes);
      await expectMovedAside(bytes);
    });

    it('moves a file that fails the schema aside, logs it loudly and starts empty', async () => {
      const bytes = Buffer.from(JSON.stringify({ version: 1, people: { 'teams:t1:ann': { key: 'teams:t1:ann', language: 'de' } } }));
      await writeFile(file, bytes);
      await expectMovedAside(bytes);
    });

    it('moves an empty file aside', async () => {
      await writeFile(file, '');
      await expectMovedAside(Buffer.alloc(0));
    });

    it('refuses a file from a newer version without touching it', async () => {
      const bytes = Buffer.from(JSON.stringify({ version: 2, people: {} }));
      await writeFile(file, bytes);
      await expect(open()).rejects.toThrow(/newer Leerkring/);
      expect(await readFile(file)).toEqual(bytes);
      expect(await corruptCopies()).toEqual([]);
      expect(await exists(`${file}.lock`)).toBe(false);
    });
  });

  it('creates a missing directory and file', async () => {
    file = join(dir, 'a', 'b', 'leerkring.json');
    const storage = await open();
    const written = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    expect(written).toEqual(emptyDb());
    expect(written.version).toBe(1);
    expect(written.journalSeq).toBe(0);
    expect(Object.entries(written).filter(([k]) => k !== 'version' && k !== 'journalSeq').every(([, v]) => JSON.stringify(v) === '{}')).toBe(true);
    expect(await storage.healthy()).toBe(true);
  });

  it('rejects a record that would not load back, and keeps the store unchanged', async () => {
    const storage = await open();
    const bad = { ...makePerson('teams', 't1', 'ann'), language: 'de' } as unknown as Person;
    await expect(storage.people.save(bad)).rejects.toThrow(/invalid people record/);
    expect(await storage.people.get(bad.key)).toBeUndefined();
  });

  describe('coalesced writes', () => {
    it('turns 1000 quick saves into a handful of file writes, and keeps all 1000', async () => {
      const storage = await open();
      const before = storage.writeCount;
      for (const [i, person] of people(1000).entries()) {
        await storage.people.save(person);
        // Spread the saves over time, like requests arriving one after another, so timers and I/O run in between.
        if (i % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 1));
      }
      await storage.addresses.save(personKey('teams', 't1', 'user-0'), makeAddress('t1', 'a:0', 'user-0'));
      await storage.flush();
      const writes = storage.writeCount - before;
      expect(writes).toBeGreaterThanOrEqual(1);
      expect(writes).toBeLessThan(20);
      await storage.close();

      const again = await open();
      expect(await again.people.listByTenant('teams', 't1')).toHaveLength(1000);
      expect(await again.people.get(personKey('teams', 't1', 'user-999'))).toEqual(people(1000)[999]);
    });

    it('writes once, on its own, after flushDelayMs', async () => {
      const storage = await open({ flushDelayMs: 20 });
      const before = storage.writeCount;
      await Promise.all(people(50).map((p) => storage.people.save(p)));
      expect(storage.writeCount).toBe(before);
      await vi.waitFor(() => expect(storage.writeCount).toBe(before + 1), { timeout: 2000, interval: 5 });
      const onDisk = JSON.parse(await readFile(file, 'utf8')) as { people: Record<string, Person> };
      expect(Object.keys(onDisk.people)).toHaveLength(50);
    });

    it('close flushes pending writes', async () => {
      const storage = await open({ flushDelayMs: 60_000 });
      const before = storage.writeCount;
      await storage.people.save(makePerson('teams', 't1', 'ann'));
      await storage.inbox.claim('delivery-1', new Date());
      expect(storage.writeCount).toBe(before);
      await storage.close();
      expect(storage.writeCount).toBe(before + 1);

      const again = await open();
      expect(await again.people.get(personKey('teams', 't1', 'ann'))).toBeDefined();
      expect(await again.inbox.claim('delivery-1', new Date())).toBe(false);
    });

    it('drops inbox ids older than 7 days when flushing', async () => {
      const storage = await open();
      await storage.inbox.claim('ancient', new Date(Date.now() - 8 * 24 * 60 * 60 * 1000));
      await storage.inbox.claim('recent', new Date());
      await storage.close();
      const onDisk = JSON.parse(await readFile(file, 'utf8')) as { inbox: Record<string, number> };
      expect(Object.keys(onDisk.inbox)).toEqual(['recent']);
    });
  });

  it('reports unhealthy after a failed write and recovers after the next good one', async () => {
    const storage = await open({ flushDelayMs: 60_000 });
    // A directory where the data file should be makes the atomic rename fail.
    await rm(file);
    await mkdir(file);
    await storage.people.save(makePerson('teams', 't1', 'ann'));
    await expect(storage.flush()).rejects.toThrow();
    expect(await storage.healthy()).toBe(false);
    expect(logger.lines.some((l) => l.level === 'error' && l.msg.includes(file))).toBe(true);

    await rm(file, { recursive: true });
    await storage.flush();
    expect(await storage.healthy()).toBe(true);
    expect(Object.keys((JSON.parse(await readFile(file, 'utf8')) as { people: object }).people)).toHaveLength(1);
  });

  it('is unhealthy and refuses use after close; close twice is fine', async () => {
    const storage = await open();
    await storage.close();
    await storage.close();
    expect(await storage.healthy()).toBe(false);
    await expect(storage.people.save(makePerson('teams', 't1', 'ann'))).rejects.toThrow(/closed/);
  });
});
