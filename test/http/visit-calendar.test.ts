import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Server } from 'restify';
import { VISIT_ACTIONS } from '../../src/core/features/visits/visit-actions.js';
import { MemoryLogger, type LinkButton, type OutboundMessage } from '../../src/core/index.js';
import { mountCalendarRoutes } from '../../src/http/calendar-route.js';
import { createHttpServer, listen } from '../../src/http/server.js';
import { proposedVisit } from '../visits/answer-setup.js';
import { bo, buttonOf, dirk, type VisitKit } from '../visits/kit.js';

const linkOf = (m: OutboundMessage | undefined): string =>
  (m?.card?.blocks.flatMap((b) => (b.type === 'links' ? b.links : [])) as LinkButton[]).find((l) => l.url.includes('/kalender/bezoek/'))!.url;

describe('a visit’s calendar file over HTTP', () => {
  let server: Server;
  let base: string;
  let kit: VisitKit;

  beforeEach(async () => {
    ({ kit } = await proposedVisit());
    const logger = new MemoryLogger();
    server = createHttpServer({ logger, health: { storageHealthy: async () => true, channels: {} } });
    mountCalendarRoutes(server, { storage: kit.h.deps.storage, logger });
    base = await listen(server, 0, '127.0.0.1');
  });
  afterEach(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  /** Fetches the file behind a confirmation's link, on this test server. */
  const fetchIcs = async (url: string) => {
    const response = await fetch(url.replace('http://localhost:3978', base));
    return { response, body: (await response.text()).replace(/\r\n[ \t]/g, '') };
  };

  it('serves the confirmed visit; a move raises SEQUENCE under the same UID; a cancellation marks it CANCELLED', async () => {
    const offer = await kit.h.deps.storage.hostOffers.get(kit.groupId, 'chat:t1:bo');
    expect(offer).toBeDefined();
    await kit.click(bo, { id: VISIT_ACTIONS.accept, value: 'v1|0' }, { slot: '0' });
    await kit.click(dirk, { id: VISIT_ACTIONS.coverSubmit, value: 'v1' }, { cover: 'not-needed' });
    const url = linkOf(kit.privateTo(dirk).at(-1));
    expect(linkOf(kit.privateTo(bo).at(-1))).toBe(url);

    const first = await fetchIcs(url);
    expect(first.response.status).toBe(200);
    expect(first.response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(first.response.headers.get('content-disposition')).toBe('attachment; filename="leerkring-bezoek-2026-12-01.ics"');
    expect(first.body).toContain('UID:v1@leerkring');
    expect(first.body).toContain('SEQUENCE:2');
    expect(first.body).toContain('STATUS:CONFIRMED');
    expect(first.body).toContain('SUMMARY:Hospiteren bij Bo Janssens');
    expect(first.body).toContain('DTSTART:20261201T092000Z');
    expect(first.body).toContain('DTEND:20261201T101000Z');
    expect(first.body).toContain('Hoe laat ik leerlingen zelfstandig werken in hoeken?');

    // Dirk moves it; Bo takes the first new time; Dirk confirms the cover for the new day (the prefilled form):
    // confirmed again, same UID, higher SEQUENCE, new time.
    await kit.click(dirk, { id: VISIT_ACTIONS.move, value: 'v1' });
    const moved = await fetchIcs(url);
    expect(moved.body).toContain('SEQUENCE:3');
    await kit.click(bo, buttonOf(kit.privateTo(bo).at(-1), VISIT_ACTIONS.accept), { slot: '0' });
    expect((await kit.h.deps.storage.visits.get('v1'))!.status).toBe('accepted');
    await kit.click(dirk, buttonOf(kit.privateTo(dirk).at(-1), VISIT_ACTIONS.coverSubmit), { cover: 'not-needed' });
    const again = (await kit.h.deps.storage.visits.get('v1'))!;
    expect(again.status).toBe('confirmed');
    const reconfirmed = await fetchIcs(url);
    expect(reconfirmed.body).toContain('UID:v1@leerkring');
    expect(reconfirmed.body).toContain(`SEQUENCE:${again.sequence}`);
    expect(again.sequence).toBeGreaterThan(3);
    expect(reconfirmed.body).toContain(`DTSTART:${again.slot!.start.replace(/[-:]/g, '').replace('.000', '')}`);
    expect(again.slot!.start).not.toBe('2026-12-01T09:20:00.000Z');

    await kit.click(bo, { id: VISIT_ACTIONS.cancelConfirm, value: 'v1' });
    const cancelled = await fetchIcs(url);
    expect(cancelled.response.status).toBe(200);
    expect(cancelled.body).toContain('UID:v1@leerkring');
    expect(cancelled.body).toContain('STATUS:CANCELLED');
    expect(cancelled.body).toContain(`SEQUENCE:${again.sequence + 1}`);
  });

  it('answers 404 to an unknown or malformed token, and for a visit that never had an agreed time', async () => {
    const visit = (await kit.h.deps.storage.visits.get('v1'))!;
    for (const path of ['/kalender/bezoek/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics', '/kalender/bezoek/short.ics', '/kalender/bezoek/..%2F..%2Fetc.ics', `/kalender/bezoek/${visit.icsToken}.ics`]) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text()).toBe('Not found');
    }
    // A visit's token does not open a moment's file, nor the other way round.
    expect((await fetch(`${base}/kalender/${visit.icsToken}.ics`)).status).toBe(404);
  });
});
