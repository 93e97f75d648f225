import type { HandlerContext } from '../../app/context.js';
import type { ActionEvent } from '../../model/events.js';
import { namesText, slotText } from './answer-format.js';
import { answerersOf, armDeadline, guarded, readerOfCtx, type Reader } from './answer-send.js';
import { timesList } from './flow-words.js';
import { sendProposal, statusLabel } from './host-answer.js';
import { addSchoolDays, proposeSlots } from './matching/index.js';
import { loadMatchInput, nameOf, visitForPerson } from './visit-access.js';
import { cancelVisitReminders } from './visit-reminders.js';
import type { Visit, VisitRequest } from './visit.js';
import { tOf } from './visits-translate.js';

/** The agreed time of a visit for a reader, or the first time on offer while it is still a proposal. */
export function whenOf(visit: Visit, r: Reader): string {
  const slot = visit.slot ?? visit.proposedSlots[0];
  return slot ? slotText(slot, r.zone, r.language) : '—';
}

/**
 * "Move": a participant who can no longer make the agreed time proposes up to three new ones to the other side.
 * The visit goes back to `proposed` (slot and cover plans kept, reminders dropped, a new answer deadline); when the
 * other side accepts, the visitors check their cover for the new time; when they keep the old time, it stands again.
 */
export async function moveVisit(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const found = await visitForPerson(ctx, ctx.event.value);
  if (!found) return;
  const { visit, group } = found;
  const t = tOf(ctx);
  if (visit.status !== 'accepted' && visit.status !== 'confirmed') return ctx.reply({ text: t('visits.move.notNow', { status: statusLabel(t, visit.status) }) });
  const input = await loadMatchInput(ctx.deps, group);
  const requests = (await Promise.all(visit.requestIds.map((id) => ctx.deps.storage.visitRequests.get(id)))).filter((r): r is VisitRequest => !!r);
  const offer = await ctx.deps.storage.hostOffers.get(group.id, visit.hostKey);
  const slots =
    offer && requests.length === visit.requestIds.length
      ? proposeSlots(input, requests, offer, 3, visit.id).filter((s) => !visit.slot || s.start !== visit.slot.start)
      : [];
  if (slots.length === 0) return ctx.reply({ text: t('visits.move.noTimes') });
  const now = ctx.deps.clock.now();
  const moved: Visit = {
    ...visit,
    status: 'proposed',
    proposedSlots: slots,
    proposedBy: ctx.person.key,
    sequence: visit.sequence + 1,
    answerBy: addSchoolDays(now, input.settings.hostAnswerSchoolDays, input.group).toISOString(),
    updatedAt: now.toISOString(),
  };
  await ctx.deps.storage.visits.save(moved);
  // Until the other side agrees to a new time the requests are open again, as with any proposal (and an unanswered
  // move ends like any unanswered proposal: the deadline offers the next suggestion).
  for (const request of requests) {
    if (request.status === 'matched') await ctx.deps.storage.visitRequests.save({ ...request, status: 'open', updatedAt: moved.updatedAt });
  }
  armDeadline(ctx.deps, moved);
  await guarded(ctx.deps, 'dropping the reminders', visit.id, () => cancelVisitReminders(ctx.deps, visit.id));
  ctx.deps.logger.info('visits: move proposed', { visitId: visit.id, sequence: moved.sequence, slots: slots.length });
  const me = await nameOf(ctx.deps, ctx.person.key);
  await sendProposal(ctx.deps, moved, group, (r) => r.t(slots.length === 1 ? 'visits.move.proposalOne' : 'visits.move.proposal', { name: me, when: whenOf(visit, r) }));
  const names = namesText(await Promise.all(answerersOf(moved).map((k) => nameOf(ctx.deps, k))), t);
  const r = readerOfCtx(ctx, group);
  const times = slots.length === 1 ? slotText(slots[0]!, r.zone, r.language) : timesList(slots, (s) => slotText(s, r.zone, r.language));
  await ctx.reply({ text: t(slots.length === 1 ? 'visits.move.sentOne' : 'visits.move.sent', { names, times }) });
}
