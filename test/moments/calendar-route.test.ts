import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Server } from 'restify';
import { MemoryLogger, MOMENT_ACTIONS, newToken, type ActionButton, type LinkButton, type Moment } from '../../src/core/index.js';
import { mountCalendarRoutes } from '../../src/http/calendar-route.js';
import { createHttpServer, listen } from '../../src/http/server.js';
import { MemoryStorage } from '../../src/storage/memory/memory-storage.js';
import { channelAddress, coreHarness, type CoreHarness } from '../helpers/core-harness.js';

const moment = (over: Partial<Moment> = {}): Moment => ({
  id: 'mom_1',
  groupId: 'grp_1',
  title: 'PLG-overleg',
  start: '2026-11-24T07:00:00.000Z',
  end: '2026-11-24T08:00:00.000Z',
  zone: 'Europe/Brussels',
  place: 'Lokaal 12',
  onlineUrl: 'https://teams.example/meet/1',
  agenda: 'Terugblik en eigen vragen',
  prepare: 'Breng één leerlingproduct mee',
  status: 'planned',
  sequence: 0,
  icsToken: newToken(),
  rsvps: {},
  createdBy: 'chat:t1:an',
  createdAt: '2026-11-23T08:00:00.000Z',
  updatedAt: '2026-11-23T08:00:00.000Z',
  ...over,
});

describe('calendar downloads over HTTP', () => {
  let server: Server;
  let url: string;
  let storage: MemoryStorage;
  let h: CoreHarness;

  beforeEach(async () => {
    h = coreHarness();
    storage = h.deps.storage;
    const logger = new MemoryLogger();
    server = createHttpServer({ logger, health: { storageHealthy: async () => true, channels: {} } });
    mountCalendarRoutes(server, { storage, logger });
    url = await listen(server, 0, '127.0.0.1');
  });
  afterEach(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('serves one moment with a stable UID, its SEQUENCE and the download headers', async () => {
    const m = moment({ sequence: 2 });
    await storage.moments.save(m);
    const response = await fetch(`${url}/kalender/${m.icsToken}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="leerkring-2026-11-24.ics"');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.text();
    expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const unfolded = body.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('UID:mom_1@leerkring');
    expect(unfolded).toContain('SEQUENCE:2');
    expect(unfolded).toContain('STATUS:CONFIRMED');
    expect(unfolded).toContain('DTSTART:20261124T070000Z');
    expect(unfolded).toContain('LOCATION:Lokaal 12');
    expect(unfolded).toContain('Breng één leerlingproduct mee');
  });

  it('marks a cancelled moment STATUS:CANCELLED under the same UID', async () => {
    const m = moment({ status: 'cancelled', sequence: 3 });
    await storage.moments.save(m);
    const body = (await (await fetch(`${url}/kalender/${m.icsToken}.ics`)).text()).replace(/\r\n[ \t]/g, '');
    expect(body).toContain('UID:mom_1@leerkring');
    expect(body).toContain('STATUS:CANCELLED');
    expect(body).toContain('SEQUENCE:3');
  });

  it('serves the whole series from the token of any of its moments', async () => {
    const first = moment({ id: 'mom_a', seriesId: 'ser_1', start: '2027-03-10T13:00:00.000Z', end: '2027-03-10T15:00:00.000Z' });
    const second = moment({ id: 'mom_b', seriesId: 'ser_1', start: '2027-05-12T12:00:00.000Z', end: '2027-05-12T14:00:00.000Z', status: 'cancelled', sequence: 1 });
    await storage.moments.save(second);
    await storage.moments.save(first);
    const response = await fetch(`${url}/kalender/reeks/${second.icsToken}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="leerkring-2027-03-10.ics"');
    const body = (await response.text()).replace(/\r\n[ \t]/g, '');
    expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(body).toContain('UID:mom_a@leerkring');
    expect(body).toContain('UID:mom_b@leerkring');
    expect(body).toContain('DTSTART:20270310T130000Z');
    expect(body).toContain('DTSTART:20270512T120000Z');
    const single = (await (await fetch(`${url}/kalender/${first.icsToken}.ics`)).text()).match(/BEGIN:VEVENT/g);
    expect(single).toHaveLength(1);
  });

  it('answers 404 alike for unknown tokens and malformed names', async () => {
    await storage.moments.save(moment());
    const paths = [`/kalender/${newToken()}.ics`, `/kalender/reeks/${newToken()}.ics`, '/kalender/kort.ics', '/kalender/..%2Fetc.ics', `/kalender/${newToken()}.txt`, '/kalender/reeks/x'];
    const answers = await Promise.all(paths.map(async (p) => {
      const r = await fetch(`${url}${p}`);
      return [r.status, await r.text()];
    }));
    expect(answers).toEqual(paths.map(() => [404, 'Not found']));
  });

  it('serves the link of the announcement, and the cancellation under the same UID afterwards', async () => {
    const an = { id: 'an', tenantId: 't1', name: 'An' };
    const team = channelAddress('team-9');
    h.deps.directory.rosters.set('team-9', [{ id: 'an', name: 'An' }]);
    await h.send({ kind: 'installed', actor: an, address: team, conversationName: 'PLG' });
    const click = (b: ActionButton, inputs: Record<string, string> = {}) => h.send({ kind: 'action', actor: an, address: team, actionId: b.id, value: b.value!, inputs });
    const [confirm] = await h.say(an, 'plan Overleg: 10/12 14u-16u', team);
    await click(confirm!.card!.actions!.find((a): a is ActionButton => a.type === 'action' && a.id === MOMENT_ACTIONS.planConfirm)!);
    const link = h.deps.messenger.sent.at(-1)!.message.card!.actions!.find((a): a is LinkButton => a.type === 'link')!;
    const path = link.url.replace('http://localhost:3978', '');
    const planned = (await (await fetch(`${url}${path}`)).text()).replace(/\r\n[ \t]/g, '');
    const uid = /UID:(\S+)/.exec(planned)![1];
    expect(planned).toContain('SEQUENCE:0');
    expect(planned).toContain('DTSTART:20261210T130000Z');
    const id = uid!.replace('@leerkring', '');
    const [ask] = await click({ type: 'action', id: MOMENT_ACTIONS.cancel, label: '', value: `${id}|one` });
    await click(ask!.card!.actions!.find((a): a is ActionButton => a.type === 'action' && a.id === MOMENT_ACTIONS.changeConfirm)!);
    const cancelled = (await (await fetch(`${url}${path}`)).text()).replace(/\r\n[ \t]/g, '');
    expect(cancelled).toContain(`UID:${uid}`);
    expect(cancelled).toContain('SEQUENCE:1');
    expect(cancelled).toContain('STATUS:CANCELLED');
  });
});
