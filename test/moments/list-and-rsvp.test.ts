import { describe, expect, it } from 'vitest';
import { MOMENT_ACTIONS, rsvpValue, type ActionButton, type Actor, type Moment, type OutboundMessage } from '../../src/core/index.js';
import { channelAddress, coreHarness, dm, type CoreHarness, greetEveryone } from '../helpers/core-harness.js';

const an: Actor = { id: 'an', tenantId: 't1', name: 'An' };
const jonas: Actor = { id: 'jonas', tenantId: 't1', name: 'Jonas' };
const fatima: Actor = { id: 'fatima', tenantId: 't1', name: 'Fatima' };
const lotte: Actor = { id: 'lotte', tenantId: 't1', name: 'Lotte' };
const team = channelAddress('team-1');

const texts = (replies: OutboundMessage[]) => replies.map((r) => r.text).join('\n');
const cardText = (m: OutboundMessage | undefined) =>
  (m?.card?.blocks ?? []).map((b) => (b.type === 'text' ? b.text : b.type === 'facts' ? b.facts.map((f) => `${f.label}: ${f.value}`).join('\n') : '')).join('\n');
const labels = (m: OutboundMessage | undefined) => (m?.card?.actions ?? []).map((a) => a.label);
const actionOf = (m: OutboundMessage | undefined, id: string): ActionButton => {
  const found = m?.card?.actions?.find((a): a is ActionButton => a.type === 'action' && a.id === id);
  if (!found) throw new Error(`no ${id} button`);
  return found;
};

/** A group with An (facilitator), Jonas, Fatima, Lotte, and moments planned by An. */
async function groupWith(...plans: string[]): Promise<{ h: CoreHarness; moments: Moment[] }> {
  const h = coreHarness();
  h.deps.directory.rosters.set('team-1', [an, jonas, fatima, lotte].map((p) => ({ id: p.id, name: p.name! })));
  await h.send({ kind: 'installed', actor: an, address: team, conversationName: 'PLG Taal' });
  await greetEveryone(h);
  for (const plan of plans) {
    const [confirm] = await h.say(an, `plan ${plan}`, team);
    const button = actionOf(confirm, MOMENT_ACTIONS.planConfirm);
    await h.send({ kind: 'action', actor: an, address: team, actionId: button.id, value: button.value!, inputs: {} });
  }
  const group = await h.deps.storage.groups.findByConversation('chat', 't1', 'team-1');
  return { h, moments: await h.deps.storage.moments.listByGroup(group!.id) };
}

const rsvp = (h: CoreHarness, actor: Actor, momentId: string, answer: 'yes' | 'online' | 'no', address = team) =>
  h.send({ kind: 'action', actor, address, actionId: MOMENT_ACTIONS.rsvp, value: rsvpValue(momentId, answer), inputs: {} });

describe('RSVP', () => {
  it('records a member’s answer and confirms it in their language', async () => {
    const { h, moments } = await groupWith('Overleg: donderdag 15u30 tot 17u');
    const id = moments[0]!.id;
    expect(texts(await rsvp(h, jonas, id, 'yes'))).toBe('Genoteerd: je komt naar *Overleg* (donderdag 26 november 2026, 15:30–17:00). Tot dan!');
    await h.say(fatima, 'langue fr', dm('fatima'));
    expect(texts(await rsvp(h, fatima, id, 'online'))).toBe('Noté : vous suivez *Overleg* (jeudi 26 novembre 2026, 15:30–17:00) en ligne. Le lien sera dans le rappel.');
    await h.say(lotte, 'language en', dm('lotte'));
    expect(texts(await rsvp(h, lotte, id, 'no'))).toContain("Noted: you can't make *Overleg* (Thursday 26 November 2026, 15:30–17:00).");
    const stored = await h.deps.storage.moments.get(id);
    expect(Object.fromEntries(Object.entries(stored!.rsvps).map(([k, v]) => [k, v.answer]))).toEqual({ 'chat:t1:jonas': 'yes', 'chat:t1:fatima': 'online', 'chat:t1:lotte': 'no' });
    expect(stored!.rsvps['chat:t1:jonas']?.at).toBe('2026-11-23T08:00:00.000Z');
    expect(stored!.sequence).toBe(0);
  });

  it('lets a guest answer, and changes an earlier answer', async () => {
    const { h, moments } = await groupWith('donderdag 15u30');
    await h.say(an, 'groep rol @Lotte gast', team);
    await rsvp(h, lotte, moments[0]!.id, 'yes');
    await rsvp(h, lotte, moments[0]!.id, 'online');
    expect((await h.deps.storage.moments.get(moments[0]!.id))!.rsvps['chat:t1:lotte']?.answer).toBe('online');
  });

  it('refuses non-members, people of another tenant, cancelled and past moments', async () => {
    const { h, moments } = await groupWith('donderdag 15u30');
    const id = moments[0]!.id;
    const stranger: Actor = { id: 'sam', tenantId: 't1', name: 'Sam' };
    expect(texts(await rsvp(h, stranger, id, 'yes', dm('sam')))).toBe('Je bent geen lid van *PLG Taal*.');
    const foreign: Actor = { id: 'jonas', tenantId: 't2', name: 'Jonas (t2)' };
    expect(texts(await rsvp(h, foreign, id, 'yes', dm('jonas', 't2')))).toBe('Dat vind ik niet (meer). Typ *momenten* om te zien wat er gepland staat.');
    expect(texts(await rsvp(h, jonas, 'mom_nope', 'yes'))).toContain('Dat vind ik niet (meer).');
    expect(texts(await h.send({ kind: 'action', actor: jonas, address: team, actionId: MOMENT_ACTIONS.rsvp, value: `${id}|maybe`, inputs: {} }))).toContain('Dat vind ik niet (meer).');
    await h.deps.storage.moments.save({ ...moments[0]!, status: 'cancelled' });
    expect(texts(await rsvp(h, jonas, id, 'yes'))).toBe('*PLG-moment* is geannuleerd, dus dat kan niet meer.');
    await h.deps.storage.moments.save({ ...moments[0]!, status: 'planned' });
    h.deps.clock.set('2026-11-26T15:00:00Z');
    expect(texts(await rsvp(h, jonas, id, 'yes'))).toBe('*PLG-moment* is al voorbij, dus dat kan niet meer.');
    expect((await h.deps.storage.moments.get(id))!.rsvps).toEqual({});
  });
});

describe('momenten', () => {
  it('shows members the coming moments with everyone’s answer, without change buttons', async () => {
    const { h, moments } = await groupWith('Overleg: donderdag 15u30 tot 17u', 'Intervisie: 15/01 14u-16u');
    const id = moments[0]!.id;
    await rsvp(h, an, id, 'yes');
    await rsvp(h, jonas, id, 'yes');
    await rsvp(h, fatima, id, 'online');
    const replies = await h.say(jonas, 'momenten', team);
    expect(replies.map((r) => r.card?.title)).toEqual(['Overleg', 'Intervisie']);
    expect(cardText(replies[0])).toContain('Wanneer: donderdag 26 november 2026, 15:30–17:00');
    expect(cardText(replies[0])).toContain('Waar: nog niet bepaald');
    expect(cardText(replies[0])).toContain('Ik kom (2): An, Jonas · Online (1): Fatima · Kan niet (0): — · Nog geen antwoord (1): Lotte');
    expect(labels(replies[0])).toEqual(['Zet in je agenda']);
  });

  it('gives facilitators the own questions and Wijzigen / Verplaatsen / Annuleren, also for the rest of a series', async () => {
    const { h } = await groupWith('Reeks: elke woensdag 14u-15u tot 9 december');
    await h.say(jonas, 'vraag Hoe geven jullie feedback op schrijfopdrachten?', team);
    const replies = await h.say(an, 'momenten', team);
    expect(replies).toHaveLength(3);
    expect(cardText(replies[0])).toContain('*Eigen vragen (1)*\n• Hoe geven jullie feedback op schrijfopdrachten? (Jonas)');
    expect(labels(replies[0])).toEqual(['Wijzigen', 'Verplaatsen', 'Annuleren', 'Verplaats deze en volgende', 'Annuleer deze en volgende', 'Zet in je agenda', 'Hele reeks']);
    expect(cardText(replies[1])).toContain('Nog geen eigen vragen.');
  });

  it('shows the next 10 and says how many more follow', async () => {
    const { h, moments } = await groupWith('elke woensdag 14u-15u tot 31 maart');
    expect(moments).toHaveLength(15);
    const replies = await h.say(jonas, 'momenten', team);
    expect(replies).toHaveLength(11);
    expect(replies.slice(0, 10).map((r) => r.card?.blocks[0])).toEqual(moments.slice(0, 10).map(() => expect.objectContaining({ type: 'facts' })));
    expect(replies[10]?.text).toBe('Daarna volgen er nog 5.');
  });

  it('leaves out past and cancelled moments, and says when nothing is planned', async () => {
    const { h, moments } = await groupWith('dinsdag 8u tot 9u', 'donderdag 15u30');
    await h.deps.storage.moments.save({ ...moments[1]!, status: 'cancelled' });
    h.deps.clock.set('2026-11-24T07:30:00Z');
    expect(texts(await h.say(jonas, 'momenten', team))).toContain('Voor *PLG Taal* staat nog niets gepland.');
  });

  it('in a personal chat, lists the moments of all the person’s groups with their own answer and RSVP buttons', async () => {
    const { h, moments } = await groupWith('Overleg: donderdag 15u30');
    h.deps.directory.rosters.set('team-2', [{ id: 'an', name: 'An' }, { id: 'jonas', name: 'Jonas' }]);
    await h.send({ kind: 'installed', actor: an, address: channelAddress('team-2'), conversationName: 'Netwerk STEM' });
    const [confirm] = await h.say(an, 'plan Netwerkdag: woensdag 14u-16u', channelAddress('team-2'));
    const button = actionOf(confirm, MOMENT_ACTIONS.planConfirm);
    await h.send({ kind: 'action', actor: an, address: channelAddress('team-2'), actionId: button.id, value: button.value!, inputs: {} });
    await rsvp(h, jonas, moments[0]!.id, 'no');
    const replies = await h.say(jonas, 'momenten', dm('jonas'));
    expect(replies.map((r) => r.card?.title)).toEqual(['Netwerkdag (Netwerk STEM)', 'Overleg (PLG Taal)']);
    expect(cardText(replies[0])).toContain('Jouw antwoord: Nog geen antwoord');
    expect(cardText(replies[1])).toContain('Jouw antwoord: Kan niet');
    expect(labels(replies[1])).toEqual(['Ik kom', 'Ik kom online', 'Ik kan niet', 'Eigen vraag', 'Zet in je agenda']);
    expect(actionOf(replies[1], MOMENT_ACTIONS.rsvp).value).toBe(rsvpValue(moments[0]!.id, 'yes'));
    expect(texts(await h.say(lotte, 'moments', dm('lotte')))).toContain('Overleg');
    expect(texts(await h.say({ id: 'x', tenantId: 't1', name: 'X' }, 'momenten', dm('x')))).toContain('Je zit nog in geen enkele groep.');
  });
});
