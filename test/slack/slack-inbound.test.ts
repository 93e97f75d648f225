import { describe, expect, it } from 'vitest';
import {
  fromAppMention,
  fromBlockActions,
  fromMemberEvent,
  fromMessageEvent,
  fromSlashCommand,
  fromViewSubmission,
  scopeOf,
  stateToInputs,
  stripMention,
} from '../../src/channels/slack/slack-inbound.js';

const at = 1_700_000_000_000;
const envelope = (event: Record<string, unknown>, teamId = 'T1') => ({ type: 'event_callback', team_id: teamId, event_id: 'Ev1', event });

describe('stateToInputs', () => {
  it('maps every element type to the core input shape, keyed by action id', () => {
    expect(
      stateToInputs({
        language: { language: { type: 'static_select', selected_option: { value: 'en' } } },
        mood: { mood: { type: 'radio_buttons', selected_option: { value: 'goed' } } },
        days: { days: { type: 'checkboxes', selected_options: [{ value: 'ma' }, { value: 'wo' }] } },
        groups: { groups: { type: 'multi_static_select', selected_options: [] } },
        question: { question: { type: 'plain_text_input', value: 'Hoe differentieer ik?' } },
      }),
    ).toEqual({ language: 'en', mood: 'goed', days: ['ma', 'wo'], groups: [], question: 'Hoe differentieer ik?' });
  });

  it('leaves out untouched single selects and empty text inputs, and strips the duplicate marker', () => {
    expect(
      stateToInputs({
        a: { a: { type: 'static_select', selected_option: null } },
        b: { b: { type: 'plain_text_input', value: null } },
        'note~2': { 'note~2': { type: 'plain_text_input', value: 'x' } },
      }),
    ).toEqual({ note: 'x' });
    expect(stateToInputs(undefined)).toEqual({});
  });
});

describe('scopes, mentions', () => {
  it('derives the address scope', () => {
    expect(scopeOf('D1', { channelType: 'im' })).toBe('personal');
    expect(scopeOf('G1', { channelType: 'mpim' })).toBe('group');
    expect(scopeOf('C1', { channelType: 'channel' })).toBe('channel');
    expect(scopeOf('D1', { channelName: 'directmessage' })).toBe('personal');
    expect(scopeOf('G2', { channelName: 'mpdm-anna--bert-1' })).toBe('group');
    expect(scopeOf('C1', { channelName: 'plg' })).toBe('channel');
  });

  it('strips the bot mention wherever it is', () => {
    expect(stripMention('<@UBOT> taal en', 'UBOT')).toBe('taal en');
    expect(stripMention('<@UBOT|leerkring>   hulp  ', 'UBOT')).toBe('hulp');
    expect(stripMention('vraag aan <@UBOT>: hulp', 'UBOT')).toBe('vraag aan : hulp');
    expect(stripMention('<@U1> kijk eens', 'UBOT')).toBe('<@U1> kijk eens');
    expect(stripMention('<@UBOT> hulp', undefined)).toBe('hulp');
  });
});

describe('Events API translation', () => {
  it('turns a DM into a message event with a personal address', () => {
    const t = fromMessageEvent(envelope({ type: 'message', channel: 'D1', channel_type: 'im', user: 'U1', text: 'hulp', ts: '1.1' }), 'UBOT', at);
    expect(t).toEqual({
      ok: true,
      event: {
        kind: 'message',
        id: 'Ev1',
        address: { channel: 'slack', tenantId: 'T1', conversationId: 'D1', scope: 'personal', userId: 'U1' },
        actor: { id: 'U1', tenantId: 'T1' },
        text: 'hulp',
      },
      route: { channelId: 'D1', scope: 'personal', ephemeral: false, receivedAt: at },
    });
  });

  it('uses the person’s own team when Slack names it (shared channels, Enterprise Grid)', () => {
    const t = fromMessageEvent(envelope({ type: 'message', channel: 'D1', channel_type: 'im', user: 'U1', user_team: 'T9', text: 'x', ts: '1.1' }), 'UBOT', at);
    expect(t.ok && 'actor' in t.event ? t.event.actor : undefined).toEqual({ id: 'U1', tenantId: 'T9' });
  });

  it('ignores bots, subtypes, the bot itself and channel messages, with a reason', () => {
    const cases = [
      { type: 'message', channel: 'D1', channel_type: 'im', user: 'U1', bot_id: 'B1', text: 'x', ts: '1' },
      { type: 'message', channel: 'D1', channel_type: 'im', subtype: 'message_deleted', ts: '1' },
      { type: 'message', channel: 'D1', channel_type: 'im', user: 'UBOT', text: 'x', ts: '1' },
      { type: 'message', channel: 'C1', channel_type: 'channel', user: 'U1', text: 'x', ts: '1' },
      { type: 'message', channel: 42 },
    ];
    for (const event of cases) expect(fromMessageEvent(envelope(event), 'UBOT', at)).toMatchObject({ ok: false, reason: expect.any(String) as unknown });
    expect(fromMessageEvent({ nope: true }, 'UBOT', at).ok).toBe(false);
  });

  it('turns an app_mention into a message event with the mention stripped, in the thread', () => {
    const t = fromAppMention(envelope({ type: 'app_mention', channel: 'C1', user: 'U1', text: '<@UBOT> hulp', ts: '1.2', thread_ts: '1.0' }), 'UBOT', at);
    expect(t).toMatchObject({
      ok: true,
      event: { kind: 'message', text: 'hulp', address: { conversationId: 'C1', scope: 'channel' } },
      route: { channelId: 'C1', threadTs: '1.0', ephemeral: false },
    });
    expect(t.ok && t.event.address).not.toHaveProperty('userId');
  });

  it('turns membership events into members-added/removed, and the bot joining into installed', () => {
    const joined = fromMemberEvent(envelope({ type: 'member_joined_channel', channel: 'C1', channel_type: 'C', user: 'U2', team: 'T1' }), 'UBOT', at);
    expect(joined).toMatchObject({ ok: true, event: { kind: 'members-added', members: [{ id: 'U2', tenantId: 'T1' }] } });
    const left = fromMemberEvent(envelope({ type: 'member_left_channel', channel: 'C1', channel_type: 'C', user: 'U2' }), 'UBOT', at);
    expect(left).toMatchObject({ ok: true, event: { kind: 'members-removed' } });
    const installed = fromMemberEvent(envelope({ type: 'member_joined_channel', channel: 'C1', user: 'UBOT', inviter: 'U1' }), 'UBOT', at);
    expect(installed).toMatchObject({ ok: true, event: { kind: 'installed', actor: { id: 'U1' }, address: { scope: 'channel' } } });
    expect(fromMemberEvent(envelope({ type: 'member_left_channel', channel: 'C1', user: 'UBOT' }), 'UBOT', at).ok).toBe(false);
  });
});

describe('slash commands and interactivity', () => {
  const command = { command: '/leerkring', team_id: 'T1', user_id: 'U1', channel_id: 'C1', channel_name: 'plg', response_url: 'https://hooks.slack.com/commands/1', trigger_id: 't1' };

  it('turns a command into a message event answered ephemerally; an empty one means hulp', () => {
    expect(fromSlashCommand({ ...command, text: 'taal en' }, at)).toMatchObject({
      ok: true,
      event: { kind: 'message', id: 'command:t1', text: 'taal en', actor: { id: 'U1', tenantId: 'T1' } },
      route: { ephemeral: true, responseUrl: 'https://hooks.slack.com/commands/1', triggerId: 't1' },
    });
    expect(fromSlashCommand({ ...command, text: '   ' }, at)).toMatchObject({ ok: true, event: { text: 'hulp' } });
    expect(fromSlashCommand({ ...command, text: 'hulp', channel_id: 'D1', channel_name: 'directmessage' }, at)).toMatchObject({
      ok: true,
      event: { address: { scope: 'personal', userId: 'U1' } },
      route: { ephemeral: false },
    });
    expect(fromSlashCommand({ ...command, response_url: 'javascript:alert(1)' }, at).ok).toBe(false);
  });

  const click = (action: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    type: 'block_actions',
    user: { id: 'U1', team_id: 'T1' },
    team: { id: 'T1' },
    channel: { id: 'D1', name: 'directmessage' },
    trigger_id: 't2',
    actions: [action],
    ...extra,
  });

  it('turns a button click into an action event with inputs from state.values', () => {
    const t = fromBlockActions(
      click({ type: 'button', action_id: 'lang.set~2', value: 'x' }, { state: { values: { language: { language: { type: 'radio_buttons', selected_option: { value: 'fr' } } } } } }),
      at,
    );
    expect(t).toMatchObject({ ok: true, event: { kind: 'action', id: 'action:t2', actionId: 'lang.set', value: 'x', inputs: { language: 'fr' } }, route: { triggerId: 't2' } });
  });

  it('ignores selects firing on their own, link buttons and clicks outside a conversation', () => {
    expect(fromBlockActions(click({ type: 'static_select', action_id: 'language' }), at)).toMatchObject({ ok: false });
    expect(fromBlockActions(click({ type: 'button', action_id: 'link-1', url: 'https://x.org' }), at)).toMatchObject({ ok: false, reason: 'link button' });
    expect(fromBlockActions({ ...click({ type: 'button', action_id: 'a' }), channel: undefined }, at)).toMatchObject({ ok: false });
  });

  it('falls back to action_ts and user as the id when there is no trigger', () => {
    const t = fromBlockActions({ ...click({ type: 'button', action_id: 'a', action_ts: '9.9' }), trigger_id: undefined }, at);
    expect(t.ok && t.event.id).toBe('action:9.9:U1');
  });

  it('turns a modal submit into the action named in private_metadata', () => {
    const body = {
      type: 'view_submission',
      user: { id: 'U1', team_id: 'T1' },
      team: null,
      trigger_id: 't3',
      view: {
        id: 'V1',
        private_metadata: JSON.stringify({ actionId: 'lang.set', conversationId: 'C1', scope: 'channel', responseUrl: 'https://hooks.slack.com/actions/1' }),
        state: { values: { language: { language: { type: 'static_select', selected_option: { value: 'en' } } } } },
      },
    };
    expect(fromViewSubmission(body, at)).toMatchObject({
      ok: true,
      event: { kind: 'action', id: 'view:t3', actionId: 'lang.set', inputs: { language: 'en' }, address: { tenantId: 'T1', conversationId: 'C1', scope: 'channel' } },
      route: { channelId: 'C1', ephemeral: true, responseUrl: 'https://hooks.slack.com/actions/1' },
    });
    expect(fromViewSubmission({ ...body, view: { ...body.view, private_metadata: 'not json' } }, at)).toMatchObject({ ok: false });
  });
});
