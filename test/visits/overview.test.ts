import restify, { type Server } from 'restify';
import type { AddressInfo } from 'node:net';
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { VISIT_ACTIONS } from '../../src/core/features/visits/visit-actions.js';
import { DEFAULT_TIMETABLE, type Visit, type VisitSlot } from '../../src/core/features/visits/visit.js';
import { mountDownloadRoutes } from '../../src/http/download-route.js';
import { makeHostOffer, makeVisit, makeVisitRequest } from '../contract/visits-contract.js';
import { dm } from '../helpers/core-harness.js';
import { an, bo, buttonOf, buttons, cas, dirk, eva, keyOf, setupVisits, team, texts, type VisitKit } from './kit.js';

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function serve(kit: VisitKit): Promise<string> {
  server = restify.createServer();
  mountDownloadRoutes(server, { storage: kit.h.deps.storage, logger: kit.h.deps.logger, clock: kit.h.deps.clock });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A slot on `date` in one period, with its instants in Brussels. */
function slot(date: string, period: number): VisitSlot {
  const p = DEFAULT_TIMETABLE.find((x) => x.period === period)!;
  const at = (hm: string): string => DateTime.fromISO(`${date}T${hm}`, { zone: 'Europe/Brussels' }).toUTC().toISO()!;
  return { date, periods: [period], start: at(p.start), end: at(p.end) };
}

const visit = (id: string, groupId: string, visitor: string, host: string, over: Partial<Visit>): Visit =>
  makeVisit(id, groupId, { requestIds: [`q-${id}`], visitorKeys: [visitor], hostKey: host, proposedBy: visitor, ...over });

/**
 * Term 1 of 2026-2027 in Netwerk Gent (today: Monday 23 November 2026):
 * Bo visited Dirk (done), Cas visited Eva (confirmed, last Friday), Eva visits Bo next week (confirmed),
 * Cas → Dirk is agreed but lacks a cover plan, Bo → Eva waits for Eva's answer; older and failed visits do not count.
 * Eva has an open request that fits no host.
 */
async function busyNetwork(): Promise<VisitKit> {
  const kit = await setupVisits();
  const s = kit.h.deps.storage;
  const g = kit.groupId;
  const [B, C, D, E] = [bo, cas, dirk, eva].map(keyOf) as [string, string, string, string];
  await s.hostOffers.save(makeHostOffer(g, D));
  const ask = (id: string, visitor: string, question: string, over = {}) =>
    s.visitRequests.save(makeVisitRequest(id, g, visitor, { learningQuestion: question, status: 'matched', ...over }));
  await ask('q-v1', B, '=HYPERLINK("http://x")', {});
  await ask('q-v2', C, 'Hoe geef ik feedback; kort en krachtig?');
  await ask('q-v3', E, 'Hoe start ik een les rustig?');
  await ask('q-v4', C, 'Hoe werk ik met niveaugroepen?', { status: 'open' });
  await ask('q-v5', B, 'Hoe begeleid ik groepswerk?', { status: 'open' });
  await ask('q-eva', E, 'Hoe laat ik leerlingen elkaar feedback geven?', { status: 'open', free: [{ weekday: 5, period: 8 }], createdAt: '2026-11-18T08:00:00.000Z' });
  await s.visits.save(visit('v1', g, B, D, { status: 'done', slot: slot('2026-11-10', 3), reflections: { [B]: { answers: { saw: 'Geheime reflectie van Bo' }, shared: false, at: '2026-11-10T12:00:00.000Z' } } }));
  await s.visits.save(visit('v2', g, C, E, { status: 'confirmed', slot: slot('2026-11-20', 3), cover: { [C]: { kind: 'student-teacher', note: 'Sara, studente derde jaar', recordedBy: C, recordedAt: '2026-11-16T08:00:00.000Z' } } }));
  await s.visits.save(visit('v3', g, E, B, { status: 'confirmed', slot: slot('2026-12-01', 3), cover: { [E]: { kind: 'not-needed', recordedBy: E, recordedAt: '2026-11-20T08:00:00.000Z' } } }));
  await s.visits.save(visit('v4', g, C, D, { status: 'accepted', slot: slot('2026-12-08', 3) }));
  await s.visits.save(visit('v5', g, B, E, { status: 'proposed', answerBy: '2026-11-26T08:00:00.000Z' }));
  await s.visits.save(visit('v6', g, D, B, { status: 'done', slot: slot('2026-06-09', 3) }));
  await s.visits.save(visit('v7', g, E, D, { status: 'not-happened', slot: slot('2026-11-17', 3) }));
  return kit;
}

describe('bezoek overzicht', () => {
  it('shows the facilitator, privately, who is below the term target and everything still waiting', async () => {
    const kit = await busyNetwork();
    expect(texts(await kit.say(an, 'bezoek overzicht', team))).toContain('privé');
    const card = kit.privateTo(an).at(-1)!;
    const shown = texts([card]);
    expect(shown).toContain('Bezoeken in Netwerk Gent: trimester 1');
    // The target is said once, in the facts; the legend says whom ⚠ is about.
    expect(shown).not.toContain('bezoek(en)');
    expect(shown).toContain('⚠ staat bij leraren en student-leraren');
    // An did nothing this term; Bo visited, Dirk hosted; Cas and Eva count the confirmed visit of last Friday.
    expect(shown).toContain('⚠ *An Peeters* (Sint-Jan): 0 keer op bezoek, 0 keer bezoek ontvangen');
    expect(shown).toContain('Bo Janssens (De Linde): 1 keer op bezoek, 0 keer bezoek ontvangen · 1 gepland');
    expect(shown).toContain('Dirk Maes (Sint-Jan): 0 keer op bezoek, 1 keer bezoek ontvangen');
    expect(shown).toContain('Cas Willems (De Linde): 1 keer op bezoek, 0 keer bezoek ontvangen');
    expect(shown).toContain('Eva Jacobs (Sint-Jan): 0 keer op bezoek, 1 keer bezoek ontvangen · 1 gepland');
    const facts = card.card!.blocks.filter((b) => b.type === 'facts');
    expect(facts).toHaveLength(1);
    const fact = (label: string): string | undefined => (facts[0] as { facts: Array<{ label: string; value: string }> }).facts.find((f) => f.label === label)?.value;
    expect(fact('Onder het doel')).toBe('1 / 5');
    expect(fact('Gepland')).toBe('1');
    expect(fact('Open vragen')).toBe('1');
    expect(fact('Wacht op antwoord')).toBe('1');
    expect(fact('Doel per lid')).toBe('1 bezoek per trimester');
    expect(fact('Wacht op vervanging')).toBe('1');
    expect(fact('Zonder match')).toBe('1');
    // Planned visits in the same slot words as everywhere else.
    expect(shown).toContain('• di 1 dec, 3e lesuur (10:20–11:10): Eva Jacobs → Bo Janssens');
    expect(shown).toContain('*Eva Jacobs*, 5 dagen open');
    expect(shown).toContain('Cas Willems → Dirk Maes, di 8 dec, 3e lesuur (10:20–11:10): nog geen vervanging voor Cas Willems');
    expect(shown).toContain('Bo Janssens → Eva Jacobs: Eva Jacobs antwoordt uiterlijk 26 nov 2026');
    expect(shown).toContain('Zonder match, en waarom');
    // Requests with a visit under way are not "open".
    expect(shown).not.toContain('niveaugroepen');
    expect(buttonOf(card, VISIT_ACTIONS.overviewCsv).value).toBe(kit.groupId);
    for (const b of card.card!.blocks) if (b.type === 'text') expect(b.text.length).toBeLessThanOrEqual(3000);
  });

  it('measures against the group’s own target and speaks the facilitator’s language', async () => {
    const kit = await busyNetwork();
    await kit.say(an, 'bezoek instellingen doel 2', team);
    const person = (await kit.h.deps.storage.people.get(keyOf(an)))!;
    await kit.h.deps.storage.people.save({ ...person, language: 'en' });
    const [card] = await kit.say(an, 'visit overview');
    const shown = texts([card!]);
    expect(shown).toContain('Visits in Netwerk Gent: term 1');
    expect(shown).toContain('Below target: 5 / 5');
    expect(shown).toContain('⚠ *Bo Janssens* (De Linde): visited 1×, hosted 0× · 1 planned');
    expect(buttonOf(card, VISIT_ACTIONS.overviewCsv).label).toBe('Download CSV');
  });

  it('lists at most 40 members on the card and says how many more there are', async () => {
    const kit = await setupVisits();
    const s = kit.h.deps.storage;
    for (let i = 0; i < 45; i++) {
      const key = `chat:t1:m${i}`;
      await s.people.save({ key, channel: 'chat', tenantId: 't1', userId: `m${i}`, name: `Lid ${String(i).padStart(2, '0')}`, language: 'nl', timeZone: 'Europe/Brussels', createdAt: '2026-09-01T08:00:00.000Z', updatedAt: '2026-09-01T08:00:00.000Z' });
      await s.memberships.save({ groupId: kit.groupId, personKey: key, role: 'member', active: true, joinedAt: '2026-09-01T08:00:00.000Z' });
    }
    const [card] = await kit.say(an, 'bezoek overzicht');
    const shown = texts([card!]);
    expect(shown).toContain('… en nog 10 (alles staat in de CSV)');
    expect(JSON.stringify(card).length).toBeLessThan(28_000);
    for (const b of card!.card!.blocks) {
      if (b.type === 'text') expect(b.text.length).toBeLessThanOrEqual(3000);
      if (b.type === 'facts') expect(b.facts.length).toBeLessThanOrEqual(10);
    }
  });

  it('is for facilitators only', async () => {
    const kit = await busyNetwork();
    const out = texts(await kit.say(bo, 'bezoek overzicht', team));
    expect(out).toContain('Alleen een begeleider');
    expect(out).toContain('An Peeters');
    expect(kit.privateTo(bo)).toHaveLength(0);
    const click = texts(await kit.click(bo, { id: VISIT_ACTIONS.overviewCsv, value: kit.groupId }));
    expect(click).not.toContain('/downloads/');
  });
});

describe('visits overview CSV', () => {
  it('serves one row per visit and the members against the target; no cover notes, reflections or other tenants', async () => {
    const kit = await busyNetwork();
    // A forged visit with someone of another tenant: their profile never shows up.
    await kit.h.deps.storage.people.save({ key: 'chat:t2:zed', channel: 'chat', tenantId: 't2', userId: 'zed', name: 'Zed Ander', school: 'Elders', language: 'nl', timeZone: 'Europe/Brussels', createdAt: '2026-09-01T08:00:00.000Z', updatedAt: '2026-09-01T08:00:00.000Z' });
    await kit.h.deps.storage.visits.save(visit('v8', kit.groupId, keyOf(bo), 'chat:t2:zed', { status: 'cancelled', slot: slot('2026-11-24', 3) }));
    const [card] = await kit.say(an, 'bezoek overzicht');
    const replies = await kit.click(an, buttonOf(card, VISIT_ACTIONS.overviewCsv), {}, dm('an'));
    const path = /\/downloads\/([A-Za-z0-9_-]+)\.csv/.exec(JSON.stringify(replies))?.[0] ?? '';
    expect(path).toMatch(/^\/downloads\/[A-Za-z0-9_-]{16,}\.csv$/);
    expect(buttons(replies[0])).toHaveLength(0);
    const base = await serve(kit);
    const res = await fetch(`${base}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('leerkring-bezoeken-2026-11-23.csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = new TextDecoder().decode(bytes.slice(3));
    const lines = body.split('\r\n');
    expect(lines[0]).toBe('Bezoeken');
    expect(lines[1]).toBe('datum;lesuren;vorm;gastheer;bezoekers;school gastheer;school bezoekers;status;vervanging;leervraag');
    expect(lines).toContain('09/06/2026;3e lesuur;Meekijken in de klas (hospiteren);Bo Janssens;Dirk Maes;De Linde;Sint-Jan;gebeurd;;');
    expect(lines).toContain(`10/11/2026;3e lesuur;Meekijken in de klas (hospiteren);Dirk Maes;Bo Janssens;Sint-Jan;De Linde;gebeurd;;"'=HYPERLINK(""http://x"")"`);
    expect(lines).toContain('20/11/2026;3e lesuur;Meekijken in de klas (hospiteren);Eva Jacobs;Cas Willems;Sint-Jan;De Linde;bevestigd;student-leraar;"Hoe geef ik feedback; kort en krachtig?"');
    // A proposal shows its first proposed slot.
    expect(lines).toContain('01/12/2026;3e lesuur;Meekijken in de klas (hospiteren);Eva Jacobs;Bo Janssens;Sint-Jan;De Linde;voorgesteld;;Hoe begeleid ik groepswerk?');
    expect(lines.filter((l) => /^\d\d\/\d\d\/\d{4};/.test(l))).toHaveLength(8);
    expect(body).not.toContain('Sara');
    expect(body).not.toContain('Geheime reflectie');
    expect(body).not.toContain('Zed');
    expect(body).not.toContain('Elders');
    expect(body).not.toContain('chat:t1:');
    const members = lines.indexOf('lid;school;op bezoek;bezoek ontvangen;doel;onder het doel;gepland;open vragen');
    expect(members).toBeGreaterThan(8);
    expect(lines[members - 1]).toBe('"Leden tegenover het doel, trimester 1 (01/09/2026 – 20/12/2026)"');
    expect(lines).toContain('An Peeters;Sint-Jan;0;0;1;ja;0;0');
    expect(lines).toContain('Eva Jacobs;Sint-Jan;0;1;1;nee;1;1');
    // Zed's school is not shown (another tenant): the empty cell is explained once.
    expect(lines.slice(-3)).toEqual(['', 'Een lege school: die persoon vulde geen school in het profiel in (*profiel*).', '']);
    expect(lines.at(-1)).toBe('');
    // After 24 hours, or once the creator no longer facilitates, the link is gone.
    kit.h.deps.clock.set('2026-11-24T09:00:00Z');
    expect((await fetch(`${base}${path}`)).status).toBe(404);
  });

  it('stops working when its creator no longer facilitates the group', async () => {
    const kit = await busyNetwork();
    const [card] = await kit.say(an, 'bezoek overzicht');
    const path = /\/downloads\/([A-Za-z0-9_-]+)\.csv/.exec(JSON.stringify(await kit.click(an, buttonOf(card, VISIT_ACTIONS.overviewCsv))))?.[0] ?? '';
    const membership = (await kit.h.deps.storage.memberships.get(kit.groupId, keyOf(an)))!;
    await kit.h.deps.storage.memberships.save({ ...membership, role: 'member' });
    const base = await serve(kit);
    expect((await fetch(`${base}${path}`)).status).toBe(404);
  });
});
