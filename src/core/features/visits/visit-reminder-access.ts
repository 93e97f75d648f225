import type { HandlerContext } from '../../app/context.js';
import type { Language } from '../../i18n/languages.js';
import { tell as sendPrivately } from './answer-send.js';
import type { OutboundMessage } from '../../model/message.js';
import type { ActionEvent } from '../../model/events.js';
import type { Group } from '../groups/group.js';
import { sideOf, type Side } from './prep-form.js';
import { visitForPerson } from './visit-access.js';
import { tOf, type VisitsT } from './visits-translate.js';
import type { Visit } from './visit.js';

/**
 * The visit a follow-up button is about (its value is the visit id), when the person clicking takes part in it and
 * is still an active member of its group; otherwise answers why not. Facilitators who do not take part get
 * "not found": preparation and reflection belong to the pair.
 */
export async function participantVisit(ctx: HandlerContext<ActionEvent>): Promise<{ visit: Visit; group: Group; side: Side } | undefined> {
  const found = await visitForPerson(ctx, ctx.event.value);
  if (!found) return undefined;
  const side = sideOf(found.visit, ctx.person.key);
  if (!side) return undefined;
  const membership = await ctx.deps.storage.memberships.get(found.group.id, ctx.person.key);
  if (!membership?.active) {
    await ctx.reply({ text: tOf(ctx)('visits.notMember', { group: found.group.name }) });
    return undefined;
  }
  return { ...found, side };
}

/** True once the visit's slot has begun: reflecting on it, or saying it did not happen, makes sense from then on. */
export const hasStarted = (visit: Pick<Visit, 'slot'>, now: Date): boolean => visit.slot !== undefined && new Date(visit.slot.start) <= now;

/** Sends a private message in the recipient's own language and zone; a failure is logged, never thrown. */
export const tell = (ctx: HandlerContext, group: Group, personKey: string, build: (t: VisitsT, language: Language, zone: string) => OutboundMessage): Promise<boolean> =>
  sendPrivately(ctx.deps, group, personKey, (r) => build(r.t, r.language, r.zone));
