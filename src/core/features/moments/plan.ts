import { z } from 'zod';
import type { ActionHandler, Command, HandlerContext } from '../../app/context.js';
import { newId, newToken } from '../../model/ids.js';
import type { ActionEvent } from '../../model/events.js';
import { requireFacilitator, requireGroupHere } from '../groups/group-access.js';
import type { Group } from '../groups/group.js';
import { DRAFT_KIND, detailsSchema, loadOwnDraft, proposalSchema, saveDraft } from './drafts.js';
import { announcement } from './moment-cards.js';
import { groupForPerson } from './moment-access.js';
import { DETAIL_LIMITS, readDetails, splitTitle, typedDetails, type MomentDetails } from './moment-details.js';
import { planRemindersFor } from './moment-reminders.js';
import { formatWhen } from './moment-text.js';
import { MOMENT_ACTIONS, type Moment } from './moment.js';
import { postToGroup } from './notify.js';
import { planConfirmation, planForm } from './plan-cards.js';
import { readWhen, type Proposal } from './read-when.js';
import { whenRefusalText } from './when-help.js';

const planDraftSchema = z.object({ groupId: z.string(), whenText: z.string(), details: detailsSchema, proposal: proposalSchema });

/** A plan waiting for its facilitator's confirmation. */
type PlanDraft = z.infer<typeof planDraftSchema>;

/** Resolves the time text and shows the confirmation, storing the plan as a draft (replacing `draftId` when adjusting). */
async function propose(ctx: HandlerContext, group: Group, details: MomentDetails, whenText: string, draftId?: string): Promise<void> {
  const read = readWhen(whenText, group, ctx.deps.clock.now(), ctx.person.language);
  if (!read.ok) {
    // From the form, show the form again with what they typed, so nothing has to be typed twice.
    if (ctx.event.kind === 'action') return ctx.reply(planForm(ctx.t, draftId ? `draft:${draftId}` : `new:${group.id}`, { details, whenText }, whenRefusalText(read.reason, ctx.t)));
    return ctx.reply({ text: whenRefusalText(read.reason, ctx.t) });
  }
  const data: PlanDraft = { groupId: group.id, whenText, details, proposal: read.proposal };
  const id = await saveDraft(ctx.deps, ctx.person.key, DRAFT_KIND.plan, data, draftId);
  return ctx.reply(planConfirmation(id, details, read.proposal, group, ctx.t, ctx.person.language));
}

/** `plan [Titel:] <wanneer>`; `plan` alone opens the form. */
async function planCommand(ctx: HandlerContext, args: string): Promise<void> {
  const group = await requireGroupHere(ctx);
  if (!group || !(await requireFacilitator(ctx, group))) return;
  if (!args.trim()) return ctx.reply(planForm(ctx.t, `new:${group.id}`));
  const { title, when } = splitTitle(args);
  if (!when) return ctx.reply({ text: ctx.t('plan.usage') });
  if (title && title.length > DETAIL_LIMITS.title) return ctx.reply({ text: ctx.t('moment.details.titleTooLong') });
  return propose(ctx, group, { title: title ?? ctx.t('moment.defaultTitle') }, when);
}

/** The planning form was submitted: check the details and the time, then show the confirmation. */
async function submitPlan(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const value = ctx.event.value ?? '';
  let group: Group | undefined;
  let draftId: string | undefined;
  if (value.startsWith('draft:')) {
    const own = await loadOwnDraft(ctx, value.slice('draft:'.length), DRAFT_KIND.plan, planDraftSchema);
    if (!own) return;
    draftId = own.draft.id;
    group = await groupForPerson(ctx, own.data.groupId);
  } else {
    group = await groupForPerson(ctx, value.replace(/^new:/, ''));
  }
  if (!group || !(await requireFacilitator(ctx, group))) return;
  const submitValue = draftId ? `draft:${draftId}` : `new:${group.id}`;
  const whenText = String(ctx.event.inputs['when'] ?? '').trim();
  const read = readDetails(ctx.event.inputs, ctx.t('moment.defaultTitle'));
  if (!read.ok) return ctx.reply(planForm(ctx.t, submitValue, { details: typedDetails(ctx.event.inputs), whenText }, ctx.t(read.key)));
  if (!whenText) return ctx.reply(planForm(ctx.t, submitValue, { details: read.details }, ctx.t('plan.form.whenMissing')));
  return propose(ctx, group, read.details, whenText, draftId);
}

/** Turns a confirmed plan into moments: one, or a series sharing a seriesId, each with its own calendar token. */
function momentsOf(plan: PlanDraft, proposal: Pick<Proposal, 'kind' | 'slots'>, group: Group, createdBy: string, now: string): Moment[] {
  const seriesId = proposal.kind === 'series' ? newId('ser') : undefined;
  return proposal.slots.map((slot) => ({
    id: newId('mom'),
    groupId: group.id,
    ...(seriesId ? { seriesId } : {}),
    ...plan.details,
    start: slot.start,
    end: slot.end,
    zone: group.timeZone,
    status: 'planned' as const,
    sequence: 0,
    icsToken: newToken(),
    rsvps: {},
    createdBy,
    createdAt: now,
    updatedAt: now,
  }));
}

async function confirmPlan(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const own = await loadOwnDraft(ctx, ctx.event.value, DRAFT_KIND.plan, planDraftSchema);
  if (!own) return;
  const group = await groupForPerson(ctx, own.data.groupId);
  if (!group || !(await requireFacilitator(ctx, group))) return;
  const now = ctx.deps.clock.now();
  // Dates that passed while the card waited are left out rather than saved in the past.
  const slots = own.data.proposal.slots.filter((s) => Date.parse(s.start) > now.getTime());
  // Deleted first: a second click finds nothing and cannot save the moments twice.
  await ctx.deps.storage.drafts.delete(own.draft.id);
  if (slots.length === 0) return ctx.reply({ text: ctx.t('plan.confirm.nowPast') });
  const moments = momentsOf(own.data, { kind: own.data.proposal.kind, slots }, group, ctx.person.key, now.toISOString());
  for (const moment of moments) await ctx.deps.storage.moments.save(moment);
  ctx.deps.logger.info('moments planned', { groupId: group.id, count: moments.length, series: moments[0]?.seriesId !== undefined });
  const remindersOk = await planRemindersFor(ctx.deps, moments);
  const post = announcement(moments, group, ctx.deps.publicUrl, ctx.t, ctx.person.language);
  const posted = await postToGroup(ctx.deps, group, post);
  const first = moments[0]!;
  const last = moments[moments.length - 1]!;
  const lines = [
    moments.length === 1
      ? ctx.t('plan.saved.single', { title: first.title, when: formatWhen(first, ctx.person.language) })
      : ctx.t('plan.saved.series', { count: moments.length, title: first.title, first: formatWhen(first, ctx.person.language), last: formatWhen(last, ctx.person.language) }),
    ctx.t(posted ? 'plan.announced' : 'plan.notAnnounced'),
    ...(remindersOk ? [] : [ctx.t('moment.remindersFailed')]),
  ];
  await ctx.reply({ text: lines.join('\n') });
  // When the channel post did not arrive, the facilitator gets the announcement to share by hand.
  if (!posted) await ctx.reply(post);
}

/** `plan`, `plannen`, `planifier`. */
export const planCommands: Command[] = [{ words: ['plan', 'plannen', 'planifier'], run: planCommand }];

/** The planning form, confirmation, adjusting and cancelling. */
export const planActions: ActionHandler[] = [
  { id: MOMENT_ACTIONS.planSubmit, run: submitPlan },
  { id: MOMENT_ACTIONS.planConfirm, run: confirmPlan },
  {
    id: MOMENT_ACTIONS.planEdit,
    async run(ctx) {
      const own = await loadOwnDraft(ctx, ctx.event.value, DRAFT_KIND.plan, planDraftSchema);
      if (own) await ctx.reply(planForm(ctx.t, `draft:${own.draft.id}`, { details: own.data.details, whenText: own.data.whenText }));
    },
  },
  {
    id: MOMENT_ACTIONS.planCancel,
    async run(ctx) {
      const own = await loadOwnDraft(ctx, ctx.event.value, DRAFT_KIND.plan, planDraftSchema);
      if (!own) return;
      await ctx.deps.storage.drafts.delete(own.draft.id);
      await ctx.reply({ text: ctx.t('plan.cancelled') });
    },
  },
];
