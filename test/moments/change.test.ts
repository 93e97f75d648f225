import { describe, expect, it } from 'vitest';
import { MOMENT_ACTIONS, rsvpValue, type ActionButton, type Actor, type Moment, type OutboundMessage } from '../../src/core/index.js';
import { channelAddress, coreHarness, dm, type CoreHarness } from '../helpers/core-harness.js';

const an: Actor = { id: 'an', tenantId: 't1', name: 'An' };
const jonas: Actor = { id: 'jonas', tenantId: 't1', name: 'Jonas' };
const fatima: Actor = { id: 'fatima', tenantId: 't1', name: 'Fatima' };
const lotte: Actor = { id: 'lotte', tenantId: 't1', name: 'Lotte' };
const team = channelAddress('team-1');

const texts = (replies: OutboundMessage[]) => replies.map((r) => r.text).join('\n');
const cardText = (m: OutboundMessage | undefined) =>
  (m?.card?.blocks ?? []).map((b) => (b.type === 'text' ? b.text : b.type === 'facts' ? b.facts.map((f) => `${f.label}: ${f.value}`).join('\n') : '')).join('\n');
const actionOf = (m: OutboundMessage | undefined, id: string, label?: string): ActionButton => {
  const found = m?.card?.actions?.find((a): a is ActionButton => a.type === 'action' && a.id === id && (label === undefined || a.label === label));
  if (!found) throw new Error(`no ${id} ${label ?? ''} button`);
  return found;
};
const click = (h: CoreHarness, actor: Actor, button: ActionButton, inputs: Record<string, string> = {}) =>
  h.send({ kind: 'action', actor, address: team, actionId: button.id, ...(button.value !== undefined ? { value: button.value } : {}), inputs });

/**
 * A group with An (facilitator) and three members, moments planned by An. Jonas (nl) and Fatima (fr) have
 * written to the bot personally, so their addresses are stored; Lotte never did, and the platform will not
 * open a direct chat with her.
 */
async function groupWith(...plans: string[]): Promise<{ h: CoreHarness; moments: Moment[] }> {
  const h = coreHarness();
  h.deps.messenger.closedDirect.add('lotte');
  h.deps.directory.rosters.set('team-1', [an, jonas, fatima, lotte].map((p) => ({ id: p.id, name: p.name! })));
  await h.send({ kind: 'installed', actor: an, address: team, conversationName: 'PLG Taal' });
  await h.say(jonas, 'hulp', dm('jonas'));
  await h.say(fatima, 'langue fr', dm('fatima'));
  for (const plan of plans) {
    const [confirm] = await h.say(an, `plan ${plan}`, team);
    await click(h, an, actionOf(confirm, MOMENT_ACTIONS.planConfirm));
  }
  const group = await h.deps.storage.groups.findByConversation('chat', 't1', 'team-1');
  h.deps.messenger.sent.length = 0;
  return { h, moments: await h.deps.storage.moments.listByGroup(group!.id) };
}

const directTo = (h: CoreHarness, userId: string) => h.deps.messenger.sent.filter((s) => s.address.scope === 'personal' && s.address.userId === userId);
const channelPosts = (h: CoreHarness) => h.deps.messenger.sent.filter((s) => s.address.conversationId === 'team-1');

describe('moving a moment', () => {
  it('asks for the new time, confirms, bumps the sequence, clears answers, re-plans reminders and tells every member', async () => {
    const { h, moments } = await groupWith('Overleg: 10/12 14u-16u');
    const moment = moments[0]!;
    await h.send({ kind: 'action', actor: jonas, address: team, actionId: MOMENT_ACTIONS.rsvp, value: rsvpValue(moment.id, 'yes'), inputs: {} });
    const [overview] = await h.say(an, 'momenten', team);
    const [form] = await click(h, an, actionOf(overview, MOMENT_ACTIONS.move, 'Verplaatsen'));
    expect(form?.card?.presentation).toBe('dialog');
    expect(cardText(form)).toContain('Naar wanneer verplaats je *Overleg* (donderdag 10 december 2026, 14:00–16:00)?');

    const [series] = await click(h, an, actionOf(form, MOMENT_ACTIONS.moveSubmit), { when: 'elke donderdag 14u-16u' });
    expect(cardText(series)).toContain('Geef één nieuw tijdstip');
    const [confirm] = await click(h, an, actionOf(form, MOMENT_ACTIONS.moveSubmit), { when: 'vrijdag 11 december 9u tot 11u' });
    expect(cardText(confirm)).toContain('Nu: donderdag 10 december 2026, 14:00–16:00');
    expect(cardText(confirm)).toContain('*Wordt*\n1. vrijdag 11 december 2026, 09:00–11:00');
    expect((await h.deps.storage.moments.get(moment.id))!.start).toBe(moment.start);

    expect(texts(await click(h, jonas, actionOf(confirm, MOMENT_ACTIONS.changeConfirm)))).toBe('Alleen An kan dit voorstel bevestigen of aanpassen.');
    const done = texts(await click(h, an, actionOf(confirm, MOMENT_ACTIONS.changeConfirm)));
    expect(done).toContain('Verplaatst: *Overleg*');
    expect(done).toContain('Persoonlijk bericht verstuurd: 2. Niet bereikt: 1');

    const moved = (await h.deps.storage.moments.get(moment.id))!;
    expect(moved).toMatchObject({ start: '2026-12-11T08:00:00.000Z', end: '2026-12-11T10:00:00.000Z', sequence: 1, updatedAt: '2026-11-23T08:00:00.000Z', rsvps: {}, icsToken: moment.icsToken });
    const reminders = await h.deps.storage.reminders.listBySubject(moment.id);
    expect(reminders.filter((r) => r.status === 'pending').every((r) => r.subjectVersion === 1)).toBe(true);
    expect(reminders.filter((r) => r.subjectVersion === 0).every((r) => r.status === 'dropped')).toBe(true);

    expect(directTo(h, 'jonas').map((s) => s.message.text)).toEqual([expect.stringContaining('*Overleg* is verplaatst: donderdag 10 december 2026, 14:00–16:00 wordt vrijdag 11 december 2026, 09:00–11:00.')]);
    expect(directTo(h, 'fatima')[0]?.message.text).toContain('*Overleg* est déplacé : jeudi 10 décembre 2026, 14:00–16:00 devient vendredi 11 décembre 2026, 09:00–11:00.');
    expect(directTo(h, 'fatima')[0]?.message.card?.actions?.map((a) => a.label)).toEqual(['Je viens', 'Je viens en ligne', 'Je ne peux pas', 'Ajouter à mon agenda']);
    expect(directTo(h, 'lotte')).toEqual([]);
    expect(directTo(h, 'an')).toEqual([]);
    expect(channelPosts(h)).toHaveLength(1);
  });

  it('reaches a member who never wrote to the bot through a direct chat opened via the group channel', async () => {
    const { h, moments } = await groupWith('Overleg: 10/12 14u-16u');
    h.deps.messenger.closedDirect.delete('lotte');
    const [form] = await click(h, an, { type: 'action', id: MOMENT_ACTIONS.move, label: '', value: `${moments[0]!.id}|one` });
    const [confirm] = await click(h, an, actionOf(form, MOMENT_ACTIONS.moveSubmit), { when: '17/12 14u-16u' });
    expect(texts(await click(h, an, actionOf(confirm, MOMENT_ACTIONS.changeConfirm)))).toContain('Persoonlijk bericht verstuurd: 3. Niet bereikt: 0');
    expect(directTo(h, 'lotte')).toHaveLength(1);
    expect(await h.deps.storage.addresses.get('chat:t1:lotte')).toMatchObject({ scope: 'personal', userId: 'lotte' });
  });

  it('keeps notifying the others when one recipient fails', async () => {
    const { h, moments } = await groupWith('Overleg: 10/12 14u-16u');
    h.deps.messenger.failures.set('dm-jonas', { ok: false, reason: 'transient' });
    const [form] = await click(h, an, { type: 'action', id: MOMENT_ACTIONS.move, label: '', value: `${moments[0]!.id}|one` });
    const [confirm] = await click(h, an, actionOf(form, MOMENT_ACTIONS.moveSubmit), { when: '17/12 14u-16u' });
    expect(texts(await click(h, an, actionOf(confirm, MOMENT_ACTIONS.changeConfirm)))).toContain('Persoonlijk bericht verstuurd: 1. Niet bereikt: 2');
    expect(directTo(h, 'fatima')).toHaveLength(1);
  });

  it('moves this and all following moments of a series from a new rhythm, keeping calendar UIDs', async () => {
    const { h, moments } = await groupWith('Netwerk: elke 2e woensdag van de maand 14u-16u tot 31 maart');
    expect(moments.map((m) => m.start.slice(0, 10))).toEqual(['2026-12-09', '2027-01-13', '2027-03-10']);
    const [, second] = await h.say(an, 'momenten', team);
    const [form] = await click(h, an, actionOf(second, MOMENT_ACTIONS.move, 'Verplaats deze en volgende'));
    expect(cardText(form)).toContain('Hoe ziet de rest van de reeks *Netwerk* eruit');
    const [single] = await click(h, an, actionOf(form, MOMENT_ACTIONS.moveSubmit), { when: 'donderdag 14 januari 14u' });
    expect(cardText(single)).toContain('Geef een nieuw ritme');
    const [confirm] = await click(h, an, actionOf(form, MOMENT_ACTIONS.moveSubmit), { when: 'elke 2e donderdag van de maand 15u-17u' });
    expect(cardText(confirm)).toContain('1. donderdag 14 januari 2027, 15:00–17:00\n2. donderdag 11 maart 2027, 15:00–17:00');
    expect(cardText(confirm)).toContain('donderdag 11 februari 2027 (krokusvakantie)');
    await click(h, an, actionOf(confirm, MOMENT_ACTIONS.changeConfirm));
    const after = await h.deps.storage.moments.listBySeries(moments[0]!.seriesId!);
    expect(after.map((m) => [m.id, m.start, m.sequence, m.status])).toEqual([
      [moments[0]!.id, '2026-12-09T13:00:00.000Z', 0, 'planned'],
      [moments[1]!.id, '2027-01-14T14:00:00.000Z', 1, 'planned'],
      [moments[2]!.id, '2027-03-11T14:00:00.000Z', 1, 'planned'],
    ]);
    expect(directTo(h, 'jonas')[0]?.message.text).toContain('De reeks *Netwerk* verandert vanaf woensdag 13 januari 2027. De nieuwe data:');
  });

  it('refuses someone who is not a facilitator, and a moment that changed since the proposal', async () => {
    const { h, moments } = await groupWith('Overleg: 10/12 14u-16u');
    const move = { type: 'action' as const, id: MOMENT_ACTIONS.move, label: '', value: `${moments[0]!.id}|one` };
    expect(texts(await click(h, jonas, move))).toBe('Alleen een begeleider kan dat. In *PLG Taal* zijn dat: An.');
    const [form] = await click(h, an, move);
    const [confirm] = await click(h, an, actionOf(form, MOMENT_ACTIONS.moveSubmit), { when: '17/12 14u-16u' });
    await h.deps.storage.moments.save({ ...moments[0]!, sequence: 5 });
    expect(texts(await click(h, an, actionOf(confirm, MOMENT_ACTIONS.changeConfirm)))).toContain('Dat moment is intussen gewijzigd, geannuleerd of al voorbij.');
  });
});

describe('cancelling', () => {
  it('cancels one moment after confirmation, drops its reminders and tells members with the reason', async () => {
    const { h, moments } = await groupWith('Overleg: 10/12 14u-16u');
    const moment = moments[0]!;
    expect((await h.deps.storage.reminders.listBySubject(moment.id)).some((r) => r.status === 'pending')).toBe(true);
    const [overview] = await h.say(an, 'momenten', team);
    const [confirm] = await click(h, an, actionOf(overview, MOMENT_ACTIONS.cancel, 'Annuleren'));
    expect(cardText(confirm)).toContain('*Overleg* op donderdag 10 december 2026, 14:00–16:00 annuleren?');
    expect(confirm?.card?.actions?.map((a) => a.label)).toEqual(['Annuleren', 'Laten staan']);
    expect((await h.deps.storage.moments.get(moment.id))!.status).toBe('planned');
    const done = texts(await click(h, an, actionOf(confirm, MOMENT_ACTIONS.changeConfirm), { reason: 'te veel collega’s op uitstap' }));
    expect(done).toContain('Geannuleerd: 1× *Overleg*');
    expect((await h.deps.storage.moments.get(moment.id))!).toMatchObject({ status: 'cancelled', sequence: 1 });
    expect((await h.deps.storage.reminders.listBySubject(moment.id)).filter((r) => r.status === 'pending')).toEqual([]);
    expect(directTo(h, 'jonas')[0]?.message.text).toBe(
      '*Overleg* op donderdag 10 december 2026, 14:00–16:00 gaat niet door.\nReden: te veel collega’s op uitstap\nZette je het via de kalenderlink in je agenda? Dan verdwijnt het vanzelf; anders schrap je het zelf.',
    );
    expect(directTo(h, 'fatima')[0]?.message.text).toContain("*Overleg* du jeudi 10 décembre 2026, 14:00–16:00 n’aura pas lieu.");
    expect(channelPosts(h)).toHaveLength(1);
    expect(texts(await h.say(jonas, 'momenten', team))).toContain('Voor *PLG Taal* staat nog niets gepland.');
  });

  it('cancels this and all following moments of a series, or keeps them with Laten staan', async () => {
    const { h, moments } = await groupWith('elke woensdag 14u-15u tot 16 december');
    const cancel = { type: 'action' as const, id: MOMENT_ACTIONS.cancel, label: '', value: `${moments[2]!.id}|following` };
    const [keep] = await click(h, an, cancel);
    expect(texts(await click(h, an, actionOf(keep, MOMENT_ACTIONS.changeAbort)))).toBe('Oké, er verandert niets.');
    const [confirm] = await click(h, an, cancel);
    expect(cardText(confirm)).toContain('De reeks *PLG-moment* annuleren vanaf woensdag 9 december 2026, 14:00–15:00? Dat zijn 2 momenten.');
    await click(h, an, actionOf(confirm, MOMENT_ACTIONS.changeConfirm));
    const after = await h.deps.storage.moments.listBySeries(moments[0]!.seriesId!);
    expect(after.map((m) => m.status)).toEqual(['planned', 'planned', 'cancelled', 'cancelled']);
  });
});

describe('editing details', () => {
  it('lets a facilitator change place, link, agenda and preparation; the sequence goes up', async () => {
    const { h, moments } = await groupWith('Overleg: 10/12 14u-16u');
    const [overview] = await h.say(an, 'momenten', team);
    const [form] = await click(h, an, actionOf(overview, MOMENT_ACTIONS.edit));
    expect(form?.card?.presentation).toBe('dialog');
    const saved = texts(await click(h, an, actionOf(form, MOMENT_ACTIONS.editSave), { title: 'Overleg', place: 'Refter', online: '', agenda: 'Eigen vragen eerst', prepare: '' }));
    expect(saved).toContain('Bijgewerkt: *Overleg*');
    expect(await h.deps.storage.moments.get(moments[0]!.id)).toMatchObject({ place: 'Refter', agenda: 'Eigen vragen eerst', sequence: 1 });
    expect(texts(await click(h, jonas, actionOf(form, MOMENT_ACTIONS.editSave), { title: 'Gekaapt' }))).toContain('Alleen een begeleider kan dat.');
  });
});
