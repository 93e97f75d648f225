import type { CoreDeps, HandlerContext } from '../../app/context.js';
import { sendToPerson } from '../../app/direct-messages.js';
import { DEFAULT_LANGUAGE, type Language } from '../../i18n/languages.js';
import type { OutboundMessage } from '../../model/message.js';
import type { Person } from '../../ports/storage.js';
import { activeMembers } from '../groups/group-access.js';
import type { Group } from '../groups/group.js';
import { DEADLINE_PREFIX } from './visit-actions.js';
import { replyPrivately } from './request-private.js';
import { visitsT, type VisitsT } from './visits-translate.js';
import type { Visit } from './visit.js';

/** What a message to one person is built from: their translator, language and zone. */
export interface Reader {
  t: VisitsT;
  language: Language;
  zone: string;
  person: Person | undefined;
}

/** The reader behind a person key: their language and zone, or the defaults and the group's zone. */
export async function readerOf(deps: CoreDeps, personKey: string, group: Pick<Group, 'timeZone'>): Promise<Reader> {
  const person = await deps.storage.people.get(personKey);
  const language = person?.language ?? DEFAULT_LANGUAGE;
  return { t: visitsT(language), language, zone: person?.timeZone || group.timeZone, person };
}

/** The reader of the person acting. */
export const readerOfCtx = (ctx: HandlerContext, group: Pick<Group, 'timeZone'>): Reader => ({
  t: visitsT(ctx.person.language),
  language: ctx.person.language,
  zone: ctx.person.timeZone || group.timeZone,
  person: ctx.person,
});

/**
 * Sends one person a private message built in their own language; false when it did not arrive.
 * One unreachable person never stops the others, so failures are logged, not thrown.
 */
export async function tell(deps: CoreDeps, group: Group, personKey: string, build: (reader: Reader) => OutboundMessage | Promise<OutboundMessage>): Promise<boolean> {
  try {
    const message = await build(await readerOf(deps, personKey, group));
    const result = await sendToPerson(deps, personKey, message, group);
    if (!result.ok) deps.logger.warn('visits: private message did not arrive', { groupId: group.id, reason: result.reason });
    return result.ok;
  } catch (error) {
    deps.logger.warn('visits: private message failed', { groupId: group.id, error: error instanceof Error ? error.message : String(error) });
    return false;
  }
}

/**
 * Tells every active facilitator of the group privately, except `skip` (the people of the visit, who hear it their
 * own way), each in their own language; returns the keys reached.
 */
export async function tellFacilitators(deps: CoreDeps, group: Group, skip: readonly string[], build: (reader: Reader) => OutboundMessage | Promise<OutboundMessage>): Promise<string[]> {
  const reached: string[] = [];
  for (const member of await activeMembers(deps, group.id)) {
    const key = member.membership.personKey;
    if (member.membership.role !== 'facilitator' || skip.includes(key)) continue;
    if (await tell(deps, group, key, build)) reached.push(key);
  }
  return reached;
}

/**
 * Runs a follow-up that belongs to another part (reminders, suggestions): its failure is logged and never undoes or
 * hides what the person just did.
 */
export async function guarded(deps: CoreDeps, what: string, visitId: string, run: () => Promise<unknown>): Promise<boolean> {
  try {
    await run();
    return true;
  } catch (error) {
    deps.logger.error(`visits: ${what} failed`, { visitId, error: error instanceof Error ? error.message : String(error) });
    return false;
  }
}

/** The job id of a proposal's answer deadline for one sequence of the visit. */
export const deadlineJobId = (visit: Pick<Visit, 'id' | 'sequence'>): string => `${DEADLINE_PREFIX}${visit.id}:${visit.sequence}`;

/** Arms the answer deadline of a proposed visit (its current sequence). */
export function armDeadline(deps: CoreDeps, visit: Visit): void {
  if (visit.status === 'proposed' && visit.answerBy) deps.scheduler.schedule(deadlineJobId(visit), new Date(visit.answerBy));
}

/** Who answers the current proposal: the host for a visitor's proposal, the visitors for the host's. */
export const answerersOf = (visit: Pick<Visit, 'proposedBy' | 'hostKey' | 'visitorKeys'>): string[] =>
  visit.proposedBy === visit.hostKey ? [...visit.visitorKeys] : [visit.hostKey];

/** Everyone in a visit other than `personKey` (for a trio: the host and the other visitor). */
export const othersThan = (visit: Pick<Visit, 'visitorKeys' | 'hostKey'>, personKey: string): string[] =>
  [...visit.visitorKeys, visit.hostKey].filter((k) => k !== personKey);

/** The learning question a reader sees: a visitor their own, the host every visitor's (one per line). */
export async function questionFor(deps: CoreDeps, visit: Pick<Visit, 'requestIds' | 'visitorKeys'>, readerKey: string): Promise<string | undefined> {
  const own = visit.visitorKeys.indexOf(readerKey);
  const ids = own >= 0 ? [visit.requestIds[own]] : visit.requestIds;
  const questions: string[] = [];
  for (const id of ids) {
    const request = id ? await deps.storage.visitRequests.get(id) : undefined;
    if (request?.learningQuestion.trim()) questions.push(request.learningQuestion.trim());
  }
  return questions.length > 0 ? questions.join('\n') : undefined;
}

/** Answers the person only (see replyPrivately). */
export const privately = (ctx: HandlerContext, group: Group | undefined, messages: OutboundMessage[]): Promise<void> => replyPrivately(ctx, group, messages);
