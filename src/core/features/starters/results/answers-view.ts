import { DateTime } from 'luxon';
import type { CoreDeps } from '../../../app/context.js';
import { LOCALE_TAG, type Language } from '../../../i18n/languages.js';
import type { Storage } from '../../../ports/storage.js';
import { activeMembers, displayName } from '../../groups/group-access.js';
import type { Group } from '../../groups/group.js';
import { loadPostText, type StarterText } from '../starter-text.js';
import type { StarterAnswer, StarterPost } from '../starter.js';

/** Fewer anonymous answers than this are never shown in a summary: nobody can be singled out. */
export const ANONYMOUS_THRESHOLD = 3;

/** A named answer with its author's names. */
export interface NamedEntry {
  answer: StarterAnswer;
  personKey: string;
  /** Full display name (results overview, CSV). */
  name: string;
  /** First name, with a last-name initial when two authors share it (answers per question). */
  shortName: string;
}

/** Everything a facilitator's view of one post is made of. Anonymous answers carry nothing but their texts and day. */
export interface PostResults {
  post: StarterPost;
  group: Group;
  starter: StarterText;
  /** Sorted by name. */
  named: NamedEntry[];
  /** In a fixed order that says nothing about who answered when (by their texts). */
  anonymous: StarterAnswer[];
  /** Active members expected to answer: everyone except whoever posted it. */
  expected: number;
  /** Expected members without a named answer, minus the anonymous answers (a count only: who is behind those is unknown). */
  notYet: number;
}

/** Core dependencies for code that only reads storage (the download route has nothing else). */
export const readOnlyDeps = (storage: Storage): CoreDeps => ({ storage }) as Pick<CoreDeps, 'storage'> as CoreDeps;

const collator = (language: Language): Intl.Collator => new Intl.Collator(LOCALE_TAG[language], { sensitivity: 'base' });

/** Joined texts of an anonymous answer: the one order for them that reveals nothing about when or by whom. */
const anonymousOrder = (language: Language) => {
  const c = collator(language);
  return (a: StarterAnswer, b: StarterAnswer): number => c.compare(a.texts.join('\u0000'), b.texts.join('\u0000')) || a.id.localeCompare(b.id);
};

/** Loads a post's answers with names for the named ones; undefined when its starter no longer exists. */
export async function loadResults(deps: CoreDeps, post: StarterPost, group: Group, language: Language): Promise<PostResults | undefined> {
  const starter = await loadPostText(deps, post, language);
  if (!starter) return undefined;
  const answers = await deps.storage.starterAnswers.listByPost(post.id);
  const members = await activeMembers(deps, group.id);
  const names = new Map(members.map((m) => [m.membership.personKey, displayName(m)]));
  const named: NamedEntry[] = [];
  const anonymous: StarterAnswer[] = [];
  for (const answer of answers) {
    if (answer.anonymous || !answer.personKey) {
      anonymous.push(answer);
      continue;
    }
    // Someone who left the group since keeps their name with their answer.
    const name = names.get(answer.personKey) ?? (await deps.storage.people.get(answer.personKey))?.name ?? answer.personKey.split(':').pop() ?? '?';
    named.push({ answer, personKey: answer.personKey, name, shortName: name });
  }
  const c = collator(language);
  named.sort((a, b) => c.compare(a.name, b.name));
  const firsts = new Map<string, number>();
  const firstOf = (name: string): string => name.trim().split(/\s+/)[0] ?? name;
  for (const n of named) firsts.set(firstOf(n.name).toLowerCase(), (firsts.get(firstOf(n.name).toLowerCase()) ?? 0) + 1);
  for (const n of named) {
    const parts = n.name.trim().split(/\s+/);
    const first = firstOf(n.name);
    const last = parts.length > 1 ? parts[parts.length - 1] : undefined;
    n.shortName = (firsts.get(first.toLowerCase()) ?? 0) > 1 && last ? `${first} ${last.charAt(0)}.` : first;
  }
  anonymous.sort(anonymousOrder(language));
  const expectedKeys = new Set(members.map((m) => m.membership.personKey).filter((k) => k !== post.createdBy));
  const namedExpected = named.filter((n) => expectedKeys.has(n.personKey)).length;
  return {
    post,
    group,
    starter,
    named,
    anonymous,
    expected: expectedKeys.size,
    notYet: Math.max(0, expectedKeys.size - namedExpected - anonymous.length),
  };
}

/** One answer to one question, with its author's short name for named answers. */
export interface AnswerLine {
  name?: string;
  text: string;
}

/**
 * The answers per question. `names` adds short names to named answers; `anonymous` includes anonymous answers.
 * Without names, every answer of a question is sorted by its text, so order does not point at anyone either.
 */
export function answersPerQuestion(results: PostResults, opts: { names: boolean; anonymous: boolean; language: Language }): Array<{ question: string; lines: AnswerLine[] }> {
  const c = collator(opts.language);
  return results.starter.questions.map((question, i) => {
    const named: AnswerLine[] = results.named
      .map((n) => ({ ...(opts.names ? { name: n.shortName } : {}), text: (n.answer.texts[i] ?? '').trim() }))
      .filter((l) => l.text !== '');
    const anonymous: AnswerLine[] = opts.anonymous
      ? results.anonymous
          .map((a) => ({ text: (a.texts[i] ?? '').trim() }))
          .filter((l) => l.text !== '')
          .sort((a, b) => c.compare(a.text, b.text))
      : [];
    const lines = opts.names ? [...named, ...anonymous] : [...named, ...anonymous].sort((a, b) => c.compare(a.text, b.text));
    return { question, lines };
  });
}

/** A day for people, short: "12 nov. 2026". */
export function shortDay(instant: string | undefined, zone: string, language: Language): string {
  if (!instant) return '—';
  const at = instant.length === 10 ? DateTime.fromISO(instant, { zone }) : DateTime.fromISO(instant).setZone(zone);
  return at.isValid ? at.setLocale(LOCALE_TAG[language]).toFormat('d LLL yyyy') : '—';
}

/** The calendar day (yyyy-MM-dd) of a stored time in a zone; anonymous answers already store only their day. */
export function isoDay(instant: string, zone: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(instant)) return instant;
  const at = DateTime.fromISO(instant).setZone(zone);
  return at.isValid ? at.toISODate()! : instant.slice(0, 10);
}

/** Packs lines into text blocks that stay under the channels' limit for one block. */
export function packLines(lines: string[], max = 2800): string[] {
  const blocks: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = raw.length > max ? `${raw.slice(0, max - 1)}…` : raw;
    if (current !== '' && current.length + 1 + line.length > max) {
      blocks.push(current);
      current = '';
    }
    current = current === '' ? line : `${current}\n${line}`;
  }
  if (current !== '') blocks.push(current);
  return blocks;
}

/** One answer as a card line: whitespace flattened, long answers shortened (the CSV export has them in full). */
export function answerLine(line: AnswerLine, max = 600): string {
  const flat = line.text.replace(/\s+/g, ' ').trim();
  const shown = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  return line.name ? `• *${line.name}*: ${shown}` : `• ${shown}`;
}
