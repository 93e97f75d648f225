import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('runs with no variables at all: lowdb, Teams with auth off, Slack off, playground on', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3978);
    expect(config.storage).toEqual({ driver: 'lowdb', file: './data/leerkring.json' });
    expect(config.teams).toMatchObject({ enabled: true, authDisabled: true });
    expect(config.slack).toMatchObject({ enabled: false, disabledReason: 'SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN are not set' });
    expect(config.playground.enabled).toBe(true);
    expect(config.slack.apiUrl).toBe('https://slack.com/api/');
  });

  it('refuses production with Teams enabled and no app id, saying why', () => {
    const found = problems({ NODE_ENV: 'production' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^MICROSOFT_APP_ID is required in production/);
  });

  it('turns the playground off in production and when Bot Framework auth is on', () => {
    expect(loadConfig({ NODE_ENV: 'production', TEAMS_ENABLED: 'false' }).playground).toEqual({ enabled: false, disabledReason: 'NODE_ENV=production' });
    const withAuth = loadConfig({ MICROSOFT_APP_ID: 'id', MICROSOFT_APP_PASSWORD: 'pw' });
    expect(withAuth.playground.enabled).toBe(false);
    expect(withAuth.teams.authDisabled).toBe(false);
  });

  it('lists every problem at once, each with a fix', () => {
    const found = problems({ PORT: 'abc', SLACK_ENABLED: 'true', SLACK_BOT_TOKEN: 'nope', MICROSOFT_APP_ID: 'id', LOG_LEVEL: 'loud' });
    expect(found.map((p) => p.split(/[ :]/)[0])).toEqual(
      expect.arrayContaining(['PORT', 'LOG_LEVEL', 'MICROSOFT_APP_PASSWORD', 'SLACK_SIGNING_SECRET', 'SLACK_BOT_TOKEN']),
    );
    expect(new ConfigError(found).message).toContain('See .env.example');
  });

  it('enables Slack when both credentials are present and normalises the API URL', () => {
    const config = loadConfig({ SLACK_SIGNING_SECRET: 's', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_API_URL: 'http://127.0.0.1:9/api' });
    expect(config.slack).toMatchObject({ enabled: true, apiUrl: 'http://127.0.0.1:9/api/' });
  });
});
