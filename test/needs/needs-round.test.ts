import { describe, expect, it } from 'vitest';
import { createCore, ManualScheduler, type TextInput } from '../../src/core/index.js';
import { NEEDS_ACTIONS } from '../../src/core/features/needs/needs-cards.js';
import { setLearningQuestionSuggester } from '../../src/core/features/needs/needs-rephrase.js';
import { dm } from '../helpers/core-harness.js';
import { an, buttonOf, buttons, fatima, filled, jonas, setup, team, texts, type Kit } from './kit.js';

const CLOSES = '2026-12-15T16:00:00.000Z';

async function started(anonymous = 'yes'): Promise<Kit & { roundId: string }> {
  const kit = await setup();
  const [form] = await kit.h.say(an, 'noden tot 15/12', team);
  expect(form?.card?.actions?.[0]).toMatchObject({ id: NEEDS_ACTIONS.start });
  expect((form?.card?.blocks.find((b) => b.type === 'input') as TextInput).value).toBe('15/12');
  const replies = await kit.click(an, buttonOf(form, NEEDS_ACTIONS.start), { closes: '15/12', anonymous });
  expect(texts(replies)).toContain('3 van de 3 leden');
  const [round] = await kit.h.deps.storage.needsRounds.listByGroup(kit.groupId);
  return { ...kit, roundId: round!.id };
}

const formOf = async (kit: Kit, userId: string, actor: typeof jonas, anonymous = false) => {
  const invite = kit.privateTo(userId)[0];
  const replies = await kit.click(actor, buttonOf(invite, anonymous ? NEEDS_ACTIONS.fillAnonymous : NEEDS_ACTIONS.fill), {}, dm(userId));
  return replies[0];
};

describe('starting a needs round', () => {
  it('refuses non-facilitators, personal chats, past dates, dates beyond 8 weeks and nonsense', async () => {
    const kit = await setup();
    expect(texts(await kit.h.say(jonas, 'noden', team))).toMatch(/An Peeters/);
    expect(texts(await kit.h.say(an, 'noden', dm('an')))).not.toBe('');
    expect(await kit.h.deps.storage.needsRounds.listByGroup(kit.groupId)).toEqual([]);
    expect(texts(await kit.h.say(an, 'noden tot 01/11/2026', team))).toBe('De afsluitdatum moet in de toekomst liggen.');
    expect(texts(await kit.h.say(an, 'noden tot 01/02/2027', team))).toBe('Een nodenbevraging loopt hoogstens 8 weken; kies een vroegere afsluitdatum.');
    expect(texts(await kit.h.say(an, 'noden tot morgenvroeg', team))).toContain('Die datum ken ik niet');
    // Also the form's submit checks the date.
    const refused = await kit.click(an, { id: NEEDS_ACTIONS.start }, { closes: '2026-11-20', anonymous: 'yes' });
    expect(refused[0]?.text).toBe('De afsluitdatum moet in de toekomst liggen.');
    expect(await kit.h.deps.storage.needsRounds.listByGroup(kit.groupId)).toEqual([]);
  });

  it('posts a neutral line in the channel and sends every member the form privately; one round at a time', async () => {
    const kit = await started();
    const [round] = await kit.h.deps.storage.needsRounds.listByGroup(kit.groupId);
    expect(round).toMatchObject({ status: 'open', allowAnonymous: true, closesAt: CLOSES, remindersSent: {} });
    expect(texts(kit.toChannel())).toMatch(/^Leerkring vraagt iedereen naar zijn leervragen/);
    for (const user of ['an', 'jonas', 'fatima']) {
      const [invite] = kit.privateTo(user);
      expect(buttons(invite).map((b) => [b.label, b.value])).toEqual([
        ['Invullen', kit.roundId],
        ['Anoniem invullen', kit.roundId],
      ]);
    }
    expect(texts(await kit.h.say(an, 'noden', team))).toMatch(/Er loopt al een nodenbevraging/);
    expect(kit.h.deps.scheduler.size()).toBe(2);
  });
});

describe('answering', () => {
  it('opens the dialog form, validates, stores one named answer per person with the school role, and replaces it', async () => {
    const kit = await started();
    const person = await kit.h.deps.storage.people.get('chat:t1:jonas');
    await kit.h.deps.storage.people.save({ ...person!, schoolRole: 'teacher' });
    const form = await formOf(kit, 'jonas', jonas);
    expect(form?.card?.presentation).toBe('dialog');
    expect(form?.card?.blocks.filter((b) => b.type === 'input' || b.type === 'choice').map((b) => (b as TextInput).id)).toEqual([
      'learnWhat', 'themes', 'otherTheme', 'ways', 'nowPlace', 'nowForm', 'wantedPlace', 'wantedForm',
    ]);
    const save = buttonOf(form, NEEDS_ACTIONS.save);
    expect(save.value).toBe(`${kit.roundId}|named`);
    expect(texts(await kit.click(jonas, save, filled({ learnWhat: '', themes: [] }), dm('jonas')))).toBe('Schrijf wat je wil leren of kies minstens één thema.');
    expect(texts(await kit.click(jonas, save, filled({ learnWhat: 'x'.repeat(2001) }), dm('jonas')))).toMatch(/te lang \(2001 tekens, hoogstens 2000\)/);
    expect(texts(await kit.click(jonas, save, filled({ nowPlace: '' }), dm('jonas')))).toMatch(/Kies waar je nu staat/);
    expect(texts(await kit.click(jonas, save, filled(), dm('jonas')))).toMatch(/^Bedankt! Je antwoord is bewaard/);
    expect(texts(await kit.click(jonas, save, filled({ learnWhat: 'Oudergesprekken', themes: 'conversations', otherTheme: 'Rouw' }), dm('jonas')))).toBe('Je antwoord is aangepast.');
    const answers = await kit.h.deps.storage.needsAnswers.listByRound(kit.roundId);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({
      anonymous: false, personKey: 'chat:t1:jonas', schoolRole: 'teacher', learnWhat: 'Oudergesprekken', themes: ['conversations', 'other'], otherTheme: 'Rouw',
      ways: ['observing', 'co-teaching'], position: { now: { place: 'on-site', form: 'informal' }, wanted: { place: 'both', form: 'formal' } },
    });
    // "Invullen" again shows the stored answer.
    const again = await formOf(kit, 'jonas', jonas);
    expect((again?.card?.blocks.find((b) => b.type === 'input') as TextInput).value).toBe('Oudergesprekken');
  });

  it('stores an anonymous answer without person key or role and with day-only dates; the secret edits it', async () => {
    const kit = await started();
    const person = await kit.h.deps.storage.people.get('chat:t1:fatima');
    await kit.h.deps.storage.people.save({ ...person!, schoolRole: 'care-coordinator' });
    const form = await formOf(kit, 'fatima', fatima, true);
    const save = buttonOf(form, NEEDS_ACTIONS.save);
    const secret = save.value!.split(':')[1]!;
    const [confirmation] = await kit.click(fatima, save, filled(), dm('fatima'));
    expect(confirmation?.text).toMatch(/anoniem bewaard/);
    const edit = buttonOf(confirmation, NEEDS_ACTIONS.edit);
    expect(edit.value).toBe(secret);
    const [answer] = await kit.h.deps.storage.needsAnswers.listByRound(kit.roundId);
    expect(answer).toMatchObject({ anonymous: true, createdAt: '2026-11-23', updatedAt: '2026-11-23' });
    expect(answer?.personKey).toBeUndefined();
    expect(answer?.schoolRole).toBeUndefined();
    expect(JSON.stringify(answer)).not.toMatch(/fatima|care-coordinator/);
    expect(kit.h.deps.logger.dump()).not.toContain(secret);

    kit.h.deps.clock.set('2026-11-25T10:00:00Z');
    const [editForm] = await kit.click(fatima, edit, {}, dm('fatima'));
    expect((editForm?.card?.blocks.find((b) => b.type === 'input') as TextInput).value).toBe('Beter differentiëren in mijn klas');
    await kit.click(fatima, buttonOf(editForm, NEEDS_ACTIONS.save), filled({ learnWhat: 'Meertalige ouders betrekken' }), dm('fatima'));
    const after = await kit.h.deps.storage.needsAnswers.listByRound(kit.roundId);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: answer!.id, learnWhat: 'Meertalige ouders betrekken', createdAt: '2026-11-23', updatedAt: '2026-11-25' });
    expect(await kit.h.deps.storage.needsAnswers.findNamed(kit.roundId, 'chat:t1:fatima')).toBeUndefined();
  });

  it('accepts one new anonymous answer per person, so nobody can reach the results threshold alone', async () => {
    const kit = await started();
    const first = await formOf(kit, 'fatima', fatima, true);
    await kit.click(fatima, buttonOf(first, NEEDS_ACTIONS.save), filled(), dm('fatima'));
    const second = await formOf(kit, 'fatima', fatima, true);
    const [refused] = await kit.click(fatima, buttonOf(second, NEEDS_ACTIONS.save), filled({ learnWhat: 'Nog een keer' }), dm('fatima'));
    expect(refused?.text).toBe('Je vulde deze bevraging al anoniem in. Iets aanpassen? Gebruik de knop in je bevestiging.');
    expect(await kit.h.deps.storage.needsAnswers.listByRound(kit.roundId)).toHaveLength(1);
    const round = await kit.h.deps.storage.needsRounds.get(kit.roundId);
    expect(round?.anonymousMarks).toHaveLength(1);
    expect(JSON.stringify(round)).not.toContain('fatima');
  });

  it('refuses anonymous answers when the facilitator did not allow them', async () => {
    const kit = await started('no');
    expect(buttons(kit.privateTo('jonas')[0]).map((b) => b.id)).toEqual([NEEDS_ACTIONS.fill]);
    const refused = await kit.click(jonas, { id: NEEDS_ACTIONS.save, value: `${kit.roundId}|anonymous:${'a'.repeat(32)}` }, filled(), dm('jonas'));
    expect(texts(refused)).toBe('Anoniem invullen is in deze bevraging niet toegestaan.');
    expect(await kit.h.deps.storage.needsAnswers.listByRound(kit.roundId)).toEqual([]);
  });

  it('offers the learning question for a help question; Overnemen, Aanpassen and Laten zo', async () => {
    const previous = setLearningQuestionSuggester((text) => (/^help me met (.+)/i.test(text) ? `Hoe kan ik ${text.replace(/^help me met /i, '')} aanpakken, zodat ik het zelf kan?` : undefined));
    try {
      const kit = await started();
      const form = await formOf(kit, 'jonas', jonas);
      const replies = await kit.click(jonas, buttonOf(form, NEEDS_ACTIONS.save), filled({ learnWhat: 'Help me met lastige oudergesprekken' }), dm('jonas'));
      expect(replies).toHaveLength(2);
      expect(buttons(replies[1]).map((b) => b.label)).toEqual(['Overnemen', 'Aanpassen', 'Laten zo']);
      await kit.click(jonas, buttonOf(replies[1], NEEDS_ACTIONS.rephraseAccept), {}, dm('jonas'));
      expect((await kit.h.deps.storage.needsAnswers.findNamed(kit.roundId, 'chat:t1:jonas'))?.learningQuestion).toBe('Hoe kan ik lastige oudergesprekken aanpakken, zodat ik het zelf kan?');
      const [edit] = await kit.click(jonas, buttonOf(replies[1], NEEDS_ACTIONS.rephraseEdit), {}, dm('jonas'));
      await kit.click(jonas, buttonOf(edit, NEEDS_ACTIONS.rephraseSave), { learningQuestion: 'Hoe voer ik een goed oudergesprek?' }, dm('jonas'));
      expect((await kit.h.deps.storage.needsAnswers.findNamed(kit.roundId, 'chat:t1:jonas'))?.learningQuestion).toBe('Hoe voer ik een goed oudergesprek?');
      expect(texts(await kit.click(jonas, buttonOf(replies[1], NEEDS_ACTIONS.rephraseKeep), {}, dm('jonas')))).toMatch(/blijft zoals het is/);
      // Anonymous: the buttons carry the secret, and the learning question lands on the anonymous answer.
      const anonForm = await formOf(kit, 'fatima', fatima, true);
      const anon = await kit.click(fatima, buttonOf(anonForm, NEEDS_ACTIONS.save), filled({ learnWhat: 'Help me met klasmanagement' }), dm('fatima'));
      await kit.click(fatima, buttonOf(anon[1], NEEDS_ACTIONS.rephraseAccept), {}, dm('fatima'));
      const stored = (await kit.h.deps.storage.needsAnswers.listByRound(kit.roundId)).find((a) => a.anonymous);
      expect(stored).toMatchObject({ learningQuestion: 'Hoe kan ik klasmanagement aanpakken, zodat ik het zelf kan?', updatedAt: '2026-11-23' });
    } finally {
      setLearningQuestionSuggester(previous);
    }
  });
});

describe('reminders and closing', () => {
  it('reminds members without a named answer at most twice, 3 days and 1 day before closing', async () => {
    const kit = await started();
    await kit.click(jonas, buttonOf(await formOf(kit, 'jonas', jonas), NEEDS_ACTIONS.save), filled(), dm('jonas'));
    const reminders = (user: string) => kit.privateTo(user).filter((m) => m.text.startsWith('Herinnering'));
    await kit.at('2026-12-12T15:59:00Z');
    expect(reminders('fatima')).toHaveLength(0);
    await kit.at('2026-12-12T16:00:00Z');
    expect(reminders('fatima')).toHaveLength(1);
    expect(reminders('fatima')[0]?.text).toContain('Al anoniem ingevuld? Dan mag je dit negeren.');
    expect(buttons(reminders('fatima')[0]).map((b) => b.id)).toEqual([NEEDS_ACTIONS.fill, NEEDS_ACTIONS.fillAnonymous]);
    // Running the job again changes nothing.
    await kit.h.core.runJob(`needs-remind:${kit.roundId}`);
    expect(reminders('fatima')).toHaveLength(1);
    await kit.at('2026-12-14T16:00:00Z');
    await kit.h.core.runJob(`needs-remind:${kit.roundId}`);
    expect(reminders('fatima')).toHaveLength(2);
    expect(reminders('an')).toHaveLength(2);
    expect(reminders('jonas')).toHaveLength(0);
    expect((await kit.h.deps.storage.needsRounds.get(kit.roundId))?.remindersSent).toEqual({ 'chat:t1:an': 2, 'chat:t1:fatima': 2 });
  });

  it('defers a reminder in quiet hours to their end, when that is still before closing', async () => {
    const kit = await started();
    const person = await kit.h.deps.storage.people.get('chat:t1:fatima');
    await kit.h.deps.storage.people.save({ ...person!, quietHours: { start: '20:00', end: '07:00', weekends: true } });
    const reminders = (user: string) => kit.privateTo(user).filter((m) => m.text.startsWith('Herinnering'));
    // Saturday 12 December 17:00: An is reminded, Fatima's weekend is quiet.
    await kit.at('2026-12-12T16:00:00Z');
    expect(reminders('an')).toHaveLength(1);
    expect(reminders('fatima')).toHaveLength(0);
    // Monday 07:00 in Brussels.
    await kit.at('2026-12-14T05:59:00Z');
    expect(reminders('fatima')).toHaveLength(0);
    await kit.at('2026-12-14T06:00:00Z');
    expect(reminders('fatima')).toHaveLength(1);
    await kit.at('2026-12-14T16:00:00Z');
    expect(reminders('fatima')).toHaveLength(2);
    expect(reminders('an')).toHaveLength(2);
  });

  it('closes at the closing time, tells the facilitator the count (results withheld below 3), and refuses changes afterwards', async () => {
    const kit = await started();
    const jonasForm = await formOf(kit, 'jonas', jonas);
    await kit.click(jonas, buttonOf(jonasForm, NEEDS_ACTIONS.save), filled(), dm('jonas'));
    const anon = await formOf(kit, 'fatima', fatima, true);
    const [confirmation] = await kit.click(fatima, buttonOf(anon, NEEDS_ACTIONS.save), filled(), dm('fatima'));
    await kit.at('2026-12-15T16:00:00Z');
    const round = await kit.h.deps.storage.needsRounds.get(kit.roundId);
    expect(round).toMatchObject({ status: 'closed', closedAt: '2026-12-15T16:00:00.000Z' });
    expect(kit.privateTo('an').at(-2)?.text).toBe('De nodenbevraging van PLG Taal is afgesloten: 2 van de 3 leden antwoordden. De resultaten volgen.');
    expect(kit.privateTo('an').at(-1)?.text).toMatch(/^De resultaten van de nodenbevraging van PLG Taal worden niet getoond: er zijn 2 antwoorden, minder dan 3/);
    expect(kit.privateTo('jonas').some((m) => m.text.includes('afgesloten'))).toBe(false);
    expect(kit.h.deps.scheduler.size()).toBe(0);
    const closed = 'Deze nodenbevraging is afgesloten; je antwoord kan niet meer veranderen. Bedankt!';
    expect(texts(await kit.click(jonas, buttonOf(jonasForm, NEEDS_ACTIONS.save), filled({ learnWhat: 'later' }), dm('jonas')))).toBe(closed);
    expect(texts(await kit.click(fatima, buttonOf(confirmation, NEEDS_ACTIONS.edit), {}, dm('fatima')))).toBe(closed);
    expect(texts(await kit.click(jonas, buttonOf(kit.privateTo('jonas')[0], NEEDS_ACTIONS.fill), {}, dm('jonas')))).toBe(closed);
    expect((await kit.h.deps.storage.needsAnswers.findNamed(kit.roundId, 'chat:t1:jonas'))?.learnWhat).toBe('Beter differentiëren in mijn klas');
  });

  it('re-arms the closing and the next reminder after a restart', async () => {
    const kit = await started();
    const scheduler = new ManualScheduler();
    const deps = { ...kit.h.deps, scheduler };
    const core = createCore(deps);
    scheduler.onDue((id) => core.runJob(id));
    expect(await core.start()).toBeGreaterThanOrEqual(2);
    expect(scheduler.nextDue()?.toISOString()).toBe('2026-12-12T16:00:00.000Z');
    kit.h.deps.clock.set('2026-12-16T08:00:00Z');
    await scheduler.runDue(kit.h.deps.clock.now());
    expect((await kit.h.deps.storage.needsRounds.get(kit.roundId))?.status).toBe('closed');
    // Reminders that were missed while down are not sent after closing.
    expect(kit.privateTo('fatima').filter((m) => m.text.startsWith('Herinnering'))).toHaveLength(0);
  });
});

describe('the real rephrasing module', () => {
  it('offers a learning question for a Dutch help question after a named save', async () => {
    const kit = await started();
    const form = await formOf(kit, 'jonas', jonas);
    const replies = await kit.click(jonas, buttonOf(form, NEEDS_ACTIONS.save), filled({ learnWhat: 'Ik weet niet hoe ik moet differentiëren in mijn klas' }), dm('jonas'));
    expect(replies.length).toBeGreaterThanOrEqual(1);
    if (replies.length === 2) expect(buttons(replies[1]).map((b) => b.label)).toEqual(['Overnemen', 'Aanpassen', 'Laten zo']);
  });
});
