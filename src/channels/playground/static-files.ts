import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** A file the playground serves, read once. */
export interface StaticFile {
  body: Buffer;
  contentType: string;
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

const typeOf = (name: string): string => TYPES[name.slice(name.lastIndexOf('.') + 1)] ?? 'application/octet-stream';

/**
 * The folder with the page, script and stylesheet. `tsc` does not copy non-TS files, so a
 * build in dist/src/channels/playground/ falls back to the sources in src/channels/playground/static/.
 */
export function resolveStaticDir(): string {
  const candidates = [new URL('./static/', import.meta.url), new URL('../../../../src/channels/playground/static/', import.meta.url)];
  for (const candidate of candidates) {
    const dir = fileURLToPath(candidate);
    if (existsSync(`${dir}index.html`)) return dir;
  }
  throw new Error(`playground: static files not found (looked in ${candidates.map((c) => fileURLToPath(c)).join(' and ')})`);
}

/** Reads the page files once, at mount. */
export function loadStaticFiles(names: readonly string[]): Map<string, StaticFile> {
  const dir = resolveStaticDir();
  return new Map(names.map((name) => [name, { body: readFileSync(`${dir}${name}`), contentType: typeOf(name) }]));
}

let adaptiveCardsBundle: Promise<StaticFile> | undefined;

/** The official Adaptive Cards renderer's browser bundle (UMD, global `AdaptiveCards`), read on first use and cached. */
export function loadAdaptiveCardsBundle(): Promise<StaticFile> {
  adaptiveCardsBundle ??= (async () => {
    // The package has no `exports` map, so deep paths resolve from its folder.
    const path = createRequire(import.meta.url).resolve('adaptivecards/dist/adaptivecards.js');
    return { body: await readFile(path), contentType: TYPES['js'] ?? 'text/javascript' };
  })();
  adaptiveCardsBundle.catch(() => {
    adaptiveCardsBundle = undefined;
  });
  return adaptiveCardsBundle;
}
