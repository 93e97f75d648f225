import { describe, expect, it } from 'vitest';
import { VISIT_ACTIONS } from '../../src/core/features/visits/visit-actions.js';
import { readPauseEnd } from '../../src/core/features/visits/offer-form.js';
import { dm } from '../helpers/core-harness.js';
import { buttonOf, buttons, cas, keyOf, setupVisits, team, texts } from './kit.js';
import { lastCard, offer } from './request-steps.js';

describe('gastheer: the host offer', () => {
  it('sends the host form privately and saves the offer', async () => {
    const kit = await setupVisits();
    await kit.say(cas, 'gastheer', team);
    const form = lastCard(kit, cas, 'Gastheer of gastvrouw zijn');
    expect(form?.card?.presentation).toBe('dialog');
    expect(() => buttonOf(form, VISIT_ACTIONS.offerPause)).toThrow();
    const replies = await offer(kit, cas, { maxVisitors: '2', periods: ['3-1'] });
    expect(texts(replies)).toContain('Je aanbod voor Netwerk Gent is bewaard');
    const saved = await kit.h.deps.storage.hostOffers.get(kit.groupId, keyOf(cas));
    expect(saved).toMatchObject({ themes: ['differentiation'], maxVisitors: 2, paused: false });
    expect(saved?.periods).toHaveLength(13);
  });

  it('shows the existing offer prefilled, with a pause button', async () => {
    const kit = await setupVisits();
    await offer(kit, cas);
    const [form, status] = await kit.say(cas, 'gastheer');
    const show = form?.card?.blocks.find((b) => b.type === 'input' && b.id === 'show');
    expect(show).toMatchObject({ value: 'Stations en hoekenwerk in het tweede jaar' });
    // A dialog keeps only its submit button, so pause and resume come in a card of their own.
    expect(buttons(form).map((b) => b.id)).toEqual([VISIT_ACTIONS.offerSubmit]);
    expect(buttonOf(status, VISIT_ACTIONS.offerPause).value).toBe(kit.groupId);
    await kit.click(cas, buttonOf(status, VISIT_ACTIONS.offerPause));
    expect((await kit.h.deps.storage.hostOffers.get(kit.groupId, keyOf(cas)))?.paused).toBe(true);
    const again = (await kit.say(cas, 'gastheer')).at(-1);
    expect(again?.text).toContain('op pauze');
    expect(buttonOf(again, VISIT_ACTIONS.offerResume).value).toBe(kit.groupId);
  });

  it('pauses until a date and resumes, in Dutch, English and French words', async () => {
    const kit = await setupVisits();
    await offer(kit, cas);
    expect(texts(await kit.say(cas, 'gastheer pauze tot 15/12'))).toContain('tot 15/12/2026');
    expect(await kit.h.deps.storage.hostOffers.get(kit.groupId, keyOf(cas))).toMatchObject({ paused: true, pausedUntil: '2026-12-15' });
    await kit.say(cas, 'host resume');
    const resumed = await kit.h.deps.storage.hostOffers.get(kit.groupId, keyOf(cas));
    expect(resumed?.paused).toBe(false);
    expect(resumed?.pausedUntil).toBeUndefined();
    await kit.say(cas, 'hôte pause');
    expect((await kit.h.deps.storage.hostOffers.get(kit.groupId, keyOf(cas)))?.paused).toBe(true);
    await kit.say(cas, 'gastheer reprendre');
    expect((await kit.h.deps.storage.hostOffers.get(kit.groupId, keyOf(cas)))?.paused).toBe(false);
  });

  it('refuses an impossible pause date and pausing without an offer', async () => {
    const kit = await setupVisits();
    expect(texts(await kit.say(cas, 'gastheer pauze'))).toContain('nog geen aanbod');
    await offer(kit, cas);
    // Written like a date, but no such day: say that it does not exist, not that it cannot be read.
    expect(texts(await kit.say(cas, 'gastheer pauze tot 31/02'))).toContain('31/02 bestaat niet');
    expect(texts(await kit.say(cas, 'gastheer pauze tot 30/02/2027'))).toContain('30/02/2027 bestaat niet');
    expect(texts(await kit.say(cas, 'gastheer pauze tot morgen'))).toContain('Ik begrijp “morgen” niet als datum');
    expect(texts(await kit.say(cas, 'gastheer pauze tot 2030-01-01'))).toContain('2030-01-01');
    expect((await kit.h.deps.storage.hostOffers.get(kit.groupId, keyOf(cas)))?.paused).toBe(false);
  });

  it('reads a day without a year as the next such day', () => {
    const now = new Date('2026-11-23T08:00:00Z');
    expect(readPauseEnd('15/12', now, 'Europe/Brussels')).toBe('2026-12-15');
    expect(readPauseEnd('10/01', now, 'Europe/Brussels')).toBe('2027-01-10');
    expect(readPauseEnd('nope', now, 'Europe/Brussels')).toBeUndefined();
  });

  it('validates: oversized text, no periods, nothing to show, a bad number', async () => {
    const kit = await setupVisits();
    expect((await offer(kit, cas, { show: 'y'.repeat(700) })).at(-1)?.text).toContain('700');
    expect((await offer(kit, cas, { halfDays: [], periods: [] })).at(-1)?.text).toContain('minstens één halve dag');
    expect((await offer(kit, cas, { themes: [], show: '' })).at(-1)?.text).toContain('minstens één thema');
    expect((await offer(kit, cas, { maxVisitors: '9' })).at(-1)?.text).toContain('Hoeveel bezoekers');
    expect(await kit.h.deps.storage.hostOffers.get(kit.groupId, keyOf(cas))).toBeUndefined();
  });

  it('refuses a non-member and another tenant', async () => {
    const kit = await setupVisits();
    const zoe = { id: 'zoe', tenantId: 't1', name: 'Zoë' };
    expect(texts(await kit.click(zoe, { id: VISIT_ACTIONS.offerSubmit, value: kit.groupId }, {}))).toContain('geen lid');
    const mal = { id: 'mal', tenantId: 't2', name: 'Mallory' };
    expect(texts(await kit.click(mal, { id: VISIT_ACTIONS.offerPause, value: kit.groupId }, {}, dm('mal', 't2')))).not.toContain('Netwerk Gent');
    expect(await kit.h.deps.storage.hostOffers.listByGroup(kit.groupId)).toHaveLength(0);
  });
});
