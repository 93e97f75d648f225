import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 as zlibCrc32, inflateRawSync, inflateSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildTeamsPackage,
  PACKAGE_FILE_NAME,
  TEAMS_DIR,
  TEAMS_SCHEMA_PATH,
  TEAMS_SCHEMA_VERSION,
  TeamsPackageError,
  validateTeamsManifest,
  type TeamsManifest,
} from '../../scripts/build-teams-package.js';

const BOT_ID = '1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d';
const APP_ID = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';
const env = { MICROSOFT_APP_ID: BOT_ID, TEAMS_APP_ID: APP_ID, PUBLIC_URL: 'https://bot.leerkring.test', TEAMS_APP_VERSION: '1.2.3' };

/** Reads every entry of a zip through its central directory, checking each CRC with node:zlib's own crc32. */
function unzip(zip: Buffer): Map<string, Buffer> {
  let eocd = -1;
  for (let i = zip.length - 22; i >= 0; i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('no end of central directory record');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const entries = new Map<string, Buffer>();
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central directory header at ${p}`);
    const method = zip.readUInt16LE(p + 10);
    const crc = zip.readUInt32LE(p + 16);
    const compressedSize = zip.readUInt32LE(p + 20);
    const size = zip.readUInt32LE(p + 24);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    const localOffset = zip.readUInt32LE(p + 42);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLength);
    p += 46 + nameLength + extraLength + commentLength;

    if (zip.readUInt32LE(localOffset) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    expect(zip.toString('utf8', localOffset + 30, localOffset + 30 + zip.readUInt16LE(localOffset + 26))).toBe(name);
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const body = zip.subarray(dataStart, dataStart + compressedSize);
    const data = method === 8 ? inflateRawSync(body) : method === 0 ? Buffer.from(body) : undefined;
    if (!data) throw new Error(`unsupported method ${method} for ${name}`);
    expect(data.length, `${name} size`).toBe(size);
    expect(zlibCrc32(data) >>> 0, `${name} crc`).toBe(crc);
    entries.set(name, data);
  }
  return entries;
}

/** IHDR size of a PNG, after checking that every chunk's CRC is right and the pixels inflate. */
function pngInfo(png: Buffer): { width: number; height: number; colourType: number; pixels: Buffer } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let p = 8;
  const idat: Buffer[] = [];
  const types: string[] = [];
  while (p < png.length) {
    const length = png.readUInt32BE(p);
    const type = png.toString('latin1', p + 4, p + 8);
    expect(zlibCrc32(png.subarray(p + 4, p + 8 + length)) >>> 0, `${type} crc`).toBe(png.readUInt32BE(p + 8 + length));
    if (type === 'IDAT') idat.push(png.subarray(p + 8, p + 8 + length));
    types.push(type);
    p += 12 + length;
  }
  expect(types[0]).toBe('IHDR');
  expect(types.at(-1)).toBe('IEND');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colourType: png[25]!, pixels: inflateSync(Buffer.concat(idat)) };
}

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof TeamsPackageError) return [...error.problems];
    throw error;
  }
  throw new Error('expected a TeamsPackageError');
}

interface BotSection {
  scopes: string[];
  commandLists: Array<{ scopes: string[]; commands: Array<{ title: string; description: string }> }>;
}

const template = JSON.parse(readFileSync(join(TEAMS_DIR, 'manifest.json'), 'utf8')) as TeamsManifest;

const outDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'leerkring-teams-'));
  outDirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of outDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('Teams manifest template', () => {
  it('validates against the copied schema of the version it declares', () => {
    expect(existsSync(TEAMS_SCHEMA_PATH)).toBe(true);
    expect(template.manifestVersion).toBe(TEAMS_SCHEMA_VERSION);
    expect(template.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${TEAMS_SCHEMA_VERSION}/MicrosoftTeams.schema.json`);
    expect(validateTeamsManifest(template)).toEqual([]);
  });

  it('has a validator that actually rejects broken manifests', () => {
    const broken = { ...template, id: 'not-a-guid', accentColor: 'teal', unknownField: true };
    const errors = validateTeamsManifest(broken);
    expect(errors.some((e) => e.startsWith('/id '))).toBe(true);
    expect(errors.some((e) => e.startsWith('/accentColor '))).toBe(true);
    expect(errors.some((e) => e.includes('unknownField'))).toBe(true);
  });

  it('offers the same Dutch commands in every bot scope, within Teams limits', () => {
    const bot = template.bots[0] as unknown as BotSection;
    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(bot.commandLists.flatMap((l) => l.scopes)).toEqual(['personal', 'team', 'groupChat']);
    for (const list of bot.commandLists) {
      expect(list.commands.map((c) => c.title)).toEqual(['hulp', 'taal', 'groep', 'momenten', 'vraag', 'starters', 'bezoek', 'gastheer', 'noden']);
      for (const command of list.commands) {
        expect(command.title.length).toBeLessThanOrEqual(32);
        expect(command.description.length).toBeGreaterThan(0);
        expect(command.description.length).toBeLessThanOrEqual(128);
      }
    }
  });

  it('ships icons of the sizes Teams requires, the outline one white on transparency', () => {
    const color = pngInfo(readFileSync(join(TEAMS_DIR, 'color.png')));
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = pngInfo(readFileSync(join(TEAMS_DIR, 'outline.png')));
    expect([outline.width, outline.height, outline.colourType]).toEqual([32, 32, 6]);
    const alphas = new Set<number>();
    for (let y = 0; y < 32; y++) {
      const row = outline.pixels.subarray(y * (32 * 4 + 1), (y + 1) * (32 * 4 + 1));
      expect(row[0], 'filter type').toBe(0);
      for (let x = 0; x < 32; x++) {
        expect([row[1 + x * 4], row[2 + x * 4], row[3 + x * 4]]).toEqual([255, 255, 255]);
        alphas.add(row[4 + x * 4]!);
      }
    }
    expect(alphas.has(0)).toBe(true); // transparent background
    expect(alphas.has(255)).toBe(true); // and a solid symbol
  });
});

describe('buildTeamsPackage', () => {
  it('accepts a real host that merely contains the placeholder name', () => {
    const result = buildTeamsPackage({ ...env, PUBLIC_URL: 'https://leerkring.example.be' }, tempDir());
    const manifest = JSON.parse(unzip(readFileSync(result.zipPath)).get('manifest.json')!.toString('utf8')) as TeamsManifest;
    expect(manifest.validDomains).toEqual(['leerkring.example.be']);
  });

  it('writes a zip with the filled-in manifest and both icons at its root', () => {
    const outDir = tempDir();
    const result = buildTeamsPackage(env, outDir);
    expect(result.zipPath).toBe(join(outDir, PACKAGE_FILE_NAME));
    expect(result.messagingEndpoint).toBe('https://bot.leerkring.test/api/messages');

    const entries = unzip(readFileSync(result.zipPath));
    expect([...entries.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);

    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as TeamsManifest;
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0]!.botId).toBe(BOT_ID);
    expect(manifest.version).toBe('1.2.3');
    expect(manifest.validDomains).toEqual(['bot.leerkring.test']);
    expect(manifest.developer.websiteUrl).toBe('https://bot.leerkring.test/');
    expect(manifest.developer.privacyUrl).toBe('https://bot.leerkring.test/privacy');
    expect(manifest.developer.termsOfUseUrl).toBe('https://bot.leerkring.test/terms');
    expect(JSON.stringify(manifest)).not.toMatch(/leerkring\.example|00000000-0000-0000-0000-000000000000/);
    expect(validateTeamsManifest(manifest)).toEqual([]);

    const color = pngInfo(entries.get('color.png')!);
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = pngInfo(entries.get('outline.png')!);
    expect([outline.width, outline.height]).toEqual([32, 32]);
  });

  it('uses MICROSOFT_APP_ID as app id when TEAMS_APP_ID is missing, keeps the template version, honours developer URL overrides', () => {
    const result = buildTeamsPackage(
      {
        MICROSOFT_APP_ID: BOT_ID,
        TEAMS_APP_ID: '',
        PUBLIC_URL: 'https://tunnel.leerkring.test:8443/bot/',
        TEAMS_PRIVACY_URL: 'https://school.leerkring.test/privacy',
      },
      tempDir(),
    );
    expect(result.manifest.id).toBe(BOT_ID);
    expect(result.manifest.version).toBe(template.version);
    expect(result.manifest.validDomains).toEqual(['tunnel.leerkring.test']);
    expect(result.manifest.developer.websiteUrl).toBe('https://tunnel.leerkring.test:8443/bot/');
    expect(result.manifest.developer.privacyUrl).toBe('https://school.leerkring.test/privacy');
    expect(result.messagingEndpoint).toBe('https://tunnel.leerkring.test:8443/bot/api/messages');
    expect(result.notes.join(' ')).toMatch(/TEAMS_APP_ID/);
  });

  it('lists every missing variable at once and writes nothing', () => {
    const outDir = tempDir();
    const problems = problemsOf(() => buildTeamsPackage({}, outDir));
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/MICROSOFT_APP_ID is not set/);
    expect(problems.join('\n')).toMatch(/PUBLIC_URL is not set/);
    expect(existsSync(join(outDir, PACKAGE_FILE_NAME))).toBe(false);
  });

  it('lists every invalid value at once, each with how to fix it', () => {
    const problems = problemsOf(() =>
      buildTeamsPackage(
        {
          MICROSOFT_APP_ID: 'my-bot',
          TEAMS_APP_ID: '00000000-0000-0000-0000-000000000000',
          PUBLIC_URL: 'http://localhost:3978',
          TEAMS_APP_VERSION: 'v1',
          TEAMS_TERMS_URL: 'https://leerkring.example/terms',
        },
        tempDir(),
      ),
    );
    const text = problems.join('\n');
    expect(text).toMatch(/MICROSOFT_APP_ID="my-bot" is not a GUID.*Azure portal/);
    expect(text).toMatch(/TEAMS_APP_ID is the all-zero placeholder.*randomUUID/);
    expect(text).toMatch(/PUBLIC_URL=.*must start with https:\/\//);
    expect(text).toMatch(/PUBLIC_URL=.*points at this machine.*tunnel/);
    expect(text).toMatch(/TEAMS_APP_VERSION="v1" must be MAJOR\.MINOR\.PATCH/);
    expect(text).toMatch(/TEAMS_TERMS_URL still points at the placeholder host/);
    expect(problems).toHaveLength(6);
  });

  it('rejects a PUBLIC_URL that is not a URL or still the placeholder', () => {
    expect(problemsOf(() => buildTeamsPackage({ ...env, PUBLIC_URL: 'bot.leerkring.test' }, tempDir()))).toEqual([
      expect.stringMatching(/PUBLIC_URL="bot\.leerkring\.test" is not a URL/),
    ]);
    expect(problemsOf(() => buildTeamsPackage({ ...env, PUBLIC_URL: 'https://leerkring.example' }, tempDir()))).toEqual([
      expect.stringMatching(/placeholder host leerkring\.example/),
    ]);
  });
});
