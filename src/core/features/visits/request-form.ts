import type { ActionHandler, HandlerContext } from '../../app/context.js';
import { sendToPerson } from '../../app/direct-messages.js';
import type { ActionEvent, MessageEvent } from '../../model/events.js';
import { newId } from '../../model/ids.js';
import type { Group } from '../groups/group.js';
import { sameTenant } from '../moments/moment-access.js';
import { inputValue } from '../moments/moment-text.js';
import { requestForm, type RequestFormValues } from './request-cards.js';
import { replyPrivately } from './request-private.js';
import { readRequest, requestValues, type RequestFields } from './request-read.js';
import { comingWeeks, nearestWeeks, splitFree } from './request-time.js';
import { sendSuggestions } from './suggestions.js';
import { memberGroupById, nameOf, visitGroupsFor } from './visit-access.js';
import { VISIT_ACTIONS } from './visit-actions.js';
import { answerersOf, armDeadline, deadlineJobId, tell } from './answer-send.js';
import { proposalMessageFor } from './ask-cards.js';
import { VISIT_LIMITS, visitSettingsOf, type Visit, type VisitRequest } from './visit.js';
import { cleanText } from './visit-text.js';
import { tOf } from './visits-translate.js';

/** The person's open request in a group, if any (there is at most one). */
export async function openRequestOf(ctx: Pick<HandlerContext, 'deps'>, personKey: string, groupId: string): Promise<VisitRequest | undefined> {
  return (await ctx.deps.storage.visitRequests.listByVisitor(personKey)).find((r) => r.groupId === groupId && r.status === 'open');
}

/** A stored request as form values, for a prefilled form. */
function valuesOf(request: VisitRequest): RequestFormValues {
  const weeks = Math.round((Date.parse(request.toDate) - Date.parse(request.fromDate)) / (7 * 86_400_000));
  return {
    question: request.learningQuestion,
    themes: request.themes,
    lens: request.lens,
    ...(request.lensOwn ? { lensOwn: request.lensOwn } : {}),
    form: request.form,
    scope: request.scope,
    ...splitFree(request.free),
    weeks: nearestWeeks(weeks),
    trio: request.trio ? 'yes' : 'no',
    groupId: request.groupId,
  };
}

/**
 * `bezoek [learning question]`: the request form, privately; prefilled with the open request when there is one. Any
 * text typed after the command is the learning question, so nothing typed is lost.
 */
export async function startRequest(ctx: HandlerContext<MessageEvent>, args: string): Promise<void> {
  const groups = await visitGroupsFor(ctx);
  if (groups.length === 0) return;
  let values: RequestFormValues = { weeks: nearestWeeks(visitSettingsOf(groups[0]!).horizonWeeks) };
  for (const group of groups) {
    const open = await openRequestOf(ctx, ctx.person.key, group.id);
    if (open) {
      values = valuesOf(open);
      break;
    }
  }
  const t = tOf(ctx);
  const typed = cleanText(args);
  let note: string | undefined;
  if (typed) {
    values = { ...values, question: typed.slice(0, 2000) };
    if (typed.length > VISIT_LIMITS.learningQuestion) note = t('visits.request.tooLong', { field: t('visits.request.question'), length: typed.length, max: VISIT_LIMITS.learningQuestion });
  }
  await replyPrivately(ctx, groups[0], requestForm(t, ctx.person.language, groups, values, note));
}

/** A list compared regardless of order. */
const sorted = (values: readonly string[]): string => JSON.stringify([...values].sort());

/** True when a submitted request says exactly what the stored one says (same question, choices, times and window). */
function sameRequest(stored: VisitRequest, next: Omit<RequestFields, 'weeks'> & Pick<VisitRequest, 'fromDate' | 'toDate'>): boolean {
  return (
    stored.learningQuestion === next.learningQuestion &&
    sorted(stored.themes) === sorted(next.themes) &&
    stored.lens === next.lens &&
    (stored.lensOwn ?? '') === (next.lensOwn ?? '') &&
    stored.form === next.form &&
    stored.scope === next.scope &&
    sorted(stored.free.map((p) => `${p.weekday}:${p.period}`)) === sorted(next.free.map((p) => `${p.weekday}:${p.period}`)) &&
    stored.trio === next.trio &&
    stored.fromDate === next.fromDate &&
    stored.toDate === next.toDate
  );
}

/** The form's submit: validated, saved as the person's one open request in the group, then suggestions follow. */
async function submitRequest(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const t = tOf(ctx);
  const values = requestValues(ctx.event.inputs);
  const groupId = (ctx.event.value ?? '').trim() || inputValue(ctx.event.inputs['group']);
  const found = await memberGroupById(ctx, groupId);
  if (!found) return;
  const { group, mine } = found;
  const read = readRequest(t, values);
  if (!read.ok) {
    const shown = ctx.event.value ? [group] : mine;
    return replyPrivately(ctx, group, requestForm(t, ctx.person.language, shown, { ...values, question: values.question?.slice(0, 2000), groupId: group.id }, read.error));
  }
  const { weeks, ...fields } = read.fields;
  const now = ctx.deps.clock.now();
  const existing = await openRequestOf(ctx, ctx.person.key, group.id);
  const window = comingWeeks(now, weeks, group.timeZone);
  // The same form sent twice (a double click, or "save" again to be sure) changes nothing and sends no second card.
  if (existing && sameRequest(existing, { ...fields, ...window })) {
    return replyPrivately(ctx, group, { text: t('visits.flow.unchanged', { group: group.name }) });
  }
  const request: VisitRequest = {
    id: existing?.id ?? newId('vr'),
    groupId: group.id,
    visitorKey: ctx.person.key,
    ...fields,
    ...window,
    status: 'open',
    passedHosts: existing?.passedHosts ?? [],
    createdAt: existing?.createdAt ?? now.toISOString(),
    updatedAt: now.toISOString(),
  };
  await ctx.deps.storage.visitRequests.save(request);
  ctx.deps.logger.info('visits: request saved', { requestId: request.id, groupId: group.id, replaced: existing !== undefined });
  await replyPrivately(ctx, group, { text: t(existing ? 'visits.request.updated' : 'visits.request.saved', { group: group.name }) });
  await sendSuggestions(ctx.deps, request, group, 'new');
}

/**
 * "Aanvraag intrekken": the request stops. A proposal still waiting for an answer is withdrawn and the host told; in
 * a trio proposal only this visitor leaves and the host gets the proposal for the other one. An agreed visit is
 * cancelled through `bezoek mijn`, so both sides and the calendars hear it.
 */
async function withdrawRequest(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const t = tOf(ctx);
  const request = ctx.event.value ? await ctx.deps.storage.visitRequests.get(ctx.event.value) : undefined;
  const group = request ? await ctx.deps.storage.groups.get(request.groupId) : undefined;
  if (!request || !group || !sameTenant(group, ctx.person) || request.visitorKey !== ctx.person.key) return ctx.reply({ text: t('visits.request.notFound') });
  if (request.status !== 'open') return ctx.reply({ text: t('visits.request.notOpen') });
  const mine = (await ctx.deps.storage.visits.listByGroup(group.id)).filter((v) => v.requestIds.includes(request.id));
  if (mine.some((v) => v.status === 'accepted' || v.status === 'confirmed')) return ctx.reply({ text: t('visits.request.hasVisit') });
  const now = ctx.deps.clock.now().toISOString();
  await ctx.deps.storage.visitRequests.save({ ...request, status: 'withdrawn', updatedAt: now });
  const visitorName = await nameOf(ctx.deps, ctx.person.key);
  for (const visit of mine.filter((v) => v.status === 'proposed')) {
    ctx.deps.scheduler.cancel(deadlineJobId(visit));
    if (visit.visitorKeys.length === 1) {
      await ctx.deps.storage.visits.save({ ...visit, status: 'cancelled', cancelledBy: ctx.person.key, sequence: visit.sequence + 1, updatedAt: now });
      await tell(ctx.deps, group, visit.hostKey, (r) => ({ text: r.t('visits.request.withdrawnHost', { name: visitorName }) }));
      continue;
    }
    await leaveTrio(ctx, group, visit, request.id, visitorName, now);
  }
  ctx.deps.logger.info('visits: request withdrawn', { requestId: request.id });
  await ctx.reply({ text: t('visits.request.withdrawn') });
}

/** One visitor leaves a trio proposal: it goes on for the other, with a new sequence (older cards become stale). */
async function leaveTrio(ctx: HandlerContext, group: Group, visit: Visit, requestId: string, leaverName: string, now: string): Promise<void> {
  const keep = visit.requestIds.map((id, i) => ({ id, key: visit.visitorKeys[i]! })).filter((x) => x.id !== requestId);
  const partnerKey = keep[0]!.key;
  const slim: Visit = {
    ...visit,
    requestIds: keep.map((x) => x.id),
    visitorKeys: keep.map((x) => x.key),
    proposedBy: visit.proposedBy === ctx.person.key ? partnerKey : visit.proposedBy,
    sequence: visit.sequence + 1,
    updatedAt: now,
  };
  await ctx.deps.storage.visits.save(slim);
  armDeadline(ctx.deps, slim);
  const partner = await nameOf(ctx.deps, partnerKey);
  const host = await nameOf(ctx.deps, slim.hostKey);
  const answerers = answerersOf(slim);
  await tell(ctx.deps, group, slim.hostKey, (r) => ({ text: r.t('visits.request.withdrawnTrioHost', { name: leaverName, partner }) }));
  await tell(ctx.deps, group, partnerKey, (r) => ({ text: r.t('visits.request.withdrawnPartner', { name: leaverName, host }) }));
  for (const key of answerers) await sendToPerson(ctx.deps, key, await proposalMessageFor(ctx.deps, slim, group, key), group);
}

/** Request form actions. */
export const requestActions: ActionHandler[] = [
  { id: VISIT_ACTIONS.requestSubmit, run: submitRequest },
  { id: VISIT_ACTIONS.requestWithdraw, run: withdrawRequest },
];
