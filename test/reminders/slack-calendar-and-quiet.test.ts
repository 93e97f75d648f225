import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FakeClock, MemoryLogger, personKey, type Group, type Moment, type Storage } from '../../src/core/index.js';
import { openLowdbStorage } from '../../src/storage/lowdb/lowdb-storage.js';
import { startFakeSlack, type FakeSlack, type FakeSlackCall } from '../fakes/fake-slack.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { buttonClick, dm, eventCallback, json, postToSlack, SECRET, settled, slashCommand, textsOf } from '../slack/slack-kit.js';
import { SEVEN_DAYS_BEFORE, START, tickRecording, tickTo } from './app-kit.js';

/*
 * Issue 3, "Tests and benchmark", through the Slack adapter: the group is created when An invites the bot to #C1
 * (member_joined_channel; the roster comes from the fake's conversations.members), moments are planned with
 * `/leerkring plan …` and a block_actions click on the Bevestigen button of the posted blocks, and every reminder is
 * observed as a chat.postMessage call the fake Web API received. Time only moves with the fake clock (`app.tick`).
 */

let fake: FakeSlack;
let app: TestApp | undefined;
let group: Group;
let dir: string;
let sequence = 0;

const ZONE = 'Europe/Brussels';
const HOUR = 60 * 60_000;
/** The fake's conversations.open answers D<n> for U<n>. */
const DM = { U1: 'D1', U2: 'D2' } as const;
const NAMES: Record<string, string> = { D1: 'An', D2: 'Jonas' };
const keyOf = (user: string): string => personKey('slack', 'T1', user);
const running = (): TestApp => {
  if (!app) throw new Error('no app running');
  return app;
};
const slackEnv = (): Record<string, string> => ({ SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: `${fake.url}/api/` });

/** Fallback text and blocks of a call. */
const contentOf = (call: FakeSlackCall | undefined): string => (call ? textsOf(call.body) : '');
/** The first line of the fallback text: the card's title ("Herinnering: …", "Aanwezigheden: …"). */
const titleOf = (call: FakeSlackCall): string => String(call.body['text'] ?? '').split('\n')[0] ?? '';
const posts = (): FakeSlackCall[] => fake.callsTo('chat.postMessage');
/** chat.postMessage calls to An's and Jonas's DMs, oldest first (append-only until `fake.reset()`). */
const dmPosts = (): FakeSlackCall[] => posts().filter((c) => c.body['channel'] === DM.U1 || c.body['channel'] === DM.U2);
const postsTo = (channel: string): FakeSlackCall[] => posts().filter((c) => c.body['channel'] === channel);
const remindersTo = (channel: string): FakeSlackCall[] => postsTo(channel).filter((c) => titleOf(c).startsWith('Herinnering'));
const whoOf = (call: FakeSlackCall): string => NAMES[String(call.body['channel'])] ?? String(call.body['channel']);
const responsesTo = (url: string): FakeSlackCall[] => fake.calls.filter((c) => c.path === new URL(url).pathname);
const buttonsOf = (call: FakeSlackCall | undefined): Array<Record<string, unknown>> =>
  ((call?.body['blocks'] ?? []) as Array<{ type: string; elements?: Array<Record<string, unknown>> }>).filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
const localDate = (instant: string): string => DateTime.fromISO(instant, { zone: ZONE }).toFormat('yyyy-MM-dd HH:mm');

/** Forgets the fake's calls (and names, which `reset` clears too). */
function resetFake(): void {
  fake.reset();
  fake.names.set('U1', 'An Peeters');
  fake.names.set('U2', 'Jonas Claes');
}

beforeAll(async () => {
  fake = await startFakeSlack();
  dir = await mkdtemp(join(tmpdir(), 'leerkring-slack-calendar-'));
});
afterAll(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});
afterEach(async () => {
  if (app) {
    await settled(app);
    await app.stop();
  }
  app = undefined;
  vi.useRealTimers();
});

/** Starts the app with Slack at `startIso`; An invites the bot to #C1, so the group is created from conversations.members (U1, U2). */
async function setup(startIso: string, opts: { clock?: FakeClock; storage?: Storage } = {}): Promise<void> {
  resetFake();
  app = await startTestApp(slackEnv(), { clock: opts.clock ?? new FakeClock(startIso), ...(opts.storage ? { storage: opts.storage } : {}) });
  await postToSlack(app, json(eventCallback({ type: 'member_joined_channel', user: 'UBOT', channel: 'C1', channel_type: 'C', team: 'T1', inviter: 'U1' })));
  await settled(app);
  expect(fake.callsTo('conversations.members')[0]?.body['channel']).toBe('C1');
  expect(postsTo('C1').map(contentOf).join('\n')).toContain('An Peeters is begeleider; ik vond 2 leden in het kanaal.');
  const found = await app.storage.groups.findByConversation('slack', 'T1', 'C1');
  if (!found) throw new Error('the group was not created');
  group = found;
  expect((await app.storage.memberships.listByGroup(group.id)).map((m) => [m.personKey, m.role]).sort()).toEqual([
    [keyOf('U1'), 'facilitator'],
    [keyOf('U2'), 'member'],
  ]);
  resetFake();
}

/** An runs `/leerkring plan …` in #C1 and clicks Bevestigen in the answer's blocks; returns the confirmation, the stored moments and the "Bewaard" answer. */
async function planByCommand(text: string): Promise<{ confirmation: FakeSlackCall; moments: Moment[]; saved: string }> {
  const a = running();
  const n = ++sequence;
  const planUrl = fake.responseUrl(`plan-${n}`);
  await postToSlack(a, slashCommand(`plan ${text}`, { user: 'U1', channelId: 'C1', responseUrl: planUrl }));
  await settled(a);
  const confirmation = responsesTo(planUrl).find((c) => buttonsOf(c).some((b) => b['value'] !== undefined && String(b['action_id']).startsWith('moment.plan.confirm')));
  if (!confirmation) throw new Error(`no confirmation; got ${fake.calls.map((c) => `${c.method} ${contentOf(c)}`).join('\n')}`);
  const button = buttonsOf(confirmation).find((b) => String(b['action_id']).startsWith('moment.plan.confirm'))!;
  const confirmUrl = fake.responseUrl(`confirm-${n}`);
  const click = buttonClick(String(button['action_id']), { value: String(button['value']), user: 'U1', channelId: 'C1', channelName: 'plg-wiskunde', responseUrl: confirmUrl });
  expect((await postToSlack(a, click)).status).toBe(200);
  await settled(a);
  const saved = responsesTo(confirmUrl).map(contentOf).join('\n');
  const moments = (await a.storage.moments.listByGroup(group.id)).sort((x, y) => x.start.localeCompare(y.start));
  resetFake();
  return { confirmation, moments, saved };
}

describe('holidays, DST, quiet hours, duplicates and restarts through the Slack adapter', () => {
  it('skips the kerstvakantie in a weekly series planned by command: the confirmation names 23 and 30 December, the stored moments and their reminders skip them', async () => {
    await setup('2026-11-23T08:00:00Z');
    const planUrl = fake.responseUrl(`plan-${sequence + 1}`);
    const { confirmation, moments, saved } = await planByCommand('Netwerk: elke woensdag 14u-16u tot 20 januari');
    expect(confirmation.path).toBe(new URL(planUrl).pathname);

    const blocks = contentOf(confirmation);
    expect(blocks).toContain('Reeks: 7 momenten');
    expect(blocks).toContain('Overgeslagen');
    expect(blocks).toContain('woensdag 23 december 2026 (kerstvakantie)');
    expect(blocks).toContain('woensdag 30 december 2026 (kerstvakantie)');
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

    // Hour by hour through the holiday: only the 7-day reminders of 6 January (30 December, 14:00 local) and An's overview.
    await tickRecording(running(), '2026-12-16T16:00:00Z', HOUR, dmPosts);
    const inHoliday = await tickRecording(running(), '2027-01-05T00:00:00Z', HOUR, dmPosts);
    expect(inHoliday.map((a) => `${a.at} ${whoOf(a.item)} ${titleOf(a.item)}`).sort()).toEqual(
      [
        '2026-12-30T13:00:00.000Z An Herinnering: Netwerk',
        '2026-12-30T13:00:00.000Z Jonas Herinnering: Netwerk',
        '2027-01-04T13:00:00.000Z An Aanwezigheden: Netwerk',
      ].sort(),
    );
    const sixJanuary = moments[4]!;
    for (const arrival of inHoliday) {
      expect(buttonsOf(arrival.item).map((b) => b['value'])).toContain(`${sixJanuary.id}|yes`);
      expect(contentOf(arrival.item)).not.toMatch(/23 december|30 december/);
    }
    expect(contentOf(inHoliday.find((a) => whoOf(a.item) === 'Jonas')?.item)).toContain('begint op woensdag 6 januari om 14:00, over 7 dagen.');
  });

  it('spring DST (28 March 2027): the 7-day reminder of Wednesday 31 March 14:00 arrives on 24 March at 13:00Z (14:00 winter time), once per member', async () => {
    await setup('2027-03-20T08:00:00Z');
    const { confirmation, moments } = await planByCommand('PLG-overleg: 31/03 14u-15u');
    expect(contentOf(confirmation)).toContain('paasvakantie');
    expect(moments.map((m) => m.start)).toEqual(['2027-03-31T12:00:00.000Z']);
    const moment = moments[0]!;

    await tickTo(running(), '2027-03-24T12:59:59.999Z');
    expect(remindersTo(DM.U1)).toHaveLength(0);
    expect(remindersTo(DM.U2)).toHaveLength(0);
    await tickTo(running(), '2027-03-24T13:00:00.000Z');
    expect(remindersTo(DM.U1)).toHaveLength(1);
    expect(remindersTo(DM.U2)).toHaveLength(1);
    expect(contentOf(remindersTo(DM.U2)[0])).toContain('begint op woensdag 31 maart om 14:00, over 7 dagen.');
    expect(await running().storage.reminders.get(`moment:${moment.id}:v0:${keyOf('U2')}:10080`)).toMatchObject({ status: 'sent', sentAt: '2027-03-24T13:00:00.000Z' });

    await tickTo(running(), '2027-03-30T11:59:59.999Z');
    expect(remindersTo(DM.U2)).toHaveLength(1);
    await tickTo(running(), '2027-03-30T12:00:00.000Z');
    expect(remindersTo(DM.U2)).toHaveLength(2);
    expect(contentOf(remindersTo(DM.U2)[1])).toContain('begint morgen om 14:00.');
    await tickTo(running(), '2027-04-01T00:00:00.000Z');
    expect(remindersTo(DM.U1)).toHaveLength(2);
    expect(remindersTo(DM.U2)).toHaveLength(2);
  });

  it('autumn DST (25 October 2026): the 7-day reminder of Wednesday 28 October 14:00 arrives on 21 October at 12:00Z (14:00 summer time), once per member', async () => {
    await setup('2026-10-15T08:00:00Z');
    const { moments } = await planByCommand('PLG-overleg: 28/10 14u-15u');
    expect(moments.map((m) => m.start)).toEqual(['2026-10-28T13:00:00.000Z']);

    await tickTo(running(), '2026-10-21T11:59:59.999Z');
    expect(remindersTo(DM.U1)).toHaveLength(0);
    expect(remindersTo(DM.U2)).toHaveLength(0);
    await tickTo(running(), '2026-10-21T12:00:00.000Z');
    expect(remindersTo(DM.U1)).toHaveLength(1);
    expect(remindersTo(DM.U2)).toHaveLength(1);
    expect(contentOf(remindersTo(DM.U2)[0])).toContain('begint op woensdag 28 oktober om 14:00, over 7 dagen.');

    await tickTo(running(), '2026-10-27T12:59:59.999Z');
    expect(remindersTo(DM.U2)).toHaveLength(1);
    await tickTo(running(), '2026-10-27T13:00:00.000Z');
    expect(remindersTo(DM.U2)).toHaveLength(2);
    expect(contentOf(remindersTo(DM.U2)[1])).toContain('begint morgen om 14:00.');
  });

  it('quiet hours set by DM: a 12-hour reminder due at 20:00 goes to An at 20:00 and waits for Jonas until 07:00, with the true time', async () => {
    await setup('2026-11-23T08:00:00Z');
    await postToSlack(running(), dm('stil 20:00-07:00', { user: 'U2', channel: 'D2' }));
    await settled(running());
    expect(contentOf(postsTo('D2').at(-1))).toContain('Stille uren: 20:00–07:00.');
    expect((await running().storage.people.get(keyOf('U2')))?.quietHours).toEqual({ start: '20:00', end: '07:00', weekends: false });

    const leadsUrl = fake.responseUrl('leads');
    await postToSlack(running(), slashCommand('groep herinneringen 12u', { user: 'U1', channelId: 'C1', responseUrl: leadsUrl }));
    await settled(running());
    expect(responsesTo(leadsUrl).map(contentOf).join('\n')).toContain('Herinneringen gaan voortaan 12 uur voor elk moment uit.');
    const { moments } = await planByCommand('Vroeg overleg: 26/11 8u-9u');
    expect(moments.map((m) => m.start)).toEqual(['2026-11-26T07:00:00.000Z']);
    const moment = moments[0]!;
    expect((await running().storage.reminders.listBySubject(moment.id)).filter((r) => r.kind === 'moment').map((r) => [r.recipient, r.leadMinutes, r.dueAt]).sort()).toEqual([
      [keyOf('U1'), 720, '2026-11-25T19:00:00.000Z'],
      [keyOf('U2'), 720, '2026-11-25T19:00:00.000Z'],
    ]);

    const arrivals = await tickRecording(running(), moment.start, 15 * 60_000, dmPosts);
    expect(arrivals.map((a) => `${a.at} ${whoOf(a.item)} ${titleOf(a.item)}`)).toEqual([
      '2026-11-24T07:00:00.000Z An Aanwezigheden: Vroeg overleg',
      '2026-11-25T19:00:00.000Z An Herinnering: Vroeg overleg',
      '2026-11-26T06:00:00.000Z Jonas Herinnering: Vroeg overleg',
    ]);
    expect(contentOf(arrivals[1]!.item)).toContain('begint morgen om 08:00.');
    expect(contentOf(arrivals[2]!.item)).toContain('begint vandaag om 08:00, over 1 uur.');
    expect(await running().storage.reminders.get(`moment:${moment.id}:v0:${keyOf('U2')}:720`)).toMatchObject({ status: 'sent', attempts: 1, sentAt: '2026-11-26T06:00:00.000Z' });
  });

  it('sends a reminder once when its job runs twice (also concurrently) or fires again after a reschedule; a retried RSVP click (X-Slack-Retry-Num) is recorded and answered once', async () => {
    await setup('2026-11-23T08:00:00Z');
    const { moments } = await planByCommand('PLG-overleg: 2/12 15u30-16u30');
    const moment = moments[0]!;
    expect(moment.start).toBe(START);
    const id = `moment:${moment.id}:v0:${keyOf('U2')}:10080`;

    running().clock.set(SEVEN_DAYS_BEFORE);
    await Promise.all([running().core.runJob(id), running().core.runJob(id)]);
    expect(remindersTo(DM.U2)).toHaveLength(1);
    await running().core.runJob(id);
    await running().tick(0);
    expect(remindersTo(DM.U2)).toHaveLength(1);
    expect(remindersTo(DM.U1)).toHaveLength(1);
    running().manual.schedule(id, new Date(Date.parse(SEVEN_DAYS_BEFORE) + 60_000));
    expect(await running().tick(60_000)).toBeGreaterThanOrEqual(1);
    expect(remindersTo(DM.U2)).toHaveLength(1);
    expect(await running().storage.reminders.get(id)).toMatchObject({ status: 'sent', attempts: 1, sentAt: SEVEN_DAYS_BEFORE });

    // Jonas clicks "Ik kom" in the DM; Slack sends the same payload again as a retry.
    const yes = buttonsOf(remindersTo(DM.U2)[0]).find((b) => b['value'] === `${moment.id}|yes`);
    expect(String(yes?.['action_id'])).toMatch(/^moment\.rsvp/);
    const click = buttonClick(String(yes!['action_id']), { value: `${moment.id}|yes`, user: 'U2', channelId: 'D2' });
    const clickedAt = running().clock.now().toISOString();
    expect((await postToSlack(running(), click)).status).toBe(200);
    await settled(running());
    running().clock.advance(60_000);
    expect((await postToSlack(running(), click, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } })).status).toBe(200);
    await settled(running());
    expect((await running().storage.moments.get(moment.id))?.rsvps).toEqual({ [keyOf('U2')]: { answer: 'yes', at: clickedAt } });
    expect(postsTo('D2').filter((c) => contentOf(c).includes('Genoteerd: je komt'))).toHaveLength(1);
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
    expect(remindersTo(DM.U1)).toHaveLength(1);
    expect(remindersTo(DM.U2)).toHaveLength(1);
    expect(contentOf(remindersTo(DM.U2)[0])).toContain('begint op woensdag 2 december om 15:30, over 7 dagen.');
    await settled(running());
    await running().stop();
    app = undefined;

    // Down from 25 November until the morning of the moment: the 1-day reminder (1 December 15:30) and An's overview were missed.
    clock.set('2026-12-02T08:00:00Z');
    resetFake();
    app = await startTestApp(slackEnv(), { clock, storage: await open() });
    expect(app.logger.dump()).toContain('reminders: re-armed after start');
    await app.tick(0);
    expect(remindersTo(DM.U2)).toHaveLength(1);
    expect(remindersTo(DM.U1)).toHaveLength(1);
    expect(contentOf(remindersTo(DM.U2)[0])).toContain('begint vandaag om 15:30, over 6 uur en 30 minuten.');
    expect(postsTo(DM.U1).map(titleOf).sort()).toEqual(['Aanwezigheden: PLG-overleg', 'Herinnering: PLG-overleg']);
    expect(await app.storage.reminders.get(`moment:${moment.id}:v0:${keyOf('U2')}:1440`)).toMatchObject({ status: 'sent', attempts: 1, sentAt: '2026-12-02T08:00:00.000Z' });
    expect(await app.storage.reminders.get(`moment:${moment.id}:v0:${keyOf('U2')}:10080`)).toMatchObject({ status: 'sent', sentAt: SEVEN_DAYS_BEFORE });

    await tickRecording(app, '2026-12-02T18:00:00Z', 15 * 60_000, dmPosts);
    expect(remindersTo(DM.U2)).toHaveLength(1);
    expect(postsTo(DM.U1)).toHaveLength(2);
  });
});
