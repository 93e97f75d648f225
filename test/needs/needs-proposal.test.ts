import { MOMENT_ACTIONS } from '../../src/core/features/moments/moment.js';
import { describe, expect, it } from 'vitest';
import { NEEDS_ACTIONS } from '../../src/core/features/needs/needs-cards.js';
import { PROPOSAL_ACTIONS } from '../../src/core/features/needs/results/needs-proposal.js';
import { dm } from '../helpers/core-harness.js';
import type { Actor } from '../../src/core/index.js';
import { an, buttonOf, buttons, fatima, filled, jonas, setup, team, texts, type Kit } from './kit.js';

const stranger: Actor = { id: 'zoe', tenantId: 't1', name: 'Zoë Vos' };

async function closedRound(): Promise<Kit> {
  const kit = await setup();
  const [form] = await kit.h.say(an, 'noden tot 15/12', team);
  await kit.click(an, buttonOf(form, NEEDS_ACTIONS.start), { closes: '15/12', anonymous: 'yes' });
  for (const [user, actor] of [['an', an], ['jonas', jonas], ['fatima', fatima]] as const) {
    const [dialog] = await kit.click(actor, buttonOf(kit.privateTo(user)[0], NEEDS_ACTIONS.fill), {}, dm(user));
    await kit.click(actor, buttonOf(dialog, NEEDS_ACTIONS.save), filled({ learnWhat: user === 'fatima' ? 'Iets anders leren' : 'Hoe differentieer ik beter?', themes: ['multilingualism'] }), dm(user));
  }
  await kit.at('2026-12-15T16:00:00Z');
  return kit;
}

const resultsCard = (kit: Kit) => kit.privateTo('an').filter((m) => m.card?.title?.startsWith('Resultaten')).at(-1);

async function proposed(kit: Kit, question = 'Hoe ondersteunen we meertalige leerlingen?') {
  const [form] = await kit.click(an, buttonOf(resultsCard(kit), PROPOSAL_ACTIONS.open), {}, dm('an'));
  await kit.click(an, buttonOf(form, PROPOSAL_ACTIONS.submit), { question }, dm('an'));
  return kit.toChannel().at(-1);
}

describe('from the needs results into the plan', () => {
  it('shows the three buttons and prefills the form with the most common learning question', async () => {
    const kit = await closedRound();
    const card = resultsCard(kit);
    expect(buttons(card).map((b) => b.label)).toEqual(['Exporteer CSV', 'Centrale leervraag voorstellen', 'Starter posten over Meertaligheid', 'Moment plannen over Meertaligheid']);
    const [form] = await kit.click(an, buttonOf(card, PROPOSAL_ACTIONS.open), {}, dm('an'));
    expect(JSON.stringify(form)).toContain('"value":"Hoe differentieer ik beter?"');
    const [refusal] = await kit.click(an, buttonOf(form, PROPOSAL_ACTIONS.submit), { question: 'kort' }, dm('an'));
    expect(JSON.stringify(refusal)).toContain('tussen 5 en 500 tekens');
  });

  it('posts the proposal in the channel; a majority of members sets the group question and it is announced', async () => {
    const kit = await closedRound();
    const post = await proposed(kit);
    expect(post?.text).toContain('An Peeters stelt een centrale leervraag voor: *Hoe ondersteunen we meertalige leerlingen?*');
    expect(buttons(post).map((b) => b.label)).toEqual(['Akkoord', 'Niet akkoord', 'Reageren']);
    expect(texts(await kit.click(jonas, buttonOf(post, PROPOSAL_ACTIONS.yes)))).toContain('1 van de 3');
    // Changing a vote replaces it.
    expect(texts(await kit.click(jonas, buttonOf(post, PROPOSAL_ACTIONS.no)))).toContain('0 van de 3');
    expect(texts(await kit.click(jonas, buttonOf(post, PROPOSAL_ACTIONS.yes)))).toContain('1 van de 3');
    expect(texts(await kit.click(jonas, buttonOf(post, PROPOSAL_ACTIONS.yes)))).toContain('1 van de 3');
    expect((await kit.h.deps.storage.groups.get(kit.groupId))?.learningQuestion).toBeUndefined();
    await kit.click(fatima, buttonOf(post, PROPOSAL_ACTIONS.yes));
    expect((await kit.h.deps.storage.groups.get(kit.groupId))?.learningQuestion).toBe('Hoe ondersteunen we meertalige leerlingen?');
    expect(kit.toChannel().at(-1)?.text).toBe('Meer dan de helft ging akkoord: de leervraag van de groep is nu *Hoe ondersteunen we meertalige leerlingen?*');
    expect(texts(await kit.click(an, buttonOf(post, PROPOSAL_ACTIONS.yes)))).toContain('afgesloten of verlopen');
  });

  it('refuses non-members', async () => {
    const kit = await closedRound();
    const post = await proposed(kit);
    expect(texts(await kit.click(stranger, buttonOf(post, PROPOSAL_ACTIONS.yes)))).toMatch(/PLG Taal/);
    expect(texts(await kit.click(stranger, buttonOf(post, PROPOSAL_ACTIONS.comment)))).toMatch(/PLG Taal/);
    expect(texts(await kit.click(jonas, buttonOf(post, PROPOSAL_ACTIONS.yes)))).toContain('1 van de 3');
  });

  it('passes comments with the name to the facilitators privately, saying so in the form', async () => {
    const kit = await closedRound();
    const post = await proposed(kit);
    const [form] = await kit.click(jonas, buttonOf(post, PROPOSAL_ACTIONS.comment));
    expect(JSON.stringify(form)).toContain('niet anoniem');
    const replies = await kit.click(jonas, buttonOf(form, PROPOSAL_ACTIONS.commentSave), { comment: 'Liever ook over lezen' });
    expect(texts(replies)).toBe('Je reactie is doorgegeven aan de begeleiders.');
    expect(kit.privateTo('an').at(-1)?.text).toBe('Jonas Claes reageerde op het voorstel *Hoe ondersteunen we meertalige leerlingen?*: Liever ook over lezen');
    expect(kit.privateTo('fatima').some((m) => m.text.includes('Liever ook'))).toBe(false);
  });

  it('replies with the starters filtered on the top theme and with the planning form about it', async () => {
    const kit = await closedRound();
    const [list] = await kit.click(an, buttonOf(resultsCard(kit), PROPOSAL_ACTIONS.starter), {}, dm('an'));
    expect(JSON.stringify(list)).toContain('meertaligheid');
    const [form] = await kit.click(an, buttonOf(resultsCard(kit), PROPOSAL_ACTIONS.plan), {}, dm('an'));
    const blocks = form?.card?.blocks ?? [];
    expect(blocks.find((b) => b.type === 'input' && b.id === 'title')).toMatchObject({ value: 'Meertaligheid' });
    expect(JSON.stringify(blocks.find((b) => b.type === 'input' && b.id === 'agenda'))).toContain('over Meertaligheid');
    // Submitting it plans a moment like the `plan` command does: the confirmation with the date comes back.
    const submit = buttonOf(form, MOMENT_ACTIONS.planSubmit);
    const [confirmation] = await kit.click(an, submit, { title: 'Meertaligheid', when: '08/12 15u30-16u30', agenda: 'Wat leerden we?' }, dm('an'));
    expect(JSON.stringify(confirmation), JSON.stringify(confirmation)).toMatch(/8 december/);
    expect(JSON.stringify(confirmation?.card), JSON.stringify(confirmation)).toContain(MOMENT_ACTIONS.planConfirm);
    expect(texts(await kit.click(jonas, buttonOf(resultsCard(kit), PROPOSAL_ACTIONS.plan), {}, dm('jonas')))).toMatch(/An Peeters/);
  });
});
