import { describe, expect, it } from 'vitest';
import { VISIT_ACTIONS } from '../../src/core/features/visits/visit-actions.js';
import { makeHostOffer, makeVisitRequest } from '../contract/visits-contract.js';
import { dm } from '../helpers/core-harness.js';
import { an, bo, buttonOf, buttons, cas, dirk, eva, keyOf, setupVisits, team, texts, type VisitKit } from './kit.js';

/** Dirk (Sint-Jan) hosts on Tuesday period 3; Bo and Cas (De Linde) are free then; Eva only on Friday afternoon. */
async function network(): Promise<VisitKit> {
  const kit = await setupVisits();
  const s = kit.h.deps.storage;
  await s.hostOffers.save(makeHostOffer(kit.groupId, keyOf(dirk), { maxVisitors: 1 }));
  await s.hostOffers.save(makeHostOffer(kit.groupId, keyOf(cas), { periods: [{ weekday: 3, period: 2 }], maxVisitors: 1 }));
  await s.visitRequests.save(makeVisitRequest('q-bo', kit.groupId, keyOf(bo), { learningQuestion: 'Hoe werk ik met hoeken?' }));
  await s.visitRequests.save(makeVisitRequest('q-eva', kit.groupId, keyOf(eva), { free: [{ weekday: 5, period: 7 }, { weekday: 5, period: 8 }] }));
  return kit;
}

describe('bezoek ronde', () => {
  it('previews the round privately to the facilitator: who goes to whom and why, and who is left and why', async () => {
    const kit = await network();
    const here = await kit.say(an, 'bezoek ronde', team);
    expect(texts(here)).toContain('privé');
    const preview = kit.privateTo(an).at(-1)!;
    const shown = texts([preview]);
    expect(shown).toContain('Koppelronde voor Netwerk Gent');
    expect(shown).toMatch(/Bo Janssens\* → \*Dirk Maes\*/);
    expect(shown).toContain('een andere school');
    expect(shown).toContain('Nog zonder gastheer');
    expect(shown).toContain('*Eva Jacobs*:');
    expect(shown).toContain('2 open bezoekvragen. 1 collega krijgt een voorstel. Voor 1 collega vond ik nog niemand. Er is nog niets verstuurd.');
    expect(shown).toContain('krijgt iedereen privé hun voorstel');
    expect(buttonOf(preview, VISIT_ACTIONS.roundConfirm).value).toMatch(new RegExp(`^${kit.groupId}\\|[A-Za-z0-9_-]{20,}$`));
    // Nothing reached the members yet.
    expect(kit.privateTo(bo)).toHaveLength(0);
    expect(kit.privateTo(eva)).toHaveLength(0);
  });

  it('on confirm sends every requester either a suggestion or a reason, and the facilitator a summary', async () => {
    const kit = await network();
    const [preview] = await kit.say(an, 'bezoek ronde');
    const summary = await kit.click(an, buttonOf(preview, VISIT_ACTIONS.roundConfirm));
    expect(texts(summary)).toContain('Ronde verstuurd in Netwerk Gent. 1 collega kreeg een voorstel. 1 collega kreeg uitleg waarom nog niet.');
    expect(texts(summary)).toContain('*Eva Jacobs*:');
    // Bo gets the suggestion (sent by the suggestions part) naming the host.
    expect(kit.privateTo(bo).length).toBeGreaterThan(0);
    expect(texts(kit.privateTo(bo))).toContain('Dirk Maes');
    // Eva hears why, privately, and that the facilitators know.
    const note = texts(kit.privateTo(eva));
    expect(note).toContain('nog geen gastheer');
    expect(note).toContain('An Peeters');
    expect(kit.toChannel()).toHaveLength(0);
  });

  it('does not tell a facilitator who asked for a visit that "the facilitators (themselves) know"', async () => {
    const kit = await network();
    await kit.h.deps.storage.visitRequests.save(makeVisitRequest('q-an', kit.groupId, keyOf(an), { free: [{ weekday: 5, period: 8 }] }));
    const [preview] = await kit.say(an, 'bezoek ronde');
    await kit.click(an, buttonOf(preview, VISIT_ACTIONS.roundConfirm));
    const toAn = kit.privateTo(an).map((m) => m.text).find((line) => line.includes('nog geen gastheer'));
    expect(toAn).toBeDefined();
    expect(toAn).not.toContain('begeleiders');
    // Eva still hears that An knows.
    expect(texts(kit.privateTo(eva))).toContain('An Peeters');
  });

  it('leaves nobody out when a host takes two visitors, and asks the host once for the trio', async () => {
    const kit = await setupVisits();
    const s = kit.h.deps.storage;
    await s.hostOffers.save(makeHostOffer(kit.groupId, keyOf(dirk), { maxVisitors: 2 }));
    for (const actor of [bo, cas, eva]) await s.visitRequests.save(makeVisitRequest(`q-${actor.id}`, kit.groupId, keyOf(actor), { trio: true }));
    const [preview] = await kit.say(an, 'bezoek ronde');
    const summary = texts(await kit.click(an, buttonOf(preview, VISIT_ACTIONS.roundConfirm)));
    for (const actor of [bo, cas, eva]) expect(kit.privateTo(actor).length, actor.id).toBeGreaterThan(0);
    // The round's trio really happens: one proposal to Dirk for two visitors, not two suggestions to ask alone.
    const visits = await s.visits.listByGroup(kit.groupId);
    expect(visits).toHaveLength(1);
    expect(visits[0]).toMatchObject({ status: 'proposed', hostKey: keyOf(dirk) });
    expect(visits[0]!.visitorKeys).toHaveLength(2);
    const card = kit.privateTo(dirk).at(-1)!;
    expect(texts([card])).toContain('willen graag samen bij jou in de klas komen kijken');
    const [first, second] = visits[0]!.visitorKeys.map((k) => [bo, cas, eva].find((a) => keyOf(a) === k)!);
    expect(texts(kit.privateTo(first!))).toContain(`heeft de begeleider Dirk Maes gevraagd of jij en ${second!.name} samen in de klas mogen komen kijken`);
    expect(texts(kit.privateTo(second!))).toContain(`of jij en ${first!.name} samen`);
    expect(summary).toContain('Voor 1 trio heb ik de gastheer meteen gevraagd');
  });

  it('sends a round once: a second click, or an older preview, answers that it was sent', async () => {
    const kit = await network();
    const [older] = await kit.say(an, 'bezoek ronde');
    const [preview] = await kit.say(an, 'bezoek ronde');
    expect(texts(await kit.click(an, buttonOf(older, VISIT_ACTIONS.roundConfirm)))).toContain('al verstuurd');
    expect(kit.privateTo(bo)).toHaveLength(0);
    await kit.click(an, buttonOf(preview, VISIT_ACTIONS.roundConfirm));
    const toBo = kit.privateTo(bo).length;
    const toEva = kit.privateTo(eva).length;
    expect(toBo).toBeGreaterThan(0);
    expect(texts(await kit.click(an, buttonOf(preview, VISIT_ACTIONS.roundConfirm)))).toContain('al verstuurd');
    // A bare group id (a button from before previews were single-use) sends nothing either.
    expect(texts(await kit.click(an, { id: VISIT_ACTIONS.roundConfirm, value: kit.groupId }))).toContain('al verstuurd');
    expect(kit.privateTo(bo)).toHaveLength(toBo);
    expect(kit.privateTo(eva)).toHaveLength(toEva);
  });

  it('leaves zero lines out: nobody unmatched means no "0 not yet"', async () => {
    const kit = await setupVisits();
    await kit.h.deps.storage.hostOffers.save(makeHostOffer(kit.groupId, keyOf(dirk), { maxVisitors: 1 }));
    await kit.h.deps.storage.visitRequests.save(makeVisitRequest('q-bo', kit.groupId, keyOf(bo)));
    const [preview] = await kit.say(an, 'bezoek ronde');
    const shown = texts([preview!]);
    expect(shown).toContain('1 open bezoekvraag. 1 collega krijgt een voorstel. Er is nog niets verstuurd.');
    expect(shown).not.toMatch(/\b0 /);
    expect(shown).not.toContain('Nog zonder gastheer');
  });

  it('“Niet versturen” discards the preview: nothing is sent, and its confirm button no longer works', async () => {
    const kit = await network();
    const [preview] = await kit.say(an, 'bezoek ronde');
    const cancel = buttonOf(preview, VISIT_ACTIONS.roundCancel);
    expect(cancel.label).toBe('Niet versturen');
    expect(cancel.value).toBe(buttonOf(preview, VISIT_ACTIONS.roundConfirm).value);
    expect(texts(await kit.click(an, cancel))).toContain('de ronde voor Netwerk Gent is niet verstuurd');
    expect(await kit.h.deps.storage.drafts.get(`visit-round:${kit.groupId}`)).toBeUndefined();
    expect(texts(await kit.click(an, buttonOf(preview, VISIT_ACTIONS.roundConfirm)))).toContain('al verstuurd');
    expect(texts(await kit.click(an, cancel))).toContain('al verstuurd');
    expect(kit.privateTo(bo)).toHaveLength(0);
    expect(kit.privateTo(eva)).toHaveLength(0);
    // Only a facilitator may discard it.
    const [fresh] = await kit.say(an, 'bezoek ronde');
    expect(texts(await kit.click(bo, buttonOf(fresh, VISIT_ACTIONS.roundCancel)))).toContain('Alleen een begeleider');
    expect(await kit.h.deps.storage.drafts.get(`visit-round:${kit.groupId}`)).toBeDefined();
  });

  it('a preview expires after a day', async () => {
    const kit = await network();
    const [preview] = await kit.say(an, 'bezoek ronde');
    kit.h.deps.clock.set('2026-11-24T08:30:00.000Z');
    expect(texts(await kit.click(an, buttonOf(preview, VISIT_ACTIONS.roundConfirm)))).toContain('verlopen');
    expect(kit.privateTo(bo)).toHaveLength(0);
  });

  it('says so when there is nothing to match', async () => {
    const kit = await setupVisits();
    const [preview] = await kit.say(an, 'bezoek ronde');
    expect(texts([preview!])).toContain('geen nieuwe bezoekvragen');
    expect(buttons(preview)).toHaveLength(0);
  });

  it('refuses a member, also when they click a copied confirm button, and a forged group id', async () => {
    const kit = await network();
    const refused = texts(await kit.say(bo, 'bezoek ronde', team));
    expect(refused).toContain('Alleen een begeleider');
    expect(refused).toContain('An Peeters');
    const clicked = texts(await kit.click(bo, { id: VISIT_ACTIONS.roundConfirm, value: kit.groupId }));
    expect(clicked).toContain('Alleen een begeleider');
    expect(texts(await kit.click(an, { id: VISIT_ACTIONS.roundConfirm, value: 'g-nope' }))).toContain('Die groep vind ik niet');
    expect(texts(await kit.click(an, { id: VISIT_ACTIONS.roundConfirm }))).toContain('Die groep vind ik niet');
    expect(kit.privateTo(eva)).toHaveLength(0);
    expect(kit.privateTo(bo).filter((m) => m.text.includes('Dirk'))).toHaveLength(0);
  });

  it('treats another tenant’s group as unknown', async () => {
    const kit = await network();
    const stranger = { id: 'zed', tenantId: 't2', name: 'Zed Ander' };
    const answer = texts(await kit.h.send({ kind: 'action', actor: stranger, address: dm('zed', 't2'), actionId: VISIT_ACTIONS.roundConfirm, value: kit.groupId, inputs: {} }));
    expect(answer).toContain('Die groep vind ik niet');
    expect(kit.privateTo(bo)).toHaveLength(0);
  });
});
