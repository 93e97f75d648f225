import { DateTime } from 'luxon';
import { z } from 'zod';
import type { ActionHandler, HandlerContext } from '../../app/context.js';
import type { ActionEvent } from '../../model/events.js';
import { newId, newToken } from '../../model/ids.js';
import { requireFacilitator } from '../groups/group-access.js';
import type { Group } from '../groups/group.js';
import { cancelConfirmation, cancelNotice, moveConfirmation, moveForm, moveNotice, type MovePlan } from './change-cards.js';
import { DRAFT_KIND, loadOwnDraft, saveDraft } from './drafts.js';
import { groupForPerson, momentForPerson, requireComing } from './moment-access.js';
import { dropRemindersFor, planRemindersFor } from './moment-reminders.js';
import { formatDay, inputValue, localDay } from './moment-text.js';
import { MOMENT_ACTIONS, type ChangeScope, type Moment } from './moment.js';
import { notifyMembers, postToGroup, type NotifyOutcome } from './notify.js';
import { closedDayOf, expandFor, isoInstant, parseAnyLanguage, type PlanRefusal } from './read-when.js';
import { whenRefusalText } from './when-help.js';

const slotSchema = z.object({ start: z.string(), end: z.string() });
const changeDraftSchema = z.object({
  op: z.enum(['move', 'cancel']),
  groupId: z.string(),
  momentId: z.string(),
  /** The sequence of every moment touched, as it was when the change was proposed. */
  base: z.record(z.string(), z.number()),
  updates: z.array(slotSchema.extend({ id: z.string() })),
  creates: z.array(slotSchema),
  cancels: z.array(z.string()),
});
type ChangeDraft = z.infer<typeof changeDraftSchema>;

/** Reads `<momentId>|one|following`. */
function parseChangeValue(value: string | undefined): { momentId: string; scope: ChangeScope } | undefined {
  const cut = value?.lastIndexOf('|') ?? -1;
  if (!value || cut <= 0) return undefined;
  const scope = value.slice(cut + 1);
  return scope === 'one' || scope === 'following' ? { momentId: value.slice(0, cut), scope } : undefined;
}

/** The moment of a change button, checked: own tenant, facilitator, still coming. A lone moment has no "following". */
async function changeTarget(ctx: HandlerContext<ActionEvent>): Promise<{ moment: Moment; group: Group; scope: ChangeScope } | undefined> {
  const parsed = parseChangeValue(ctx.event.value);
  const found = await momentForPerson(ctx, parsed?.momentId);
  if (!parsed || !found) return undefined;
  if (!(await requireFacilitator(ctx, found.group)) || !(await requireComing(ctx, found.moment))) return undefined;
  return { ...found, scope: found.moment.seriesId ? parsed.scope : 'one' };
}

/** This moment and the planned ones after it in its series. */
async function thisAndFollowing(ctx: HandlerContext, moment: Moment): Promise<Moment[]> {
  if (!moment.seriesId) return [moment];
  const all = await ctx.deps.storage.moments.listBySeries(moment.seriesId);
  return all.filter((m) => m.status === 'planned' && Date.parse(m.start) >= Date.parse(moment.start)).sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/**
 * Works out a move. One moment takes the new single time. "This and all following" re-plans the rest
 * of the series from a new rule: the old moments take the new dates in order (keeping their calendar
 * UID, so calendars update them), extra new dates become new moments, extra old ones lapse. Without an
 * end or a number in the new rule, the series keeps as many sessions as it had left.
 */
function planMove(ctx: HandlerContext, group: Group, targets: Moment[], scope: ChangeScope, whenText: string): { ok: true; plan: MovePlan } | { ok: false; reason: PlanRefusal | 'need-single' | 'need-series' } {
  const now = ctx.deps.clock.now();
  const parsed = parseAnyLanguage(whenText, { now, zone: group.timeZone, language: ctx.person.language });
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  if (scope === 'one') {
    if (parsed.kind !== 'single') return { ok: false, reason: 'need-single' };
    if (Date.parse(parsed.start) <= now.getTime()) return { ok: false, reason: 'past' };
    return { ok: true, plan: { updates: [{ id: targets[0]!.id, start: isoInstant(parsed.start), end: isoInstant(parsed.end) }], creates: [], cancels: [], skipped: [] } };
  }
  if (parsed.kind !== 'series') return { ok: false, reason: 'need-series' };
  // The new rhythm starts in the week of the first moment that moves, never earlier.
  const weekStart = DateTime.fromISO(targets[0]!.start, { zone: group.timeZone }).startOf('week').toISODate()!;
  const rule = { ...parsed.rule, from: parsed.rule.from > weekStart ? parsed.rule.from : weekStart };
  if (rule.until !== undefined && rule.until < rule.from) return { ok: false, reason: 'all-skipped' };
  if (rule.count === undefined && rule.until === undefined) rule.count = targets.length;
  const expanded = expandFor(rule, group, now);
  if (!expanded.ok) return expanded;
  const slots = expanded.proposal.slots;
  return {
    ok: true,
    plan: {
      updates: targets.slice(0, slots.length).map((m, i) => ({ id: m.id, ...slots[i]! })),
      creates: slots.slice(targets.length),
      cancels: targets.slice(slots.length).map((m) => m.id),
      skipped: expanded.proposal.skipped,
    },
  };
}

async function openMoveForm(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const target = await changeTarget(ctx);
  if (target) await ctx.reply(moveForm(target.moment, target.scope, ctx.t, ctx.person.language));
}

async function submitMove(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const target = await changeTarget(ctx);
  if (!target) return;
  const { moment, group, scope } = target;
  const whenText = inputValue(ctx.event.inputs['when']);
  if (!whenText) return ctx.reply(moveForm(moment, scope, ctx.t, ctx.person.language, ctx.t('plan.form.whenMissing')));
  const targets = scope === 'one' ? [moment] : await thisAndFollowing(ctx, moment);
  const result = planMove(ctx, group, targets, scope, whenText);
  if (!result.ok) {
    const problem = result.reason === 'need-single' ? ctx.t('move.needSingle') : result.reason === 'need-series' ? ctx.t('move.needSeries') : whenRefusalText(result.reason, ctx.t);
    return ctx.reply(moveForm(moment, scope, ctx.t, ctx.person.language, problem, whenText));
  }
  const draft: ChangeDraft = {
    op: 'move',
    groupId: group.id,
    momentId: moment.id,
    base: Object.fromEntries(targets.map((m) => [m.id, m.sequence])),
    updates: result.plan.updates,
    creates: result.plan.creates,
    cancels: result.plan.cancels,
  };
  const id = await saveDraft(ctx.deps, ctx.person.key, DRAFT_KIND.change, draft);
  const single = scope === 'one' ? result.plan.updates[0] : undefined;
  const closed = single ? closedDayOf(single, group) : undefined;
  const warning = closed && single ? ctx.t('plan.confirm.closedDay', { date: formatDay(localDay(single.start, group.timeZone), ctx.person.language), reason: closed.name[ctx.person.language] }) : undefined;
  await ctx.reply(moveConfirmation(id, moment, result.plan, warning, ctx.t, ctx.person.language));
}

async function askCancel(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const target = await changeTarget(ctx);
  if (!target) return;
  const targets = target.scope === 'one' ? [target.moment] : await thisAndFollowing(ctx, target.moment);
  const draft: ChangeDraft = {
    op: 'cancel',
    groupId: target.group.id,
    momentId: target.moment.id,
    base: Object.fromEntries(targets.map((m) => [m.id, m.sequence])),
    updates: [],
    creates: [],
    cancels: targets.map((m) => m.id),
  };
  const id = await saveDraft(ctx.deps, ctx.person.key, DRAFT_KIND.change, draft);
  await ctx.reply(cancelConfirmation(id, targets, ctx.t, ctx.person.language));
}

/** The touched moments, if none changed since the proposal; otherwise undefined. */
async function unchangedTargets(ctx: HandlerContext, draft: ChangeDraft): Promise<Map<string, Moment> | undefined> {
  const now = ctx.deps.clock.now().getTime();
  const found = new Map<string, Moment>();
  for (const [id, sequence] of Object.entries(draft.base)) {
    const moment = await ctx.deps.storage.moments.get(id);
    if (!moment || moment.groupId !== draft.groupId || moment.sequence !== sequence || moment.status !== 'planned' || Date.parse(moment.start) <= now) return undefined;
    found.set(id, moment);
  }
  return found;
}

function outcomeText(ctx: HandlerContext, outcome: NotifyOutcome): string {
  return ctx.t('change.notified', { sent: outcome.sent, missing: outcome.noAddress + outcome.failed });
}

async function confirmChange(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const own = await loadOwnDraft(ctx, ctx.event.value, DRAFT_KIND.change, changeDraftSchema);
  if (!own) return;
  const draft = own.data;
  const group = await groupForPerson(ctx, draft.groupId);
  if (!group || !(await requireFacilitator(ctx, group))) return;
  const targets = await unchangedTargets(ctx, draft);
  await ctx.deps.storage.drafts.delete(own.draft.id);
  if (!targets) return ctx.reply({ text: ctx.t('change.stale') });
  const nowIso = ctx.deps.clock.now().toISOString();
  const original = targets.get(draft.momentId)!;
  const bump = (m: Moment): Moment => ({ ...m, sequence: m.sequence + 1, updatedAt: nowIso });

  // A new time is a new question: earlier answers were about the old time, so they are cleared.
  const moved = draft.updates.map((u) => ({ ...bump(targets.get(u.id)!), start: u.start, end: u.end, rsvps: {} }));
  const created: Moment[] = draft.creates.map((slot) => {
    const { id: _id, icsToken: _token, rsvps: _rsvps, ...rest } = original;
    return { ...rest, id: newId('mom'), start: slot.start, end: slot.end, status: 'planned', sequence: 0, icsToken: newToken(), rsvps: {}, createdBy: ctx.person.key, createdAt: nowIso, updatedAt: nowIso };
  });
  const cancelled = draft.cancels.map((id) => ({ ...bump(targets.get(id)!), status: 'cancelled' as const }));
  for (const moment of [...moved, ...created, ...cancelled]) await ctx.deps.storage.moments.save(moment);
  ctx.deps.logger.info(`moments ${draft.op === 'move' ? 'moved' : 'cancelled'}`, { groupId: group.id, moved: moved.length, created: created.length, cancelled: cancelled.length });

  const remindersOk = (await planRemindersFor(ctx.deps, [...moved, ...created])) && (await dropRemindersFor(ctx.deps, cancelled.map((m) => m.id)));
  const after = [...moved, ...created].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const notice =
    draft.op === 'move'
      ? (t: typeof ctx.t, language: typeof ctx.person.language) => moveNotice(original, after, cancelled.length, ctx.deps.publicUrl, t, language)
      : (t: typeof ctx.t, language: typeof ctx.person.language) => cancelNotice(cancelled, inputValue(ctx.event.inputs['reason']).slice(0, 300) || undefined, t, language);
  const outcome = await notifyMembers(ctx.deps, group, notice, ctx.person.key);
  const posted = await postToGroup(ctx.deps, group, notice(ctx.t, ctx.person.language));
  const done = draft.op === 'move' ? ctx.t('move.done', { title: original.title }) : ctx.t('cancel.done', { title: original.title, count: cancelled.length });
  await ctx.reply({ text: [done, outcomeText(ctx, outcome), ...(posted ? [ctx.t('change.posted')] : []), ...(remindersOk ? [] : [ctx.t('moment.remindersFailed')])].join('\n') });
  // When the channel post did not arrive, the facilitator gets it to share by hand.
  if (!posted) await ctx.reply(notice(ctx.t, ctx.person.language));
}

/** Moving and cancelling moments (one, or this and all following of a series), always after a confirmation. */
export const changeActions: ActionHandler[] = [
  { id: MOMENT_ACTIONS.move, run: openMoveForm },
  { id: MOMENT_ACTIONS.moveSubmit, run: submitMove },
  { id: MOMENT_ACTIONS.cancel, run: askCancel },
  { id: MOMENT_ACTIONS.changeConfirm, run: confirmChange },
  {
    id: MOMENT_ACTIONS.changeAbort,
    async run(ctx) {
      const own = await loadOwnDraft(ctx, ctx.event.value, DRAFT_KIND.change, changeDraftSchema);
      if (!own) return;
      await ctx.deps.storage.drafts.delete(own.draft.id);
      await ctx.reply({ text: ctx.t('change.aborted') });
    },
  },
];
