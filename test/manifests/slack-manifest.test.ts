import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const path = fileURLToPath(new URL('../../manifests/slack/manifest.yaml', import.meta.url));
const source = readFileSync(path, 'utf8');

interface SlackManifest {
  _metadata: { major_version: number; minor_version: number };
  display_information: { name: string; description: string; long_description?: string; background_color: string };
  features: {
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean };
    bot_user: { display_name: string; always_online: boolean };
    slash_commands: Array<{ command: string; url: string; description: string; usage_hint: string; should_escape: boolean }>;
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
    org_deploy_enabled: boolean;
    socket_mode_enabled: boolean;
    token_rotation_enabled: boolean;
  };
}

const manifest = parse(source, { strict: true, uniqueKeys: true }) as SlackManifest;

// Slack refuses an event subscription whose scope is missing; any one scope of a list is enough.
const SCOPES_FOR_EVENT: Record<string, string[]> = {
  app_mention: ['app_mentions:read'],
  'message.im': ['im:history'],
  member_joined_channel: ['channels:read', 'groups:read'],
  member_left_channel: ['channels:read', 'groups:read'],
};

describe('Slack app manifest', () => {
  it('tells the reader to replace the placeholder host', () => {
    expect(source.split('\n')[0]).toMatch(/^#/);
    expect(source.slice(0, source.indexOf('_metadata'))).toMatch(/replace .*leerkring\.example/i);
  });

  it('uses manifest format 1.1 and stays within Slack display limits', () => {
    expect(manifest._metadata).toEqual({ major_version: 1, minor_version: 1 });
    const info = manifest.display_information;
    expect(info.name).toBe('Leerkring');
    expect(info.description.length).toBeGreaterThan(0);
    expect(info.description.length).toBeLessThanOrEqual(140);
    if (info.long_description !== undefined) {
      expect(info.long_description.length).toBeGreaterThanOrEqual(175);
      expect(info.long_description.length).toBeLessThanOrEqual(4000);
    }
    expect(info.background_color).toMatch(/^#[0-9a-fA-F]{6}$/);
  });

  it('has a bot user with a chat tab people can write in', () => {
    expect(manifest.features.bot_user).toEqual({ display_name: 'leerkring', always_online: true });
    expect(manifest.features.app_home).toEqual({
      home_tab_enabled: false,
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
  });

  it('declares the /leerkring slash command', () => {
    const commands = manifest.features.slash_commands;
    expect(commands.map((c) => c.command)).toEqual(['/leerkring']);
    const [command] = commands;
    expect(command!.usage_hint).toBe('hulp | bezoek | gastheer | noden | taal nl|en|fr');
    expect(command!.should_escape).toBe(false);
    expect(command!.description.length).toBeGreaterThan(0);
  });

  it('sends every request to the https /slack/events endpoint', () => {
    const urls = [
      ...manifest.features.slash_commands.map((c) => c.url),
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
    ];
    for (const url of urls) {
      expect(url).toMatch(/^https:\/\/[^/]+\/slack\/events$/);
    }
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('asks for exactly the bot scopes Leerkring needs', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(
      [
        'app_mentions:read',
        'channels:read',
        'chat:write',
        'commands',
        'groups:read',
        'im:history',
        'im:read',
        'im:write',
        'mpim:read',
        'users:read',
      ].sort(),
    );
  });

  it('subscribes to the needed events, each covered by a granted scope', () => {
    const events = manifest.settings.event_subscriptions.bot_events;
    expect([...events].sort()).toEqual(Object.keys(SCOPES_FOR_EVENT).sort());
    const scopes = new Set(manifest.oauth_config.scopes.bot);
    for (const event of events) {
      expect(SCOPES_FOR_EVENT[event]!.some((s) => scopes.has(s)), event).toBe(true);
    }
  });

  it('runs over HTTP with long-lived tokens and no org-wide deploy', () => {
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    expect(manifest.settings.token_rotation_enabled).toBe(false);
    expect(manifest.settings.org_deploy_enabled).toBe(false);
  });
});
