import { afterEach, describe, expect, it } from 'vitest';
import type { Server } from 'restify';
import { MemoryLogger } from '../../../src/core/index.js';
import { STARTER_ACTIONS } from '../../../src/core/features/starters/starter-actions.js';
import { csvField, toCsv } from '../../../src/core/features/starters/results/answers-csv.js';
import { mountDownloadRoutes } from '../../../src/http/download-route.js';
import { createHttpServer, listen } from '../../../src/http/server.js';
import { dm, type CoreHarness } from '../../helpers/core-harness.js';
import { action, an, answer, buttonOf, click, DAY, fatima, jonas, key, lastPrivate, opener, postOpener, setupGroup, texts } from './kit.js';

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** The real route on a restify server at 127.0.0.1:0, reading the harness's storage with its fake clock. */
async function serve(h: CoreHarness): Promise<string> {
  const logger = new MemoryLogger();
  server = createHttpServer({ logger, health: { storageHealthy: async () => true, channels: {} } });
  mountDownloadRoutes(server, { storage: h.deps.storage, logger, clock: h.deps.clock });
  return listen(server, 0, '127.0.0.1');
}

/** An exports the post's answers; the link path of the private reply. */
async function exportLink(h: CoreHarness, postId: string): Promise<string> {
  const replies = await click(h, an, action(STARTER_ACTIONS.exportCsv, postId), {}, dm('an'));
  const match = /http:\/\/localhost:3978(\/downloads\/[\w-]+\.csv)/.exec(texts(replies));
  if (!match) throw new Error(`no link in ${texts(replies)}`);
  return match[1]!;
}

async function setup() {
  const { h, groupId } = await setupGroup();
  const post = await postOpener(h, groupId);
  h.deps.clock.advance(2 * 60 * 60 * 1000);
  await answer(h, jonas, post.id, ['Hij zei "goed"; en dan', 'Lijn 1\nLijn 2', '=HYPERLINK("http://x","klik")', '+32 475 00 00 00']);
  await answer(h, fatima, post.id, ['@SUM(A1)', '-1', 'gewoon, met een komma', ' =1+1']);
  for (const [i, who] of ['lotte', 'pieter', 'sara'].entries()) {
    await answer(h, { id: who, tenantId: 't1', name: who }, post.id, [`anoniem ${3 - i}`, '', '', ''], true);
  }
  return { h, post };
}

describe('CSV export', () => {
  it('writes fields Excel reads safely: quotes doubled, separators and line breaks quoted, formulas neutralised', () => {
    expect(csvField('gewoon')).toBe('gewoon');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvField('een\r\ntwee')).toBe('"een\ntwee"');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+32')).toBe("'+32");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(' =1')).toBe("' =1");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('=A1;B1')).toBe(`"'=A1;B1"`);
    expect(toCsv([['a', 'b'], ['c', 'd']])).toBe('\uFEFFa;b\r\nc;d\r\n');
  });

  it('gives the facilitator a private link that works 24 hours', async () => {
    const { h, post } = await setup();
    const replies = await click(h, an, action(STARTER_ACTIONS.exportCsv, post.id));
    expect(texts(replies)).toBe('Ik stuurde je de antwoorden in een privébericht.');
    const message = lastPrivate(h, an);
    expect(message?.text).toMatch(/^Je CSV-export staat klaar: http:\/\/localhost:3978\/downloads\/[\w-]{32}\.csv\nDeel deze link niet: wie hem heeft, kan het bestand 24 uur lang openen\.$/);
    expect(message?.card?.blocks[1]).toMatchObject({ type: 'links', links: [{ type: 'link', label: 'Download CSV' }] });
    const token = /downloads\/([\w-]+)\.csv/.exec(message!.text)![1]!;
    expect(await h.deps.storage.downloads.get(token)).toEqual({
      token,
      kind: 'starter-answers',
      subjectId: post.id,
      groupId: post.groupId,
      createdBy: key(an),
      expiresAt: new Date(h.deps.clock.now().getTime() + DAY).toISOString(),
    });
  });

  it('serves UTF-8 with a BOM, semicolons, CRLF, the six columns, names only for named answers and dates only', async () => {
    const { h, post } = await setup();
    const base = await serve(h);
    const response = await fetch(`${base}${await exportLink(h, post.id)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="leerkring-antwoorden-2026-11-23.csv"');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    expect(body.endsWith('\r\n')).toBe(true);
    // Every record ends in CRLF; a bare LF only occurs inside a quoted answer.
    expect(body.replace(/\r\n/g, '').split('\n')).toHaveLength(2);
    const rows = body.split('\r\n');
    const title = opener.title.nl;
    const q = (n: number): string => opener.questions[n - 1]!.nl;
    const field = (v: string): string => (/[;,"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    expect(rows[0]).toBe('Gespreksstarter;Vraagnummer;Vraag;Antwoord;Auteur;Datum');
    expect(rows).toContain(`${field(title)};1;${field(q(1))};"Hij zei ""goed""; en dan";Jonas Claes;2026-11-23`);
    expect(rows).toContain(`${field(title)};1;${field(q(1))};'@SUM(A1);Fatima El Idrissi;2026-11-23`);
    expect(body).toContain(`${field(title)};2;${field(q(2))};"Lijn 1\nLijn 2";Jonas Claes;2026-11-23`);
    expect(rows).toContain(`${field(title)};2;${field(q(2))};'-1;Fatima El Idrissi;2026-11-23`);
    expect(rows).toContain(`${field(title)};3;${field(q(3))};"'=HYPERLINK(""http://x"",""klik"")";Jonas Claes;2026-11-23`);
    expect(rows).toContain(`${field(title)};3;${field(q(3))};"gewoon, met een komma";Fatima El Idrissi;2026-11-23`);
    expect(rows).toContain(`${field(title)};4;${field(q(4))};'+32 475 00 00 00;Jonas Claes;2026-11-23`);
    expect(rows).toContain(`${field(title)};4;${field(q(4))};'=1+1;Fatima El Idrissi;2026-11-23`);
    // Anonymous answers: "anoniem", the day only, sorted by text (not in the order they came in).
    const anonymousRows = rows.filter((r) => r.includes(';anoniem;'));
    expect(anonymousRows).toEqual([1, 2, 3].map((n) => `${field(title)};1;${field(q(1))};anoniem ${n};anoniem;2026-11-23`));
    for (const name of ['lotte', 'pieter', 'sara']) expect(body.toLowerCase()).not.toContain(name);
    // No cell starts with a formula character.
    for (const row of rows.slice(1, -1)) expect(row).not.toMatch(/(^|;)[=+\-@]/);
    expect(body).not.toMatch(/T\d{2}:\d{2}/);
  });

  it('answers 404 with the same body for a malformed name, an unknown token, an expired link or a creator who no longer facilitates', async () => {
    const { h, post } = await setup();
    const base = await serve(h);
    const path = await exportLink(h, post.id);
    const expectNotFound = async (url: string): Promise<void> => {
      const response = await fetch(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).toBe('Not found');
      expect(response.headers.get('cache-control')).toBe('no-store');
    };
    await expectNotFound(`${base}/downloads/short.csv`);
    await expectNotFound(`${base}/downloads/${'A'.repeat(32)}.csv`);
    await expectNotFound(`${base}${path.replace('.csv', '.txt')}`);
    await expectNotFound(`${base}/downloads/..%2F..%2Fetc%2Fpasswd`);
    expect((await fetch(`${base}${path}`)).status).toBe(200);
    // A day later the link is gone.
    h.deps.clock.advance(DAY);
    await expectNotFound(`${base}${path}`);
    // A fresh link stops working when its creator no longer facilitates the group.
    h.deps.clock.advance(-DAY);
    const fresh = await exportLink(h, post.id);
    const membership = await h.deps.storage.memberships.get(post.groupId, key(an));
    await h.deps.storage.memberships.save({ ...membership!, role: 'member' });
    await expectNotFound(`${base}${fresh}`);
  });

  it('writes the header in the exporting facilitator’s language', async () => {
    const { h, post } = await setup();
    await h.say(an, 'language en', dm('an'));
    const base = await serve(h);
    const body = await (await fetch(`${base}${await exportLink(h, post.id)}`)).text();
    expect(body.split('\r\n')[0]!.replace('\uFEFF', '')).toBe('Conversation starter;Question number;Question;Answer;Author;Date');
    expect(body).toContain(';anonymous;2026-11-23');
  });

  it('the export button is for facilitators only', async () => {
    const { h, post } = await setup();
    expect(texts(await click(h, jonas, buttonOf({ text: '', card: { blocks: [], actions: [action(STARTER_ACTIONS.exportCsv, post.id)] } }, STARTER_ACTIONS.exportCsv), {}, dm('jonas')))).toBe(
      'Alleen een begeleider kan dat. In *PLG Taal* zijn dat: An Peeters.',
    );
  });
});
