import type { Language } from '../../../i18n/languages.js';
import type { Translate } from '../../../i18n/translate.js';
import { button, text, type ActionButton, type CardBlock, type OutboundMessage } from '../../../model/message.js';
import { shorten } from '../../moments/moment-text.js';
import { STARTER_ACTIONS } from '../starter-actions.js';
import { ANONYMOUS_THRESHOLD, answerLine, answersPerQuestion, packLines, shortDay, type PostResults } from './answers-view.js';

/** Most text blocks one card carries; the CSV export has everything. */
const MAX_BLOCKS = 36;

/** Lines of every question with its answers, packed into text blocks, ending with a note when the card is full. */
function questionBlocks(results: PostResults, opts: { names: boolean; anonymous: boolean; language: Language }, t: Translate, room: number): CardBlock[] {
  const lines: string[] = [];
  answersPerQuestion(results, opts).forEach(({ question, lines: answers }, i) => {
    lines.push(`*${i + 1}. ${question}*`);
    if (answers.length === 0) lines.push(t('results.noAnswersYet'));
    for (const line of answers) lines.push(answerLine(line));
  });
  const packed = packLines(lines);
  if (packed.length <= room) return packed.map((block) => text(block));
  return [...packed.slice(0, Math.max(0, room - 1)).map((block) => text(block)), text(t('results.moreInCsv'), true)];
}

/** The counts line of a post: "met naam 4 · anoniem 3 · nog niet 2". */
export const countsLine = (results: PostResults, t: Translate): string =>
  t('results.counts', { named: results.named.length, anonymous: results.anonymous.length, notYet: results.notYet });

/**
 * A facilitator's view of one post: counts, who answered by name (never who answered anonymously), the answers per
 * question (named ones with a first name, anonymous ones with nothing), and what can be done with them.
 */
export function resultsCard(results: PostResults, t: Translate, language: Language): OutboundMessage {
  const { post, group, starter } = results;
  const blocks: CardBlock[] = [
    {
      type: 'facts',
      facts: [
        { label: t('results.fact.group'), value: group.name },
        { label: t('results.fact.posted'), value: shortDay(post.postedAt ?? post.createdAt, group.timeZone, language) },
        { label: t('results.fact.named'), value: String(results.named.length) },
        { label: t('results.fact.anonymous'), value: String(results.anonymous.length) },
        { label: t('results.fact.notYet'), value: String(results.notYet) },
      ],
    },
    text(
      results.named.length > 0
        ? t('results.namedBy', { names: results.named.map((n) => n.name).join(', ') })
        : t('results.namedByNobody'),
    ),
    text(t('results.anonymousNote'), true),
  ];
  // Below the threshold the facilitator does not see anonymous texts either: with few answers they can point to someone.
  const anonymousShown = results.anonymous.length >= ANONYMOUS_THRESHOLD;
  if (!anonymousShown && results.anonymous.length > 0) blocks.push(text(t('results.summary.anonymousWithheld', { min: ANONYMOUS_THRESHOLD }), true));
  blocks.push(...questionBlocks(results, { names: true, anonymous: anonymousShown, language }, t, MAX_BLOCKS - blocks.length));
  const actions: ActionButton[] = [
    button(STARTER_ACTIONS.shareSummary, t('results.button.share'), { value: post.id, style: 'primary' }),
    button(STARTER_ACTIONS.exportCsv, t('results.button.export'), { value: post.id }),
  ];
  if (post.status === 'posted') actions.push(button(STARTER_ACTIONS.nudge, t('results.button.nudge'), { value: post.id }));
  return { text: `${t('results.heading', { title: starter.title })} — ${countsLine(results, t)}`, card: { title: t('results.heading', { title: starter.title }), blocks, actions } };
}

/** The latest posts of a group with their counts, and a button to open each. */
export function overviewCard(groupName: string, rows: PostResults[], language: Language, t: Translate): OutboundMessage {
  const lines = rows.map((r) => t('results.overview.line', { title: r.starter.title, date: shortDay(r.post.postedAt ?? r.post.createdAt, r.group.timeZone, language), counts: countsLine(r, t) }));
  return {
    text: t('results.overview.heading', { group: groupName }),
    card: {
      title: t('results.overview.heading', { group: groupName }),
      blocks: packLines(lines).map((block) => text(block)),
      actions: rows.map((r) => button(STARTER_ACTIONS.results, t('results.button.open', { title: shorten(r.starter.title, 55) }), { value: r.post.id })),
    },
  };
}

/** The outcome of preparing a summary for the channel. */
export type SummaryOutcome =
  | { kind: 'ok'; message: OutboundMessage; anonymousShown: boolean }
  /** Nothing to share at all. */
  | { kind: 'empty' }
  /** Only anonymous answers, fewer than the threshold: nothing may be shared. */
  | { kind: 'withheld' };

/**
 * The summary for the channel: per question the answers without any name (named ones too), sorted by text, and how
 * many answers it holds. Fewer than ANONYMOUS_THRESHOLD anonymous answers are left out, and the summary says so.
 */
export function summaryMessage(results: PostResults, t: Translate, language: Language, sharerAnsweredAnonymously = false): SummaryOutcome {
  // The one sharing knows which anonymous answer is theirs, so theirs does not count towards the threshold.
  const anonymousShown = results.anonymous.length - (sharerAnsweredAnonymously ? 1 : 0) >= ANONYMOUS_THRESHOLD;
  if (results.named.length === 0 && results.anonymous.length === 0) return { kind: 'empty' };
  if (results.named.length === 0 && !anonymousShown) return { kind: 'withheld' };
  const count = results.named.length + (anonymousShown ? results.anonymous.length : 0);
  const blocks: CardBlock[] = [text(count === 1 ? t('results.summary.countOne') : t('results.summary.count', { count }))];
  const note = !anonymousShown && (results.post.allowAnonymous || results.anonymous.length > 0) ? t('results.summary.anonymousWithheld', { min: ANONYMOUS_THRESHOLD }) : undefined;
  blocks.push(...questionBlocks(results, { names: false, anonymous: anonymousShown, language }, t, MAX_BLOCKS - 2));
  if (note) blocks.push(text(note, true));
  const title = t('results.summary.heading', { title: results.starter.title });
  return { kind: 'ok', anonymousShown, message: { text: title, card: { title, blocks } } };
}
