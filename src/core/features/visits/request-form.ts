import type { ActionHandler, HandlerContext } from '../../app/context.js';
import { sendToPerson } from '../../app/direct-messages.js';
import type { ActionEvent, MessageEvent } from '../../model/events.js';
import { newId } from '../../model/ids.js';
import { groupsOfPerson } from '../groups/group-access.js';
import type { Group } from '../groups/group.js';
import { sameTenant } from '../moments/moment-access.js';
import { inputValue } from '../moments/moment-text.js';
import { requestForm, type RequestFormValues } from './request-cards.js';
import { replyPrivately } from './request-private.js';
import { readRequest, requestValues } from './request-read.js';
import { comingWeeks, nearestWeeks, splitFree } from './request-time.js';
import { sendSuggestions } from './suggestions.js';
import { visitGroupsFor, nameOf } from './visit-access.js';
import { DEADLINE_PREFIX, VISIT_ACTIONS } from './visit-actions.js';
import { visitSettingsOf, type VisitRequest } from './visit.js';
import { tOf, visitsT } from './visits-translate.js';

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

/** `bezoek`: the request form, privately; prefilled with the open request when there is one. */
export async function startRequest(ctx: HandlerContext<MessageEvent>, _args: string): Promise<void> {
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
  await replyPrivately(ctx, groups[0], requestForm(tOf(ctx), ctx.person.language, groups, values));
}

/** The group a submitted form is about, when the person is an active member of it; otherwise answers why not. */
async function submittedGroup(ctx: HandlerContext, groupId: string): Promise<{ group: Group; mine: Group[] } | undefined> {
  const t = tOf(ctx);
  const mine = (await groupsOfPerson(ctx.deps, ctx.person)).map((g) => g.group);
  const group = mine.find((g) => g.id === groupId);
  if (group) return { group, mine };
  const other = groupId ? await ctx.deps.storage.groups.get(groupId) : undefined;
  if (other && sameTenant(other, ctx.person)) await ctx.reply({ text: t('visits.notMember', { group: other.name }) });
  else await ctx.reply({ text: t(mine.length === 0 ? 'visits.noGroups' : 'visits.request.noGroup') });
  return undefined;
}

/** The form's submit: validated, saved as the person's one open request in the group, then suggestions follow. */
async function submitRequest(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const t = tOf(ctx);
  const values = requestValues(ctx.event.inputs);
  const groupId = (ctx.event.value ?? '').trim() || inputValue(ctx.event.inputs['group']);
  const found = await submittedGroup(ctx, groupId);
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
  const request: VisitRequest = {
    id: existing?.id ?? newId('vr'),
    groupId: group.id,
    visitorKey: ctx.person.key,
    ...fields,
    ...comingWeeks(now, weeks, group.timeZone),
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

/** "Aanvraag intrekken": the request stops; a proposal still waiting for its host is withdrawn and the host told. */
async function withdrawRequest(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const t = tOf(ctx);
  const request = ctx.event.value ? await ctx.deps.storage.visitRequests.get(ctx.event.value) : undefined;
  const group = request ? await ctx.deps.storage.groups.get(request.groupId) : undefined;
  if (!request || !group || !sameTenant(group, ctx.person) || request.visitorKey !== ctx.person.key) return ctx.reply({ text: t('visits.request.notFound') });
  if (request.status !== 'open') return ctx.reply({ text: t('visits.request.notOpen') });
  const now = ctx.deps.clock.now().toISOString();
  await ctx.deps.storage.visitRequests.save({ ...request, status: 'withdrawn', updatedAt: now });
  const waiting = (await ctx.deps.storage.visits.listByGroup(group.id)).filter((v) => v.status === 'proposed' && v.requestIds.includes(request.id) && v.visitorKeys.length === 1);
  const visitorName = await nameOf(ctx.deps, ctx.person.key);
  for (const visit of waiting) {
    await ctx.deps.storage.visits.save({ ...visit, status: 'cancelled', cancelledBy: ctx.person.key, sequence: visit.sequence + 1, updatedAt: now });
    ctx.deps.scheduler.cancel(`${DEADLINE_PREFIX}${visit.id}:${visit.sequence}`);
    const host = await ctx.deps.storage.people.get(visit.hostKey);
    await sendToPerson(ctx.deps, visit.hostKey, { text: visitsT(host?.language ?? 'nl')('visits.request.withdrawnHost', { name: visitorName }) }, group);
  }
  ctx.deps.logger.info('visits: request withdrawn', { requestId: request.id });
  await ctx.reply({ text: t('visits.request.withdrawn') });
}

/** Request form actions. */
export const requestActions: ActionHandler[] = [
  { id: VISIT_ACTIONS.requestSubmit, run: submitRequest },
  { id: VISIT_ACTIONS.requestWithdraw, run: withdrawRequest },
];
