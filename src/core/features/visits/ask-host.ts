import { DateTime } from 'luxon';
import type { CoreDeps } from '../../app/context.js';
import { sendToPerson } from '../../app/direct-messages.js';
import { newId, newToken } from '../../model/ids.js';
import type { Group } from '../groups/group.js';
import { addSchoolDays, proposeSlots } from './matching/index.js';
import { answerDay, proposalMessageFor } from './ask-cards.js';
import { deadlineJobId, tell } from './answer-send.js';
import { slotText } from './answer-format.js';
import { restoreAgreedTime } from './host-answer.js';
import { isPaused } from './matching/suggest.js';
import { offerNextSuggestion, sendSuggestions } from './suggestions.js';
import { loadMatchInput, nameOf } from './visit-access.js';
import { DEADLINE_PREFIX } from './visit-actions.js';
import type { MatchReason, Visit, VisitRequest } from './visit.js';

export { proposalCard, proposalMessageFor, type ProposalView, type ProposalVisitor } from './ask-cards.js';

export { deadlineJobId } from './answer-send.js';
export { isPaused } from './matching/suggest.js';


/**
 * Creates a `proposed` visit with up to three slots, asks the host privately and arms the answer deadline. The
 * visitors hear who was asked; `occasion: 'round'` tells them the facilitator's round did it for them.
 */
export async function askHost(deps: CoreDeps, opts: { group: Group; requests: VisitRequest[]; hostKey: string; reasons: MatchReason[]; occasion?: 'visitor' | 'round' }): Promise<Visit | undefined> {
  const { group, requests, hostKey, reasons } = opts;
  if (requests.length === 0 || requests.length > 2) return undefined;
  if (requests.some((r) => r.groupId !== group.id || r.status !== 'open' || r.visitorKey === hostKey || r.passedHosts.includes(hostKey))) return undefined;
  const input = await loadMatchInput(deps, group);
  const offer = input.offers.find((o) => o.personKey === hostKey);
  const today = DateTime.fromJSDate(input.now, { zone: group.timeZone }).toISODate()!;
  if (!offer || isPaused(offer, today)) return undefined;
  // One proposal at a time per request: a second "ask" would book the visitor twice.
  if (input.visits.some((v) => v.status === 'proposed' && v.requestIds.some((id) => requests.some((r) => r.id === id)))) return undefined;
  const slots = proposeSlots(input, requests, offer, 3);
  if (slots.length === 0) return undefined;
  const now = input.now.toISOString();
  const visit: Visit = {
    id: newId('v'),
    groupId: group.id,
    requestIds: requests.map((r) => r.id),
    visitorKeys: requests.map((r) => r.visitorKey),
    hostKey,
    form: requests[0]!.form,
    status: 'proposed',
    proposedSlots: slots.slice(0, 3),
    proposedBy: requests[0]!.visitorKey,
    answerBy: addSchoolDays(input.now, input.settings.hostAnswerSchoolDays, input.group).toISOString(),
    cover: {},
    sequence: 0,
    icsToken: newToken(),
    reasons,
    reciprocal: reasons.some((r) => r.kind === 'reciprocal'),
    prep: {},
    reflections: {},
    createdAt: now,
    updatedAt: now,
  };
  await deps.storage.visits.save(visit);
  deps.scheduler.schedule(deadlineJobId(visit), new Date(visit.answerBy!));
  deps.logger.info('visits: host asked', { visitId: visit.id, groupId: group.id });
  const sent = await sendToPerson(deps, hostKey, await proposalMessageFor(deps, visit, group, hostKey), group);
  if (!sent.ok) deps.logger.warn('visits: host unreachable; the deadline will offer the next suggestion', { visitId: visit.id });
  const hostName = await nameOf(deps, hostKey);
  for (const key of visit.visitorKeys) {
    const partner = visit.visitorKeys.find((k) => k !== key);
    const partnerName = partner ? await nameOf(deps, partner) : undefined;
    await tell(deps, group, key, ({ t, language, zone }) => {
      const date = answerDay(visit.answerBy!, language, zone);
      if (opts.occasion === 'round' && partnerName) return { text: t('visits.ask.sentRound', { group: group.name, name: hostName, partner: partnerName, date }) };
      const trio = partnerName ? ` ${t('visits.ask.sentTrio', { name: partnerName })}` : '';
      return { text: t('visits.ask.sent', { name: hostName, date }) + trio };
    });
  }
  return visit;
}

/** Reads `visit-deadline:<visitId>:<sequence>`. */
function parseJobId(jobId: string): { visitId: string; sequence: number } | undefined {
  const rest = jobId.startsWith(DEADLINE_PREFIX) ? jobId.slice(DEADLINE_PREFIX.length) : '';
  const at = rest.lastIndexOf(':');
  const sequence = Number(rest.slice(at + 1));
  if (at <= 0 || !Number.isInteger(sequence)) return undefined;
  return { visitId: rest.slice(0, at), sequence };
}

/** The visit id of a deadline job id (the job id itself when it cannot be read). */
export const deadlineVisitId = (jobId: string): string => parseJobId(jobId)?.visitId ?? jobId;

/** The deadline job: the other side did not answer a proposal in time; the host is passed and the next suggestion offered. */
export async function runDeadlineJob(deps: CoreDeps, jobId: string): Promise<void> {
  const parsed = parseJobId(jobId);
  const visit = parsed ? await deps.storage.visits.get(parsed.visitId) : undefined;
  // A newer sequence (a counter-proposal, a move) or any answer makes this job stale.
  if (!visit || !parsed || visit.status !== 'proposed' || visit.sequence !== parsed.sequence) return;
  const group = await deps.storage.groups.get(visit.groupId);
  if (!group) return;
  // An unanswered move of an agreed visit keeps the visit: it goes back to the time both had agreed on.
  if (visit.slot && Date.parse(visit.slot.start) > deps.clock.now().getTime()) return moveExpired(deps, visit, group);
  const now = deps.clock.now().toISOString();
  await deps.storage.visits.save({ ...visit, status: 'expired', updatedAt: now });
  if (visit.proposedBy === visit.hostKey) return counterExpired(deps, visit, group);
  for (const requestId of visit.requestIds) {
    const request = await deps.storage.visitRequests.get(requestId);
    if (request && !request.passedHosts.includes(visit.hostKey)) await deps.storage.visitRequests.save({ ...request, passedHosts: [...request.passedHosts, visit.hostKey], updatedAt: now });
  }
  deps.logger.info('visits: proposal expired', { visitId: visit.id });
  const names = (await Promise.all(visit.visitorKeys.map((k) => nameOf(deps, k)))).join(' & ');
  await tell(deps, group, visit.hostKey, (r) => ({ text: r.t('visits.deadline.host', { name: names }) }));
  for (const requestId of visit.requestIds) await offerNextSuggestion(deps, requestId, 'expired');
}

/** Nobody answered a move in time: the visit stays on its old time, and both sides hear so. */
async function moveExpired(deps: CoreDeps, visit: Visit, group: Group): Promise<void> {
  const kept = await restoreAgreedTime(deps, visit);
  const slot = kept.slot!;
  for (const key of [...kept.visitorKeys, kept.hostKey]) {
    await tell(deps, group, key, (r) => ({ text: r.t('visits.deadline.moveKept', { when: slotText(slot, r.zone, r.language) }) }));
  }
  deps.logger.info('visits: move unanswered, old time kept', { visitId: visit.id });
}

/**
 * The visitor(s) never answered the host's counter-proposal: the host was willing, so they are not passed over; the
 * host hears it lapsed and the visitor gets their suggestions again (the same host may come back).
 */
async function counterExpired(deps: CoreDeps, visit: Visit, group: Group): Promise<void> {
  const names = (await Promise.all(visit.visitorKeys.map((k) => nameOf(deps, k)))).join(' & ');
  const hostName = await nameOf(deps, visit.hostKey);
  await tell(deps, group, visit.hostKey, (r) => ({ text: r.t('visits.deadline.hostCounter', { name: names }) }));
  deps.logger.info('visits: counter-proposal expired', { visitId: visit.id });
  for (const [i, key] of visit.visitorKeys.entries()) {
    await tell(deps, group, key, (r) => ({ text: r.t('visits.deadline.visitorCounter', { name: hostName }) }));
    const request = visit.requestIds[i] ? await deps.storage.visitRequests.get(visit.requestIds[i]) : undefined;
    if (request?.status === 'open') await sendSuggestions(deps, request, group, 'new');
  }
}

/** At start: arms the deadline of every proposal still waiting for an answer; returns how many. */
export async function rearmDeadlines(deps: CoreDeps): Promise<number> {
  let count = 0;
  for (const visit of await deps.storage.visits.listProposed()) {
    if (visit.status !== 'proposed' || !visit.answerBy) continue;
    deps.scheduler.schedule(deadlineJobId(visit), new Date(visit.answerBy));
    count++;
  }
  return count;
}
