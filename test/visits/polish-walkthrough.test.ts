import { describe, expect, it } from 'vitest';
import { defaultScope } from '../../src/core/features/visits/request-cards.js';
import { VISIT_ACTIONS } from '../../src/core/features/visits/visit-actions.js';
import { visitsT } from '../../src/core/features/visits/visits-translate.js';
import type { Group } from '../../src/core/features/groups/group.js';
import type { OutboundMessage } from '../../src/core/index.js';
import { all, confirmedVisit, proposedVisit } from './answer-setup.js';
import { an, bo, buttonOf, dirk, eva, keyOf, setupVisits, team } from './kit.js';

const coverFormIn = (messages: OutboundMessage[]): OutboundMessage =>
  messages.find((m) => m.card?.actions?.some((a) => a.type === 'action' && a.id === VISIT_ACTIONS.coverSubmit))!;

describe('second walkthrough polish', () => {
  it('tells the facilitator a re-confirmed visit moved, instead of announcing a second visit', async () => {
    const { kit } = await confirmedVisit();
    await kit.click(bo, { id: VISIT_ACTIONS.move, value: 'v1' });
    const card = kit.privateTo(dirk).at(-1)!;
    // The bot picked the times; the mover only wants to move.
    expect(card.text).toContain('Bo Janssens wil het bezoek van dinsdag 1 december 2026, 3e lesuur (10:20–11:10) verplaatsen.');
    expect(card.text).toContain('Deze momenten passen voor jullie allebei:');
    expect(card.text).not.toContain('stelt deze momenten voor');
    // The deadline is a day, without a clock time.
    expect(card.text).toContain('Graag een antwoord tegen: donderdag 26 november\n');
    expect(card.text).not.toMatch(/26 november, \d\d:\d\d/);

    const answer = await kit.click(dirk, buttonOf(card, VISIT_ACTIONS.accept), { slot: '0' });
    const before = kit.privateTo(an).length;
    await kit.click(dirk, buttonOf(coverFormIn(answer), VISIT_ACTIONS.coverSubmit), { cover: 'student-teacher', coverNote: 'Sara, stagiair' });
    const notes = kit.privateTo(an).slice(before).map((m) => m.text);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^Ter info: het bezoek van Dirk Maes bij Bo Janssens is verplaatst naar donderdag 3 december 2026, 2e lesuur/);
    expect(notes[0]).not.toContain('gaat op bezoek bij');
  });

  it('announces a first confirmation as a visit, as before', async () => {
    const { kit } = await proposedVisit();
    const answer = await kit.click(bo, { id: VISIT_ACTIONS.accept, value: 'v1|0' }, { slot: '0' });
    expect(answer.length).toBeGreaterThan(0);
    const form = coverFormIn(kit.privateTo(dirk));
    // "Confirmed once the cover is arranged" is said once, not twice.
    expect(form.text.match(/bevestigd/g)).toHaveLength(1);
    expect(form.text).toContain('Bo Janssens ontvangt je graag op dinsdag 1 december 2026');
    await kit.click(dirk, buttonOf(form, VISIT_ACTIONS.coverSubmit), { cover: 'not-needed' });
    expect(kit.privateTo(an).at(-1)!.text).toMatch(/^Ter info: Dirk Maes gaat op bezoek bij Bo Janssens, dinsdag 1 december 2026/);
  });

  it('counts only measured members under "below target"', async () => {
    const kit = await setupVisits();
    // An facilitates without a school role; Dirk is a pedagogical adviser: both are listed, neither is measured.
    for (const [actor, schoolRole] of [[an, undefined], [dirk, 'pedagogical-adviser']] as const) {
      const { schoolRole: _old, ...person } = (await kit.h.deps.storage.people.get(keyOf(actor)))!;
      await kit.h.deps.storage.people.save({ ...person, ...(schoolRole ? { schoolRole } : {}) });
    }
    await kit.say(an, 'bezoek overzicht', team);
    const card = kit.privateTo(an).at(-1)!;
    const facts = card.card!.blocks.find((b) => b.type === 'facts') as { facts: Array<{ label: string; value: string }> };
    expect(facts.facts.find((f) => f.label === 'Onder het doel')?.value).toBe('3 / 3');
    const shown = all([card]);
    expect(shown).toContain(`⚠ *${eva.name}*`);
    expect(shown).not.toContain(`⚠ *${an.name}*`);
    expect(shown).not.toContain(`⚠ *${dirk.name}*`);
  });

  it('starts the request form at the own school in a PLG and in the whole network in a network', async () => {
    const kit = await setupVisits();
    const scopeOf = (m: OutboundMessage) => m.card!.blocks.find((b) => b.type === 'choice' && b.id === 'scope') as { value?: string };
    expect(scopeOf((await kit.say(dirk, 'bezoek')).at(-1)!).value).toBe('network');
    await kit.h.deps.storage.groups.save({ ...(await kit.group()), kind: 'plg' });
    expect(scopeOf((await kit.say(dirk, 'bezoek')).at(-1)!).value).toBe('own-school');
    const g = (id: string, kind: Group['kind']) => ({ id, kind }) as Group;
    expect(defaultScope([g('a', 'plg'), g('b', 'network')])).toBe('network');
    expect(defaultScope([g('a', 'plg'), g('b', 'network')], 'a')).toBe('own-school');
    expect(defaultScope([g('a', 'plg'), g('b', 'plg')])).toBe('own-school');
  });

  it('words French for one person or several, and without heavy inclusive forms', () => {
    const t = visitsT('fr');
    const texts = [
      t('visits.answer.counterSent', { names: 'Bo', when: 'mardi', by: 'jeudi' }),
      t('visits.move.sent', { names: 'Bo', times: 'mardi' }),
      t('visits.move.sentOne', { names: 'Bo', times: 'mardi' }),
    ];
    for (const line of texts) expect(line).not.toMatch(/leur convient|leur réponse/);
    expect(t('visits.reason.themes', { themes: 'plurilinguisme' })).toBe('Thèmes en commun : plurilinguisme');
    const heavy = /il·elle|ils·elles|chacun·e|ce·tte|le·la|bon·ne|fier·ère|frappé·e|seul·e|précédent·e|absent·es/;
    for (const key of ['visits.request.trio', 'visits.prep.q.feedback', 'visits.checkin.alreadyShared', 'visits.reflect.q.saw', 'visits.reflect.q.struck', 'visits.ask.goneUnknown', 'visits.suggest.afterDeclined', 'visits.answer.err.taken', 'visits.answer.slotGone', 'visits.unmatched.capacity'] as const) {
      expect(t(key, { visitors: 'Bo', name: 'Bo', host: 'Bo' })).not.toMatch(heavy);
    }
    expect(t('visits.move.proposal', { name: 'Dirk', when: 'mardi 1 décembre' })).toBe('Dirk souhaite déplacer la visite du mardi 1 décembre. Ces moments sont possibles pour vous deux :');
    expect(visitsT('en')('visits.move.proposal', { name: 'Dirk', when: 'Tuesday' })).toBe('Dirk would like to move the visit of Tuesday. These times suit you both:');
  });
});
