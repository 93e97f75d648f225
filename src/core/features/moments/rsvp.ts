import type { ActionHandler, HandlerContext } from '../../app/context.js';
import type { ActionEvent } from '../../model/events.js';
import { momentForPerson, requireComing, requireMember } from './moment-access.js';
import { formatWhen, RSVP_ANSWERS } from './moment-text.js';
import { MOMENT_ACTIONS, type RsvpAnswer } from './moment.js';

/** Reads `<momentId>|yes|online|no`. */
export function parseRsvpValue(value: string | undefined): { momentId: string; answer: RsvpAnswer } | undefined {
  const cut = value?.lastIndexOf('|') ?? -1;
  if (!value || cut <= 0) return undefined;
  const answer = value.slice(cut + 1) as RsvpAnswer;
  return RSVP_ANSWERS.includes(answer) ? { momentId: value.slice(0, cut), answer } : undefined;
}

/** Any active member (guests too) answers whether they come; only for a coming, planned moment of their own tenant. */
async function rsvp(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const parsed = parseRsvpValue(ctx.event.value);
  const found = await momentForPerson(ctx, parsed?.momentId);
  if (!parsed || !found) return;
  const { moment, group } = found;
  if (!(await requireMember(ctx, group)) || !(await requireComing(ctx, moment))) return;
  const at = ctx.deps.clock.now().toISOString();
  // Re-read right before writing so two quick answers of different members do not overwrite each other.
  const fresh = (await ctx.deps.storage.moments.get(moment.id)) ?? moment;
  await ctx.deps.storage.moments.save({ ...fresh, rsvps: { ...fresh.rsvps, [ctx.person.key]: { answer: parsed.answer, at } } });
  await ctx.reply({ text: ctx.t(`moment.rsvp.saved.${parsed.answer}`, { title: moment.title, when: formatWhen(moment, ctx.person.language) }) });
}

/** The RSVP buttons (on announcements, overviews and reminders). */
export const rsvpActions: ActionHandler[] = [{ id: MOMENT_ACTIONS.rsvp, run: rsvp }];
