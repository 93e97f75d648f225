import restify, { type Server } from 'restify';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { NEEDS_ACTIONS } from '../../src/core/features/needs/needs-cards.js';
import { mountDownloadRoutes } from '../../src/http/download-route.js';
import { dm } from '../helpers/core-harness.js';
import { an, buttonOf, fatima, filled, jonas, setup, team, type Kit } from './kit.js';

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function serve(kit: Kit): Promise<string> {
  server = restify.createServer();
  mountDownloadRoutes(server, { storage: kit.h.deps.storage, logger: kit.h.deps.logger, clock: kit.h.deps.clock });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function closedRound(answerers: ReadonlyArray<readonly ['an' | 'jonas' | 'fatima', typeof an, boolean]>): Promise<Kit> {
  const kit = await setup();
  const [form] = await kit.h.say(an, 'noden tot 15/12', team);
  await kit.click(an, buttonOf(form, NEEDS_ACTIONS.start), { closes: '15/12', anonymous: 'yes' });
  for (const [user, actor, anonymous] of answerers) {
    const invite = kit.privateTo(user)[0];
    const [dialog] = await kit.click(actor, buttonOf(invite, anonymous ? NEEDS_ACTIONS.fillAnonymous : NEEDS_ACTIONS.fill), {}, dm(user));
    await kit.click(actor, buttonOf(dialog, NEEDS_ACTIONS.save), filled({ learnWhat: `Leervraag van ${actor.name}` }), dm(user));
  }
  await kit.at('2026-12-15T16:00:00Z');
  return kit;
}

const urlIn = (json: string): string => /\/downloads\/([A-Za-z0-9_-]+)\.csv/.exec(json)?.[0] ?? '';

describe('needs results CSV export', () => {
  it('gives the facilitator a private 24-hour link; the CSV has BOM, CRLF and no anonymous author', async () => {
    const kit = await closedRound([['an', an, false], ['jonas', jonas, false], ['fatima', fatima, true]]);
    const card = kit.privateTo('an').at(-1);
    const exportButton = buttonOf(card, NEEDS_ACTIONS.exportResults);
    // Members who do not facilitate get no link.
    const refused = await kit.click(jonas, exportButton, {}, dm('jonas'));
    expect(JSON.stringify(refused)).not.toContain('/downloads/');
    expect(kit.privateTo('jonas').some((m) => JSON.stringify(m).includes('/downloads/'))).toBe(false);

    const path = urlIn(JSON.stringify(await kit.click(an, exportButton, {}, dm('an'))));
    expect(path).toMatch(/^\/downloads\/[A-Za-z0-9_-]{16,}\.csv$/);
    const base = await serve(kit);

    const res = await fetch(`${base}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = new TextDecoder().decode(bytes.slice(3));
    const lines = body.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(body.replace(/\r\n/g, '')).not.toContain('\n');
    expect(lines[0]).toBe('thema;leervraag / wat ik wil leren;manieren van leren;nu (plaats/vorm);gewenst (plaats/vorm);rol;auteur;datum');
    expect(body).toContain('Leervraag van An Peeters');
    expect(body).toContain('An Peeters');
    const anonymousLine = lines.find((l) => l.includes('Leervraag van Fatima El Idrissi'));
    expect(anonymousLine).toMatch(/;anoniem;anoniem;2026-\d\d-\d\d$/);
    // The anonymous author appears nowhere by name, key or edit-key hash.
    expect(body.replace('Leervraag van Fatima El Idrissi', '')).not.toMatch(/Fatima|fatima/);
    const answers = await kit.h.deps.storage.needsAnswers.listByRound((await kit.h.deps.storage.needsRounds.listByGroup(kit.groupId))[0]!.id);
    for (const a of answers) {
      if (a.editKeyHash) expect(body).not.toContain(a.editKeyHash);
      if (a.personKey) expect(body).not.toContain(a.personKey);
    }

    expect((await fetch(`${base}/downloads/${'x'.repeat(32)}.csv`)).status).toBe(404);
    // After 24 hours the link is gone.
    kit.h.deps.clock.set('2026-12-17T16:00:00Z');
    expect((await fetch(`${base}${path}`)).status).toBe(404);
  });

  it('withholds the export below 3 answers: no link, and a forged link answers 404', async () => {
    const kit = await closedRound([['an', an, false], ['fatima', fatima, true]]);
    const round = (await kit.h.deps.storage.needsRounds.listByGroup(kit.groupId))[0]!;
    const replies = await kit.click(an, { id: NEEDS_ACTIONS.exportResults, value: round.id }, {}, dm('an'));
    expect(JSON.stringify(replies)).toContain('minder dan 3');
    expect(JSON.stringify(replies)).not.toContain('/downloads/');
    const token = 'y'.repeat(32);
    const person = (await kit.h.deps.storage.memberships.listByGroup(kit.groupId)).find((m) => m.role === 'facilitator');
    await kit.h.deps.storage.downloads.save({ token, kind: 'needs-answers', subjectId: round.id, groupId: kit.groupId, createdBy: person?.personKey ?? 'x', expiresAt: '2027-01-01T00:00:00.000Z' });
    const base = await serve(kit);
    expect((await fetch(`${base}/downloads/${token}.csv`)).status).toBe(404);
  });
});
