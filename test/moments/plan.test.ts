import { describe, expect, it } from 'vitest';
import { MOMENT_ACTIONS, type ActionButton, type Actor, type OutboundMessage } from '../../src/core/index.js';
import { channelAddress, coreHarness, dm, type CoreHarness } from '../helpers/core-harness.js';

const an: Actor = { id: 'an', tenantId: 't1', name: 'An Peeters' };
const jonas: Actor = { id: 'jonas', tenantId: 't1', name: 'Jonas Claes' };
const team = channelAddress('team-1');

async function group(): Promise<CoreHarness> {
  const h = coreHarness();
  h.deps.directory.rosters.set('team-1', [
    { id: 'an', name: 'An Peeters' },
    { id: 'jonas', name: 'Jonas Claes' },
    { id: 'fatima', name: 'Fatima El Idrissi' },
  ]);
  await h.send({ kind: 'installed', actor: an, address: team, conversationName: 'PLG Taal' });
  return h;
}

const texts = (replies: OutboundMessage[]) => replies.map((r) => r.text).join('\n');
const cardText = (m: OutboundMessage | undefined) =>
  (m?.card?.blocks ?? []).map((b) => (b.type === 'text' ? b.text : b.type === 'facts' ? b.facts.map((f) => `${f.label}: ${f.value}`).join('\n') : '')).join('\n');
const actionOf = (m: OutboundMessage | undefined, id: string): ActionButton => {
  const found = m?.card?.actions?.find((a): a is ActionButton => a.type === 'action' && a.id === id);
  if (!found) throw new Error(`no ${id} button in ${JSON.stringify(m)}`);
  return found;
};
const click = (h: CoreHarness, actor: Actor, button: ActionButton, inputs: Record<string, string> = {}, address = team) =>
  h.send({ kind: 'action', actor, address, actionId: button.id, ...(button.value !== undefined ? { value: button.value } : {}), inputs });
const groupId = async (h: CoreHarness) => (await h.deps.storage.groups.findByConversation('chat', 't1', 'team-1'))!.id;

describe('planning a single moment', () => {
  it('shows the resolved time before saving, and saves the exact instants only after Bevestigen', async () => {
    const h = await group();
    const [confirm] = await h.say(an, 'plan PLG-overleg: dinsdag 8u tot 9u', team);
    expect(confirm?.card?.title).toBe('Klopt dit?');
    expect(cardText(confirm)).toContain('Titel: PLG-overleg');
    expect(cardText(confirm)).toContain('Wanneer: dinsdag 24 november 2026, 08:00–09:00');
    expect(confirm?.card?.actions?.map((a) => a.label)).toEqual(['Bevestigen', 'Aanpassen', 'Annuleren']);
    expect(await h.deps.storage.moments.listByGroup(await groupId(h))).toEqual([]);

    const replies = await click(h, an, actionOf(confirm, MOMENT_ACTIONS.planConfirm));
    expect(texts(replies)).toContain('Bewaard: *PLG-overleg*, dinsdag 24 november 2026, 08:00–09:00.');
    const [moment] = await h.deps.storage.moments.listByGroup(await groupId(h));
    expect(moment).toMatchObject({
      title: 'PLG-overleg',
      start: '2026-11-24T07:00:00.000Z',
      end: '2026-11-24T08:00:00.000Z',
      zone: 'Europe/Brussels',
      status: 'planned',
      sequence: 0,
      rsvps: {},
      createdBy: 'chat:t1:an',
    });
    expect(moment?.seriesId).toBeUndefined();
    expect(moment?.icsToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('hands every saved moment to the reminder engine', async () => {
    const h = await group();
    const [confirm] = await h.say(an, 'plan Intervisie: 15/01 14u-16u', team);
    await click(h, an, actionOf(confirm, MOMENT_ACTIONS.planConfirm));
    const [moment] = await h.deps.storage.moments.listByGroup(await groupId(h));
    const reminders = await h.deps.storage.reminders.listBySubject(moment!.id);
    const members = ['chat:t1:an', 'chat:t1:fatima', 'chat:t1:jonas'];
    expect(reminders.filter((r) => r.kind === 'moment').map((r) => `${r.leadMinutes}:${r.recipient}`).sort()).toEqual([...members.map((m) => `10080:${m}`), ...members.map((m) => `1440:${m}`)].sort());
    expect(reminders.filter((r) => r.kind === 'attendance').map((r) => r.recipient)).toEqual(['chat:t1:an']);
    expect(reminders.every((r) => r.subjectVersion === 0 && r.status === 'pending')).toBe(true);
  });

  it('announces the moment in the channel with calendar link and RSVP buttons', async () => {
    const h = await group();
    const [confirm] = await h.say(an, 'plan dinsdag 8u tot 9u', team);
    await click(h, an, actionOf(confirm, MOMENT_ACTIONS.planConfirm));
    const [moment] = await h.deps.storage.moments.listByGroup(await groupId(h));
    expect(moment?.title).toBe('PLG-moment');
    const post = h.deps.messenger.sent.at(-1)!;
    expect(post.address).toMatchObject({ conversationId: 'team-1', scope: 'channel' });
    expect(post.message.card?.title).toBe('PLG-moment');
    expect(cardText(post.message)).toContain('Nieuw afgesproken moment voor *PLG Taal*.');
    const actions = post.message.card?.actions ?? [];
    expect(actions.filter((a) => a.type === 'action' && a.id === MOMENT_ACTIONS.rsvp).map((a) => [a.label, (a as ActionButton).value])).toEqual([
      ['Ik kom', `${moment!.id}|yes`],
      ['Ik kom online', `${moment!.id}|online`],
      ['Ik kan niet', `${moment!.id}|no`],
    ]);
    expect(actions).toContainEqual({ type: 'link', label: 'Zet in je agenda', url: `http://localhost:3978/kalender/${moment!.icsToken}.ics` });
    expect(actions.some((a) => a.label === 'Hele reeks')).toBe(false);
  });

  it('gives the facilitator the announcement to share when the channel cannot be reached', async () => {
    const h = await group();
    h.deps.messenger.failures.set('team-1', { ok: false, reason: 'transient' });
    const [confirm] = await h.say(an, 'plan dinsdag 8u tot 9u', team);
    const replies = await click(h, an, actionOf(confirm, MOMENT_ACTIONS.planConfirm));
    expect(replies[0]?.text).toContain('Het kanaal kon ik nu niet bereiken.');
    expect(replies[1]?.card?.actions?.map((a) => a.label)).toContain('Zet in je agenda');
    expect(await h.deps.storage.moments.listByGroup(await groupId(h))).toHaveLength(1);
  });

  it('lets the facilitator fill in place, online link, agenda and preparation through Aanpassen', async () => {
    const h = await group();
    const [confirm] = await h.say(an, 'plan Overleg: donderdag 15u30', team);
    const [form] = await click(h, an, actionOf(confirm, MOMENT_ACTIONS.planEdit));
    expect(form?.card?.presentation).toBe('dialog');
    expect(form?.card?.blocks.find((b) => b.type === 'input' && b.id === 'when')).toMatchObject({ value: 'donderdag 15u30' });
    const submit = actionOf(form, MOMENT_ACTIONS.planSubmit);
    expect(submit).toBe(form?.card?.actions?.[0]);

    const [bad] = await click(h, an, submit, { title: 'Overleg', when: 'donderdag 15u30', online: 'teams://x', agenda: 'Terugblik' });
    expect(cardText(bad)).toContain('De onlinelink moet een webadres zijn');
    expect(bad?.card?.blocks.find((b) => b.type === 'input' && b.id === 'agenda')).toMatchObject({ value: 'Terugblik' });
    const [again] = await click(h, an, submit, {
      title: 'Overleg feedback',
      when: 'donderdag 15u30 tot 17u',
      place: 'Lokaal 12',
      online: 'https://teams.example/meet/1',
      agenda: 'Terugblik op de uitprobeerronde; eigen vragen',
      prepare: 'Breng één leerlingproduct mee',
    });
    expect(cardText(again)).toContain('Wanneer: donderdag 26 november 2026, 15:30–17:00');
    expect(cardText(again)).toContain('Plaats: Lokaal 12');
    expect(actionOf(again, MOMENT_ACTIONS.planConfirm).value).toBe(actionOf(confirm, MOMENT_ACTIONS.planConfirm).value);
    await click(h, an, actionOf(again, MOMENT_ACTIONS.planConfirm));
    const [moment] = await h.deps.storage.moments.listByGroup(await groupId(h));
    expect(moment).toMatchObject({
      title: 'Overleg feedback',
      place: 'Lokaal 12',
      onlineUrl: 'https://teams.example/meet/1',
      agenda: 'Terugblik op de uitprobeerronde; eigen vragen',
      prepare: 'Breng één leerlingproduct mee',
      start: '2026-11-26T14:30:00.000Z',
      end: '2026-11-26T16:00:00.000Z',
    });
  });

  it('opens the form with `plan` alone and plans from it', async () => {
    const h = await group();
    const [form] = await h.say(an, 'plan', team);
    expect(form?.card?.blocks.filter((b) => b.type === 'input').map((b) => (b.type === 'input' ? b.id : ''))).toEqual(['title', 'when', 'place', 'online', 'agenda', 'prepare']);
    const [missing] = await click(h, an, actionOf(form, MOMENT_ACTIONS.planSubmit), { title: 'Intervisie' });
    expect(cardText(missing)).toContain('Vul in wanneer het moment is');
    const [wrong] = await click(h, an, actionOf(form, MOMENT_ACTIONS.planSubmit), { title: 'Intervisie', when: 'gisteren 14u' });
    expect(cardText(wrong)).toContain('Dat tijdstip ligt al achter ons.');
    expect(wrong?.card?.blocks.find((b) => b.type === 'input' && b.id === 'title')).toMatchObject({ value: 'Intervisie' });
    const [confirm] = await click(h, an, actionOf(form, MOMENT_ACTIONS.planSubmit), { title: 'Intervisie', when: 'overmorgen 12u' });
    expect(cardText(confirm)).toContain('Wanneer: woensdag 25 november 2026, 12:00–13:00');
  });

  it('warns when a single moment falls on a closed day, without refusing it', async () => {
    const h = await group();
    await h.say(an, 'groep gesloten 2026-12-04 pedagogische studiedag', team);
    const [onClosed] = await h.say(an, 'plan 4/12 14u-15u', team);
    expect(cardText(onClosed)).toContain('Let op: vrijdag 4 december 2026 is pedagogische studiedag.');
    const [inHoliday] = await h.say(an, 'plan 29/12 10u', team);
    expect(cardText(inHoliday)).toContain('Let op: dinsdag 29 december 2026 is kerstvakantie.');
    expect(actionOf(inHoliday, MOMENT_ACTIONS.planConfirm)).toBeDefined();
  });

  it('says when a bare hour was read as afternoon', async () => {
    const h = await group();
    const [confirm] = await h.say(an, 'plan dinsdag 3u', team);
    expect(cardText(confirm)).toContain('Ik las het uur als namiddag: dinsdag 24 november 2026, 15:00–16:00.');
  });
});

describe('planning a series', () => {
  it('lists every date and the skipped Christmas holiday, and saves a series with one token per moment', async () => {
    const h = await group();
    const [confirm] = await h.say(an, 'plan Netwerkdag: elke woensdag 14u-16u tot 20 januari', team);
    const shown = cardText(confirm);
    expect(shown).toContain('Wanneer: Reeks: 7 momenten');
    expect(shown).toContain('1. woensdag 25 november 2026, 14:00–16:00');
    expect(shown).toContain('7. woensdag 20 januari 2027, 14:00–16:00');
    expect(shown).toContain('*Overgeslagen*\n• woensdag 23 december 2026 (kerstvakantie)\n• woensdag 30 december 2026 (kerstvakantie)');
    await click(h, an, actionOf(confirm, MOMENT_ACTIONS.planConfirm));
    const moments = await h.deps.storage.moments.listByGroup(await groupId(h));
    expect(moments.map((m) => m.start.slice(0, 10))).toEqual(['2026-11-25', '2026-12-02', '2026-12-09', '2026-12-16', '2027-01-06', '2027-01-13', '2027-01-20']);
    expect(new Set(moments.map((m) => m.seriesId)).size).toBe(1);
    expect(moments[0]?.seriesId).toMatch(/^ser_/);
    expect(new Set(moments.map((m) => m.icsToken)).size).toBe(7);
    const post = h.deps.messenger.sent.at(-1)!.message;
    expect(cardText(post)).toContain('Nieuwe reeks voor *PLG Taal*: 7 momenten.');
    expect(post.card?.actions).toContainEqual({ type: 'link', label: 'Hele reeks', url: `http://localhost:3978/kalender/reeks/${moments[0]!.icsToken}.ics` });
  });

  it('shows skipped dates in the facilitator’s language', async () => {
    const h = await group();
    await h.say(an, 'language en', dm('an'));
    const [confirm] = await h.say(an, 'plan Network day: every Wednesday 2pm-4pm until 20 January', team);
    expect(cardText(confirm)).toContain('*Skipped*\n• Wednesday 23 December 2026 (Christmas holiday)');
    expect(confirm?.card?.actions?.map((a) => a.label)).toEqual(['Confirm', 'Change', 'Cancel']);
    await h.say(an, 'langue fr', dm('an'));
    const [fr] = await h.say(an, 'planifier Journée réseau : chaque mercredi 14h-16h jusqu’au 20 janvier', team);
    expect(cardText(fr)).toContain("mercredi 23 décembre 2026 (vacances d'hiver)");
  });

  it('spreads "5 sessies dit schooljaar op woensdagnamiddag" over the school year', async () => {
    const h = await group();
    const [confirm] = await h.say(an, 'plan 5 sessies dit schooljaar op woensdagnamiddag', team);
    expect(cardText(confirm)).toContain('Reeks: 5 momenten');
    await click(h, an, actionOf(confirm, MOMENT_ACTIONS.planConfirm));
    const moments = await h.deps.storage.moments.listByGroup(await groupId(h));
    expect(moments).toHaveLength(5);
    expect(moments[0]?.start).toBe('2026-11-25T12:30:00.000Z');
    expect(moments.every((m) => m.title === 'PLG-moment')).toBe(true);
  });

  it('keeps 14:00 local across the daylight-saving change of 28 March 2027', async () => {
    const h = await group();
    const [confirm] = await h.say(an, 'plan Netwerkdag: elke 2e woensdag van de maand 14u-16u', team);
    await click(h, an, actionOf(confirm, MOMENT_ACTIONS.planConfirm));
    const moments = await h.deps.storage.moments.listByGroup(await groupId(h));
    const byDay = new Map(moments.map((m) => [m.start.slice(0, 10), m]));
    expect(byDay.get('2027-03-10')).toMatchObject({ start: '2027-03-10T13:00:00.000Z', end: '2027-03-10T15:00:00.000Z' });
    expect(byDay.get('2027-05-12')).toMatchObject({ start: '2027-05-12T12:00:00.000Z', end: '2027-05-12T14:00:00.000Z' });
    expect(cardText(confirm)).toContain('woensdag 10 maart 2027, 14:00–16:00');
    expect(cardText(confirm)).toContain('woensdag 12 mei 2027, 14:00–16:00');
  });
});

describe('who may plan, and drafts', () => {
  it('refuses non-facilitators politely, naming the facilitators', async () => {
    const h = await group();
    expect(texts(await h.say(jonas, 'plan dinsdag 8u tot 9u', team))).toBe('Alleen een begeleider kan dat. In *PLG Taal* zijn dat: An Peeters.');
    expect(texts(await h.say(an, 'plan dinsdag 8u tot 9u', dm('an')))).toContain('Dat doe je in het kanaal van je groep (PLG Taal)');
  });

  it('lets only the person who made the plan confirm, adjust or cancel it', async () => {
    const h = await group();
    await h.say(an, 'groep rol @Jonas Claes begeleider', team, [jonas]);
    const [confirm] = await h.say(an, 'plan dinsdag 8u tot 9u', team);
    for (const id of [MOMENT_ACTIONS.planConfirm, MOMENT_ACTIONS.planEdit, MOMENT_ACTIONS.planCancel]) {
      expect(texts(await click(h, jonas, actionOf(confirm, id)))).toBe('Alleen An Peeters kan dit voorstel bevestigen of aanpassen.');
    }
    expect(await h.deps.storage.moments.listByGroup(await groupId(h))).toEqual([]);
    expect(texts(await click(h, an, actionOf(confirm, MOMENT_ACTIONS.planCancel)))).toBe('Oké, ik heb niets gepland.');
    expect(texts(await click(h, an, actionOf(confirm, MOMENT_ACTIONS.planConfirm)))).toContain('Dat voorstel bestaat niet meer');
  });

  it('saves a plan only once, also when Bevestigen is clicked twice', async () => {
    const h = await group();
    const [confirm] = await h.say(an, 'plan dinsdag 8u tot 9u', team);
    await click(h, an, actionOf(confirm, MOMENT_ACTIONS.planConfirm));
    expect(texts(await click(h, an, actionOf(confirm, MOMENT_ACTIONS.planConfirm)))).toContain('Dat voorstel bestaat niet meer');
    expect(await h.deps.storage.moments.listByGroup(await groupId(h))).toHaveLength(1);
  });

  it('refuses a draft older than a day, politely', async () => {
    const h = await group();
    const [confirm] = await h.say(an, 'plan volgende donderdag om 15u30', team);
    h.deps.clock.advance(25 * 60 * 60 * 1000);
    expect(texts(await click(h, an, actionOf(confirm, MOMENT_ACTIONS.planConfirm)))).toContain('Dit voorstel is meer dan een dag oud.');
    expect(await h.deps.storage.moments.listByGroup(await groupId(h))).toEqual([]);
  });
});

describe('time texts that cannot be planned', () => {
  const cases = {
    nl: {
      prefix: 'plan',
      past: ['gisteren 14u', 'Dat tijdstip ligt al achter ons.'],
      endBeforeStart: ['dinsdag 16u tot 14u', 'Het einde ligt voor het begin.'],
      impossible: ['31 februari 14u', 'Die datum of dat uur bestaat niet'],
      noTime: ['dinsdag', 'Ik vind wel een dag, maar geen uur.'],
      unknown: ['blabla', 'Ik vind daarin geen datum die ik kan plannen.'],
      examples: 'Zo lukt het bijvoorbeeld: *dinsdag 8u tot 9u*',
    },
    en: {
      prefix: 'plan',
      past: ['yesterday 2pm', 'That time has already passed.'],
      endBeforeStart: ['tuesday 4pm to 2pm', 'The end is before the start.'],
      impossible: ['31 february 2pm', 'That date or time does not exist'],
      noTime: ['tuesday', 'I found a day, but no time.'],
      unknown: ['whenever', "I can't find a date in that which I can plan."],
      examples: 'For example: *Tuesday 8:00-9:00*',
    },
    fr: {
      prefix: 'planifier',
      past: ['hier 14h', 'Ce moment est déjà passé.'],
      endBeforeStart: ['mardi 16h à 14h', 'La fin est avant le début.'],
      impossible: ['31 février 14h', 'Cette date ou cette heure n’existe pas'],
      noTime: ['mardi', 'J’ai trouvé un jour, mais pas d’heure.'],
      unknown: ['un de ces jours', 'Je ne trouve pas de date à planifier dans ce texte.'],
      examples: 'Par exemple : *mardi 8h à 9h*',
    },
  } as const;
  for (const [language, c] of Object.entries(cases)) {
    it(`explains each problem in ${language}, with examples`, async () => {
      const h = await group();
      if (language !== 'nl') await h.say(an, `${language === 'en' ? 'language' : 'langue'} ${language}`, dm('an'));
      for (const [input, expected] of [c.past, c.endBeforeStart, c.impossible, c.noTime, c.unknown]) {
        const answer = texts(await h.say(an, `${c.prefix} ${input}`, team));
        expect(answer, input).toContain(expected);
        expect(answer, input).toContain(c.examples);
      }
      expect(await h.deps.storage.moments.listByGroup(await groupId(h))).toEqual([]);
    });
  }

  it('refuses a series whose dates all fall in holidays', async () => {
    const h = await group();
    expect(texts(await h.say(an, 'plan elke woensdag 14u-15u van 23 december tot 31 december', team))).toContain('Alle data van die reeks vallen in een vakantie');
  });
});

describe('plan in the channel of another tenant', () => {
  it('never uses a group of another tenant from a form value', async () => {
    const h = await group();
    const [form] = await h.say(an, 'plan', team);
    const foreign = { id: 'an', tenantId: 't2', name: 'An (t2)' };
    const replies = await click(h, foreign, actionOf(form, MOMENT_ACTIONS.planSubmit), { when: 'dinsdag 8u tot 9u' }, channelAddress('team-x', 't2'));
    expect(texts(replies)).toBe('Dat vind ik niet (meer). Typ *momenten* om te zien wat er gepland staat.');
  });
});
