import { describe, expect, it } from 'vitest';
import { MOMENT_ACTIONS, type ActionButton, type Actor, type Moment, type OutboundMessage } from '../../src/core/index.js';
import { channelAddress, coreHarness, dm, type CoreHarness, greetEveryone } from '../helpers/core-harness.js';

const an: Actor = { id: 'an', tenantId: 't1', name: 'An Peeters' };
const jonas: Actor = { id: 'jonas', tenantId: 't1', name: 'Jonas Claes' };
const fatima: Actor = { id: 'fatima', tenantId: 't1', name: 'Fatima El Idrissi' };
const team = channelAddress('team-1');
const network = channelAddress('team-2');

const texts = (replies: OutboundMessage[]) => replies.map((r) => r.text).join('\n');
const actionOf = (m: OutboundMessage | undefined, id: string, label?: string): ActionButton => {
  const found = m?.card?.actions?.find((a): a is ActionButton => a.type === 'action' && a.id === id && (label === undefined || a.label.startsWith(label)));
  if (!found) throw new Error(`no ${id} button`);
  return found;
};
const click = (h: CoreHarness, actor: Actor, button: ActionButton, inputs: Record<string, string> = {}, address = team) =>
  h.send({ kind: 'action', actor, address, actionId: button.id, ...(button.value !== undefined ? { value: button.value } : {}), inputs });

async function plan(h: CoreHarness, address: typeof team, text: string): Promise<void> {
  const [confirm] = await h.say(an, `plan ${text}`, address);
  await click(h, an, actionOf(confirm, MOMENT_ACTIONS.planConfirm), {}, address);
}

async function setup(): Promise<{ h: CoreHarness; groupId: string }> {
  const h = coreHarness();
  h.deps.directory.rosters.set('team-1', [an, jonas, fatima].map((p) => ({ id: p.id, name: p.name! })));
  await h.send({ kind: 'installed', actor: an, address: team, conversationName: 'PLG Taal' });
  await greetEveryone(h);
  const group = await h.deps.storage.groups.findByConversation('chat', 't1', 'team-1');
  return { h, groupId: group!.id };
}

const momentsOf = (h: CoreHarness, groupId: string): Promise<Moment[]> => h.deps.storage.moments.listByGroup(groupId);

describe('own questions', () => {
  it('stores `vraag` for the group’s next moment and tells the member who will see it', async () => {
    const { h, groupId } = await setup();
    expect(texts(await h.say(jonas, 'vraag Hoe pakken jullie dit aan?', team))).toContain('*PLG Taal* heeft nog geen volgend moment gepland');
    await plan(h, team, 'Overleg: 15/01 14u-16u');
    await plan(h, team, 'Overleg: 10/12 14u-16u');
    const reply = texts(await h.say(jonas, 'vraag Hoe geven jullie feedback die leerlingen vooruit helpt?', team));
    expect(reply).toBe('Bewaard voor *Overleg* (donderdag 10 december 2026, 14:00–16:00). An Peeters ziet je vraag vooraf, en je vraag staat in de laatste herinnering.');
    const [next] = await momentsOf(h, groupId);
    expect(await h.deps.storage.questions.listByMoment(next!.id)).toEqual([
      expect.objectContaining({ groupId, momentId: next!.id, personKey: 'chat:t1:jonas', text: 'Hoe geven jullie feedback die leerlingen vooruit helpt?', createdAt: '2026-11-23T08:00:00.000Z' }),
    ]);
  });

  it('answers with usage for an empty question and refuses one over 1000 characters', async () => {
    const { h } = await setup();
    await plan(h, team, '10/12 14u');
    expect(texts(await h.say(jonas, 'vraag', team))).toContain('Typ *vraag* gevolgd door je vraag');
    expect(texts(await h.say(jonas, `vraag ${'x'.repeat(1001)}`, team))).toBe('Je vraag is 1001 tekens lang; hou ze onder 1000.');
    await h.say(fatima, 'langue fr', dm('fatima'));
    expect(texts(await h.say(fatima, 'question', team))).toContain('Tapez *question* suivi de votre question');
  });

  it('takes a question through the button and its form', async () => {
    const { h, groupId } = await setup();
    await plan(h, team, '10/12 14u');
    const [moment] = await momentsOf(h, groupId);
    const [form] = await click(h, jonas, { type: 'action', id: MOMENT_ACTIONS.ask, label: '', value: moment!.id });
    expect(form?.card?.presentation).toBe('dialog');
    const submit = actionOf(form, MOMENT_ACTIONS.askSave);
    expect(texts(await click(h, jonas, submit, { question: '  ' }))).toContain('Typ *vraag* gevolgd door je vraag');
    expect(texts(await click(h, jonas, submit, { question: 'Wat met anderstalige ouders?' }))).toContain('Bewaard voor *PLG-moment*');
    const outsider: Actor = { id: 'sam', tenantId: 't1', name: 'Sam' };
    expect(texts(await click(h, outsider, submit, { question: 'Mag ik ook?' }, dm('sam')))).toBe('Je bent geen lid van *PLG Taal*.');
    expect((await h.deps.storage.questions.listByMoment(moment!.id)).map((q) => q.text)).toEqual(['Wat met anderstalige ouders?']);
  });

  it('in a personal chat uses the only group, or asks which group’s next moment', async () => {
    const { h, groupId } = await setup();
    await plan(h, team, 'Overleg: 10/12 14u');
    expect(texts(await h.say(jonas, 'vraag Eerste vraag', dm('jonas')))).toContain('Bewaard voor *Overleg*');
    h.deps.directory.rosters.set('team-2', [{ id: 'an', name: 'An Peeters' }, { id: 'jonas', name: 'Jonas Claes' }]);
    await h.send({ kind: 'installed', actor: an, address: network, conversationName: 'Netwerk STEM' });
    await plan(h, network, 'Netwerkdag: woensdag 14u-16u');
    const [choice] = await h.say(jonas, 'vraag Tweede vraag', dm('jonas'));
    expect(choice?.text).toBe('Voor welk moment is je vraag?');
    const options = choice?.card?.blocks.find((b) => b.type === 'choice');
    expect(options?.type === 'choice' && options.options.map((o) => o.label)).toEqual([
      'Netwerk STEM: Netwerkdag, woensdag 25 november 2026, 14:00–16:00',
      'PLG Taal: Overleg, donderdag 10 december 2026, 14:00–15:00',
    ]);
    const [overleg] = await momentsOf(h, groupId);
    await click(h, jonas, actionOf(choice, MOMENT_ACTIONS.askSave), { moment: overleg!.id, question: 'Tweede vraag' }, dm('jonas'));
    expect((await h.deps.storage.questions.listByMoment(overleg!.id)).map((q) => q.text)).toEqual(['Eerste vraag', 'Tweede vraag']);
  });
});

describe('agreements', () => {
  it('records an agreement for the author, with the due date in the group zone, and plans the owner’s reminder', async () => {
    const { h, groupId } = await setup();
    const reply = texts(await h.say(jonas, 'afspraak lesidee uitproberen in 3B tegen 15/01', team));
    expect(reply).toBe('Afspraak genoteerd in *PLG Taal*: Jonas Claes · lesidee uitproberen in 3B · tegen vrijdag 15 januari 2027. Jonas Claes krijgt de dag ervoor een herinnering.');
    const [agreement] = await h.deps.storage.agreements.listByGroup(groupId);
    expect(agreement).toMatchObject({ ownerKey: 'chat:t1:jonas', text: 'lesidee uitproberen in 3B', due: '2027-01-15', status: 'open', createdBy: 'chat:t1:jonas' });
    const [reminder] = await h.deps.storage.reminders.listBySubject(agreement!.id);
    expect(reminder).toMatchObject({ kind: 'agreement', recipient: 'chat:t1:jonas', status: 'pending', dueAt: '2027-01-14T08:00:00.000Z' });
  });

  it('gives the agreement to a mentioned or typed @person', async () => {
    const { h, groupId } = await setup();
    await h.say(an, 'afspraak @Jonas Claes verslag delen tegen vrijdag', team, [jonas]);
    await h.say(an, 'afspraak @fatima fiches verzamelen tegen 2026-12-18', team);
    await h.say(jonas, 'language en', dm('jonas'));
    expect(texts(await h.say(jonas, 'agreement @Fatima El Idrissi bring pupils’ work by next Friday', team))).toContain('Agreement recorded in *PLG Taal*: Fatima El Idrissi · bring pupils’ work · by Friday 27 November 2026.');
    const agreements = await h.deps.storage.agreements.listByGroup(groupId);
    expect(agreements.map((a) => [a.ownerKey, a.text, a.due])).toEqual([
      ['chat:t1:jonas', 'verslag delen', '2026-11-27'],
      ['chat:t1:fatima', 'bring pupils’ work', '2026-11-27'],
      ['chat:t1:fatima', 'fiches verzamelen', '2026-12-18'],
    ]);
    expect(texts(await h.say(an, 'afspraak @Niemand iets tegen vrijdag', team))).toBe('Ik vind niemand die "Niemand" heet in *PLG Taal*. Een afspraak hoort bij een lid van de groep.');
  });

  it('understands French and refuses past, impossible and unknown dates', async () => {
    const { h, groupId } = await setup();
    await h.say(fatima, 'langue fr', dm('fatima'));
    expect(texts(await h.say(fatima, "accord partager le compte rendu pour le 4 décembre", team))).toContain('pour le vendredi 4 décembre 2026');
    expect(texts(await h.say(fatima, 'accord quelque chose pour le 20/11/2026', team))).toBe('« 20/11/2026 » est dans le passé. Choisissez une date à partir d’aujourd’hui.');
    expect(texts(await h.say(an, 'afspraak iets tegen 31/02', team))).toBe('Die datum bestaat niet: "31/02". Kijk de dag en de maand even na.');
    expect(texts(await h.say(an, 'afspraak iets tegen ooit', team))).toContain('Die datum begrijp ik niet: "ooit".');
    expect(texts(await h.say(an, 'afspraak iets zonder datum', team))).toContain('Zo noteer je een afspraak');
    expect(texts(await h.say(an, 'afspraak agenda rondsturen tegen vandaag', team))).toBe('Afspraak genoteerd in *PLG Taal*: An Peeters · agenda rondsturen · tegen maandag 23 november 2026.');
    expect(await h.deps.storage.agreements.listByGroup(groupId)).toHaveLength(2);
  });

  it('lets only active members record agreements', async () => {
    const { h } = await setup();
    const outsider: Actor = { id: 'sam', tenantId: 't1', name: 'Sam' };
    expect(texts(await h.say(outsider, 'afspraak iets tegen vrijdag', team))).toBe('Je bent geen lid van *PLG Taal*.');
    expect(texts(await h.say(jonas, 'afspraak iets tegen vrijdag', dm('jonas')))).toContain('Dat doe je in het kanaal van je groep (PLG Taal)');
  });

  it('lists open agreements and marks one done by its owner or a facilitator, dropping its reminder', async () => {
    const { h, groupId } = await setup();
    await h.say(jonas, 'afspraak verslag delen tegen 15/01', team);
    await h.say(fatima, 'afspraak fiches verzamelen tegen 08/01', team);
    const [list] = await h.say(jonas, 'afspraken', team);
    expect(list?.text).toBe('Open afspraken van PLG Taal\n1. vrijdag 8 januari 2027 · Fatima El Idrissi: fiches verzamelen\n2. vrijdag 15 januari 2027 · Jonas Claes: verslag delen');
    const fiches = actionOf(list, MOMENT_ACTIONS.agreementDone, 'Gedaan 1');
    expect(texts(await click(h, jonas, fiches))).toBe('Alleen wie de afspraak op zich nam, of een begeleider, kan ze afvinken.');
    expect(texts(await click(h, an, fiches))).toBe('Afgevinkt: fiches verzamelen. Goed gedaan!');
    expect(texts(await click(h, an, fiches))).toBe('Die afspraak is al afgevinkt: fiches verzamelen.');
    const done = (await h.deps.storage.agreements.listByGroup(groupId)).find((a) => a.text === 'fiches verzamelen')!;
    expect(done.status).toBe('done');
    expect((await h.deps.storage.reminders.listBySubject(done.id)).map((r) => r.status)).toEqual(['dropped']);
    const [mine] = await h.say(jonas, 'afspraken', dm('jonas'));
    expect(mine?.text).toBe('Jouw open afspraken\n1. vrijdag 15 januari 2027 · Jonas Claes: verslag delen (PLG Taal)');
    expect(texts(await click(h, jonas, actionOf(mine, MOMENT_ACTIONS.agreementDone), {}, dm('jonas')))).toBe('Afgevinkt: verslag delen. Goed gedaan!');
    expect(texts(await h.say(jonas, 'afspraken', team))).toContain('*PLG Taal* heeft geen open afspraken.');
  });
});
