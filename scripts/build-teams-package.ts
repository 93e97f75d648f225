import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv-draft-04';
import { COLOR_ICON_SIZE, OUTLINE_ICON_SIZE, readPngSize } from './make-icons.js';
import { createZip } from './zip.js';

/** Teams manifest schema version the template and the package use. */
export const TEAMS_SCHEMA_VERSION = '1.29';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Folder with the manifest template and icons. */
export const TEAMS_DIR = join(REPO_ROOT, 'manifests', 'teams');
/** The JSON schema copied into the repo, so validation works without shared/. */
export const TEAMS_SCHEMA_PATH = join(TEAMS_DIR, 'schema', `MicrosoftTeams.v${TEAMS_SCHEMA_VERSION}.schema.json`);
/** Where `npm run teams:package` writes the zip unless told otherwise. */
export const DEFAULT_OUT_DIR = join(TEAMS_DIR, 'build');
/** File name of the app package. */
export const PACKAGE_FILE_NAME = 'leerkring-teams.zip';

const PLACEHOLDER_GUID = '00000000-0000-0000-0000-000000000000';
const PLACEHOLDER_HOST = 'leerkring.example';
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const SEMVER = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;
const ICONS = [
  { file: 'color.png', size: COLOR_ICON_SIZE },
  { file: 'outline.png', size: OUTLINE_ICON_SIZE },
] as const;

/** Environment variables the build reads (process.env or a test's own object). */
export type TeamsEnv = Readonly<Record<string, string | undefined>>;

/** The parts of a Teams manifest the build fills in; the rest passes through untouched. */
export interface TeamsManifest {
  $schema: string;
  manifestVersion: string;
  version: string;
  id: string;
  developer: { name: string; websiteUrl: string; privacyUrl: string; termsOfUseUrl: string; [key: string]: unknown };
  icons: { color: string; outline: string; [key: string]: unknown };
  bots: Array<{ botId: string; [key: string]: unknown }>;
  validDomains: string[];
  [key: string]: unknown;
}

/** What a successful build produced. */
export interface TeamsPackageResult {
  zipPath: string;
  manifest: TeamsManifest;
  /** The URL to enter as messaging endpoint of the Azure Bot. */
  messagingEndpoint: string;
  /** Things worth telling the operator that are not errors. */
  notes: string[];
}

/** Thrown when the environment, the template or the icons are not usable; lists every problem. */
export class TeamsPackageError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Cannot build the Teams package:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'TeamsPackageError';
  }
}

let validator: ValidateFunction | undefined;

function schemaValidator(): ValidateFunction {
  if (!validator) {
    // Microsoft's schema puts additionalProperties/required next to $ref without "type", which strictTypes rejects.
    const ajv = new Ajv04.default({ allErrors: true, strict: true, strictTypes: false, strictTuples: false, strictRequired: false });
    addFormats.default(ajv, ['uri']);
    validator = ajv.compile(JSON.parse(readFileSync(TEAMS_SCHEMA_PATH, 'utf8')) as object);
  }
  return validator;
}

function describeSchemaError(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(root)' : error.instancePath;
  const params = error.params as Record<string, unknown>;
  const detail =
    typeof params['additionalProperty'] === 'string'
      ? ` ("${params['additionalProperty']}")`
      : Array.isArray(params['allowedValues'])
        ? ` (${params['allowedValues'].map((v) => JSON.stringify(v)).join(', ')})`
        : '';
  return `${where} ${error.message ?? 'is invalid'}${detail}`;
}

/** Validates a manifest against the copied Teams schema; returns one line per error, empty when valid. */
export function validateTeamsManifest(manifest: unknown): string[] {
  const validate = schemaValidator();
  return validate(manifest) ? [] : (validate.errors ?? []).map(describeSchemaError);
}

interface Settings {
  teamsAppId: string;
  botId: string;
  version: string | undefined;
  publicUrl: URL;
  websiteUrl: string;
  privacyUrl: string;
  termsOfUseUrl: string;
}

function value(env: TeamsEnv, name: string): string | undefined {
  const v = env[name]?.trim();
  return v === '' ? undefined : v;
}

const GUID_HELP = 'a GUID like 1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d';

function checkGuid(name: string, raw: string, where: string, problems: string[]): void {
  if (!GUID.test(raw)) problems.push(`${name}="${raw}" is not ${GUID_HELP}. ${where}`);
  else if (raw === PLACEHOLDER_GUID) problems.push(`${name} is the all-zero placeholder GUID. ${where}`);
}

const LOCAL_HOSTS = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/;

function checkHttpsUrl(name: string, raw: string, problems: string[], isBase = false): URL | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    problems.push(`${name}="${raw}" is not a URL. Use a full https address such as https://leerkring.school.be.`);
    return undefined;
  }
  const before = problems.length;
  if (url.protocol !== 'https:') {
    problems.push(`${name}="${raw}" must start with https:// (Teams only accepts https).`);
  }
  if (url.username !== '' || url.password !== '') {
    problems.push(`${name} must not contain a user name or password.`);
  }
  if (url.hostname === PLACEHOLDER_HOST) {
    problems.push(`${name} still points at the placeholder host ${PLACEHOLDER_HOST}. Use your real public host.`);
  }
  if (isBase && (url.search !== '' || url.hash !== '')) {
    problems.push(`${name}="${raw}" must be a base URL without ?query or #fragment.`);
  }
  if (isBase && LOCAL_HOSTS.test(url.hostname)) {
    problems.push(`${name}="${raw}" points at this machine, which Teams cannot reach. Use the https address of a tunnel (Dev Tunnels, ngrok) or of your server.`);
  }
  return problems.length === before ? url : undefined;
}

function readSettings(env: TeamsEnv, problems: string[], notes: string[]): Settings | undefined {
  const appIdWhere =
    'Copy the Microsoft App ID from the Azure portal (your Azure Bot → Settings → Configuration) into .env or the environment.';

  const botId = value(env, 'MICROSOFT_APP_ID');
  if (botId === undefined) problems.push(`MICROSOFT_APP_ID is not set: it must be the bot's Microsoft App ID, ${GUID_HELP}. ${appIdWhere}`);
  else checkGuid('MICROSOFT_APP_ID', botId, appIdWhere, problems);

  let teamsAppId = value(env, 'TEAMS_APP_ID');
  if (teamsAppId === undefined) {
    teamsAppId = botId;
    if (botId !== undefined) {
      notes.push('TEAMS_APP_ID is not set, so the Teams app id is MICROSOFT_APP_ID. Keep it stable once the app is installed: a new id makes Teams see a different app.');
    }
  } else {
    checkGuid(
      'TEAMS_APP_ID',
      teamsAppId,
      'Leave it empty to reuse MICROSOFT_APP_ID, or generate one with: node -e "console.log(crypto.randomUUID())"',
      problems,
    );
  }

  const rawPublicUrl = value(env, 'PUBLIC_URL');
  let publicUrl: URL | undefined;
  if (rawPublicUrl === undefined) {
    problems.push('PUBLIC_URL is not set: it must be the public https base URL of the bot, e.g. https://leerkring.school.be (for local development, the https address of a tunnel such as Dev Tunnels or ngrok).');
  } else {
    publicUrl = checkHttpsUrl('PUBLIC_URL', rawPublicUrl, problems, true);
  }

  const version = value(env, 'TEAMS_APP_VERSION');
  if (version !== undefined && !SEMVER.test(version)) {
    problems.push(`TEAMS_APP_VERSION="${version}" must be MAJOR.MINOR.PATCH, e.g. 1.0.1. Raise it each time you upload a changed package.`);
  }

  const base = publicUrl ? publicUrl.href.replace(/\/+$/, '') : '';
  const developerUrl = (name: string, path: string): string => {
    const raw = value(env, name);
    if (raw === undefined) return `${base}${path}`;
    return checkHttpsUrl(name, raw, problems)?.href ?? '';
  };
  const websiteUrl = developerUrl('TEAMS_WEBSITE_URL', '/');
  const privacyUrl = developerUrl('TEAMS_PRIVACY_URL', '/privacy');
  const termsOfUseUrl = developerUrl('TEAMS_TERMS_URL', '/terms');

  if (problems.length > 0 || botId === undefined || teamsAppId === undefined || publicUrl === undefined) return undefined;
  return { teamsAppId, botId, version, publicUrl, websiteUrl, privacyUrl, termsOfUseUrl };
}

function readTemplate(problems: string[]): TeamsManifest | undefined {
  const path = join(TEAMS_DIR, 'manifest.json');
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(`${path} cannot be read as JSON: ${(error as Error).message}`);
    return undefined;
  }
  const errors = validateTeamsManifest(parsed);
  if (errors.length > 0) {
    problems.push(...errors.map((e) => `manifests/teams/manifest.json: ${e}`));
    return undefined;
  }
  const manifest = parsed as TeamsManifest;
  if (!Array.isArray(manifest.bots) || manifest.bots.length !== 1 || !Array.isArray(manifest.validDomains)) {
    problems.push('manifests/teams/manifest.json must declare exactly one bot and a validDomains list.');
    return undefined;
  }
  if (manifest.icons.color !== 'color.png' || manifest.icons.outline !== 'outline.png') {
    problems.push('manifests/teams/manifest.json must use icons "color.png" and "outline.png" (the files this script packs).');
    return undefined;
  }
  return manifest;
}

function readIcons(problems: string[]): Map<string, Buffer> {
  const icons = new Map<string, Buffer>();
  const fix = 'Regenerate the icons with: npx tsx scripts/make-icons.ts';
  for (const { file, size } of ICONS) {
    const path = join(TEAMS_DIR, file);
    if (!existsSync(path)) {
      problems.push(`${path} is missing. ${fix}`);
      continue;
    }
    const png = readFileSync(path);
    const dims = readPngSize(png);
    if (!dims) problems.push(`${path} is not a PNG file. ${fix}`);
    else if (dims.width !== size || dims.height !== size) {
      problems.push(`${path} is ${dims.width}x${dims.height}; Teams needs ${size}x${size}. ${fix}`);
    } else icons.set(file, png);
  }
  return icons;
}

/** Fills the ids, version, URLs and domain of `settings` into a copy of the template. */
function fillManifest(template: TeamsManifest, s: Settings): TeamsManifest {
  const manifest = structuredClone(template);
  manifest.id = s.teamsAppId;
  if (s.version !== undefined) manifest.version = s.version;
  manifest.developer = { ...manifest.developer, websiteUrl: s.websiteUrl, privacyUrl: s.privacyUrl, termsOfUseUrl: s.termsOfUseUrl };
  manifest.bots = manifest.bots.map((bot) => ({ ...bot, botId: s.botId }));
  const otherDomains = manifest.validDomains.filter((d) => d !== PLACEHOLDER_HOST && d !== s.publicUrl.hostname);
  manifest.validDomains = [s.publicUrl.hostname, ...otherDomains];
  return manifest;
}

/** Builds leerkring-teams.zip in `outDir` from the template, the icons and `env`; throws TeamsPackageError listing every problem. */
export function buildTeamsPackage(env: TeamsEnv, outDir: string = DEFAULT_OUT_DIR): TeamsPackageResult {
  const problems: string[] = [];
  const notes: string[] = [];
  const settings = readSettings(env, problems, notes);
  const template = readTemplate(problems);
  const icons = readIcons(problems);
  if (problems.length > 0 || !settings || !template) throw new TeamsPackageError(problems);

  const manifest = fillManifest(template, settings);
  const text = JSON.stringify(manifest, null, 2);
  // Catches a placeholder added to the template in a field this script does not fill in yet.
  // Whole-word matches only: a real host such as leerkring.example.be must not count as the placeholder.
  for (const placeholder of [PLACEHOLDER_GUID, PLACEHOLDER_HOST]) {
    const word = new RegExp(`(^|[^\\w.-])${placeholder.replace(/[.]/g, '\\.')}(?![\\w.-])`);
    if (word.test(text)) {
      problems.push(`The filled-in manifest still contains the placeholder "${placeholder}"; teach scripts/build-teams-package.ts to fill in that field.`);
    }
  }
  problems.push(...validateTeamsManifest(manifest).map((e) => `filled-in manifest: ${e}`));
  if (problems.length > 0) throw new TeamsPackageError(problems);

  const zip = createZip([
    { name: 'manifest.json', data: Buffer.from(`${text}\n`, 'utf8') },
    ...ICONS.map(({ file }) => ({ name: file, data: icons.get(file)! })),
  ]);
  mkdirSync(outDir, { recursive: true });
  const zipPath = join(outDir, PACKAGE_FILE_NAME);
  writeFileSync(zipPath, zip);

  const messagingEndpoint = `${settings.publicUrl.href.replace(/\/+$/, '')}/api/messages`;
  return { zipPath, manifest, messagingEndpoint, notes };
}

function main(): void {
  const envFile = join(REPO_ROOT, '.env');
  if (existsSync(envFile)) {
    // process.loadEnvFile arrived in Node 20.12; engines allows 20.11.
    if (typeof process.loadEnvFile === 'function') process.loadEnvFile(envFile);
    else console.warn('This Node version cannot read .env by itself; export the variables in your shell instead.');
  }

  let result: TeamsPackageResult;
  try {
    result = buildTeamsPackage(process.env);
  } catch (error) {
    if (!(error instanceof TeamsPackageError)) throw error;
    console.error(error.message);
    console.error('\nSet the variables in .env or in your shell, then run this again.');
    process.exitCode = 1;
    return;
  }

  const { manifest, zipPath, messagingEndpoint, notes } = result;
  for (const note of notes) console.log(`Note: ${note}`);
  console.log(`Teams app package written: ${relative(process.cwd(), zipPath) || zipPath}`);
  console.log(`  app id ${manifest.id}, bot id ${manifest.bots[0]?.botId}, version ${manifest.version}, domain ${manifest.validDomains[0]}`);
  console.log(`
Next:
  1. Azure portal → your Azure Bot (Microsoft App ID ${manifest.bots[0]?.botId}):
     Settings → Configuration → Messaging endpoint = ${messagingEndpoint}
     Channels → add Microsoft Teams.
  2. Teams → Apps → Manage your apps → Upload an app → Upload a custom app → choose the zip.
     For the whole school, an admin uploads it in the Teams admin center → Teams apps → Manage apps.
  3. After changing the manifest, raise TEAMS_APP_VERSION (now ${manifest.version}) and upload the new zip.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
