import { describe, expect, it } from 'vitest';
import type { ChoiceInput } from '../../src/core/model/message.js';
import { askHost, rearmDeadlines } from '../../src/core/features/visits/ask-host.js';
import { DEADLINE_PREFIX, VISIT_ACTIONS } from '../../src/core/features/visits/visit-actions.js';
import { dm } from '../helpers/core-harness.js';
import { an, bo, buttonOf, buttons, cas, dirk, keyOf, setupVisits, texts, type VisitKit } from './kit.js';
import { lastCard, offer, openRequest, request } from './request-steps.js';

const SUGGESTIONS = 'Collega’s voor je bezoek';

/** Cas and Dirk host, Bo asks; returns Bo's first "ask" button (Dirk: another school). */
async function askable(kit: VisitKit) {
  await offer(kit, cas);
  await offer(kit, dirk);
  await request(kit, bo);
  return buttons(lastCard(kit, bo, SUGGESTIONS)).find((b) => b.id === VISIT_ACTIONS.ask)!;
}

const visitsOf = async (kit: VisitKit) => kit.h.deps.storage.visits.listByGroup(kit.groupId);

describe('asking a host', () => {
  it('creates a proposed visit and sends the host a card with three slots and the answer buttons', async () => {
    const kit = await setupVisits();
    const ask = await askable(kit);
    await kit.click(bo, ask);
    const [visit] = await visitsOf(kit);
    expect(visit).toMatchObject({ status: 'proposed', hostKey: keyOf(dirk), visitorKeys: [keyOf(bo)], proposedBy: keyOf(bo), sequence: 0, form: 'observe' });
    expect(visit!.proposedSlots).toHaveLength(3);
    expect(visit!.icsToken.length).toBeGreaterThanOrEqual(16);
    // Three school days after Monday 09:00: Thursday 09:00 Brussels.
    expect(visit!.answerBy).toBe('2026-11-26T08:00:00.000Z');
    const card = lastCard(kit, dirk, 'Vraag voor een klasbezoek');
    const shown = texts([card!]);
    expect(shown).toContain('Bo Janssens (De Linde)');
    expect(shown).toContain('Hoe zet ik stations in');
    expect(shown).toContain('Didactiek en aanpak');
    const slot = card!.card!.blocks.find((b): b is ChoiceInput => b.type === 'choice' && b.id === 'slot');
    expect(slot?.options.map((o) => o.value)).toEqual(['0', '1', '2']);
    expect(slot?.options[0]?.label).toMatch(/^(di|do|vr) \d+ (nov|dec), \de lesuur \(\d\d:\d\d–\d\d:\d\d\)$/);
    for (const id of [VISIT_ACTIONS.accept, VISIT_ACTIONS.decline, VISIT_ACTIONS.counter]) expect(buttonOf(card, id).value).toBe(`${visit!.id}|0`);
    expect(texts(kit.privateTo(bo))).toContain('Ik heb het aan Dirk Maes gevraagd. Je krijgt een antwoord tegen donderdag 26 november.');
  });

  it('never has two proposals out for one request', async () => {
    const kit = await setupVisits();
    const ask = await askable(kit);
    await kit.click(bo, ask);
    const other = buttons(lastCard(kit, bo, SUGGESTIONS)).filter((b) => b.id === VISIT_ACTIONS.ask)[1]!;
    const replies = await kit.click(bo, other);
    expect(texts(replies)).toContain('Je wacht nog op een antwoord van Dirk Maes');
    expect(await visitsOf(kit)).toHaveLength(1);
  });

  it('re-checks the host on click: a paused host is not asked, fresh suggestions follow', async () => {
    const kit = await setupVisits();
    const ask = await askable(kit);
    await kit.say(dirk, 'gastheer pauze');
    const before = kit.privateTo(bo).length;
    const replies = await kit.click(bo, ask);
    expect(texts(replies)).toContain('Dirk Maes kan nu niet meer');
    expect(await visitsOf(kit)).toHaveLength(0);
    const fresh = kit.privateTo(bo).slice(before);
    expect(texts(fresh)).toContain('Cas Willems');
    expect(texts(fresh)).not.toContain('Dirk Maes');
  });

  it('refuses forged values: another person, unknown ids, a second tenant, a host never suggested', async () => {
    const kit = await setupVisits();
    const ask = await askable(kit);
    expect(texts(await kit.click(cas, ask))).toContain('Die aanvraag vind ik niet');
    expect(texts(await kit.click(bo, { id: VISIT_ACTIONS.ask, value: 'vr_nope|chat:t1:dirk' }))).toContain('Die aanvraag vind ik niet');
    expect(texts(await kit.click(bo, { id: VISIT_ACTIONS.ask, value: 'garbage' }))).toContain('Die aanvraag vind ik niet');
    const mal = { id: 'bo', tenantId: 't2', name: 'Bo from elsewhere' };
    expect(texts(await kit.click(mal, ask, {}, dm('bo', 't2')))).not.toContain('Dirk');
    const saved = await openRequest(kit, bo);
    expect(texts(await kit.click(bo, { id: VISIT_ACTIONS.ask, value: `${saved!.id}|${keyOf(an)}` }))).toContain('kan ik niet meer voorstellen');
    expect(await visitsOf(kit)).toHaveLength(0);
  });

  it('after three school days without an answer: expired, host passed, facilitator told, next suggestion', async () => {
    const kit = await setupVisits();
    const ask = await askable(kit);
    await kit.click(bo, ask);
    const [visit] = await visitsOf(kit);
    expect(await kit.at('2026-11-26T07:59:00Z')).toBe(0);
    expect(await kit.at('2026-11-26T08:00:00Z')).toBe(1);
    expect((await kit.h.deps.storage.visits.get(visit!.id))?.status).toBe('expired');
    expect((await openRequest(kit, bo))?.passedHosts).toEqual([keyOf(dirk)]);
    expect(texts(kit.privateTo(an))).toContain('Dirk Maes antwoordde niet op tijd op de bezoekvraag van Bo Janssens');
    const next = lastCard(kit, bo, SUGGESTIONS);
    expect(texts([next!])).toContain('antwoordde niet op tijd, dus hier zijn nieuwe voorstellen');
    expect(texts([next!])).toContain('Cas Willems');
    expect(texts([next!])).not.toContain('Dirk Maes');
    expect(texts(kit.privateTo(dirk))).toContain('niet op tijd op de vraag van Bo Janssens');
  });

  it('skips the weekend: asked on Thursday, the answer is due on Tuesday', async () => {
    const kit = await setupVisits('2026-11-26T08:00:00Z');
    const ask = await askable(kit);
    await kit.click(bo, ask);
    const [visit] = await visitsOf(kit);
    expect(visit!.answerBy).toBe('2026-12-01T08:00:00.000Z');
    expect(await kit.at('2026-11-30T20:00:00Z')).toBe(0);
    expect(await kit.at('2026-12-01T08:00:00Z')).toBe(1);
  });

  it('ignores a stale deadline (another sequence or an answered visit) and re-arms waiting ones', async () => {
    const kit = await setupVisits();
    await kit.click(bo, await askable(kit));
    const [visit] = await visitsOf(kit);
    await kit.h.deps.storage.visits.save({ ...visit!, sequence: 1 });
    await kit.h.core.runJob(`${DEADLINE_PREFIX}${visit!.id}:0`);
    expect((await kit.h.deps.storage.visits.get(visit!.id))?.status).toBe('proposed');
    await kit.h.core.runJob(`${DEADLINE_PREFIX}nonsense`);
    kit.h.deps.scheduler.cancel(`${DEADLINE_PREFIX}${visit!.id}:0`);
    expect(await rearmDeadlines(kit.h.deps)).toBe(1);
    expect(await kit.at('2026-11-26T08:00:00Z')).toBe(1);
    expect((await kit.h.deps.storage.visits.get(visit!.id))?.status).toBe('expired');
  });

  it('withdrawing the request withdraws a waiting proposal and tells the host', async () => {
    const kit = await setupVisits();
    await kit.click(bo, await askable(kit));
    const saved = await openRequest(kit, bo);
    await kit.click(bo, { id: VISIT_ACTIONS.requestWithdraw, value: saved!.id });
    const [visit] = await visitsOf(kit);
    expect(visit?.status).toBe('cancelled');
    expect(texts(kit.privateTo(dirk))).toContain('Bo Janssens heeft de vraag');
    expect(await kit.at('2026-11-27T08:00:00Z')).toBe(0);
  });

  it('a counter-proposal nobody answers lapses without passing the willing host', async () => {
    const kit = await setupVisits();
    await kit.click(bo, await askable(kit));
    const [visit] = await visitsOf(kit);
    // As helper C's counter-proposal leaves it: the host proposed, a new sequence and deadline.
    const countered = { ...visit!, proposedBy: keyOf(dirk), sequence: 1 };
    await kit.h.deps.storage.visits.save(countered);
    kit.h.deps.scheduler.cancel(`${DEADLINE_PREFIX}${visit!.id}:0`);
    kit.h.deps.scheduler.schedule(`${DEADLINE_PREFIX}${visit!.id}:1`, new Date(visit!.answerBy!));
    expect(await kit.at('2026-11-26T08:00:00Z')).toBe(1);
    expect((await kit.h.deps.storage.visits.get(visit!.id))?.status).toBe('expired');
    expect((await openRequest(kit, bo))?.passedHosts).toEqual([]);
    expect(texts(kit.privateTo(dirk))).toContain('Bo Janssens antwoordde niet op tijd op je andere voorstel');
    expect(texts(kit.privateTo(bo))).toContain('Je antwoordde niet op tijd op het andere voorstel van Dirk Maes');
    expect(texts(kit.privateTo(an))).not.toContain('Bo Janssens');
  });

  it('asks a host for a trio: both visitors on the card, both told', async () => {
    const kit = await setupVisits();
    await offer(kit, dirk, { maxVisitors: '2' });
    await request(kit, bo, { trio: 'yes' });
    await request(kit, cas, { trio: 'yes', question: 'Hoe organiseer ik hoekenwerk?' });
    const requests = [(await openRequest(kit, bo))!, (await openRequest(kit, cas))!];
    const visit = await askHost(kit.h.deps, { group: await kit.group(), requests, hostKey: keyOf(dirk), reasons: [{ kind: 'reciprocal' }] });
    expect(visit).toMatchObject({ visitorKeys: [keyOf(bo), keyOf(cas)], requestIds: requests.map((r) => r.id), reciprocal: true });
    const card = texts([lastCard(kit, dirk, 'Vraag voor een klasbezoek')!]);
    expect(card).toContain('Bo Janssens (De Linde) en Cas Willems (De Linde) willen graag samen');
    expect(card).toContain('Hoe organiseer ik hoekenwerk?');
    expect(texts(kit.privateTo(cas))).toContain('Je gaat samen met Bo Janssens.');
    // A request that already waits for an answer cannot be asked again.
    expect(await askHost(kit.h.deps, { group: await kit.group(), requests: [requests[0]!], hostKey: keyOf(dirk), reasons: [] })).toBeUndefined();
  });
});
