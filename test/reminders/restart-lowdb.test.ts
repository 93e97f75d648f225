import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock, MemoryLogger, personKey } from '../../src/core/index.js';
import { INTERRUPTED } from '../../src/core/features/reminders/run-reminder.js';
import { openLowdbStorage } from '../../src/storage/lowdb/lowdb-storage.js';
import { startFakeConnector, type FakeConnector } from '../fakes/fake-connector.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { CHANNEL, conversationUpdate, groupMessage, newUser, personalConversation, personalMessage, postActivity, TENANT } from '../teams/teams-activities.js';
import { planMoment, SEVEN_DAYS_BEFORE, tickTo } from './app-kit.js';

let connector: FakeConnector;
let dir: string;

beforeAll(async () => {
  connector = await startFakeConnector();
  dir = await mkdtemp(join(tmpdir(), 'leerkring-reminders-'));
});
afterAll(async () => {
  await connector.close();
  await rm(dir, { recursive: true, force: true });
});

/** Starts the real app on the lowdb file in `dir`, as a process start would. */
async function start(clock: FakeClock): Promise<TestApp> {
  const storage = await openLowdbStorage({ file: join(dir, 'leerkring.json'), logger: new MemoryLogger(), flushDelayMs: 5, clock });
  return startTestApp({}, { clock, storage });
}

describe('restarts on lowdb, through the Teams adapter', () => {
  it('re-arms pending reminders from the file, never resends an interrupted one, and sends the rest exactly once', async () => {
    const clock = new FakeClock('2026-11-23T08:00:00Z');
    const an = newUser('An Peeters');
    const jonas = newUser('Jonas Claes');
    const fatima = newUser('Fatima El Idrissi');
    const keyOf = (user: typeof an) => personKey('teams', TENANT, user.aadObjectId);

    let app = await start(clock);
    for (const user of [an, jonas, fatima]) await postActivity(app.url, personalMessage(connector.url, user, 'hulp'));
    await postActivity(app.url, groupMessage(connector.url, an, 'groep nieuw PLG Wiskunde', { mention: true }));
    await postActivity(app.url, conversationUpdate(connector.url, an, { added: [jonas, fatima].map((u) => ({ id: u.id, aadObjectId: u.aadObjectId, name: u.name })) }));
    const group = await app.storage.groups.findByConversation('teams', TENANT, CHANNEL.id);
    const moment = await planMoment(app, group!);
    connector.clear();
    await tickTo(app, SEVEN_DAYS_BEFORE);
    expect(connector.requests.map((r) => r.conversationId).sort()).toEqual([an, jonas, fatima].map(personalConversation).sort());
    // A crash right after Fatima's 1-day reminder was durably marked `sending`.
    const id = `moment:${moment.id}:v0:${keyOf(fatima)}:1440`;
    const row = await app.storage.reminders.get(id);
    await app.storage.reminders.saveDurably({ ...row!, status: 'sending', attempts: 1 });
    await app.stop();

    clock.set('2026-12-01T14:30:00Z');
    connector.clear();
    app = await start(clock);
    expect(app.logger.dump()).toContain('reminders: re-armed after start');
    expect(app.manual.size()).toBe(3);
    expect(app.logger.lines.some((l) => l.level === 'warn' && l.msg.includes(INTERRUPTED))).toBe(true);
    await app.tick(0);
    const sent = connector.requests.map((r) => r.conversationId);
    // An: the attendance overview (late but useful) and the 1-day reminder; Jonas: the 1-day reminder; Fatima: nothing.
    expect(sent.filter((c) => c === personalConversation(an))).toHaveLength(2);
    expect(sent.filter((c) => c === personalConversation(jonas))).toHaveLength(1);
    expect(sent.filter((c) => c === personalConversation(fatima))).toHaveLength(0);
    expect(await app.storage.reminders.get(id)).toMatchObject({ status: 'failed', lastError: INTERRUPTED });
    await app.stop();

    // A third start finds nothing left to do.
    connector.clear();
    app = await start(clock);
    expect(app.manual.size()).toBe(0);
    await app.tick(24 * 60 * 60_000);
    expect(connector.requests).toHaveLength(0);
    await app.stop();
  });
});
