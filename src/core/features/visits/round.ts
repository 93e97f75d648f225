import type { ActionHandler, CoreDeps, HandlerContext } from '../../app/context.js';
import type { Language } from '../../i18n/languages.js';
import type { ActionEvent, MessageEvent } from '../../model/events.js';
import { newToken } from '../../model/ids.js';
import { button, text, type OutboundMessage } from '../../model/message.js';
import { z } from 'zod';
import { packLines } from '../starters/results/answers-view.js';
import { activeMembers, displayName } from '../groups/group-access.js';
import type { Group } from '../groups/group.js';
import { runRound, whyUnmatched, type MatchInput, type RoundResult, type Suggestion, type UnmatchedReason } from './matching/index.js';
import { askHost } from './ask-host.js';
import { tell } from './answer-send.js';
import { facilitatedGroup, facilitatedGroupById, privately } from './overview-access.js';
import { reasonWords, unmatchedWords } from './round-words.js';
import { listText } from './visit-reminder-facts.js';
import { countKey } from './slot-format.js';
import { sendSuggestions } from './suggestions.js';
import { VISIT_ACTIONS } from './visit-actions.js';
import { loadMatchInput, nameOf } from './visit-access.js';
import { tOf, type VisitsT } from './visits-translate.js';
import { ACTIVE_VISIT_STATUSES, type VisitRequest } from './visit.js';

/** A round over a group's open requests that are not already waiting on a visit, with everyone accounted for. */
export interface PlannedRound {
  input: MatchInput;
  /** The requests the round is about. */
  requests: VisitRequest[];
  /** Open requests left out because a visit for them is already under way. */
  underway: number;
  result: RoundResult;
}

/** Runs matching over the group's open requests; a request the matcher forgot is listed as unmatched with its reason. */
export async function planRound(deps: CoreDeps, group: Group): Promise<PlannedRound> {
  const input = await loadMatchInput(deps, group);
  const busy = new Set(input.visits.filter((v) => ACTIVE_VISIT_STATUSES.includes(v.status)).flatMap((v) => v.requestIds));
  const requests = input.requests.filter((r) => !busy.has(r.id));
  const result = requests.length > 0 ? runRound(input, requests) : { assignments: [], unmatched: [] };
  const seen = new Set([...result.assignments.flatMap((a) => a.requestIds), ...result.unmatched.map((u) => u.requestId)]);
  const forgotten = requests.filter((r) => !seen.has(r.id)).map((r) => ({ requestId: r.id, visitorKey: r.visitorKey, reason: whyUnmatched(input, r) }));
  return { input, requests, underway: input.requests.length - requests.length, result: { ...result, unmatched: [...result.unmatched, ...forgotten] } };
}

const names = async (deps: CoreDeps, keys: readonly string[], t: VisitsT): Promise<string> => listText(await Promise.all(keys.map((k) => nameOf(deps, k))), t);

/** The facilitator's preview: who goes to whom and why, who is left and why, and a button to send it all. */
async function previewMessage(deps: CoreDeps, group: Group, plan: PlannedRound, t: VisitsT, language: Language, confirmValue: string): Promise<OutboundMessage> {
  const { result } = plan;
  const title = t('visits.round.title', { group: group.name });
  if (plan.requests.length === 0) {
    const line = t('visits.round.nothing', { group: group.name, underway: plan.underway });
    return { text: line, card: { title, blocks: [text(line)] } };
  }
  const matched = result.assignments.reduce((n, a) => n + a.visitorKeys.length, 0);
  // Zero lines are left out: "0 not yet" read oddly.
  const counts = [t(countKey('visits.round.intro', plan.requests.length), { count: plan.requests.length })];
  if (matched > 0) counts.push(t(countKey('visits.round.matched', matched), { count: matched }));
  if (result.unmatched.length > 0) counts.push(t(countKey('visits.round.unmatched', result.unmatched.length), { count: result.unmatched.length }));
  counts.push(t('visits.round.notSent'));
  const lines: string[] = [counts.join(' ')];
  if (result.assignments.length > 0) lines.push('', t('visits.round.assignedHeading'));
  for (const a of result.assignments) {
    const key = a.visitorKeys.length > 1 ? 'visits.round.trioLine' : 'visits.round.line';
    // The school is named once: after the host, unless a reason already names it.
    const school = a.reasons.some((r) => r.kind === 'other-school' && r.school) ? undefined : plan.input.schoolNameOf(a.hostKey);
    // The matcher usually names the number of slots among its reasons; when it does not, the preview still says it.
    const reasons = a.reasons.some((r) => r.kind === 'slots') ? a.reasons : [...a.reasons, { kind: 'slots' as const, count: a.slots.length }];
    lines.push(t(key, { visitors: await names(deps, a.visitorKeys, t), host: await nameOf(deps, a.hostKey), school: school ? ` (${school})` : '', why: reasonWords(t, reasons, language) }));
  }
  if (result.unmatched.length > 0) lines.push('', t('visits.round.unmatchedHeading'));
  for (const u of result.unmatched) lines.push(t('visits.round.unmatchedLine', { name: await nameOf(deps, u.visitorKey), why: unmatchedWords(t, u.reason) }));
  if (plan.underway > 0) lines.push('', t(countKey('visits.round.underway', plan.underway), { count: plan.underway }));
  lines.push('', t('visits.round.confirmHint'));
  return {
    text: [title, ...lines].join('\n'),
    card: {
      title,
      blocks: packLines(lines).map((block) => text(block)),
      actions: [
        button(VISIT_ACTIONS.roundConfirm, t('visits.round.confirm'), { value: confirmValue, style: 'primary' }),
        button(VISIT_ACTIONS.roundCancel, t('visits.round.cancel'), { value: confirmValue }),
      ],
    },
  };
}

/** `bezoek ronde`: a matching round for the whole group, shown to the facilitator first. */
export async function runMatchingRound(ctx: HandlerContext<MessageEvent>, _args: string): Promise<void> {
  const group = await facilitatedGroup(ctx);
  if (!group) return;
  const plan = await planRound(ctx.deps, group);
  const token = plan.requests.length > 0 ? await saveRoundDraft(ctx, group) : '';
  await privately(ctx, group, await previewMessage(ctx.deps, group, plan, tOf(ctx), ctx.person.language, `${group.id}|${token}`));
}

const ROUND_DRAFT_KIND = 'visit-round';
/** A preview can be sent for a day; after that the facilitator looks again. */
const ROUND_DRAFT_TTL_MS = 24 * 60 * 60 * 1000;
const roundDraftId = (groupId: string): string => `visit-round:${groupId}`;

/**
 * Makes the preview single-use: a token in the button and in a draft per group. Sending uses the draft up, so a
 * second click (or an older preview) cannot send everything twice; a newer preview replaces it.
 */
async function saveRoundDraft(ctx: HandlerContext, group: Group): Promise<string> {
  const now = ctx.deps.clock.now();
  const token = newToken();
  await ctx.deps.storage.drafts.save({
    id: roundDraftId(group.id),
    personKey: ctx.person.key,
    kind: ROUND_DRAFT_KIND,
    data: { token },
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + ROUND_DRAFT_TTL_MS).toISOString(),
  });
  return token;
}

/** Uses up the preview a click came from; false when it was sent already, expired or replaced. */
async function useRoundDraft(ctx: HandlerContext, group: Group, token: string | undefined): Promise<boolean> {
  const id = roundDraftId(group.id);
  const draft = await ctx.deps.storage.drafts.get(id);
  const fresh = !!token && draft?.kind === ROUND_DRAFT_KIND && draft.data['token'] === token && (!draft.expiresAt || draft.expiresAt > ctx.deps.clock.now().toISOString());
  if (!fresh) return false;
  await ctx.deps.storage.drafts.delete(id);
  return true;
}

/** The confirm button's value: `<groupId>|<token>` (an old bare group id has no token and counts as used). */
const roundValue = z
  .string()
  .max(300)
  .regex(/^[^|\s]+(\|[A-Za-z0-9_-]{0,100})?$/)
  .transform((value) => {
    const [groupId, token] = value.split('|');
    return { groupId: groupId!, token: token || undefined };
  });

/** Tells a visitor privately that no host was found this round, why, and that the facilitators know. */
async function tellUnmatched(deps: CoreDeps, group: Group, visitorKey: string, reason: UnmatchedReason): Promise<boolean> {
  // A facilitator who asked for a visit themselves is not told that "the facilitators (themselves) know".
  const others = (await activeMembers(deps, group.id)).filter((m) => m.membership.role === 'facilitator' && m.membership.personKey !== visitorKey).map(displayName);
  return tell(deps, group, visitorKey, async ({ t }) => ({
    text:
      others.length > 0
        ? t('visits.round.unmatchedNote', { group: group.name, why: unmatchedWords(t, reason), facilitators: listText(others, t) })
        : t('visits.round.unmatchedNoteSelf', { group: group.name, why: unmatchedWords(t, reason) }),
  }));
}

/**
 * "Send the round" (single-use): recomputes the round (the preview may be stale) and tells every requester something.
 * A trio's host is asked at once for both visitors; a single visitor gets the host as a suggestion to ask.
 */
async function confirmRound(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const parsed = roundValue.safeParse(ctx.event.value ?? '');
  const group = await facilitatedGroupById(ctx, parsed.success ? parsed.data.groupId : undefined);
  if (!group || !parsed.success) return;
  const t = tOf(ctx);
  if (!(await useRoundDraft(ctx, group, parsed.data.token))) return ctx.reply({ text: t('visits.round.used') });
  const plan = await planRound(ctx.deps, group);
  const byId = new Map(plan.requests.map((r) => [r.id, r]));
  const unreached: string[] = [];
  let suggested = 0;
  let trios = 0;
  const suggest = async (request: VisitRequest, given?: Suggestion): Promise<void> => {
    try {
      await sendSuggestions(ctx.deps, request, group, 'round', given ? [given] : undefined);
      suggested += 1;
    } catch (error) {
      ctx.deps.logger.error('visits: round suggestion failed', { groupId: group.id, requestId: request.id, error: error instanceof Error ? error.message : String(error) });
      unreached.push(await nameOf(ctx.deps, request.visitorKey));
    }
  };
  for (const a of plan.result.assignments) {
    const requests = a.requestIds.map((id) => byId.get(id)).filter((r): r is VisitRequest => !!r);
    if (requests.length === 2) {
      // A suggestion's "ask" is for one visitor; a trio only happens when the host is asked for both at once.
      const visit = await askHost(ctx.deps, { group, requests, hostKey: a.hostKey, reasons: a.reasons, occasion: 'round' }).catch((error: unknown) => {
        ctx.deps.logger.error('visits: round trio ask failed', { groupId: group.id, error: error instanceof Error ? error.message : String(error) });
        return undefined;
      });
      if (visit) {
        trios += 1;
        suggested += 2;
        continue;
      }
      // The slots went meanwhile: each visitor gets their own suggestions as they are now.
      for (const request of requests) await suggest(request);
      continue;
    }
    for (const request of requests) await suggest(request, { hostKey: a.hostKey, score: 1, reasons: a.reasons, slots: a.slots });
  }
  const unmatchedLines: string[] = [];
  for (const u of plan.result.unmatched) {
    const name = await nameOf(ctx.deps, u.visitorKey);
    unmatchedLines.push(t('visits.round.unmatchedLine', { name, why: unmatchedWords(t, u.reason) }));
    if (!(await tellUnmatched(ctx.deps, group, u.visitorKey, u.reason))) unreached.push(name);
  }
  ctx.deps.logger.info('visits: round sent', { groupId: group.id, suggested: String(suggested), trios: String(trios), unmatched: String(plan.result.unmatched.length) });
  const unmatchedCount = plan.result.unmatched.length;
  const sent = [t('visits.round.sent', { group: group.name })];
  if (suggested > 0) sent.push(t(countKey('visits.round.sentSuggested', suggested), { count: suggested }));
  if (unmatchedCount > 0) sent.push(t(countKey('visits.round.sentUnmatched', unmatchedCount), { count: unmatchedCount }));
  const lines = [sent.join(' ')];
  if (trios > 0) lines.push(t(countKey('visits.round.triosAsked', trios), { count: trios }));
  if (unmatchedLines.length > 0) lines.push('', t('visits.round.unmatchedHeading'), ...unmatchedLines);
  if (unreached.length > 0) lines.push('', t('visits.round.unreached', { names: unreached.join(', ') }));
  if (plan.requests.length === 0) lines.splice(0, lines.length, t('visits.round.nothing', { group: group.name, underway: plan.underway }));
  await privately(ctx, group, { text: lines.join('\n'), card: { blocks: packLines(lines).map((b) => text(b)) } });
}

/** "Don't send": discards the preview's draft, so neither this preview nor an older one can send the round any more. */
async function cancelRound(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const parsed = roundValue.safeParse(ctx.event.value ?? '');
  const group = await facilitatedGroupById(ctx, parsed.success ? parsed.data.groupId : undefined);
  if (!group || !parsed.success) return;
  const t = tOf(ctx);
  if (!(await useRoundDraft(ctx, group, parsed.data.token))) return ctx.reply({ text: t('visits.round.used') });
  ctx.deps.logger.info('visits: round discarded', { groupId: group.id });
  await privately(ctx, group, { text: t('visits.round.cancelled', { group: group.name }) });
}

/** Round actions. */
export const roundActions: ActionHandler[] = [
  { id: VISIT_ACTIONS.roundConfirm, run: confirmRound },
  { id: VISIT_ACTIONS.roundCancel, run: cancelRound },
];
