/** Review fixes: decline reasons from every card, stale cards, double clicks, typed text kept, cleaned text. */
import { describe, expect, it } from 'vitest';
import type { TextInput } from '../../src/core/index.js';
import { VISIT_ACTIONS } from '../../src/core/features/visits/visit-actions.js';
import { all, confirmedVisit, proposedVisit, thu3 } from './answer-setup.js';
import { an, bo, buttonOf, buttons, cas, dirk, keyOf, setupVisits, texts } from './kit.js';
import { makeHostOffer, makeVisitRequest } from '../contract/visits-contract.js';
import { lastCard, offer, openRequest, request } from './request-steps.js';
import { dm } from '../helpers/core-harness.js';

const SUGGESTIONS = 'Collega’s voor je bezoek';

describe('the host’s first proposal card', () => {
  it('carries an optional decline reason that reaches the visitor', async () => {
    const kit = await setupVisits();
    await offer(kit, dirk);
    await request(kit, bo);
    await kit.click(bo, buttons(lastCard(kit, bo, SUGGESTIONS)).find((b) => b.id === VISIT_ACTIONS.ask)!);
    const card = lastCard(kit, dirk, 'Vraag voor een klasbezoek')!;
    const reason = card.card!.blocks.find((b): b is TextInput => b.type === 'input' && b.id === 'reason');
    expect(reason).toMatchObject({ maxLength: 300 });
    expect(reason!.required).toBeFalsy();
    await kit.click(dirk, buttonOf(card, VISIT_ACTIONS.decline), { reason: 'Die week\u0007 heb ik\n examens' });
    expect(texts(kit.privateTo(bo))).toContain('“Die week heb ik examens”');
  });
});

describe('stale cards', () => {
  it('a click on a card from before a counter-proposal shows the current proposal and changes nothing', async () => {
    const { kit } = await proposedVisit();
    // Bo proposes one other time; Dirk now has to answer a card with one slot, at index 0.
    await kit.click(bo, { id: VISIT_ACTIONS.counterSubmit, value: 'v1|0' }, { date: '3/12', when: 'am' });
    const before = (await kit.h.deps.storage.visits.get('v1'))!;
    expect(before).toMatchObject({ sequence: 1, proposedBy: keyOf(bo) });
    // Dirk still has an older card (as if from `bezoek mijn` earlier) whose index 1 meant Thursday period 2.
    const replies = await kit.click(dirk, { id: VISIT_ACTIONS.accept, value: 'v1|0' }, { slot: '0' });
    expect(all(replies)).toContain('Dit voorstel is intussen gewijzigd');
    expect(all(replies)).toContain('donderdag 3 december 2026, voormiddag');
    expect(buttonOf(replies[0], VISIT_ACTIONS.accept).value).toBe('v1|1');
    expect(await kit.h.deps.storage.visits.get('v1')).toEqual(before);
    // A bare visit id (a card from before sequences were in the value) is stale too.
    expect(all(await kit.click(dirk, { id: VISIT_ACTIONS.decline, value: 'v1' }))).toContain('intussen gewijzigd');
    expect(await kit.h.deps.storage.visits.get('v1')).toEqual(before);
    // The current card works.
    await kit.click(dirk, buttonOf(replies[0], VISIT_ACTIONS.accept));
    expect(await kit.h.deps.storage.visits.get('v1')).toMatchObject({ status: 'accepted', slot: { date: '2026-12-03', periods: [1, 2, 3, 4] } });
  });

  it('a click on a card from before a move never picks from the new times', async () => {
    const { kit } = await confirmedVisit();
    await kit.click(dirk, { id: VISIT_ACTIONS.move, value: 'v1' });
    const moved = (await kit.h.deps.storage.visits.get('v1'))!;
    expect(moved.status).toBe('proposed');
    const replies = await kit.click(bo, { id: VISIT_ACTIONS.accept, value: 'v1|0' }, { slot: '1' });
    expect(all(replies)).toContain('intussen gewijzigd');
    expect(await kit.h.deps.storage.visits.get('v1')).toEqual(moved);
  });

  it('refuses forged values', async () => {
    const { kit } = await proposedVisit();
    for (const value of ['v1|x', 'v1|0|0', '../v1', 'v1|-1', `${'v'.repeat(300)}|0`, '']) {
      expect(all(await kit.click(bo, { id: VISIT_ACTIONS.accept, value }, { slot: '0' })), value).toContain('Dat bezoek vind ik niet');
    }
    expect((await kit.h.deps.storage.visits.get('v1'))?.status).toBe('proposed');
  });
});

describe('double clicks', () => {
  it('two accepts at once accept once and ask for cover once', async () => {
    const { kit } = await proposedVisit();
    const accept = { id: VISIT_ACTIONS.accept, value: 'v1|0' };
    const [first, second] = await Promise.all([kit.click(bo, accept, { slot: '1' }), kit.click(bo, accept, { slot: '0' })]);
    expect(all(first!)).toContain('bevestigd zodra Dirk Maes');
    expect(all(second!)).toContain('afgesproken');
    expect(await kit.h.deps.storage.visits.get('v1')).toMatchObject({ status: 'accepted', slot: thu3, sequence: 1 });
    expect(kit.privateTo(dirk).filter((m) => m.card?.blocks.some((b) => b.type === 'choice' && b.id === 'cover'))).toHaveLength(1);
  });

  it('two cancels at once cancel once and tell the other side once', async () => {
    const { kit } = await confirmedVisit();
    const cancel = { id: VISIT_ACTIONS.cancelConfirm, value: 'v1' };
    const [, second] = await Promise.all([kit.click(dirk, cancel), kit.click(dirk, cancel)]);
    expect(all(second!)).toContain('geannuleerd');
    expect(await kit.h.deps.storage.visits.get('v1')).toMatchObject({ status: 'cancelled', sequence: 3 });
    expect(kit.privateTo(bo).filter((m) => m.text.includes('Dirk Maes'))).toHaveLength(1);
  });

  it('saving the same preparation twice tells the other side once', async () => {
    const { kit } = await confirmedVisit();
    const prep = { id: VISIT_ACTIONS.prepSubmit, value: 'v1' };
    await kit.click(dirk, prep, { learn: 'Hoe starten ze de hoeken?' });
    await kit.click(dirk, prep, { learn: 'Hoe starten ze de hoeken?' });
    expect(kit.privateTo(bo).filter((m) => texts([m]).includes('Hoe starten ze de hoeken?'))).toHaveLength(1);
  });
});

describe('typed text', () => {
  it('`bezoek` with text keeps it as the learning question', async () => {
    const kit = await setupVisits();
    const [form] = await kit.say(bo, 'bezoek blabla hoe zet ik hoekenwerk op?');
    const question = form!.card!.blocks.find((b): b is TextInput => b.type === 'input' && b.id === 'question');
    expect(question?.value).toBe('blabla hoe zet ik hoekenwerk op?');
  });

  it('a too long typed question is kept and the limit named', async () => {
    const kit = await setupVisits();
    const [form] = await kit.say(bo, `bezoek ${'x'.repeat(600)}`);
    expect(texts([form!])).toContain('600');
    expect(form!.card!.blocks.find((b): b is TextInput => b.type === 'input' && b.id === 'question')?.value).toHaveLength(600);
  });

  it('control characters never reach storage', async () => {
    const { kit } = await confirmedVisit();
    await kit.click(dirk, { id: VISIT_ACTIONS.coverSubmit, value: 'v1' }, { cover: 'other', coverNote: 'Sara\u0000 \u202ezelf' });
    expect((await kit.h.deps.storage.visits.get('v1'))?.cover[keyOf(dirk)]?.note).toBe('Sara zelf');
  });

  it('a forged cover kind or counter period is refused', async () => {
    const { kit } = await confirmedVisit();
    expect(all(await kit.click(dirk, { id: VISIT_ACTIONS.coverSubmit, value: 'v1' }, { cover: 'pupil' }))).toContain('⚠️');
    const { kit: other } = await proposedVisit();
    expect(all(await other.click(bo, { id: VISIT_ACTIONS.counterSubmit, value: 'v1|0' }, { date: '3/12', when: '9' }))).toContain('Kies nog een lesuur');
    expect((await other.h.deps.storage.visits.get('v1'))?.sequence).toBe(0);
  });
});

describe('withdrawing a request', () => {
  it('from a trio proposal: the host gets the proposal for the other visitor, who hears it', async () => {
    const kit = await setupVisits();
    const s = kit.h.deps.storage;
    await s.hostOffers.save(makeHostOffer(kit.groupId, keyOf(dirk), { maxVisitors: 2 }));
    for (const actor of [bo, cas]) await s.visitRequests.save(makeVisitRequest(`q-${actor.id}`, kit.groupId, keyOf(actor), { trio: true }));
    const [preview] = await kit.say(an, 'bezoek ronde');
    await kit.click(an, buttonOf(preview, VISIT_ACTIONS.roundConfirm));
    const [trio] = await s.visits.listByGroup(kit.groupId);
    expect(trio!.visitorKeys).toHaveLength(2);
    const oldCard = kit.privateTo(dirk).at(-1)!;
    expect(all(await kit.click(bo, { id: VISIT_ACTIONS.requestWithdraw, value: 'q-bo' }))).toContain('ingetrokken');
    const slim = (await s.visits.get(trio!.id))!;
    expect(slim).toMatchObject({ status: 'proposed', visitorKeys: [keyOf(cas)], requestIds: ['q-cas'], sequence: 1 });
    expect(slim.proposedBy).toBe(keyOf(cas));
    expect(texts(kit.privateTo(dirk))).toContain('Bo Janssens komt toch niet mee. Wil je Cas Willems nog ontvangen?');
    expect(buttonOf(kit.privateTo(dirk).at(-1), VISIT_ACTIONS.accept).value).toBe(`${trio!.id}|1`);
    expect(texts(kit.privateTo(cas))).toContain('Het voorstel aan Dirk Maes loopt verder voor jou alleen');
    // The old trio card no longer acts.
    expect(all(await kit.click(dirk, buttonOf(oldCard, VISIT_ACTIONS.accept), { slot: '0' }))).toContain('intussen gewijzigd');
    expect((await s.visits.get(trio!.id))?.status).toBe('proposed');
  });

  it('with an agreed visit: points to cancelling it instead', async () => {
    const { kit } = await proposedVisit();
    await kit.click(bo, { id: VISIT_ACTIONS.accept, value: 'v1|0' }, { slot: '0' });
    expect(all(await kit.click(dirk, { id: VISIT_ACTIONS.requestWithdraw, value: 'q1' }))).toContain('bezoek mijn');
    expect((await kit.h.deps.storage.visitRequests.get('q1'))?.status).toBe('open');
    expect((await kit.h.deps.storage.visits.get('v1'))?.status).toBe('accepted');
  });
});

describe('forged choices and another tenant', () => {
  it('ignores forged weekdays, periods and themes; with nothing real left the form says so', async () => {
    const kit = await setupVisits();
    const refused = all(await request(kit, bo, { halfDays: ['6am', '7pm', '3pm'], periods: ['6-1', '1-9', '0-0', '5-8x'] }));
    expect(refused).toContain('⚠️');
    expect(await openRequest(kit, bo)).toBeUndefined();
    await request(kit, bo, { themes: ['differentiation', 'hacked'], halfDays: ['2am', '6am'], periods: ['1-9', '3-2'], lens: 'methods' });
    const saved = (await openRequest(kit, bo))!;
    expect(saved.themes).toEqual(['differentiation']);
    expect(saved.free).toEqual([...[1, 2, 3, 4].map((period) => ({ weekday: 2, period })), { weekday: 3, period: 2 }]);
    expect(all(await request(kit, cas, { lens: 'spy', form: 'party' }))).toContain('⚠️');
    expect(all(await offer(kit, cas, { maxVisitors: '9' }))).toContain('⚠️');
  });

  it('another tenant’s visit, request and group ids behave like unknown ones', async () => {
    const { kit } = await proposedVisit();
    const zed = { id: 'zed', tenantId: 't2', name: 'Zed Ander' };
    const act = (actionId: string, value: string, inputs: Record<string, string> = {}) =>
      kit.h.send({ kind: 'action', actor: zed, address: dm('zed', 't2'), actionId, value, inputs });
    expect(all(await act(VISIT_ACTIONS.accept, 'v1|0', { slot: '0' }))).toContain('niet');
    expect(all(await act(VISIT_ACTIONS.cancelConfirm, 'v1'))).toContain('niet');
    expect(all(await act(VISIT_ACTIONS.coverSubmit, 'v1', { cover: 'not-needed' }))).toContain('niet');
    expect(all(await act(VISIT_ACTIONS.requestWithdraw, 'q1'))).toContain('niet');
    expect(all(await act(VISIT_ACTIONS.overviewCsv, kit.groupId))).toContain('niet');
    expect((await kit.h.deps.storage.visits.get('v1'))).toMatchObject({ status: 'proposed', sequence: 0, cover: {} });
    expect((await kit.h.deps.storage.visitRequests.get('q1'))?.status).toBe('open');
  });
});
