import { describe, expect, it } from 'vitest';
import { personKey, type Actor } from '../../src/core/index.js';
import { channelAddress, coreHarness, dm } from '../helpers/core-harness.js';

const an: Actor = { id: 'an', tenantId: 't1', name: 'An Peeters' };
const jonas: Actor = { id: 'jonas', tenantId: 't1', name: 'Jonas Claes' };
const fatima: Actor = { id: 'fatima', tenantId: 't1', name: 'Fatima El Idrissi' };
const team = channelAddress('team-1');

function withRoster() {
  const h = coreHarness();
  h.deps.directory.rosters.set('team-1', [
    { id: 'an', name: 'An Peeters' },
    { id: 'jonas', name: 'Jonas Claes' },
    { id: 'fatima', name: 'Fatima El Idrissi' },
  ]);
  return h;
}

const texts = (replies: Array<{ text: string }>) => replies.map((r) => r.text).join('\n');

describe('groups', () => {
  it('creates a group when the bot is added to a channel, with the installer as facilitator and the roster as members', async () => {
    const h = withRoster();
    const replies = await h.send({ kind: 'installed', actor: an, address: team, conversationName: '2de graad wiskunde' });
    expect(texts(replies)).toContain('De groep *2de graad wiskunde* is aangemaakt en hoort bij dit kanaal. An Peeters is begeleider; ik vond 3 leden in het kanaal.');
    const group = await h.deps.storage.groups.findByConversation('chat', 't1', 'team-1');
    const members = await h.deps.storage.memberships.listByGroup(group!.id);
    expect(members.map((m) => [m.personKey, m.role]).sort()).toEqual([
      [personKey('chat', 't1', 'an'), 'facilitator'],
      [personKey('chat', 't1', 'fatima'), 'member'],
      [personKey('chat', 't1', 'jonas'), 'member'],
    ]);
  });

  it('shows the group overview with facilitators, members, learning question and next moment', async () => {
    const h = withRoster();
    await h.send({ kind: 'installed', actor: an, address: team, conversationName: 'PLG Taal' });
    await h.say(an, 'groep vraag Hoe geven we feedback die leerlingen vooruit helpt?', team);
    const [card] = await h.say(jonas, 'groep', team);
    expect(card?.card?.title).toBe('PLG Taal (PLG)');
    const facts = card?.card?.blocks[0];
    expect(facts).toMatchObject({
      type: 'facts',
      facts: [
        { label: 'Begeleiders', value: 'An Peeters' },
        { label: 'Leden', value: '2: Fatima El Idrissi, Jonas Claes' },
        { label: 'Centrale leervraag', value: 'Hoe geven we feedback die leerlingen vooruit helpt?' },
        { label: 'Volgend moment', value: 'nog niet gepland' },
      ],
    });
  });

  it('creates a group with "groep nieuw" in a channel, refuses it in a personal chat and twice in one channel', async () => {
    const h = withRoster();
    expect(texts(await h.say(an, 'groep nieuw Lerend netwerk STEM', dm('an')))).toContain('Een groep hoort bij een kanaal.');
    expect(texts(await h.say(an, 'groep nieuw Lerend netwerk STEM', team))).toContain('De groep *Lerend netwerk STEM* is aangemaakt');
    expect(texts(await h.say(jonas, 'groep nieuw Nog een', team))).toContain('Dit kanaal heeft al een groep: *Lerend netwerk STEM*.');
  });

  it('lets only facilitators change the group, and names who can', async () => {
    const h = withRoster();
    await h.send({ kind: 'installed', actor: an, address: team, conversationName: 'PLG' });
    expect(texts(await h.say(jonas, 'groep naam Andere naam', team))).toBe('Alleen een begeleider kan dat. In *PLG* zijn dat: An Peeters.');
    expect(texts(await h.say(jonas, 'groep rol @Jonas begeleider', team))).toBe('Alleen een begeleider kan dat. In *PLG* zijn dat: An Peeters.');
    expect((await h.deps.storage.groups.findByConversation('chat', 't1', 'team-1'))?.name).toBe('PLG');
  });

  it('changes roles by mention or by typed name, and keeps at least one facilitator', async () => {
    const h = withRoster();
    await h.send({ kind: 'installed', actor: an, address: team, conversationName: 'PLG' });
    expect(texts(await h.say(an, 'groep rol @Jonas Claes begeleider', team, [jonas]))).toBe('Jonas Claes is nu begeleider in *PLG*.');
    expect(texts(await h.say(an, 'groep rol @fat gast', team))).toBe('Fatima El Idrissi is nu gast in *PLG*.');
    expect(texts(await h.say(an, 'groep rol @An lid', team))).toBe('An Peeters is nu lid in *PLG*.');
    expect(texts(await h.say(jonas, 'groep rol @Jonas lid', team))).toBe('Een groep heeft minstens één begeleider nodig. Maak eerst iemand anders begeleider.');
    expect(texts(await h.say(jonas, 'groep rol @Niemand lid', team))).toBe('Ik vind niemand die "@Niemand" heet in deze groep.');
    expect(texts(await h.say(jonas, 'groep rol', team))).toBe('Gebruik: *groep rol @iemand begeleider|lid|gast*.');
  });

  it('keeps members in sync when people join or leave the channel', async () => {
    const h = withRoster();
    await h.send({ kind: 'installed', actor: an, address: team, conversationName: 'PLG' });
    const lotte = { id: 'lotte', tenantId: 't1', name: 'Lotte Maes' };
    await h.send({ kind: 'members-added', address: team, members: [lotte] });
    await h.send({ kind: 'members-removed', address: team, members: [jonas] });
    const group = await h.deps.storage.groups.findByConversation('chat', 't1', 'team-1');
    const active = (await h.deps.storage.memberships.listByGroup(group!.id)).filter((m) => m.active).map((m) => m.personKey.split(':')[2]).sort();
    expect(active).toEqual(['an', 'fatima', 'lotte']);
  });

  it('lists all of a person’s groups in a personal chat, and never groups of another tenant', async () => {
    const h = withRoster();
    await h.send({ kind: 'installed', actor: an, address: team, conversationName: 'PLG A' });
    h.deps.directory.rosters.set('team-2', [{ id: 'an', name: 'An Peeters' }]);
    await h.send({ kind: 'installed', actor: an, address: channelAddress('team-2'), conversationName: 'Netwerk B' });
    h.deps.directory.rosters.set('team-x', [{ id: 'an', name: 'An (other tenant)' }]);
    await h.send({ kind: 'installed', actor: { ...an, tenantId: 't2' }, address: channelAddress('team-x', 't2'), conversationName: 'Vreemd' });
    const replies = await h.say(an, 'groep', dm('an'));
    // An's first own message: welcomed first (she was only known from installing the bot in channels).
    expect(replies.map((r) => r.card?.title)).toEqual(['Welkom bij Leerkring', 'Netwerk B (PLG)', 'PLG A (PLG)']);
  });

  it('sets reminder lead times and delivery, closed days, exam periods and calendar, refusing bad input clearly', async () => {
    const h = withRoster();
    await h.send({ kind: 'installed', actor: an, address: team, conversationName: 'PLG' });
    expect(texts(await h.say(an, 'groep herinneringen 7d 2d 1u', team))).toBe('Herinneringen gaan voortaan 7 dagen, 2 dagen en 1 uur voor elk moment uit.');
    expect(texts(await h.say(an, 'groep herinneringen kanaal', team))).toBe('Herinneringen komen voortaan als bericht in dit kanaal.');
    expect(texts(await h.say(an, 'groep herinneringen 99d', team))).toContain('Gebruik bijvoorbeeld');
    expect(texts(await h.say(an, 'groep gesloten 22/01/2027 pedagogische studiedag', team))).toBe('2027-01-22 is gesloten voor *PLG* (pedagogische studiedag). Reeksen slaan die dag over.');
    expect(texts(await h.say(an, 'groep gesloten 31/02/2027', team))).toBe('Die datum ken ik niet. Schrijf ze als 2027-01-22 of 22/01/2027.');
    expect(texts(await h.say(an, 'groep examens 2026-12-18 2026-12-07', team))).toContain('Die periode klopt niet');
    expect(texts(await h.say(an, 'groep examens 2026-12-07 2026-12-18', team))).toContain('2026-12-07 tot 2026-12-18 is een examenperiode');
    expect(texts(await h.say(an, 'groep kalender fr', team))).toBe('*PLG* volgt nu de schoolkalender van de Franse Gemeenschap.');
    const group = await h.deps.storage.groups.findByConversation('chat', 't1', 'team-1');
    expect(group).toMatchObject({
      community: 'fr',
      reminders: { leadMinutes: [10080, 2880, 60], delivery: 'channel' },
      closedDays: [{ date: '2027-01-22', reason: 'pedagogische studiedag' }],
      examPeriods: [{ from: '2026-12-07', to: '2026-12-18' }],
    });
  });

  it('answers group commands in English and French too', async () => {
    const h = withRoster();
    await h.say(jonas, 'taal en', dm('jonas'));
    await h.say(fatima, 'langue fr', dm('fatima'));
    await h.send({ kind: 'installed', actor: an, address: team, conversationName: 'PLG' });
    expect(texts(await h.say(jonas, 'group name X', team))).toBe('Only a facilitator can do that. In *PLG* that is: An Peeters.');
    expect(texts(await h.say(fatima, 'groupe nom X', team))).toBe('Seul un accompagnateur peut faire cela. Dans *PLG*, ce sont : An Peeters.');
    expect(texts(await h.say(jonas, 'group whatever', team))).toContain('What you can do with *group*');
  });
});

describe('profile and quiet hours', () => {
  it('sets and clears quiet hours with clear answers in the person’s language', async () => {
    const h = coreHarness();
    await h.say(an, 'hulp', dm('an'));
    expect(texts(await h.say(an, 'stil 20:00-07:00 weekend', dm('an')))).toBe(
      'Stille uren: 20:00–07:00 en het hele weekend. Een herinnering die daarin valt, wacht tot erna, tenzij je het moment dan zou missen.',
    );
    expect((await h.deps.storage.people.get(personKey('chat', 't1', 'an')))?.quietHours).toEqual({ start: '20:00', end: '07:00', weekends: true });
    expect(texts(await h.say(an, 'stil 25:00-07:00', dm('an')))).toBe('Gebruik: *stil 20:00-07:00*, *stil 20:00-07:00 weekend* of *stil uit*.');
    expect(texts(await h.say(an, 'stil uit', dm('an')))).toBe('Je stille uren staan uit.');
    expect((await h.deps.storage.people.get(personKey('chat', 't1', 'an')))?.quietHours).toBeUndefined();
  });

  it('shows the profile and saves the form, refusing an unknown time zone', async () => {
    const h = coreHarness();
    await h.say(an, 'hulp', dm('an'));
    const [card] = await h.say(an, 'profiel', dm('an'));
    expect(card?.card?.title).toBe('Jouw profiel');
    const bad = await h.send({ kind: 'action', actor: an, address: dm('an'), actionId: 'profile.save', inputs: { timeZone: 'Mars/Olympus' } });
    expect(texts(bad)).toBe('Die tijdzone ken ik niet. Gebruik bijvoorbeeld Europe/Brussels.');
    const ok = await h.send({
      kind: 'action',
      actor: an,
      address: dm('an'),
      actionId: 'profile.save',
      inputs: { school: 'Basisschool De Regenboog', schoolRole: 'care-coordinator', timeZone: 'Europe/Brussels', quietStart: '21:00', quietEnd: '06:30', quietWeekend: 'no' },
    });
    expect(texts(ok)).toBe('Je profiel is bewaard.');
    expect(await h.deps.storage.people.get(personKey('chat', 't1', 'an'))).toMatchObject({
      school: 'Basisschool De Regenboog',
      schoolRole: 'care-coordinator',
      quietHours: { start: '21:00', end: '06:30', weekends: false },
    });
  });
});
