import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(join(root, dir), { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => relative(root, join(e.parentPath, e.name)));
}

const importsOf = (source: string): string[] =>
  [...source.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? '');

describe('architecture boundaries', () => {
  it('src/core imports no SDK, no HTTP or storage library, nothing outside src/core, and no node: I/O', async () => {
    const files = await sourceFiles('src/core');
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      for (const spec of importsOf(await readFile(join(root, file), 'utf8'))) {
        const ok = spec.startsWith('.') ? !join(file, '..', spec).startsWith('src/') || join(file, '..', spec).startsWith('src/core') : ['zod', 'luxon', 'chrono-node'].includes(spec);
        expect(ok, `${file} imports ${spec}`).toBe(true);
      }
    }
  });

  it('src/core never branches on a channel name', async () => {
    for (const file of await sourceFiles('src/core')) {
      const source = await readFile(join(root, file), 'utf8');
      expect(source, file).not.toMatch(/['"](teams|slack|msteams|playground)['"]/);
    }
  });

  it('botbuilder stays inside src/channels/teams and Bolt inside src/channels/slack', async () => {
    for (const file of await sourceFiles('src')) {
      const specs = importsOf(await readFile(join(root, file), 'utf8'));
      if (!file.startsWith('src/channels/teams/')) expect(specs.filter((s) => /^(botbuilder|botframework-)/.test(s)), file).toEqual([]);
      if (!file.startsWith('src/channels/slack/')) expect(specs.filter((s) => s.startsWith('@slack/')), file).toEqual([]);
    }
  });

  it('channel adapters never import each other', async () => {
    for (const file of await sourceFiles('src/channels')) {
      const specs = importsOf(await readFile(join(root, file), 'utf8'));
      for (const [own, other] of [['teams', 'slack'], ['slack', 'teams'], ['slack', 'playground'], ['teams', 'playground']] as const) {
        if (file.startsWith(`src/channels/${own}/`)) expect(specs.filter((s) => s.includes(`/${other}/`)), file).toEqual([]);
      }
    }
  });
});
