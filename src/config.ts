import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : ['true', '1', 'yes'].includes(v)));

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number({ error: 'must be a port number from 0 to 65535' }).int().min(0).max(65535).default(3978),
    HOST: z.string().min(1).default('0.0.0.0'),
    PUBLIC_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
    STORAGE_DRIVER: z.enum(['lowdb', 'memory']).default('lowdb'),
    LOWDB_FILE: z.string().min(1).default('./data/leerkring.json'),
    MAX_BODY_BYTES: z.coerce.number({ error: 'must be a number of bytes (1024 to 10485760)' }).int().min(1024).max(10 * 1024 * 1024).default(256 * 1024),
    TEAMS_ENABLED: bool,
    MICROSOFT_APP_ID: optionalString,
    MICROSOFT_APP_PASSWORD: optionalString,
    MICROSOFT_APP_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    MICROSOFT_APP_TENANT_ID: optionalString,
    SLACK_ENABLED: bool,
    SLACK_SIGNING_SECRET: optionalString,
    SLACK_BOT_TOKEN: optionalString,
    SLACK_API_URL: z.url({ protocol: /^https?$/ }).default('https://slack.com/api/'),
    PLAYGROUND_ENABLED: bool,
  });

const blank = (v: string | undefined): boolean => v === undefined || v.trim() === '';
const isTrue = (v: string | undefined): boolean => ['true', '1', 'yes'].includes((v ?? '').trim());
const isFalse = (v: string | undefined): boolean => ['false', '0', 'no'].includes((v ?? '').trim());

// Checks across variables run on the raw values, so they are reported together with per-variable errors.
function crossCheck(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  const teams = !isFalse(env.TEAMS_ENABLED);
  const appType = env.MICROSOFT_APP_TYPE?.trim() || 'MultiTenant';
  if (teams && env.NODE_ENV === 'production' && blank(env.MICROSOFT_APP_ID)) {
    problems.push(
      'MICROSOFT_APP_ID is required in production when Teams is enabled: without it anyone could post activities to /api/messages. Set it (Azure Bot → Configuration → Microsoft App ID) or set TEAMS_ENABLED=false.',
    );
  }
  if (teams && !blank(env.MICROSOFT_APP_ID) && blank(env.MICROSOFT_APP_PASSWORD) && appType !== 'UserAssignedMSI') {
    problems.push('MICROSOFT_APP_PASSWORD is required when MICROSOFT_APP_ID is set (Azure Bot → Configuration → Manage password → client secret).');
  }
  if (teams && appType === 'SingleTenant' && !blank(env.MICROSOFT_APP_ID) && blank(env.MICROSOFT_APP_TENANT_ID)) {
    problems.push('MICROSOFT_APP_TENANT_ID is required when MICROSOFT_APP_TYPE=SingleTenant (your Entra tenant id).');
  }
  if (isTrue(env.SLACK_ENABLED)) {
    if (blank(env.SLACK_SIGNING_SECRET)) problems.push('SLACK_SIGNING_SECRET is required when SLACK_ENABLED=true (Slack app → Basic Information → Signing Secret).');
    if (blank(env.SLACK_BOT_TOKEN)) problems.push('SLACK_BOT_TOKEN is required when SLACK_ENABLED=true (Slack app → OAuth & Permissions → Bot User OAuth Token, xoxb-…).');
  }
  if (!blank(env.SLACK_BOT_TOKEN) && !env.SLACK_BOT_TOKEN!.trim().startsWith('xoxb-')) {
    problems.push('SLACK_BOT_TOKEN must be a bot token starting with xoxb- (OAuth & Permissions → Bot User OAuth Token).');
  }
  return problems;
}

/** The parsed, checked configuration; nothing else reads process.env. */
export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Base URL people reach the bot on (links in messages); defaults to http://localhost:PORT. */
  publicUrl: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  storage: { driver: 'lowdb' | 'memory'; file: string };
  maxBodyBytes: number;
  teams: { enabled: boolean; appId?: string; appPassword?: string; appType: string; appTenantId?: string; authDisabled: boolean };
  slack: { enabled: boolean; signingSecret?: string; botToken?: string; apiUrl: string; disabledReason?: string };
  playground: { enabled: boolean; disabledReason?: string };
}

/** Thrown when the environment is invalid; the message lists every problem and how to fix it. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Leerkring cannot start: the configuration has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every variable.`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once, at start. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`)),
    ...crossCheck(env),
  ];
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  const teamsEnabled = e.TEAMS_ENABLED ?? true;
  const authDisabled = !e.MICROSOFT_APP_ID;
  const slackHasCredentials = Boolean(e.SLACK_SIGNING_SECRET && e.SLACK_BOT_TOKEN);
  const slackEnabled = e.SLACK_ENABLED ?? slackHasCredentials;
  const production = e.NODE_ENV === 'production';
  let playgroundReason: string | undefined;
  if (production) playgroundReason = 'NODE_ENV=production';
  else if (!teamsEnabled) playgroundReason = 'it drives the Teams path and TEAMS_ENABLED=false';
  else if (!authDisabled) playgroundReason = 'MICROSOFT_APP_ID is set (the playground needs Bot Framework auth off)';
  else if (e.PLAYGROUND_ENABLED === false) playgroundReason = 'PLAYGROUND_ENABLED=false';
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    logLevel: e.LOG_LEVEL,
    storage: { driver: e.STORAGE_DRIVER, file: e.LOWDB_FILE },
    maxBodyBytes: e.MAX_BODY_BYTES,
    teams: {
      enabled: teamsEnabled,
      ...(e.MICROSOFT_APP_ID ? { appId: e.MICROSOFT_APP_ID } : {}),
      ...(e.MICROSOFT_APP_PASSWORD ? { appPassword: e.MICROSOFT_APP_PASSWORD } : {}),
      appType: e.MICROSOFT_APP_TYPE,
      ...(e.MICROSOFT_APP_TENANT_ID ? { appTenantId: e.MICROSOFT_APP_TENANT_ID } : {}),
      authDisabled,
    },
    slack: {
      enabled: slackEnabled,
      ...(e.SLACK_SIGNING_SECRET ? { signingSecret: e.SLACK_SIGNING_SECRET } : {}),
      ...(e.SLACK_BOT_TOKEN ? { botToken: e.SLACK_BOT_TOKEN } : {}),
      apiUrl: e.SLACK_API_URL.endsWith('/') ? e.SLACK_API_URL : `${e.SLACK_API_URL}/`,
      ...(slackEnabled ? {} : { disabledReason: e.SLACK_ENABLED === false ? 'SLACK_ENABLED=false' : 'SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN are not set' }),
    },
    playground: { enabled: playgroundReason === undefined, ...(playgroundReason ? { disabledReason: playgroundReason } : {}) },
  };
}
