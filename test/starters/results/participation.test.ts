import { describe, expect, it } from 'vitest';
import type { Moment, RsvpAnswer } from '../../../src/core/index.js';
import { STARTER_ACTIONS } from '../../../src/core/features/starters/starter-actions.js';
import { ensureDropoffJob } from '../../../src/core/features/starters/results/dropoff.js';
import { jobDue } from '../../../src/core/features/starters/results/job-index.js';
import { dm, type CoreHarness } from '../../helpers/core-harness.js';
import { an, answer, buttonOf, buttons, cardText, click, DAY, fatima, jonas, key, lastPrivate, lotte, pieter, postOpener, privateTo, sara, setupGroup, team, texts } from './kit.js';

let n = 0;
/** A past (or coming) moment of the group with these RSVPs. */
async function moment(h: CoreHarness, groupId: string, start: string, rsvps: Record<string, RsvpAnswer>): Promise<Moment> {
  const m: Moment = {
    id: `mom_${++n}`,
    groupId,
    title: `PLG-moment ${n}`,
    start,
    end: new Date(Date.parse(start) + 60 * 60 * 1000).toISOString(),
    zone: 'Europe/Brussels',
    status: 'planned',
    sequence: 0,
    icsToken: `tok_${n}_0123456789abcdefghij`,
    rsvps: Object.fromEntries(Object.entries(rsvps).map(([k, answer]) => [k, { answer, at: new Date(Date.parse(start) - 2 * DAY).toISOString() }])),
    createdBy: key(an),
    createdAt: '2026-09-01T08:00:00.000Z',
    updatedAt: '2026-09-01T08:00:00.000Z',
  };
  await h.deps.storage.moments.save(m);
  return m;
}

/** A group since September; two moments in November: Jonas came to both, Fatima online to one, Lotte declined both, Pieter never answered, Sara came once. */
async function history() {
  const { h, groupId } = await setupGroup(undefined, '2026-09-01T07:00:00Z');
  await moment(h, groupId, '2026-11-10T14:00:00.000Z', { [key(jonas)]: 'yes', [key(fatima)]: 'online', [key(lotte)]: 'no', [key(sara)]: 'yes' });
  await moment(h, groupId, '2026-11-17T14:00:00.000Z', { [key(jonas)]: 'yes', [key(fatima)]: 'no', [key(lotte)]: 'no', [key(sara)]: 'no' });
  h.deps.clock.set('2026-11-23T08:00:00.000Z');
  const post = await postOpener(h, groupId);
  await answer(h, jonas, post.id, ['a', 'b', 'c', 'd']);
  await answer(h, sara, post.id, ['a', 'b', 'c', 'd'], true);
  return { h, groupId, post };
}

const warnings = (h: CoreHarness) => privateTo(h, an).filter((m) => m.card?.title === 'Even polsen in PLG Taal?');

describe('participation', () => {
  it('`deelname`: per member over 6 weeks, named answers only, RSVPs, last activity; privately, with nudge buttons', async () => {
    const { h, post } = await history();
    expect(texts(await h.say(an, 'deelname', team))).toBe('Ik stuurde je de deelname in een privébericht.');
    const card = lastPrivate(h, an);
    expect(card?.card?.title).toBe('Deelname in PLG Taal: laatste 6 weken');
    const shown = cardText(card);
    expect(shown).toContain('In deze periode: gespreksstarters 1 · momenten 2.');
    expect(shown).toContain('Anonieme antwoorden kan ik niet per persoon tellen; hier staan alleen antwoorden met naam.');
    expect(shown).toContain('*Jonas Claes*: starters 1/1 · momenten 2/2 · laatst actief 23 nov 2026');
    expect(shown).toContain('*Fatima El Idrissi*: starters 0/1 · momenten 1/2 · laatst actief 15 nov 2026');
    expect(shown).toContain('*Pieter De Smet*: starters 0/1 · momenten 0/2 · laatst actief nog niet (stil)');
    // Sara answered anonymously: that is not counted for her.
    expect(shown).toContain('*Sara Maes*: starters 0/1 · momenten 1/2 · laatst actief 15 nov 2026');
    expect(buttons(card).map((b) => [b.id, b.label, b.value])).toEqual([
      [STARTER_ACTIONS.nudge, 'Herinner wie nog niet antwoordde', post.id],
      [STARTER_ACTIONS.checkIn, 'Stuur Lotte een duwtje', `${post.groupId}|${key(lotte)}`],
      [STARTER_ACTIONS.checkIn, 'Stuur Pieter een duwtje', `${post.groupId}|${key(pieter)}`],
    ]);
  });

  it('flags who missed the last two moments, with a suggested check-in, in `deelname`', async () => {
    const { h } = await history();
    await h.say(an, 'deelname', dm('an'));
    const shown = cardText(lastPrivate(h, an) ?? (await h.say(an, 'deelname', dm('an')))[0]);
    expect(shown).toContain('*Let op: afhakers?*');
    expect(shown).toContain('*Lotte Janssens* was niet bij de laatste twee momenten (afgemeld of niet geantwoord).');
    expect(shown).toContain('*Pieter De Smet* was niet bij de laatste twee momenten');
    expect(shown).toContain('Voorstel: _Hoi Lotte, een berichtje van An Peeters uit *PLG Taal*');
    // Fatima and Sara came to one of the two; Jonas to both.
    for (const name of ['*Fatima El Idrissi* was', '*Sara Maes* was', '*Jonas Claes* was']) expect(shown).not.toContain(name);
  });

  it('takes a number of weeks, refuses nonsense, and is for facilitators only', async () => {
    const { h } = await history();
    const [card] = await h.say(an, 'deelname 1', dm('an'));
    expect(card?.card?.title).toBe('Deelname in PLG Taal: laatste week');
    expect(cardText(card)).toContain('In deze periode: gespreksstarters 1 · momenten 1.');
    expect(texts(await h.say(an, 'deelname veel', dm('an')))).toBe('Gebruik: *deelname* of *deelname <weken>*, met 1 tot 52 weken (standaard 6).');
    expect(texts(await h.say(an, 'deelname 99', dm('an')))).toContain('Gebruik:');
    expect(texts(await h.say(jonas, 'deelname', team))).toBe('Alleen een begeleider kan dat. In *PLG Taal* zijn dat: An Peeters.');
    await h.say(an, 'language en', dm('an'));
    const [en] = await h.say(an, 'participation', dm('an'));
    expect(en?.card?.title).toBe('Participation in PLG Taal: last 6 weeks');
    expect(cardText(en)).toContain('Anonymous answers cannot be counted per person');
  });

  it('sends the check-in with one click, in the member’s language, once a day', async () => {
    const { h } = await history();
    await h.say(pieter, 'language en', dm('pieter'));
    const [card] = await h.say(an, 'deelname', dm('an'));
    const button = buttonOf(card, STARTER_ACTIONS.checkIn, 'Pieter');
    expect(texts(await click(h, an, button, {}, dm('an')))).toBe('Verstuurd naar Pieter De Smet.');
    expect(lastPrivate(h, pieter)?.text).toBe(
      'Hi Pieter, a message from An Peeters of *PLG Taal*: we have missed you lately, and I just wanted to hear how you are doing. Is something in the way, like a busy time, the schedule or the theme? Feel free to tell me, and we will look for what fits together. Just a busy period? That is perfectly fine too.',
    );
    expect(texts(await click(h, an, button, {}, dm('an')))).toBe('Je stuurde Pieter De Smet vandaag al een berichtje.');
    expect(privateTo(h, pieter)).toHaveLength(1);
    h.deps.clock.advance(DAY);
    expect(texts(await click(h, an, button, {}, dm('an')))).toBe('Verstuurd naar Pieter De Smet.');
    // Members cannot send check-ins.
    expect(texts(await click(h, jonas, button, {}, dm('jonas')))).toBe('Alleen een begeleider kan dat. In *PLG Taal* zijn dat: An Peeters.');
  });
});

describe('drop-off warnings', () => {
  it('the weekly check warns the facilitator on Monday after school, once per member per 30 days', async () => {
    const { h, groupId } = await history();
    await ensureDropoffJob(h.deps, groupId);
    // Monday 23 November, 16:00 in Brussels: later today.
    expect(await jobDue(h.deps, `dropoff:${groupId}`)).toEqual(new Date('2026-11-23T15:00:00.000Z'));
    h.deps.clock.set('2026-11-23T15:00:00.000Z');
    await h.deps.scheduler.runDue(h.deps.clock.now());
    const [warning] = warnings(h);
    expect(cardText(warning)).toContain('Deze leden lijken wat af te haken.');
    expect(cardText(warning)).toContain('*Lotte Janssens* was niet bij de laatste twee momenten');
    expect(cardText(warning)).toContain('*Pieter De Smet* was niet bij de laatste twee momenten');
    expect(buttons(warning).map((b) => b.value)).toEqual([`${groupId}|${key(lotte)}`, `${groupId}|${key(pieter)}`]);
    // Members hear nothing from the check itself.
    expect(privateTo(h, lotte)).toEqual([]);
    // Next week: nothing new.
    expect(await jobDue(h.deps, `dropoff:${groupId}`)).toEqual(new Date('2026-11-30T15:00:00.000Z'));
    h.deps.clock.set('2026-11-30T15:00:00.000Z');
    await h.deps.scheduler.runDue(h.deps.clock.now());
    expect(warnings(h)).toHaveLength(1);
    // After 30 days, still dropped off: again.
    h.deps.clock.set('2026-12-28T15:00:00.000Z');
    await h.deps.scheduler.runDue(h.deps.clock.now());
    expect(warnings(h)).toHaveLength(2);
  });

  it('does not repeat in the weekly check what `deelname` already showed', async () => {
    const { h, groupId } = await history();
    await h.say(an, 'deelname', dm('an'));
    h.deps.clock.set('2026-11-23T15:00:00.000Z');
    await h.deps.scheduler.runDue(h.deps.clock.now());
    expect(warnings(h)).toHaveLength(0);
    expect(await jobDue(h.deps, `dropoff:${groupId}`)).toEqual(new Date('2026-11-30T15:00:00.000Z'));
  });

  it('waits for the end of the facilitator’s quiet hours', async () => {
    const { h, groupId } = await history();
    const person = await h.deps.storage.people.get(key(an));
    await h.deps.storage.people.save({ ...person!, quietHours: { start: '15:00', end: '18:00', weekends: false } });
    await ensureDropoffJob(h.deps, groupId);
    h.deps.clock.set('2026-11-23T15:00:00.000Z');
    await h.deps.scheduler.runDue(h.deps.clock.now());
    expect(warnings(h)).toHaveLength(0);
    expect(await jobDue(h.deps, `dropoff:${groupId}|${key(an)}`)).toEqual(new Date('2026-11-23T17:00:00.000Z'));
    h.deps.clock.set('2026-11-23T17:00:00.000Z');
    await h.deps.scheduler.runDue(h.deps.clock.now());
    expect(warnings(h)).toHaveLength(1);
    expect(cardText(warnings(h)[0])).toContain('*Lotte Janssens*');
  });

  it('flags who left the last three starters without a named answer or finished reflection', async () => {
    const { h, groupId } = await setupGroup(undefined, '2026-09-01T07:00:00Z');
    h.deps.clock.set('2026-11-02T08:00:00.000Z');
    for (let week = 0; week < 3; week++) {
      const post = await postOpener(h, groupId);
      await answer(h, jonas, post.id, ['a', 'b', 'c', 'd']);
      await answer(h, fatima, post.id, ['a', 'b', 'c', 'd']);
      await answer(h, lotte, post.id, ['a', 'b', 'c', 'd']);
      // Sara answers privately through the reflection, finished but kept to herself.
      await h.deps.storage.reflections.save({ postId: post.id, personKey: key(sara), index: 4, texts: ['x', 'y', 'z', 'w'], status: 'finished', sharedAs: 'private', startedAt: h.deps.clock.now().toISOString(), updatedAt: h.deps.clock.now().toISOString() });
      h.deps.clock.advance(7 * DAY);
    }
    // The third starter has been out for a week now.
    const [card] = await h.say(an, 'deelname', dm('an'));
    const shown = cardText(card);
    expect(shown).toContain('*Pieter De Smet* gaf op de laatste drie gespreksstarters geen antwoord met naam.');
    for (const name of ['Sara Maes', 'Jonas Claes', 'Lotte Janssens', 'Fatima El Idrissi']) expect(shown).not.toContain(`*${name}* gaf`);
  });

  it('does not count starters and moments from before someone joined', async () => {
    const { h } = await history();
    // Everyone joined on 1 September; a newcomer joins now.
    const newcomer = { id: 'nina', tenantId: 't1', name: 'Nina Newcomer' };
    h.deps.directory.rosters.set('team-1', [an, jonas, fatima, lotte, pieter, sara, newcomer].map((p) => ({ id: p.id, name: p.name! })));
    await h.send({ kind: 'members-added', address: team, members: [newcomer] });
    const [card] = await h.say(an, 'deelname', dm('an'));
    expect(cardText(card)).not.toContain('*Nina Newcomer* was niet');
  });
});
