import type { Storage } from '../../../ports/storage.js';
import { groupsMessages } from '../../groups/groups-messages.js';
import { isoDay } from '../../starters/results/answers-view.js';
import { toCsv } from '../../starters/results/answers-csv.js';
import type { NeedsKey } from '../needs-messages.js';
import { needsT } from '../needs-translate.js';
import { NEEDS_THEMES, NEEDS_WAYS, type NeedsPosition } from '../needs.js';
import { NEEDS_RESULTS_THRESHOLD } from './needs-aggregate.js';
import { openDownload } from '../../starters/results/download-access.js';

/** A needs-round CSV ready to serve. */
export interface NeedsCsvFile {
  filename: string;
  body: string;
  roundId: string;
}

/**
 * The CSV behind a `needs-answers` download token, or undefined when the token is unknown, expired, of another kind,
 * no longer backed by a facilitator of the group, or the round has fewer than 3 answers (withheld: the route answers
 * 404). One row per answer and theme. Named answers carry name and role; anonymous ones "anoniem" (in the reader's
 * language) for both, and their day only. Never a person key or edit-key hash.
 */
export async function needsCsv(storage: Storage, token: string, now: Date): Promise<NeedsCsvFile | undefined> {
  const open = await openDownload(storage, token, 'needs-answers', now);
  const round = open ? await storage.needsRounds.get(open.link.subjectId) : undefined;
  if (!open || !round || round.groupId !== open.group.id) return undefined;
  const { group, language } = open;
  const answers = await storage.needsAnswers.listByRound(round.id);
  if (answers.length < NEEDS_RESULTS_THRESHOLD) return undefined;
  const t = needsT(language);
  const anonymous = t('needs.results.anonymous');
  const roleLabel = (role: string): string => (groupsMessages[language] as Record<string, string>)[`schoolRole.${role}`] ?? role;
  const themeLabel = (id: string): string => NEEDS_THEMES.find((th) => th.id === id)?.label[language] ?? id;
  const wayLabel = (id: string): string => NEEDS_WAYS.find((w) => w.id === id)?.label[language] ?? id;
  const position = (p: NeedsPosition): string => `${t(`needs.results.row.${p.place}` as NeedsKey)} / ${t(`needs.results.col.${p.form}` as NeedsKey)}`;

  const rows: string[][] = [
    (['needs.csv.theme', 'needs.csv.question', 'needs.csv.ways', 'needs.csv.now', 'needs.csv.wanted', 'needs.csv.role', 'needs.csv.author', 'needs.csv.date'] as const).map((k) => t(k)),
  ];
  const body: Array<{ named: boolean; row: string[] }> = [];
  for (const a of answers) {
    const themes = [...new Set(a.themes)].map(themeLabel);
    if (a.otherTheme?.trim()) themes.push(a.otherTheme.trim());
    const question = (a.learningQuestion ?? a.learnWhat).trim();
    const ways = [...new Set(a.ways)].map(wayLabel).join(', ');
    const author = a.anonymous ? anonymous : ((a.personKey ? (await storage.people.get(a.personKey))?.name : undefined) ?? '');
    const role = a.anonymous ? anonymous : a.schoolRole ? roleLabel(a.schoolRole) : t('needs.results.roleUnknown');
    const day = isoDay(a.updatedAt, group.timeZone);
    for (const theme of themes.length > 0 ? themes : [t('needs.results.noTheme')]) {
      body.push({ named: !a.anonymous, row: [theme, question, ways, position(a.position.now), position(a.position.wanted), role, author, day] });
    }
  }
  // Stored order could hint at who answered when; sort by content: theme, named before anonymous, then the text.
  body.sort((x, y) => x.row[0]!.localeCompare(y.row[0]!, 'nl') || Number(y.named) - Number(x.named) || x.row.join('\u0000').localeCompare(y.row.join('\u0000'), 'nl'));
  rows.push(...body.map((b) => b.row));
  const day = isoDay(round.createdAt, group.timeZone);
  return { filename: `leerkring-noden-${day}.csv`, body: toCsv(rows), roundId: round.id };
}
