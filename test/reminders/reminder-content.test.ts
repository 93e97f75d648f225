import { describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../../src/core/index.js';
import { planMomentReminders } from '../../src/core/features/reminders/plan-reminders.js';
import { allText, key, reminderHarness, rsvpButtonsOf, saveAgreement, saveMoment, type ReminderHarness } from './reminder-kit.js';

const texts = (m: OutboundMessage | undefined): string[] => (m?.card?.blocks ?? []).flatMap((b) => (b.type === 'text' ? [b.text] : []));
const facts = (m: OutboundMessage | undefined): Record<string, string> =>
  Object.fromEntries((m?.card?.blocks ?? []).flatMap((b) => (b.type === 'facts' ? b.facts.map((f) => [f.label, f.value]) : [])));
const links = (m: OutboundMessage | undefined): Array<[string, string]> =>
  (m?.card?.blocks ?? []).flatMap((b) => (b.type === 'links' ? b.links.map((l) => [l.label, l.url] as [string, string]) : []));

async function withQuestionsAndAgreements(h: ReminderHarness): Promise<void> {
  await saveAgreement(h, { due: '2026-12-04' });
  await saveAgreement(h, { id: 'agr_2', ownerKey: key('an'), text: 'Verslag rondsturen', due: '2026-11-27', status: 'done' });
  const at = h.deps.clock.now().toISOString();
  await h.deps.storage.questions.save({ id: 'q1', groupId: 'grp_1', momentId: 'mom_1', personKey: key('fatima'), text: 'Hoe geven we feedback op groepswerk?', createdAt: at });
  await h.deps.storage.questions.save({ id: 'q2', groupId: 'grp_1', momentId: 'mom_1', personKey: key('jonas'), text: 'Werkt peerfeedback in het eerste jaar?', createdAt: at });
}

describe('reminder messages', () => {
  it('7 days before: title, when, place, agenda, preparation, calendar link, open agreements, own-question button and RSVP buttons', async () => {
    const h = await reminderHarness();
    await withQuestionsAndAgreements(h);
    await planMomentReminders(h.deps, await saveMoment(h));
    await h.at('2026-11-25T14:30:00Z');
    const m = h.sentTo('jonas')[0];
    expect(m?.card?.title).toBe('Herinnering: PLG-moment: feedback die vooruit helpt');
    expect(texts(m)).toEqual([
      '*PLG-moment: feedback die vooruit helpt* begint op woensdag 2 december om 15:30, over 7 dagen.',
      '*Agenda*\nTerugblik op de uitprobeerweek; twee leerlingvoorbeelden bespreken',
      '*Voorbereiden*\nBreng twee stukken leerlingwerk mee',
      '*Open afspraken*\n• Jonas Claes: Rubric voor feedback uitproberen in 3B (tegen vrijdag 4 december)',
      'Kom je? Laat het weten met een knop.',
    ]);
    expect(facts(m)).toEqual({ Wanneer: 'woensdag 2 december 2026, 15:30–16:30', Groep: 'PLG Wiskunde', Waar: 'Lokaal B12' });
    expect(links(m)).toEqual([['In mijn agenda zetten', 'http://localhost:3978/kalender/tok_0123456789abcdefghijklmn.ics']]);
    expect(rsvpButtonsOf(m)).toEqual([
      ['Ik kom', 'mom_1|yes'],
      ['Ik kan niet', 'mom_1|no'],
    ]);
    expect(m?.card?.actions).toContainEqual({ type: 'action', id: 'moment.ask', label: 'Eigen vraag toevoegen', value: 'mom_1' });
    // The questions are kept for the last reminder.
    expect(allText(m)).not.toContain('groepswerk');
    expect(m?.text).toContain('begint op woensdag 2 december om 15:30, over 7 dagen.');
  });

  it('the last reminder lists the own questions: without names for members, with names for the facilitator; shows the person’s answer', async () => {
    const h = await reminderHarness();
    await withQuestionsAndAgreements(h);
    const moment = await saveMoment(h);
    await planMomentReminders(h.deps, { ...moment });
    await h.deps.storage.moments.save({ ...moment, rsvps: { [key('jonas')]: { answer: 'yes', at: moment.createdAt } } });
    await h.at('2026-12-01T14:30:00Z');
    const member = h.sentTo('jonas').at(-1);
    expect(allText(member)).toContain('begint morgen om 15:30.');
    expect(texts(member)).toContain('*Eigen vragen voor dit moment*\n• Hoe geven we feedback op groepswerk?\n• Werkt peerfeedback in het eerste jaar?');
    expect(facts(member)['Jouw antwoord']).toBe('ik kom');
    expect(rsvpButtonsOf(member)).toEqual([
      ['Ik kom', 'mom_1|yes'],
      ['Ik kan niet', 'mom_1|no'],
    ]);
    expect(member?.card?.actions?.find((a) => a.type === 'action' && a.value === 'mom_1|yes')).toMatchObject({ style: 'primary' });
    const facilitator = h.sentTo('an').at(-1);
    expect(texts(facilitator)).toContain('*Eigen vragen voor dit moment*\n• Hoe geven we feedback op groepswerk? (Fatima El Idrissi)\n• Werkt peerfeedback in het eerste jaar? (Jonas Claes)');
  });

  it('1 hour before an online moment: the link comes first; the 1-day reminder is then no longer the last one', async () => {
    const h = await reminderHarness();
    await withQuestionsAndAgreements(h);
    await planMomentReminders(h.deps, await saveMoment(h, { onlineUrl: 'https://meet.example.be/plg-wiskunde', place: undefined }));
    await h.at('2026-12-01T14:30:00Z');
    expect(allText(h.sentTo('fatima').at(-1))).not.toContain('Eigen vragen voor dit moment');
    await h.at('2026-12-02T13:30:00Z');
    const m = h.sentTo('fatima').at(-1);
    expect(texts(m)[0]).toBe('Doe online mee via deze link: https://meet.example.be/plg-wiskunde');
    expect(texts(m)[1]).toBe('*PLG-moment: feedback die vooruit helpt* begint vandaag om 15:30, over 1 uur.');
    expect(texts(m)).toContain('*Eigen vragen voor dit moment*\n• Hoe geven we feedback op groepswerk?\n• Werkt peerfeedback in het eerste jaar?');
    expect(allText(m)).not.toContain('*Agenda*');
    expect(links(m)).toEqual([['Online deelnemen', 'https://meet.example.be/plg-wiskunde']]);
    expect(rsvpButtonsOf(m)).toEqual([
      ['Ik kom', 'mom_1|yes'],
      ['Ik kom online', 'mom_1|online'],
      ['Ik kan niet', 'mom_1|no'],
    ]);
  });

  it('channel delivery: one post in the group’s channel with RSVP buttons, questions without names', async () => {
    const h = await reminderHarness({ group: { reminders: { leadMinutes: [10080, 1440], onlineLeadMinutes: [60], delivery: 'channel' } } });
    await withQuestionsAndAgreements(h);
    await planMomentReminders(h.deps, await saveMoment(h));
    await h.at('2026-11-25T14:30:00Z');
    expect(h.deps.messenger.sent.map((s) => s.address.conversationId)).toEqual(['team-1']);
    await h.at('2026-12-01T14:30:00Z');
    const posts = h.sentTo('group');
    expect(posts).toHaveLength(2);
    expect(rsvpButtonsOf(posts[1])).toHaveLength(2);
    expect(allText(posts[1])).toContain('• Hoe geven we feedback op groepswerk?');
    expect(allText(posts[1])).not.toContain('Fatima');
    expect(facts(posts[1])['Jouw antwoord']).toBeUndefined();
  });

  it('the facilitators’ attendance overview 2 days before: counts and names per answer, and who has not answered', async () => {
    const h = await reminderHarness();
    const moment = await saveMoment(h, { onlineUrl: 'https://meet.example.be/plg' });
    await planMomentReminders(h.deps, moment);
    await h.deps.storage.moments.save({ ...moment, rsvps: { [key('fatima')]: { answer: 'online', at: moment.createdAt }, [key('an')]: { answer: 'yes', at: moment.createdAt } } });
    await h.at('2026-11-30T14:30:00Z');
    const overview = h.sentTo('an').at(-1);
    expect(overview?.card?.title).toBe('Aanwezigheden: PLG-moment: feedback die vooruit helpt');
    expect(texts(overview)[0]).toBe('*PLG-moment: feedback die vooruit helpt* begint overmorgen om 15:30. Zo staan de antwoorden er nu voor:');
    expect(facts(overview)).toEqual({ 'Komt (1)': 'An Peeters', 'Komt online (1)': 'Fatima El Idrissi', 'Kan niet (0)': 'niemand', 'Nog geen antwoord (1)': 'Jonas Claes' });
    expect(rsvpButtonsOf(overview)).toHaveLength(3);
    expect(h.sentTo('jonas').filter((m) => m.card?.title?.startsWith('Aanwezigheden'))).toHaveLength(0);
  });

  it('speaks each person’s language, with times in the group’s zone', async () => {
    const h = await reminderHarness();
    for (const [id, language, timeZone] of [['jonas', 'en', 'Europe/London'], ['fatima', 'fr', 'Europe/Brussels']] as const) {
      const person = await h.deps.storage.people.get(key(id));
      await h.deps.storage.people.save({ ...person!, language, timeZone });
    }
    await planMomentReminders(h.deps, await saveMoment(h));
    await h.at('2026-12-01T14:30:00Z');
    const en = h.sentTo('jonas').at(-1);
    const fr = h.sentTo('fatima').at(-1);
    expect(en?.card?.title).toBe('Reminder: PLG-moment: feedback die vooruit helpt');
    expect(texts(en)[0]).toBe('*PLG-moment: feedback die vooruit helpt* starts tomorrow at 15:30.');
    expect(rsvpButtonsOf(en).map(([label]) => label)).toEqual(["I'm coming", "I can't make it"]);
    expect(facts(en)['When']).toBe('Wednesday 2 December 2026, 15:30–16:30');
    expect(texts(fr)[0]).toBe('*PLG-moment: feedback die vooruit helpt* commence demain à 15:30.');
    expect(rsvpButtonsOf(fr).map(([label]) => label)).toEqual(['Je viens', 'Je ne peux pas']);
    expect(links(fr)[0]?.[0]).toBe('Ajouter à mon agenda');
  });
});

describe('reminder messages after the group changed its lead times', () => {
  it('still knows which reminder is the last one for reminders planned with the old lead times', async () => {
    const h = await reminderHarness();
    await withQuestionsAndAgreements(h);
    await planMomentReminders(h.deps, await saveMoment(h));
    await h.deps.storage.groups.save({ ...h.group, reminders: { leadMinutes: [3 * 24 * 60], onlineLeadMinutes: [], delivery: 'direct' } });
    await h.at('2026-11-25T14:30:00Z');
    expect(allText(h.sentTo('jonas').at(-1))).not.toContain('Eigen vragen voor dit moment');
    await h.at('2026-12-01T14:30:00Z');
    expect(allText(h.sentTo('jonas').at(-1))).toContain('Eigen vragen voor dit moment');
  });
});
