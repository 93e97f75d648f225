import type { ActionHandler, HandlerContext } from '../../app/context.js';
import type { ActionEvent } from '../../model/events.js';
import { button, text, type OutboundMessage } from '../../model/message.js';
import { requireFacilitator } from '../groups/group-access.js';
import { momentForPerson, requireComing } from './moment-access.js';
import { DETAIL_LIMITS, readDetails } from './moment-details.js';
import { planRemindersFor } from './moment-reminders.js';
import { formatWhen } from './moment-text.js';
import { MOMENT_ACTIONS, type Moment } from './moment.js';

/** The details form of a planned moment: title, place, online link, agenda, what to prepare. */
function detailsForm(moment: Moment, t: HandlerContext['t'], language: HandlerContext['person']['language'], problem?: string): OutboundMessage {
  const heading = t('edit.form.heading', { title: moment.title });
  return {
    text: heading,
    card: {
      title: heading,
      presentation: 'dialog',
      blocks: [
        ...(problem ? [text(problem)] : []),
        text(formatWhen(moment, language), true),
        { type: 'input', id: 'title', label: t('plan.form.title'), maxLength: DETAIL_LIMITS.title, value: moment.title, required: true },
        { type: 'input', id: 'place', label: t('plan.form.place'), maxLength: DETAIL_LIMITS.place, ...(moment.place ? { value: moment.place } : {}) },
        { type: 'input', id: 'online', label: t('plan.form.online'), placeholder: 'https://…', maxLength: DETAIL_LIMITS.onlineUrl, ...(moment.onlineUrl ? { value: moment.onlineUrl } : {}) },
        { type: 'input', id: 'agenda', label: t('plan.form.agenda'), multiline: true, maxLength: DETAIL_LIMITS.agenda, ...(moment.agenda ? { value: moment.agenda } : {}) },
        { type: 'input', id: 'prepare', label: t('plan.form.prepare'), multiline: true, maxLength: DETAIL_LIMITS.prepare, ...(moment.prepare ? { value: moment.prepare } : {}) },
      ],
      actions: [button(MOMENT_ACTIONS.editSave, t('edit.form.submit'), { value: moment.id, style: 'primary' })],
    },
  };
}

async function editable(ctx: HandlerContext<ActionEvent>) {
  const found = await momentForPerson(ctx, ctx.event.value);
  if (!found || !(await requireFacilitator(ctx, found.group)) || !(await requireComing(ctx, found.moment))) return undefined;
  return found;
}

/** Saves new details; the sequence goes up so calendars and reminders pick up the change. */
async function saveDetails(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const found = await editable(ctx);
  if (!found) return;
  const { moment } = found;
  const read = readDetails(ctx.event.inputs, moment.title);
  if (!read.ok) return ctx.reply(detailsForm(moment, ctx.t, ctx.person.language, ctx.t(read.key)));
  const { place: _p, onlineUrl: _o, agenda: _a, prepare: _r, ...rest } = moment;
  const updated: Moment = { ...rest, ...read.details, sequence: moment.sequence + 1, updatedAt: ctx.deps.clock.now().toISOString() };
  await ctx.deps.storage.moments.save(updated);
  const remindersOk = await planRemindersFor(ctx.deps, [updated]);
  await ctx.reply({ text: [ctx.t('edit.saved', { title: updated.title, when: formatWhen(updated, ctx.person.language) }), ...(remindersOk ? [] : [ctx.t('moment.remindersFailed')])].join('\n') });
}

/** "Wijzigen" on a planned moment: its details form and saving it. */
export const editActions: ActionHandler[] = [
  {
    id: MOMENT_ACTIONS.edit,
    async run(ctx) {
      const found = await editable(ctx);
      if (found) await ctx.reply(detailsForm(found.moment, ctx.t, ctx.person.language));
    },
  },
  { id: MOMENT_ACTIONS.editSave, run: saveDetails },
];
