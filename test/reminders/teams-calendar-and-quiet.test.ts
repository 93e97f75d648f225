import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FakeClock, MemoryLogger, personKey, type Group, type Moment, type Storage } from '../../src/core/index.js';
import { openLowdbStorage } from '../../src/storage/lowdb/lowdb-storage.js';
import { startFakeConnector, type ConnectorRequest, type FakeConnector } from '../fakes/fake-connector.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { BOT, CHANNEL, conversationUpdate, groupMessage, newUser, personalConversation, personalMessage, postActivity, submit, TENANT, type TeamsUser } from '../teams/teams-activities.js';
import { SEVEN_DAYS_BEFORE, START, tickRecording, tickTo } from './app-kit.js';

/*
 * Issue 3, "Tests and benchmark", through the Teams adapter: the group is created by adding the bot to a team channel,
 * moments are planned with `plan …` + the Bevestigen button of the posted Adaptive Card, and every reminder is
 * observed where Teams would show it: as an activity the fake Bot Connector received. Time only moves with the fake
 * clock (`app.tick`), so every send time asserted here is exact.
 */

let connector: FakeConnector;
let app: TestApp | undefined;
let an: TeamsUser;
let jonas: TeamsUser;
let group: Group;
let dir: string;

const ZONE = 'Europe/Brussels';
const HOUR = 60 * 60_000;
const keyOf = (user: TeamsUser): string => personKey('teams', TENANT, user.aadObjectId);
const running = (): TestApp => {
  if (!app) throw new Error('no app running');
  return app;
};

/** Everything an activity shows: text, summary and card JSON. */
const contentOf = (r: ConnectorRequest | undefined): string => JSON.stringify(r?.body ?? {});
/** The card's title (its first TextBlock), or the plain text of a message. */
const titleOf = (r: ConnectorRequest): string => String(r.body?.attachments?.[0]?.content?.body?.[0]?.text ?? r.body?.text ?? '');
/** Successful posts to a person's 1:1 chat. */
const postsTo = (user: TeamsUser): ConnectorRequest[] =>
  connector.requests.filter((r) => r.method === 'POST' && r.status === 200 && r.conversationId === personalConversation(user));
/** Reminder cards ("Herinnering: …") delivered to a person's 1:1 chat. */
const remindersTo = (user: TeamsUser): ConnectorRequest[] => postsTo(user).filter((r) => titleOf(r).startsWith('Herinnering'));
/** Who a request went to, by name, for readable arrival lists. */
const whoOf = (r: ConnectorRequest): string => (r.conversationId === personalConversation(an) ? 'An' : r.conversationId === personalConversation(jonas) ? 'Jonas' : String(r.conversationId));
/** Every successful post to An's or Jonas's 1:1 chat, oldest first (append-only until `connector.clear()`). */
const personalPosts = (): ConnectorRequest[] =>
  connector.requests.filter((r) => r.method === 'POST' && r.status === 200 && [personalConversation(an), personalConversation(jonas)].includes(r.conversationId ?? ''));
const localDate = (instant: string): string => DateTime.fromISO(instant, { zone: ZONE }).toFormat('yyyy-MM-dd HH:mm');

beforeAll(async () => {
  connector = await startFakeConnector();
  dir = await mkdtemp(join(tmpdir(), 'leerkring-teams-calendar-'));
});
afterAll(async () => {
  await connector.close();
  await rm(dir, { recursive: true, force: true });
});
afterEach(async () => {
  await app?.stop();
  app = undefined;
  vi.useRealTimers();
});

/**
 * Starts the app at `startIso`; An adds the bot to the team channel (the roster on the fake connector holds An and
 * Jonas), so the group is created with An as facilitator; then both write to the bot once in their 1:1 chat.
 */
async function setup(startIso: string, opts: { clock?: FakeClock; storage?: Storage } = {}): Promise<void> {
  app = await startTestApp({}, { clock: opts.clock ?? new FakeClock(startIso), ...(opts.storage ? { storage: opts.storage } : {}) });
  an = newUser('An Peeters');
  jonas = newUser('Jonas Claes');
  connector.clear();
  connector.setMembers(CHANNEL.id, [an, jonas].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })));
  const install = conversationUpdate(connector.url, an, { added: [{ id: BOT.id }] });
  (install['channelData'] as Record<string, unknown>)['team'] = { id: '19:team@thread.tacv2', name: 'Netwerk Wiskunde' };
  expect((await postActivity(app.url, install)).status).toBeLessThan(300);
  const created = await connector.waitFor((r) => contentOf(r).includes('is aangemaakt'));
  expect(contentOf(created)).toContain('An Peeters is begeleider; ik vond 2 leden in het kanaal.');
  const found = await app.storage.groups.findByConversation('teams', TENANT, CHANNEL.id);
  if (!found) throw new Error('the group was not created');
  group = found;
  expect(group.name).toBe('Netwerk Wiskunde');
  expect((await app.storage.memberships.listByGroup(group.id)).map((m) => [m.personKey, m.role]).sort()).toEqual(
    [
      [keyOf(an), 'facilitator'],
      [keyOf(jonas), 'member'],
    ].sort(),
  );
  for (const user of [an, jonas]) expect((await postActivity(app.url, personalMessage(connector.url, user, 'hulp'))).status).toBeLessThan(300);
  connector.clear();
}

/** An types `plan …` in the channel and clicks Bevestigen on the confirmation card the bot posted; returns the card and the stored moments. */
async function planByCommand(text: string): Promise<{ confirmation: ConnectorRequest; moments: Moment[]; saved: string }> {
  const a = running();
  connector.clear();
  expect((await postActivity(a.url, groupMessage(connector.url, an, `plan ${text}`, { mention: true }))).status).toBeLessThan(300);
  const confirmation = connector.requests.find((r) => contentOf(r).includes('moment.plan.confirm'));
  if (!confirmation) throw new Error(`no confirmation card; got ${connector.requests.map(contentOf).join('\n')}`);
  const actions = (confirmation.body?.attachments?.[0]?.content?.actions ?? []) as Array<{ title?: string; data?: { actionId?: string; value?: string } }>;
  const confirm = actions.find((action) => action.data?.actionId === 'moment.plan.confirm');
  expect(confirm?.title).toBe('Bevestigen');
  connector.clear();
  const click = submit(connector.url, an, { actionId: 'moment.plan.confirm', value: confirm!.data!.value! }, 'channel');
  expect((await postActivity(a.url, click)).status).toBeLessThan(300);
  const saved = connector.requests.map(contentOf).find((c) => c.includes('Bewaard:')) ?? '';
  const moments = (await a.storage.moments.listByGroup(group.id)).sort((x, y) => x.start.localeCompare(y.start));
  connector.clear();
  return { confirmation, moments, saved };
}

describe('holidays, DST, quiet hours, duplicates and restarts through the Teams adapter', () => {
  it('skips the kerstvakantie in a weekly series planned by command: the confirmation names 23 and 30 December, the stored moments and their reminders skip them', async () => {
    await setup('2026-11-23T08:00:00Z');
    const { confirmation, moments, saved } = await planByCommand('Netwerk: elke woensdag 14u-16u tot 20 januari');

    const card = contentOf(confirmation);
    expect(card).toContain('Reeks: 7 momenten');
    expect(card).toContain('Overgeslagen');
    expect(card).toContain('woensdag 23 december 2026 (kerstvakantie)');
    expect(card).toContain('woensdag 30 december 2026 (kerstvakantie)');
    expect(saved).toContain('Bewaard: 7 momenten');

    expect(moments.map((m) => `${localDate(m.start)}–${DateTime.fromISO(m.end, { zone: ZONE }).toFormat('HH:mm')}`)).toEqual([
      '2026-11-25 14:00–16:00',
      '2026-12-02 14:00–16:00',
      '2026-12-09 14:00–16:00',
      '2026-12-16 14:00–16:00',
      '2027-01-06 14:00–16:00',
      '2027-01-13 14:00–16:00',
      '2027-01-20 14:00–16:00',
    ]);
    expect(new Set(moments.map((m) => m.seriesId)).size).toBe(1);
    expect(moments.every((m) => m.title === 'Netwerk' && m.zone === ZONE && m.status === 'planned')).toBe(true);

    // Run the schedule hour by hour through the holiday: no reminder is about a skipped Wednesday; the only reminders
    // in the holiday are the 7-day reminders of 6 January (on 30 December, 14:00 local) and An's overview of 4 January.
    await tickRecording(running(), '2026-12-16T16:00:00Z', HOUR, personalPosts);
    const inHoliday = await tickRecording(running(), '2027-01-05T00:00:00Z', HOUR, personalPosts);
    expect(inHoliday.map((a) => `${a.at} ${whoOf(a.item)} ${titleOf(a.item)}`).sort()).toEqual(
      [
        '2026-12-30T13:00:00.000Z An Herinnering: Netwerk',
        '2026-12-30T13:00:00.000Z Jonas Herinnering: Netwerk',
        '2027-01-04T13:00:00.000Z An Aanwezigheden: Netwerk',
      ].sort(),
    );
    // All three are about the moment of 6 January (their RSVP buttons name it), none about a skipped date.
    const sixJanuary = moments[4]!;
    for (const arrival of inHoliday) {
      expect(contentOf(arrival.item)).toContain(`${sixJanuary.id}|yes`);
      expect(contentOf(arrival.item)).not.toMatch(/23 december|30 december/);
    }
    expect(contentOf(inHoliday.find((a) => whoOf(a.item) === 'Jonas')?.item)).toContain('begint op woensdag 6 januari om 14:00, over 7 dagen.');
    expect(contentOf(inHoliday.find((a) => titleOf(a.item).startsWith('Aanwezigheden'))?.item)).toContain('begint overmorgen om 14:00.');
  });

  it('spring DST (28 March 2027): the 7-day reminder of Wednesday 31 March 14:00 arrives on 24 March at 13:00Z (14:00 winter time), once per member', async () => {
    await setup('2027-03-20T08:00:00Z');
    const { confirmation, moments } = await planByCommand('PLG-overleg: 31/03 14u-15u');
    // 31 March 2027 falls in the paasvakantie: a single moment is planned anyway, with a warning.
    expect(contentOf(confirmation)).toContain('paasvakantie');
    expect(moments.map((m) => m.start)).toEqual(['2027-03-31T12:00:00.000Z']);
    const moment = moments[0]!;

    await tickTo(running(), '2027-03-24T12:59:59.999Z');
    expect(remindersTo(an)).toHaveLength(0);
    expect(remindersTo(jonas)).toHaveLength(0);
    await tickTo(running(), '2027-03-24T13:00:00.000Z');
    expect(remindersTo(an)).toHaveLength(1);
    expect(remindersTo(jonas)).toHaveLength(1);
    expect(contentOf(remindersTo(jonas)[0])).toContain('begint op woensdag 31 maart om 14:00, over 7 dagen.');
    expect(await running().storage.reminders.get(`moment:${moment.id}:v0:${keyOf(jonas)}:10080`)).toMatchObject({ status: 'sent', sentAt: '2027-03-24T13:00:00.000Z' });

    // The 1-day reminder, after the change, is at 14:00 summer time (12:00Z).
    await tickTo(running(), '2027-03-30T11:59:59.999Z');
    expect(remindersTo(jonas)).toHaveLength(1);
    await tickTo(running(), '2027-03-30T12:00:00.000Z');
    expect(remindersTo(jonas)).toHaveLength(2);
    expect(contentOf(remindersTo(jonas)[1])).toContain('begint morgen om 14:00.');
    await tickTo(running(), '2027-04-01T00:00:00.000Z');
    expect(remindersTo(an)).toHaveLength(2);
    expect(remindersTo(jonas)).toHaveLength(2);
  });

  it('autumn DST (25 October 2026): the 7-day reminder of Wednesday 28 October 14:00 arrives on 21 October at 12:00Z (14:00 summer time), once per member', async () => {
    await setup('2026-10-15T08:00:00Z');
    const { moments } = await planByCommand('PLG-overleg: 28/10 14u-15u');
    expect(moments.map((m) => m.start)).toEqual(['2026-10-28T13:00:00.000Z']);

    await tickTo(running(), '2026-10-21T11:59:59.999Z');
    expect(remindersTo(an)).toHaveLength(0);
    expect(remindersTo(jonas)).toHaveLength(0);
    await tickTo(running(), '2026-10-21T12:00:00.000Z');
    expect(remindersTo(an)).toHaveLength(1);
    expect(remindersTo(jonas)).toHaveLength(1);
    expect(contentOf(remindersTo(jonas)[0])).toContain('begint op woensdag 28 oktober om 14:00, over 7 dagen.');

    // After the change, the 1-day reminder is at 14:00 winter time (13:00Z).
    await tickTo(running(), '2026-10-27T12:59:59.999Z');
    expect(remindersTo(jonas)).toHaveLength(1);
    await tickTo(running(), '2026-10-27T13:00:00.000Z');
    expect(remindersTo(jonas)).toHaveLength(2);
    expect(contentOf(remindersTo(jonas)[1])).toContain('begint morgen om 14:00.');
  });

  it('quiet hours set by 1:1 message: a 12-hour reminder due at 20:00 goes to An at 20:00 and waits for Jonas until 07:00, with the true time', async () => {
    await setup('2026-11-23T08:00:00Z');
    expect((await postActivity(running().url, personalMessage(connector.url, jonas, 'stil 20:00-07:00'))).status).toBeLessThan(300);
    expect(contentOf(postsTo(jonas).at(-1))).toContain('Stille uren: 20:00–07:00.');
    expect((await running().storage.people.get(keyOf(jonas)))?.quietHours).toEqual({ start: '20:00', end: '07:00', weekends: false });

    await postActivity(running().url, groupMessage(connector.url, an, 'groep herinneringen 12u', { mention: true }));
    expect(connector.requests.map(contentOf).join('\n')).toContain('Herinneringen gaan voortaan 12 uur voor elk moment uit.');
    const { moments } = await planByCommand('Vroeg overleg: 26/11 8u-9u');
    expect(moments.map((m) => m.start)).toEqual(['2026-11-26T07:00:00.000Z']);
    const moment = moments[0]!;
    expect((await running().storage.reminders.listBySubject(moment.id)).filter((r) => r.kind === 'moment').map((r) => [r.recipient, r.leadMinutes, r.dueAt]).sort()).toEqual(
      [
        [keyOf(an), 720, '2026-11-25T19:00:00.000Z'],
        [keyOf(jonas), 720, '2026-11-25T19:00:00.000Z'],
      ].sort(),
    );

    // Tick in 15-minute steps until the moment starts, noting the fake time at which each post reached the connector.
    const arrivals = await tickRecording(running(), moment.start, 15 * 60_000, personalPosts);
    expect(arrivals.map((a) => `${a.at} ${whoOf(a.item)} ${titleOf(a.item)}`)).toEqual([
      '2026-11-24T07:00:00.000Z An Aanwezigheden: Vroeg overleg',
      '2026-11-25T19:00:00.000Z An Herinnering: Vroeg overleg',
      '2026-11-26T06:00:00.000Z Jonas Herinnering: Vroeg overleg',
    ]);
    expect(contentOf(arrivals[1]!.item)).toContain('begint morgen om 08:00.');
    expect(contentOf(arrivals[2]!.item)).toContain('begint vandaag om 08:00, over 1 uur.');
    expect(await running().storage.reminders.get(`moment:${moment.id}:v0:${keyOf(jonas)}:720`)).toMatchObject({ status: 'sent', attempts: 1, sentAt: '2026-11-26T06:00:00.000Z' });
  });

  it('sends a reminder once when its job runs twice (also concurrently) or fires again after a reschedule; a retried RSVP click is recorded and answered once', async () => {
    await setup('2026-11-23T08:00:00Z');
    const { moments } = await planByCommand('PLG-overleg: 2/12 15u30-16u30');
    const moment = moments[0]!;
    expect(moment.start).toBe(START);
    const id = `moment:${moment.id}:v0:${keyOf(jonas)}:10080`;

    // The clock reaches the due time; the job is started twice at once, before the scheduler fires it as well.
    running().clock.set(SEVEN_DAYS_BEFORE);
    await Promise.all([running().core.runJob(id), running().core.runJob(id)]);
    expect(remindersTo(jonas)).toHaveLength(1);
    await running().core.runJob(id);
    await running().tick(0);
    expect(remindersTo(jonas)).toHaveLength(1);
    expect(remindersTo(an)).toHaveLength(1);
    running().manual.schedule(id, new Date(Date.parse(SEVEN_DAYS_BEFORE) + 60_000));
    expect(await running().tick(60_000)).toBeGreaterThanOrEqual(1);
    expect(remindersTo(jonas)).toHaveLength(1);
    expect(await running().storage.reminders.get(id)).toMatchObject({ status: 'sent', attempts: 1, sentAt: SEVEN_DAYS_BEFORE });

    // Jonas clicks "Ik kom" on the delivered card; Teams delivers the same activity (same id) a second time.
    const actions = (remindersTo(jonas)[0]?.body?.attachments?.[0]?.content?.actions ?? []) as Array<{ title?: string; data?: { actionId?: string; value?: string } }>;
    const yes = actions.find((a) => a.title === 'Ik kom');
    expect(yes?.data).toEqual({ actionId: 'moment.rsvp', value: `${moment.id}|yes` });
    const click = submit(connector.url, jonas, { ...yes!.data });
    const clickedAt = running().clock.now().toISOString();
    expect((await postActivity(running().url, click)).status).toBeLessThan(300);
    running().clock.advance(60_000);
    expect((await postActivity(running().url, click)).status).toBeLessThan(300);
    const stored = await running().storage.moments.get(moment.id);
    expect(stored?.rsvps).toEqual({ [keyOf(jonas)]: { answer: 'yes', at: clickedAt } });
    expect(postsTo(jonas).filter((r) => contentOf(r).includes('Genoteerd: je komt'))).toHaveLength(1);
    expect(running().logger.dump()).toContain('duplicate delivery ignored');
  });

  it('restarts mid-schedule on lowdb: after the first reminder, a stop and a start past the second one’s due time, the second arrives once with the true time', async () => {
    const clock = new FakeClock('2026-11-23T08:00:00Z');
    const file = join(dir, 'restart.json');
    const open = (): Promise<Storage> => openLowdbStorage({ file, logger: new MemoryLogger(), flushDelayMs: 5, clock });
    await setup('2026-11-23T08:00:00Z', { clock, storage: await open() });
    const { moments } = await planByCommand('PLG-overleg: 2/12 15u30-16u30');
    const moment = moments[0]!;

    await tickTo(running(), SEVEN_DAYS_BEFORE);
    expect(remindersTo(an)).toHaveLength(1);
    expect(remindersTo(jonas)).toHaveLength(1);
    expect(contentOf(remindersTo(jonas)[0])).toContain('begint op woensdag 2 december om 15:30, over 7 dagen.');
    await running().stop();
    app = undefined;

    // Down from 25 November until the morning of the moment: the 1-day reminder (1 December 15:30) and An's overview were missed.
    clock.set('2026-12-02T08:00:00Z');
    connector.clear();
    app = await startTestApp({}, { clock, storage: await open() });
    expect(app.logger.dump()).toContain('reminders: re-armed after start');
    await app.tick(0);
    expect(remindersTo(jonas)).toHaveLength(1);
    expect(remindersTo(an)).toHaveLength(1);
    expect(contentOf(remindersTo(jonas)[0])).toContain('begint vandaag om 15:30, over 6 uur en 30 minuten.');
    expect(postsTo(an).map(titleOf).sort()).toEqual(['Aanwezigheden: PLG-overleg', 'Herinnering: PLG-overleg']);
    expect(await app.storage.reminders.get(`moment:${moment.id}:v0:${keyOf(jonas)}:1440`)).toMatchObject({ status: 'sent', attempts: 1, sentAt: '2026-12-02T08:00:00.000Z' });
    expect(await app.storage.reminders.get(`moment:${moment.id}:v0:${keyOf(jonas)}:10080`)).toMatchObject({ status: 'sent', sentAt: SEVEN_DAYS_BEFORE });

    // Nothing more, up to and after the moment.
    await tickRecording(app, '2026-12-02T18:00:00Z', 15 * 60_000, personalPosts);
    expect(remindersTo(jonas)).toHaveLength(1);
    expect(postsTo(an)).toHaveLength(2);
  });
});
