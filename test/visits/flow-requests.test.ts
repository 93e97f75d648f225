import { describe, expect, it } from 'vitest';
import type { LinkButton } from '../../src/core/index.js';
import { VISIT_ACTIONS } from '../../src/core/features/visits/visit-actions.js';
import { all, confirmedVisit } from './answer-setup.js';
import { bo, buttonOf, buttons, cas, dirk, eva, keyOf, setupVisits, texts } from './kit.js';
import { lastCard, offer, openRequest, request } from './request-steps.js';

const SUGGESTIONS = 'Collega’s voor je bezoek';

describe('a host who cancels', () => {
  it('is passed over: the visitor’s new suggestions offer someone else, and only then is another colleague promised', async () => {
    const { kit } = await confirmedVisit();
    await offer(kit, cas, { halfDays: ['2am', '4am'] });
    const before = kit.privateTo(dirk).length;
    await kit.click(bo, { id: VISIT_ACTIONS.cancelConfirm, value: 'v1' });
    expect((await kit.h.deps.storage.visitRequests.get('q1'))?.passedHosts).toEqual([keyOf(bo)]);
    const toDirk = kit.privateTo(dirk).slice(before);
    expect(all(toDirk)).toContain('hieronder vind je andere collega’s');
    const suggestions = toDirk.find((m) => m.card?.title === SUGGESTIONS)!;
    const asks = buttons(suggestions).filter((b) => b.id === VISIT_ACTIONS.ask);
    expect(asks.map((b) => b.label)).toEqual(['Vraag Cas Willems']);
    // The cancellation notice carries the calendar file to open again.
    const notice = toDirk[0]!;
    expect(notice.text).toContain('Het agendabestand is bijgewerkt');
    const links = (notice.card!.actions ?? []).filter((a): a is LinkButton => a.type === 'link');
    expect(links).toHaveLength(1);
    expect(links[0]!.url).toMatch(/\/kalender\/bezoek\/.+\.ics$/);
  });

  it('a visitor who cancels does not pass the host over', async () => {
    const { kit } = await confirmedVisit();
    await kit.click(dirk, { id: VISIT_ACTIONS.cancelConfirm, value: 'v1' });
    expect((await kit.h.deps.storage.visitRequests.get('q1'))?.passedHosts).toEqual([]);
  });
});

describe('the cancel question', () => {
  it('has a "no" that changes nothing', async () => {
    const { kit } = await confirmedVisit();
    const ask = await kit.click(dirk, { id: VISIT_ACTIONS.cancel, value: 'v1' });
    const no = buttons(ask[0]).find((b) => b.label === 'Nee, toch niet')!;
    expect(all(await kit.click(dirk, no))).toContain('het bezoek blijft staan');
    expect((await kit.h.deps.storage.visits.get('v1'))?.status).toBe('confirmed');
    // An outsider's "no" is answered like any unknown visit.
    expect(all(await kit.click(cas, no))).toContain('Dat bezoek vind ik niet');
  });
});

describe('bezoek mijn with an open request', () => {
  it('offers new suggestions and withdrawing', async () => {
    const { kit } = await confirmedVisit();
    await kit.click(dirk, { id: VISIT_ACTIONS.cancelConfirm, value: 'v1' });
    const mine = await kit.say(dirk, 'bezoek mijn');
    expect(all(mine)).toContain('Je bezoeken: 0 lopende bezoeken, 1 open vraag.');
    const card = mine.find((m) => m.card?.title === 'Je open vraag')!;
    expect(buttons(card).map((b) => b.label)).toEqual(['Nieuwe voorstellen', 'Intrekken']);
    const before = kit.privateTo(dirk).length;
    await kit.click(dirk, buttons(card)[0]!);
    expect(kit.privateTo(dirk).slice(before).some((m) => m.card?.title === SUGGESTIONS)).toBe(true);
    // Someone else's request is refused; a withdrawn one too.
    expect(all(await kit.click(bo, buttons(card)[0]!))).toContain('Die aanvraag vind ik niet');
    expect(all(await kit.click(dirk, buttonOf(card, VISIT_ACTIONS.requestWithdraw)))).toContain('ingetrokken');
    expect(all(await kit.click(dirk, buttons(card)[0]!))).toContain('loopt niet meer');
  });

  it('says "bezoeken" and "vragen" without slashes, in French too', async () => {
    const { kit } = await confirmedVisit();
    const person = await kit.h.deps.storage.people.get(keyOf(dirk));
    await kit.h.deps.storage.people.save({ ...person!, language: 'fr' });
    expect(all(await kit.say(dirk, 'visite mes'))).toContain('Vos visites : 1 visite en cours, 0 demande ouverte.');
  });
});

describe('the request form', () => {
  it('refuses "a visit to another school" within one’s own school, and saves nothing', async () => {
    const kit = await setupVisits();
    const replies = await request(kit, eva, { form: 'other-school', scope: 'own-school' });
    expect(texts(replies)).toContain('“Bezoek aan een andere school” kan niet binnen je eigen school. Kies bij “Waar?” voor “Overal in het netwerk”');
    expect(await openRequest(kit, eva)).toBeUndefined();
  });

  it('answers "unchanged" to the same form sent twice, without a second suggestions card', async () => {
    const kit = await setupVisits();
    await offer(kit, dirk);
    await request(kit, bo);
    const first = await openRequest(kit, bo);
    const cards = kit.privateTo(bo).filter((m) => m.card?.title === SUGGESTIONS).length;
    const again = await request(kit, bo);
    expect(texts(again)).toContain('Je aanvraag voor Netwerk Gent is ongewijzigd');
    expect(kit.privateTo(bo).filter((m) => m.card?.title === SUGGESTIONS)).toHaveLength(cards);
    expect(await openRequest(kit, bo)).toEqual(first);
    // A real change still updates and suggests again.
    await request(kit, bo, { question: 'Hoe geef ik feedback tijdens stations?' });
    expect(kit.privateTo(bo).filter((m) => m.card?.title === SUGGESTIONS)).toHaveLength(cards + 1);
  });
});

describe('asking a host', () => {
  it('tells the visitor which times were proposed', async () => {
    const kit = await setupVisits();
    await offer(kit, dirk);
    await request(kit, bo);
    const ask = buttons(lastCard(kit, bo, SUGGESTIONS)).find((b) => b.id === VISIT_ACTIONS.ask)!;
    const replies = await kit.click(bo, ask);
    const [visit] = await kit.h.deps.storage.visits.listByGroup(kit.groupId);
    expect(visit!.proposedSlots).toHaveLength(3);
    const shown = texts(replies);
    expect(shown).toContain('Ik stelde deze momenten voor:');
    expect(shown.match(/^• \w+ \d+ (november|december) 2026, \de lesuur/gm)).toHaveLength(3);
  });
});
