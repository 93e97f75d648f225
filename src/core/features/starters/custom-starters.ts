import type { ActionHandler, HandlerContext } from '../../app/context.js';
import type { ActionEvent } from '../../model/events.js';
import { newId } from '../../model/ids.js';
import { button, type OutboundMessage } from '../../model/message.js';
import { requireFacilitator, requireGroupHere } from '../groups/group-access.js';
import type { Group } from '../groups/group.js';
import { sameTenant } from '../moments/moment-access.js';
import { customForm, draftFromInputs, draftOf, validateCustom } from './custom-form.js';
import { postJobId } from './post-jobs.js';
import type { CustomStarter } from './starter.js';
import { STARTER_ACTIONS } from './starter-actions.js';

/** `starters nieuw` or the button: the empty form, for facilitators in their group's channel. */
export async function openNewStarterForm(ctx: HandlerContext): Promise<void> {
  const group = await requireGroupHere(ctx);
  if (!group || !(await requireFacilitator(ctx, group))) return;
  return ctx.reply(customForm(ctx.t, `new:${group.id}`));
}

/** An own starter and its group, for a facilitator of that group; otherwise answers why not. */
async function ownStarterToChange(ctx: HandlerContext, id: string | undefined): Promise<{ custom: CustomStarter; group: Group } | undefined> {
  const custom = id ? await ctx.deps.storage.customStarters.get(id) : undefined;
  const group = custom ? await ctx.deps.storage.groups.get(custom.groupId) : undefined;
  if (!custom || !group || !sameTenant(group, ctx.person)) {
    await ctx.reply({ text: ctx.t('starters.notFound') });
    return undefined;
  }
  if (!(await requireFacilitator(ctx, group))) return undefined;
  if (custom.status !== 'active') {
    await ctx.reply({ text: ctx.t('starters.custom.notActive', { title: custom.title }) });
    return undefined;
  }
  return { custom, group };
}

/** What a facilitator gets after saving: the confirmation and the way on to post it. */
const customSavedMessage = (textValue: string, custom: CustomStarter, ctx: HandlerContext): OutboundMessage => ({
  text: textValue,
  card: {
    blocks: [{ type: 'text', text: textValue }],
    actions: [
      button(STARTER_ACTIONS.post, ctx.t('starters.button.post'), { value: `custom:${custom.id}`, style: 'primary' }),
      button(STARTER_ACTIONS.show, ctx.t('starters.button.show', { title: custom.title.slice(0, 50) }), { value: `custom:${custom.id}` }),
    ],
  },
});

/** The form's submit: checks the texts, then stores a new own starter (in its author's language) or the changes. */
async function save(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const submit = ctx.event.value ?? '';
  const draft = draftFromInputs(ctx.event.inputs);
  let existing: CustomStarter | undefined;
  let group: Group | undefined;
  if (submit.startsWith('edit:')) {
    const own = await ownStarterToChange(ctx, submit.slice('edit:'.length));
    if (!own) return;
    ({ custom: existing, group } = own);
  } else {
    const found = await ctx.deps.storage.groups.get(submit.replace(/^new:/, ''));
    if (!found || !sameTenant(found, ctx.person)) return ctx.reply({ text: ctx.t('starters.notFound') });
    if (!(await requireFacilitator(ctx, found))) return;
    group = found;
  }
  const checked = validateCustom(draft, ctx.t);
  if (!checked.ok) return ctx.reply(customForm(ctx.t, submit, draft, checked.errors));
  const now = ctx.deps.clock.now().toISOString();
  if (existing) {
    // The language stays the author's: an edit fixes the texts, it does not translate them.
    const { intro: _previous, ...rest } = existing;
    const updated: CustomStarter = { ...rest, ...checked.fields, updatedAt: now };
    await ctx.deps.storage.customStarters.save(updated);
    return ctx.reply(customSavedMessage(ctx.t('starters.custom.updated', { title: updated.title }), updated, ctx));
  }
  const created: CustomStarter = {
    id: newId('cst'),
    groupId: group.id,
    language: ctx.person.language,
    ...checked.fields,
    status: 'active',
    createdBy: ctx.person.key,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.deps.storage.customStarters.save(created);
  ctx.deps.logger.info('starters: own starter saved', { groupId: group.id, starterId: created.id });
  return ctx.reply(customSavedMessage(ctx.t('starters.custom.saved', { title: created.title, group: group.name }), created, ctx));
}

/** Retires an own starter: gone from the list; what was posted and answered stays, what was still planned does not go out. */
async function retire(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const own = await ownStarterToChange(ctx, ctx.event.value);
  if (!own) return;
  const { custom, group } = own;
  await ctx.deps.storage.customStarters.save({ ...custom, status: 'retired', updatedAt: ctx.deps.clock.now().toISOString() });
  const planned = (await ctx.deps.storage.starterPosts.listByGroup(group.id)).filter((p) => p.source === 'custom' && p.starterId === custom.id && p.status === 'scheduled');
  for (const post of planned) {
    await ctx.deps.storage.starterPosts.save({ ...post, status: 'closed' });
    ctx.deps.scheduler.cancel(postJobId(post.id));
  }
  const lines = [ctx.t('starters.custom.retired', { title: custom.title }), ...(planned.length > 0 ? [ctx.t('starters.custom.retiredPlanned', { count: planned.length })] : [])];
  return ctx.reply({ text: lines.join('\n') });
}

/** New, edit, save and retire of a group's own starters. */
export const customActions: ActionHandler[] = [
  { id: STARTER_ACTIONS.customNew, run: openNewStarterForm },
  {
    id: STARTER_ACTIONS.customEdit,
    async run(ctx) {
      const own = await ownStarterToChange(ctx, ctx.event.value);
      if (own) await ctx.reply(customForm(ctx.t, `edit:${own.custom.id}`, draftOf(own.custom)));
    },
  },
  { id: STARTER_ACTIONS.customSave, run: save },
  { id: STARTER_ACTIONS.customRetire, run: retire },
];
