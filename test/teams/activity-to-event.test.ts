import { describe, expect, it } from 'vitest';
import { activityToEvent, parseSubmit } from '../../src/channels/teams/activity-to-event.js';
import { LIMITS } from '../../src/core/index.js';
import {
  BOT,
  CHANNEL,
  conversationUpdate,
  execute,
  groupMessage,
  installationUpdate,
  newUser,
  personalConversation,
  personalMessage,
  submit,
  TENANT,
} from './teams-activities.js';

const SERVICE = 'https://smba.trafficmanager.net/emea/';

describe('parseSubmit (Action.Submit value → action)', () => {
  it('splits the comma-joined values of inputs named in lkMulti, and keeps other inputs as strings', () => {
    expect(parseSubmit({ actionId: 'survey.send', value: 's-1', lkMulti: ['topics', 'days'], topics: 'a, b,,c', days: '', name: 'An', count: 3 })).toEqual({
      actionId: 'survey.send',
      value: 's-1',
      inputs: { topics: ['a', 'b', 'c'], days: [], name: 'An', count: '3' },
    });
  });

  it('gives an untouched multi-select an empty list and ignores Teams’ own objects', () => {
    expect(parseSubmit({ actionId: 'x', lkMulti: ['topics'], msteams: { type: 'messageBack' } })).toEqual({ actionId: 'x', inputs: { topics: [] } });
  });

  it('refuses values that are not ours', () => {
    for (const value of [undefined, null, 'lang.set', {}, { actionId: '' }, { actionId: 42 }, { actionId: 'x'.repeat(LIMITS.actionId + 1) }, { actionId: 'a', value: 3 }, { actionId: 'a', lkMulti: 'topics' }]) {
      expect(parseSubmit(value), JSON.stringify(value)).toBeUndefined();
    }
  });
});

describe('activityToEvent', () => {
  it('turns a personal message into a message event with a stable actor and a storable address', () => {
    const user = newUser();
    const activity = personalMessage(SERVICE, user, '  hulp  ');
    expect(activityToEvent(activity, BOT.id)).toEqual({
      kind: 'message',
      id: activity['id'],
      text: 'hulp',
      actor: { id: user.aadObjectId, tenantId: TENANT, name: user.name },
      address: {
        channel: 'teams',
        tenantId: TENANT,
        conversationId: personalConversation(user),
        scope: 'personal',
        userId: user.aadObjectId,
        ref: {
          activityId: activity['id'],
          user: user,
          bot: BOT,
          conversation: { id: personalConversation(user), conversationType: 'personal', tenantId: TENANT },
          channelId: 'msteams',
          locale: 'nl-BE',
          serviceUrl: SERVICE,
        },
      },
    });
  });

  it('finds the tenant in channelData, else uses "default", and the 29: id when there is no aadObjectId', () => {
    const user = { id: '29:guest', name: 'Gast', aadObjectId: undefined as unknown as string };
    const activity = personalMessage(SERVICE, user, 'hulp');
    const fromChannelData = activityToEvent({ ...activity, conversation: { id: 'a:1', conversationType: 'personal' } }, BOT.id);
    expect(fromChannelData).toMatchObject({ actor: { id: '29:guest', tenantId: TENANT }, address: { tenantId: TENANT } });
    const none = activityToEvent({ ...activity, conversation: { id: 'a:1' }, channelData: {} }, BOT.id);
    expect(none).toMatchObject({ actor: { tenantId: 'default' }, address: { tenantId: 'default', scope: 'personal' } });
  });

  it('strips the bot mention from a channel message and addresses the channel, not the thread', () => {
    const event = activityToEvent(groupMessage(SERVICE, newUser(), 'taal  en', { mention: true }), BOT.id);
    expect(event).toMatchObject({ kind: 'message', text: 'taal en', address: { scope: 'channel', conversationId: CHANNEL.id, ref: { conversation: { id: CHANNEL.id } } } });
    expect(event?.address).not.toHaveProperty('userId');
  });

  it('strips an <at> tag for the bot even when the entity text differs, and writes other people as @Name', () => {
    const activity = {
      ...groupMessage(SERVICE, newUser(), '', { mention: true, scope: 'groupChat' }),
      text: '<at>leerkring</at>&nbsp;groep rol <at>Jan</at> facilitator',
      entities: [
        { type: 'mention', text: '<at>Leerkring</at>', mentioned: BOT },
        { type: 'mention', text: '<at>Jan</at>', mentioned: { id: '29:jan', name: 'Jan' } },
        { type: 'clientInfo', locale: 'nl-BE' },
      ],
    };
    expect(activityToEvent(activity, BOT.id)).toMatchObject({ kind: 'message', text: 'groep rol @Jan facilitator', address: { scope: 'group' } });
  });

  it('lists the people mentioned besides the bot, in order of appearance, once each, without channels or tags', () => {
    const activity = {
      ...groupMessage(SERVICE, newUser(), '', { mention: true }),
      text: '<at>Leerkring</at> <at>Els</at>, <at>Jan</at> en <at>Els</at> in <at>Algemeen</at> en <at>Wiskunde</at>',
      entities: [
        { type: 'mention', text: '<at>Leerkring</at>', mentioned: BOT },
        { type: 'mention', text: '<at>Jan</at>', mentioned: { id: '29:jan', name: 'Jan', aadObjectId: 'aad-jan' } },
        { type: 'mention', text: '<at>Els</at>', mentioned: { id: '29:els', name: 'Els' } },
        { type: 'mention', text: '<at>Algemeen</at>', mentioned: { id: '19:general@thread.tacv2', name: 'Algemeen' } },
        { type: 'mention', text: '<at>Wiskunde</at>', mentioned: { id: 'dGFnLWlk', name: 'Wiskunde' } },
      ],
    };
    const event = activityToEvent(activity, BOT.id);
    expect(event).toMatchObject({ kind: 'message', text: '@Els, @Jan en @Els in @Algemeen en @Wiskunde' });
    expect(event?.kind === 'message' && event.mentions).toEqual([
      { id: '29:els', tenantId: TENANT, name: 'Els' },
      { id: 'aad-jan', tenantId: TENANT, name: 'Jan' },
    ]);
    expect(activityToEvent(personalMessage(SERVICE, newUser(), 'hulp'), BOT.id)).not.toHaveProperty('mentions');
  });

  it('ignores channel and group messages that do not mention the bot, even when they mention someone else', () => {
    expect(activityToEvent(groupMessage(SERVICE, newUser(), 'hulp', { mention: false }), BOT.id)).toBeUndefined();
    const other = { ...groupMessage(SERVICE, newUser(), 'hulp', { mention: false, scope: 'groupChat' }), entities: [{ type: 'mention', text: '<at>Jan</at>', mentioned: { id: '29:jan' } }] };
    expect(activityToEvent(other, BOT.id)).toBeUndefined();
  });

  it('passes text longer than the inbound limit through as is (the core answers it)', () => {
    const long = 'b'.repeat(LIMITS.inboundText * 2);
    expect(activityToEvent(personalMessage(SERVICE, newUser(), long), BOT.id)).toMatchObject({ kind: 'message', text: long });
  });

  it('turns a card submit into an action, in any scope and without a mention', () => {
    const user = newUser();
    expect(activityToEvent(submit(SERVICE, user, { actionId: 'lang.set', language: 'fr' }, 'channel'), BOT.id)).toMatchObject({
      kind: 'action',
      actionId: 'lang.set',
      inputs: { language: 'fr' },
      actor: { id: user.aadObjectId },
      address: { scope: 'channel' },
    });
    expect(activityToEvent(submit(SERVICE, user, { actionId: '' }), BOT.id)).toBeUndefined();
  });

  it('turns an Action.Execute invoke into an action (verb = actionId, data = value and inputs)', () => {
    const activity = execute(SERVICE, newUser(), 'survey.send', { value: 's-1', lkMulti: ['topics'], topics: 'a,b', actionId: 'ignored' });
    expect(activityToEvent(activity, BOT.id)).toMatchObject({ kind: 'action', actionId: 'survey.send', value: 's-1', inputs: { topics: ['a', 'b'] } });
    expect(activityToEvent({ ...activity, value: { action: { type: 'Action.Submit', verb: 'x' } } }, BOT.id)).toBeUndefined();
    expect(activityToEvent({ ...activity, name: 'task/fetch' }, BOT.id)).toBeUndefined();
  });

  it('gives both install signals of one conversation the same event id, so the core welcomes once', () => {
    const user = newUser();
    const viaInstallation = activityToEvent(installationUpdate(SERVICE, user, 'add'), BOT.id);
    const viaMembers = activityToEvent(conversationUpdate(SERVICE, user, { added: [{ id: BOT.id }] }, 'personal'), BOT.id);
    expect(viaInstallation).toMatchObject({ kind: 'installed', id: `installed:${personalConversation(user)}`, actor: { id: user.aadObjectId } });
    expect(viaMembers?.kind).toBe('installed');
    expect(viaMembers?.id).toBe(viaInstallation?.id);
    expect(activityToEvent(conversationUpdate(SERVICE, user, { added: [{ id: BOT.id }] }), BOT.id)).toMatchObject({ kind: 'installed', address: { scope: 'channel', conversationId: CHANNEL.id } });
  });

  it('names the group after the team (or the chat topic) when the bot is installed', () => {
    const user = newUser();
    const team = conversationUpdate(SERVICE, user, { added: [{ id: BOT.id }] });
    const named = { ...team, channelData: { ...(team['channelData'] as object), team: { id: '19:team@thread.tacv2', name: 'PLG Wiskunde 1ste graad' } } };
    expect(activityToEvent(named, BOT.id)).toMatchObject({ kind: 'installed', conversationName: 'PLG Wiskunde 1ste graad' });
    const chat = conversationUpdate(SERVICE, user, { added: [{ id: BOT.id }] }, 'groupChat');
    const topic = { ...chat, conversation: { ...(chat['conversation'] as object), name: 'Lerend netwerk STEM' } };
    expect(activityToEvent(topic, BOT.id)).toMatchObject({ kind: 'installed', conversationName: 'Lerend netwerk STEM' });
    expect(activityToEvent(installationUpdate(SERVICE, user, 'add'), BOT.id)).not.toHaveProperty('conversationName');
  });

  it('ignores upgrades, uninstalls and the bot’s own removal', () => {
    const user = newUser();
    for (const action of ['add-upgrade', 'remove', 'remove-upgrade']) expect(activityToEvent(installationUpdate(SERVICE, user, action), BOT.id)).toBeUndefined();
    expect(activityToEvent(conversationUpdate(SERVICE, user, { removed: [{ id: BOT.id }] }), BOT.id)).toBeUndefined();
    expect(activityToEvent(conversationUpdate(SERVICE, user, {}), BOT.id)).toBeUndefined();
  });

  it('reports other people joining and leaving, by their stable id', () => {
    const user = newUser();
    expect(activityToEvent(conversationUpdate(SERVICE, user, { added: [{ id: '29:a', aadObjectId: 'aad-a', name: 'A' }, { id: '29:b' }] }), BOT.id)).toMatchObject({
      kind: 'members-added',
      members: [
        { id: 'aad-a', tenantId: TENANT, name: 'A' },
        { id: '29:b', tenantId: TENANT },
      ],
    });
    expect(activityToEvent(conversationUpdate(SERVICE, user, { removed: [{ id: BOT.id }, { id: '29:c', aadObjectId: 'aad-c' }] }), BOT.id)).toMatchObject({
      kind: 'members-removed',
      members: [{ id: 'aad-c' }],
    });
  });

  it('ignores other activity types and anything without the envelope', () => {
    const user = newUser();
    expect(activityToEvent({ ...personalMessage(SERVICE, user, ''), type: 'messageReaction' }, BOT.id)).toBeUndefined();
    expect(activityToEvent({ ...personalMessage(SERVICE, user, ''), type: 'typing' }, BOT.id)).toBeUndefined();
    expect(activityToEvent({ type: 'message', text: 'hulp' }, BOT.id)).toBeUndefined();
    expect(activityToEvent(null, BOT.id)).toBeUndefined();
  });

  it('derives a stable id from the payload when Teams sends none', () => {
    const { id: _id, ...withoutId } = personalMessage(SERVICE, newUser(), 'hulp');
    const first = activityToEvent(withoutId, BOT.id);
    expect(first?.id).toMatch(/^h:[0-9a-f]{32}$/);
    expect(activityToEvent(withoutId, BOT.id)?.id).toBe(first?.id);
  });
});
