import { translator } from '../../../i18n/translate.js';
import type { Storage } from '../../../ports/storage.js';
import { ANONYMOUS_THRESHOLD, isoDay, loadResults, readOnlyDeps } from './answers-view.js';
import { openDownload } from './download-access.js';

/** How long an export link works. */
export const DOWNLOAD_TTL_MS = 24 * 60 * 60 * 1000;

/** Excel in Belgium (nl-BE, fr-BE) splits on semicolons; the byte order mark makes it read UTF-8. */
export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';

/**
 * One field: a value a spreadsheet would run as a formula (= + - @, also after leading spaces, or a leading tab or
 * carriage return) gets a leading apostrophe; a field with a separator, comma, quote or line break is quoted, with
 * quotes doubled (RFC 4180).
 */
export function csvField(value: string): string {
  let v = value.replace(/\r\n?/g, '\n');
  if (/^[\t\r]/.test(value) || /^\s*[=+\-@]/.test(v)) v = `'${v}`;
  return /[;,"\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Rows as CSV text for Excel: BOM, semicolons, CRLF after every row. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return BOM + rows.map((row) => row.map(csvField).join(CSV_SEPARATOR)).join('\r\n') + '\r\n';
}

/** A CSV file ready to serve. */
export interface CsvFile {
  filename: string;
  body: string;
  postId: string;
}

/**
 * The CSV behind a download token, or undefined when the token is unknown, expired, or no longer backed by a
 * facilitator of the group (the link stops working when its creator stops facilitating). Named answers carry the
 * author's name; anonymous ones "anonymous" and their day only; each question's anonymous answers are sorted by text.
 */
export async function answersCsv(storage: Storage, token: string, now: Date): Promise<CsvFile | undefined> {
  const open = await openDownload(storage, token, 'starter-answers', now);
  const post = open ? await storage.starterPosts.get(open.link.subjectId) : undefined;
  if (!open || !post || post.groupId !== open.group.id) return undefined;
  const { group, language } = open;
  const results = await loadResults(readOnlyDeps(storage), post, group, language);
  if (!results) return undefined;
  const t = translator(language);
  const rows: string[][] = [[t('results.csv.post'), t('results.csv.number'), t('results.csv.question'), t('results.csv.answer'), t('results.csv.author'), t('results.csv.date')]];
  const title = results.starter.title;
  results.starter.questions.forEach((question, i) => {
    for (const n of results.named) {
      const text = (n.answer.texts[i] ?? '').trim();
      if (text !== '') rows.push([title, String(i + 1), question, text, n.name, isoDay(n.answer.updatedAt, group.timeZone)]);
    }
    // Like the facilitator's view: below the threshold anonymous texts stay out, so nobody can be singled out.
    const anonymous = (results.anonymous.length >= ANONYMOUS_THRESHOLD ? results.anonymous : [])
      .map((a) => ({ text: (a.texts[i] ?? '').trim(), day: isoDay(a.updatedAt, group.timeZone) }))
      .filter((a) => a.text !== '')
      .sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : a.day.localeCompare(b.day)));
    for (const a of anonymous) rows.push([title, String(i + 1), question, a.text, t('results.csv.anonymous'), a.day]);
  });
  const day = isoDay(post.postedAt ?? post.createdAt, group.timeZone);
  return { filename: `leerkring-antwoorden-${day}.csv`, body: toCsv(rows), postId: post.id };
}
