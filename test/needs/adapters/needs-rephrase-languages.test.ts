import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { personKey } from '../../../src/core/index.js';
import { NEEDS_ACTIONS } from '../../../src/core/features/needs/needs-cards.js';
import { suggestLearningQuestion } from '../../../src/core/features/needs/rephrase/index.js';
import { startFakeConnector, type ConnectorRequest, type FakeConnector } from '../../fakes/fake-connector.js';
import { startFakeSlack, type FakeSlack, type FakeSlackCall } from '../../fakes/fake-slack.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { buttonClick, buttonValue, dm, eventCallback, hasButton, json, postToSlack, type RawBody, settled, slashCommand, startSlackApp, viewSubmission } from '../../slack/slack-kit.js';
import { BOT, CHANNEL, conversationUpdate, dataOf, groupMessage, newUser, personalConversation, personalMessage, postActivity, submit, submitsOf, type TeamsUser, TENANT } from '../../teams/teams-activities.js';

/*
 * Issue 6: "the rephrasing in nl, en and fr" through the real adapters. Dutch is covered by needs-teams/needs-slack;
 * here one member chose English (`language en`) and another French (`langue fr`) in their 1:1 before the round.
 * Each answers the form with a help question in their language, gets the suggested learning question in that
 * language, accepts it, and the stored answer's learningQuestion is exactly the suggestion.
 */

const CLOSES = '2026-11-30T16:00:00.000Z';
const HELP_EN = "I don't know how to keep a noisy class focused";
const HELP_FR = 'je ne sais pas comment aider un élève qui décroche';
const SUGGESTED_EN = suggestLearningQuestion(HELP_EN, 'en');
const SUGGESTED_FR = suggestLearningQuestion(HELP_FR, 'fr');

describe('the suggested learning questions themselves', () => {
  it('are English and French sentences built from the member words', () => {
    expect(SUGGESTED_EN).toBe('How can I learn to keep a noisy class focused, so that I can handle such situations myself?');
    expect(SUGGESTED_FR).toBe('Comment puis-je apprendre à aider un élève qui décroche, afin de pouvoir faire face moi-même à ce genre de situations ?');
  });
});

// ---------------------------------------------------------------------------------------------------- Teams

describe('rephrasing in English and French through the Teams adapter', () => {
  let connector: FakeConnector;
  let app: TestApp | undefined;
  const conversations = new Map<string, Set<string>>();

  beforeAll(async () => {
    connector = await startFakeConnector();
  });
  afterAll(async () => {
    await connector.close();
  });
  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });

  const keyOf = (u: TeamsUser): string => personKey('teams', TENANT, u.aadObjectId);
  const textOf = (r: ConnectorRequest): string => String(r.body?.text ?? r.body?.summary ?? '');
  async function send(activity: Record<string, unknown>): Promise<void> {
    const res = await postActivity(app!.url, activity);
    expect(res.status).toBeLessThan(300);
  }
  async function remember(user: TeamsUser): Promise<void> {
    const set = conversations.get(user.id) ?? new Set([personalConversation(user)]);
    const stored = (await app!.storage.addresses.get(keyOf(user)))?.conversationId;
    if (stored) set.add(stored);
    conversations.set(user.id, set);
  }
  const privateTo = (user: TeamsUser): ConnectorRequest[] => {
    const set = conversations.get(user.id) ?? new Set([personalConversation(user)]);
    return connector.requests.filter((r) => r.method === 'POST' && r.conversationId !== undefined && set.has(r.conversationId) && r.body !== undefined);
  };

  it('offers the English and the French learning question, and stores the accepted one', async () => {
    conversations.clear();
    app = await startTestApp();
    connector.clear();
    const an = newUser('An Peeters');
    const emma = newUser('Emma Wilson');
    const claire = newUser('Claire Dubois');
    connector.setMembers(CHANNEL.id, [an, emma, claire].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })));
    const install = conversationUpdate(connector.url, an, { added: [{ id: BOT.id }] });
    (install['channelData'] as Record<string, unknown>)['team'] = { id: '19:team@thread.tacv2', name: 'PLG Taal' };
    await send(install);
    const group = await app.storage.groups.findByConversation('teams', TENANT, CHANNEL.id);
    if (!group) throw new Error('the group was not created');

    // Emma and Claire choose their language in their 1:1 first.
    await send(personalMessage(connector.url, emma, 'language en'));
    await send(personalMessage(connector.url, claire, 'langue fr'));
    expect(privateTo(emma).map(textOf).join('\n'), 'confirmation in English').toMatch(/English/);
    expect(privateTo(claire).map(textOf).join('\n'), 'confirmation in French').toMatch(/français/i);

    await send(groupMessage(connector.url, an, 'noden tot 30/11', { mention: true }));
    const startForm = connector.requests.filter((r) => r.conversationId?.startsWith(CHANNEL.id)).find((r) => submitsOf(r).some((d) => d['actionId'] === NEEDS_ACTIONS.start));
    await send(submit(connector.url, an, { ...dataOf(startForm, NEEDS_ACTIONS.start), closes: '30/11', anonymous: 'no' }, 'channel'));
    const [round] = await app.storage.needsRounds.listByGroup(group.id);
    expect(round).toMatchObject({ status: 'open', closesAt: CLOSES });
    const roundId = round!.id;
    for (const user of [an, emma, claire]) await remember(user);

    const cases: Array<[TeamsUser, string, string | undefined]> = [
      [emma, HELP_EN, SUGGESTED_EN],
      [claire, HELP_FR, SUGGESTED_FR],
    ];
    for (const [user, help, suggested] of cases) {
      const invite = privateTo(user).find((r) => submitsOf(r).some((d) => d['actionId'] === NEEDS_ACTIONS.fill));
      expect(invite, `${user.name}: ${privateTo(user).map(textOf).join('\n')}`).toBeDefined();
      await send(submit(connector.url, user, dataOf(invite, NEEDS_ACTIONS.fill), 'personal'));
      await remember(user);
      const dialog = privateTo(user).filter((r) => submitsOf(r).some((d) => d['actionId'] === NEEDS_ACTIONS.save)).at(-1);
      const save = dataOf(dialog, NEEDS_ACTIONS.save);
      expect(String(save['value'])).toBe(`${roundId}|named`);
      const before = privateTo(user).length;
      await send(
        submit(connector.url, user, { ...save, learnWhat: help, themes: 'differentiation', otherTheme: '', ways: 'observing', nowPlace: 'on-site', nowForm: 'informal', wantedPlace: 'both', wantedForm: 'formal' }, 'personal'),
      );
      const replies = privateTo(user).slice(before);
      const offer = replies.find((r) => submitsOf(r).some((d) => d['actionId'] === NEEDS_ACTIONS.rephraseAccept));
      expect(offer, `${user.name}: ${replies.map((r) => JSON.stringify(r.body)).join('\n')}`).toBeDefined();
      expect(JSON.stringify(offer!.body), user.name).toContain(JSON.stringify(suggested).slice(1, -1));
      await send(submit(connector.url, user, dataOf(offer, NEEDS_ACTIONS.rephraseAccept), 'personal'));
      expect(await app.storage.needsAnswers.findNamed(roundId, keyOf(user)), user.name).toMatchObject({ learnWhat: help, learningQuestion: suggested });
    }
  });
});

// ---------------------------------------------------------------------------------------------------- Slack

describe('rephrasing in English and French through the Slack adapter', () => {
  const AN = 'U1';
  const EMMA = 'U2';
  const CLAIRE = 'UCLAIRE9';
  const CH = 'C7';
  const dmOf = (userId: string): string => `D${userId.replace(/^U/, '')}`;
  let fake: FakeSlack;
  let app: TestApp | undefined;
  let sequence = 0;

  beforeAll(async () => {
    fake = await startFakeSlack();
  });
  afterAll(async () => {
    await fake.close();
  });
  afterEach(async () => {
    if (app) {
      await settled(app);
      await app.stop();
    }
    app = undefined;
  });

  async function deliver(body: RawBody): Promise<void> {
    const res = await postToSlack(app!, body);
    expect(res.status).toBe(200);
    await settled(app!);
  }
  const privateTo = (userId: string): FakeSlackCall[] => fake.callsTo('chat.postMessage').filter((c) => c.body['channel'] === dmOf(userId));
  function formValues(learnWhat: string): Record<string, unknown> {
    const radio = (id: string, value: string) => ({ [`b_${id}`]: { [id]: { type: 'radio_buttons', selected_option: { value } } } });
    const boxes = (id: string, value: string) => ({ [`b_${id}`]: { [id]: { type: 'checkboxes', selected_options: [{ value }] } } });
    return {
      b_learnWhat: { learnWhat: { type: 'plain_text_input', value: learnWhat } },
      ...boxes('themes', 'differentiation'),
      b_otherTheme: { otherTheme: { type: 'plain_text_input', value: null } },
      ...boxes('ways', 'observing'),
      ...radio('nowPlace', 'on-site'),
      ...radio('nowForm', 'informal'),
      ...radio('wantedPlace', 'both'),
      ...radio('wantedForm', 'formal'),
    };
  }

  it('offers the English and the French learning question, and stores the accepted one', async () => {
    fake.reset();
    fake.names.set(AN, 'An Peeters');
    fake.names.set(EMMA, 'Emma Wilson');
    fake.names.set(CLAIRE, 'Claire Dubois');
    app = await startSlackApp(fake);
    await deliver(json(eventCallback({ type: 'member_joined_channel', user: 'UBOT', channel: CH, channel_type: 'C', team: 'T1', inviter: AN })));
    await deliver(json(eventCallback({ type: 'member_joined_channel', user: CLAIRE, channel: CH, channel_type: 'C', team: 'T1' })));
    const group = await app.storage.groups.findByConversation('slack', 'T1', CH);
    if (!group) throw new Error('the group was not created');
    expect((await app.storage.memberships.listByGroup(group.id)).filter((m) => m.active)).toHaveLength(3);

    // Emma and Claire choose their language in their DM first.
    await deliver(dm('language en', { user: EMMA, channel: dmOf(EMMA) }));
    await deliver(dm('langue fr', { user: CLAIRE, channel: dmOf(CLAIRE) }));
    expect(JSON.stringify(privateTo(EMMA).map((c) => c.body['text'])), 'confirmation in English').toMatch(/English/);
    expect(JSON.stringify(privateTo(CLAIRE).map((c) => c.body['text'])), 'confirmation in French').toMatch(/français/i);

    await deliver(slashCommand('noden tot 30/11', { user: AN, channelId: CH, channelName: 'plg-taal', responseUrl: fake.responseUrl('start') }));
    await deliver(
      buttonClick(NEEDS_ACTIONS.start, {
        user: AN,
        channelId: CH,
        channelName: 'plg-taal',
        responseUrl: fake.responseUrl('started'),
        values: { b_closes: { closes: { type: 'plain_text_input', value: '30/11' } }, b_anon: { anonymous: { type: 'radio_buttons', selected_option: { value: 'no' } } } },
      }),
    );
    const [round] = await app.storage.needsRounds.listByGroup(group.id);
    expect(round).toMatchObject({ status: 'open', closesAt: CLOSES });
    const roundId = round!.id;

    const cases: Array<[string, string, string | undefined]> = [
      [EMMA, HELP_EN, SUGGESTED_EN],
      [CLAIRE, HELP_FR, SUGGESTED_FR],
    ];
    for (const [user, help, suggested] of cases) {
      const invite = privateTo(user).find((c) => hasButton(c, NEEDS_ACTIONS.fill));
      expect(invite, `${user}: ${JSON.stringify(privateTo(user).map((c) => c.body['text']))}`).toBeDefined();
      const triggerId = `trig.${user}.${++sequence}`;
      const opened = fake.callsTo('views.open').length;
      await deliver(buttonClick(NEEDS_ACTIONS.fill, { value: buttonValue(invite, NEEDS_ACTIONS.fill)!, user, channelId: dmOf(user), triggerId }));
      const modal = fake.callsTo('views.open')[opened];
      expect(modal?.body['trigger_id']).toBe(triggerId);
      const metadata = JSON.parse(String((modal?.body['view'] as { private_metadata: string }).private_metadata)) as Record<string, unknown>;
      expect(metadata).toMatchObject({ actionId: NEEDS_ACTIONS.save, value: `${roundId}|named` });
      const before = privateTo(user).length;
      await deliver(viewSubmission(metadata, formValues(help), { user }));
      const replies = privateTo(user).slice(before);
      const offer = replies.find((c) => hasButton(c, NEEDS_ACTIONS.rephraseAccept));
      expect(offer, `${user}: ${JSON.stringify(replies.map((c) => c.body))}`).toBeDefined();
      expect(JSON.stringify(offer!.body), user).toContain(JSON.stringify(suggested).slice(1, -1));
      await deliver(buttonClick(NEEDS_ACTIONS.rephraseAccept, { value: buttonValue(offer, NEEDS_ACTIONS.rephraseAccept)!, user, channelId: dmOf(user) }));
      expect(await app.storage.needsAnswers.findNamed(roundId, personKey('slack', 'T1', user)), user).toMatchObject({ learnWhat: help, learningQuestion: suggested });
    }
  });
});
