import type { ActionHandler, CoreDeps, HandlerContext } from '../../app/context.js';
import type { ActionEvent } from '../../model/events.js';
import { button, text } from '../../model/message.js';
import type { Group } from '../groups/group.js';
import { ANSWER_LABELS, counterForm, isMove, MOVE_LABELS, proposalCard } from './answer-cards.js';
import { answerButtons, readAnswerValue, REASON_MAX } from './answer-value.js';
import { checkCounterDay, type CounterProblem } from './answer-counter.js';
import { namesText, slotText } from './answer-format.js';
import { answerDay } from './ask-cards.js';
import { answerersOf, armDeadline, deadlineJobId, guarded, othersThan, questionFor, readerOfCtx, tell, type Reader } from './answer-send.js';
import { confirmVisit } from './confirm-visit.js';
import { coverForm } from './cover-form.js';
import { addSchoolDays, slotAt, slotStillFree, type MatchInput } from './matching/index.js';
import { offerNextSuggestion } from './suggestions.js';
import { VISIT_ACTIONS } from './visit-actions.js';
import { lineOf } from './visit-text.js';
import { planVisitReminders } from './visit-reminders.js';
import { loadMatchInput, nameOf, visitForPerson } from './visit-access.js';
import type { CoverPlan, Visit, VisitSlot, VisitStatus } from './visit.js';
import { tOf, type VisitsT } from './visits-translate.js';

/** A status in words, for refusals and `bezoek mijn`. */
export const statusLabel = (t: VisitsT, status: VisitStatus): string => t(`visits.answer.status.${status}` as const);

/**
 * The visit of a click when it waits for an answer from this person and the card is the current one; otherwise
 * answers why not (unknown, already answered, the other side's turn) or, for an older card, shows the current
 * proposal instead of acting on it.
 */
async function answerable(ctx: HandlerContext<ActionEvent>): Promise<{ visit: Visit; group: Group } | undefined> {
  const parsed = readAnswerValue(ctx.event.value);
  const found = await visitForPerson(ctx, parsed?.visitId);
  if (!found || !parsed) return undefined;
  const t = tOf(ctx);
  const { visit, group } = found;
  if (visit.status !== 'proposed') {
    await ctx.reply({ text: t('visits.answer.notOpen', { status: statusLabel(t, visit.status) }) });
    return undefined;
  }
  const answerers = answerersOf(visit);
  if (!answerers.includes(ctx.person.key)) {
    const names = namesText(await Promise.all(answerers.map((k) => nameOf(ctx.deps, k))), t);
    await ctx.reply({ text: t('visits.answer.notYours', { names }) });
    return undefined;
  }
  if (parsed.sequence !== visit.sequence) {
    // A counter-proposal or a move replaced the slots since this card was sent: its slot index means something else now.
    const r = readerOfCtx(ctx, group);
    await ctx.reply(proposalCard(r, visit, { intro: t('visits.answer.stale'), learningQuestion: await questionFor(ctx.deps, visit, ctx.person.key) }));
    return undefined;
  }
  return found;
}

/** True when a slot can still be agreed: it lies ahead and nobody took the room or the school's capacity meanwhile. */
const stillFree = (input: MatchInput, visit: Visit, slot: VisitSlot): boolean => Date.parse(slot.start) > input.now.getTime() && slotStillFree(input, visit, slot);

/**
 * The cover form for one visitor of an accepted visit. After a move it comes prefilled with the plan made for the old
 * time and asks whether it still holds: the student-teacher was arranged for another day.
 */
function coverAsk(r: Reader, visit: Visit, host: string, previous: CoverPlan | undefined) {
  const when = slotText(visit.slot!, r.zone, r.language);
  if (!previous) return coverForm(r.t, visit.id, { intro: r.t('visits.cover.askIntro', { host, when }) });
  return coverForm(r.t, visit.id, { intro: r.t('visits.cover.movedIntro', { host, when }), kind: previous.kind, note: previous.note ?? '', why: false });
}

/**
 * Sends each visitor still without a cover plan the form (except the one answering, who gets it as the reply);
 * `previous` holds the plans made for the time before a move.
 */
async function askCover(deps: CoreDeps, visit: Visit, group: Group, except?: string, previous: Record<string, CoverPlan> = {}): Promise<void> {
  const host = await nameOf(deps, visit.hostKey);
  for (const key of visit.visitorKeys) {
    if (key === except || visit.cover[key]) continue;
    await tell(deps, group, key, (r) => coverAsk(r, visit, host, previous[key]));
  }
}

/** "Accept": agrees on the chosen slot (checked again), then asks the visitors for their cover plan. */
async function accept(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const found = await answerable(ctx);
  if (!found) return;
  const { visit, group } = found;
  const t = tOf(ctx);
  const r = readerOfCtx(ctx, group);
  const raw = lineOf(ctx.event.inputs['slot']);
  if (raw === '' && visit.proposedSlots.length > 1) {
    return ctx.reply(proposalCard(r, visit, { intro: t('visits.answer.pickFirst'), learningQuestion: await questionFor(ctx.deps, visit, ctx.person.key) }));
  }
  const index = raw === '' ? 0 : /^[0-2]$/.test(raw) ? +raw : -1;
  const slot = visit.proposedSlots[index];
  if (!slot) return ctx.reply({ text: t('visits.answer.badSlot') });
  const input = await loadMatchInput(ctx.deps, group);
  if (!stillFree(input, visit, slot)) {
    const remaining = visit.proposedSlots.map((s, i) => (i !== index && stillFree(input, visit, s) ? i : -1)).filter((i) => i >= 0);
    if (remaining.length > 0) {
      return ctx.reply(proposalCard(r, visit, { intro: t('visits.answer.slotGone'), indices: remaining, learningQuestion: await questionFor(ctx.deps, visit, ctx.person.key) }));
    }
    const line = t('visits.answer.allGone');
    return ctx.reply({
      text: line,
      card: {
        blocks: [text(line)],
        actions: answerButtons(t, visit, isMove(visit) ? MOVE_LABELS : ANSWER_LABELS, ['counter', 'decline']),
      },
    });
  }
  const now = ctx.deps.clock.now().toISOString();
  // A move's new time needs the cover checked again (it was arranged for the old day): the plans go back to the
  // visitors as prefilled forms instead of confirming the visit with them.
  const moved = isMove(visit);
  const previous = moved ? visit.cover : {};
  const accepted: Visit = { ...visit, status: 'accepted', slot, sequence: visit.sequence + 1, updatedAt: now, ...(moved ? { cover: {} } : {}) };
  delete accepted.answerBy;
  await ctx.deps.storage.visits.save(accepted);
  ctx.deps.scheduler.cancel(deadlineJobId(visit));
  ctx.deps.logger.info('visits: proposal accepted', { visitId: visit.id, sequence: accepted.sequence });
  const when = slotText(slot, r.zone, r.language);
  const me = await nameOf(ctx.deps, ctx.person.key);

  // A first proposal whose cover was already recorded (a facilitator can do that early) is confirmed at once.
  if (!moved && accepted.visitorKeys.every((k) => accepted.cover[k])) {
    await confirmVisit(ctx.deps, accepted, group);
    return ctx.reply({ text: t('visits.answer.acceptedAgain', { when }) });
  }
  await askCover(ctx.deps, accepted, group, ctx.person.key, previous);
  const waitingFor = accepted.visitorKeys.filter((k) => !accepted.cover[k]);
  if (ctx.person.key === accepted.hostKey) {
    const names = namesText(await Promise.all(waitingFor.map((k) => nameOf(ctx.deps, k))), t);
    return ctx.reply({ text: t(moved ? 'visits.answer.acceptedMoved' : 'visits.answer.acceptedHost', { when, names }) });
  }
  // A visitor accepted the host's counter-proposal: the host hears it, the visitor gets the cover form right here.
  await tell(ctx.deps, group, accepted.hostKey, (hr) => ({
    text: hr.t('visits.answer.acceptedByVisitor', { name: me, when: slotText(slot, hr.zone, hr.language) }),
  }));
  if (accepted.cover[ctx.person.key]) return ctx.reply({ text: t('visits.answer.acceptedVisitor', { when }) });
  const host = await nameOf(ctx.deps, accepted.hostKey);
  return ctx.reply(coverAsk(r, accepted, host, previous[ctx.person.key]));
}

/**
 * Puts a moved visit back on the time agreed before the move: confirmed again (reminders planned anew) when every
 * visitor still has a cover plan, else accepted. Also what an unanswered move should end in (its deadline job).
 */
export async function restoreAgreedTime(deps: CoreDeps, visit: Visit): Promise<Visit> {
  const slot = visit.slot;
  if (!slot) throw new Error('restoreAgreedTime: the visit never had an agreed time');
  const now = deps.clock.now().toISOString();
  const covered = visit.visitorKeys.every((k) => visit.cover[k]);
  const kept: Visit = { ...visit, status: covered ? 'confirmed' : 'accepted', proposedSlots: [slot], sequence: visit.sequence + 1, updatedAt: now };
  delete kept.answerBy;
  await deps.storage.visits.save(kept);
  deps.scheduler.cancel(deadlineJobId(visit));
  if (covered) {
    for (const id of kept.requestIds) {
      const request = await deps.storage.visitRequests.get(id);
      if (request?.status === 'open') await deps.storage.visitRequests.save({ ...request, status: 'matched', updatedAt: now });
    }
    await guarded(deps, 'planning the reminders', visit.id, () => planVisitReminders(deps, kept));
  }
  deps.logger.info('visits: move undone, old time kept', { visitId: visit.id, sequence: kept.sequence, status: kept.status });
  return kept;
}

/**
 * "Keep the old time", the "no" to a move: the visit goes back to the time agreed before, confirmed again when every
 * visitor still has a cover plan (reminders planned anew), and whoever proposed the move hears it, with a way to cancel.
 */
async function keepOldTime(ctx: HandlerContext<ActionEvent>, visit: Visit, group: Group): Promise<void> {
  const t = tOf(ctx);
  const slot = visit.slot!;
  if (Date.parse(slot.start) <= ctx.deps.clock.now().getTime()) {
    const r = readerOfCtx(ctx, group);
    return ctx.reply({ text: t('visits.answer.oldGone', { when: slotText(slot, r.zone, r.language) }) });
  }
  await restoreAgreedTime(ctx.deps, visit);
  const me = await nameOf(ctx.deps, ctx.person.key);
  const others = othersThan(visit, ctx.person.key);
  for (const key of others) {
    await tell(ctx.deps, group, key, (r) => {
      const when = slotText(slot, r.zone, r.language);
      if (key !== visit.proposedBy) return { text: r.t('visits.answer.keptOther', { name: me, when }) };
      const line = r.t('visits.answer.keptBy', { name: me, when });
      return {
        text: line,
        card: { blocks: [text(line)], actions: [button(VISIT_ACTIONS.cancel, r.t('visits.answer.cancelVisit'), { value: visit.id })] },
      };
    });
  }
  const r = readerOfCtx(ctx, group);
  const names = namesText(await Promise.all(others.map((k) => nameOf(ctx.deps, k))), t);
  await ctx.reply({ text: t('visits.answer.keptThanks', { when: slotText(slot, r.zone, r.language), names }) });
}

/**
 * "Decline": ends a first proposal kindly; the visitors' requests stay open, without this host, and get the next
 * suggestion. On a move it keeps the old time instead (see keepOldTime).
 */
async function decline(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const found = await answerable(ctx);
  if (!found) return;
  const { visit, group } = found;
  if (isMove(visit)) return keepOldTime(ctx, visit, group);
  const t = tOf(ctx);
  const reason = lineOf(ctx.event.inputs['reason']);
  if (reason.length > REASON_MAX) return ctx.reply({ text: t('visits.answer.reasonTooLong', { max: REASON_MAX, length: reason.length }) });
  const now = ctx.deps.clock.now().toISOString();
  const declined: Visit = { ...visit, status: 'declined', sequence: visit.sequence + 1, updatedAt: now };
  delete declined.answerBy;
  await ctx.deps.storage.visits.save(declined);
  ctx.deps.scheduler.cancel(deadlineJobId(visit));
  for (const id of visit.requestIds) {
    const request = await ctx.deps.storage.visitRequests.get(id);
    if (!request) continue;
    const passedHosts = request.passedHosts.includes(visit.hostKey) ? request.passedHosts : [...request.passedHosts, visit.hostKey];
    await ctx.deps.storage.visitRequests.save({ ...request, passedHosts, status: request.status === 'matched' ? 'open' : request.status, updatedAt: now });
  }
  ctx.deps.logger.info('visits: proposal declined', { visitId: visit.id });
  const me = await nameOf(ctx.deps, ctx.person.key);
  const others = othersThan(visit, ctx.person.key);
  for (const key of others) {
    await tell(ctx.deps, group, key, (r) => ({
      text: [
        r.t('visits.answer.declinedBy', { name: me }),
        ...(reason ? [r.t('visits.answer.theirReason', { name: me, reason })] : []),
        ...(visit.visitorKeys.includes(key) ? [r.t('visits.answer.lookingFurther')] : []),
      ].join('\n'),
    }));
  }
  const names = namesText(await Promise.all(others.map((k) => nameOf(ctx.deps, k))), t);
  await ctx.reply({ text: t('visits.answer.declinedThanks', { names }) });
  for (const id of visit.requestIds) await guarded(ctx.deps, 'offering the next suggestion', visit.id, () => offerNextSuggestion(ctx.deps, id, 'declined'));
}

/** "Another time": the form to propose one day and period or half-day. */
async function counter(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const found = await answerable(ctx);
  if (!found) return;
  await ctx.reply(counterForm(tOf(ctx), ctx.person.language, found.visit));
}

/** The problem with a counter-proposal in words. */
function problemText(t: VisitsT, problem: CounterProblem | { kind: 'taken' }): string {
  switch (problem.kind) {
    case 'bad':
      return t('visits.answer.err.bad');
    case 'no-when':
      return t('visits.answer.err.noWhen');
    case 'past':
      return t('visits.answer.err.past');
    case 'too-far':
      return t('visits.answer.err.tooFar');
    case 'weekend':
      return t('visits.answer.err.weekend');
    case 'wednesday':
      return t('visits.answer.err.wednesday');
    case 'closed':
      return t('visits.answer.err.closed', { reason: problem.reason });
    case 'taken':
      return t('visits.answer.err.taken');
  }
}

/** The counter-proposal's submit: checks the day, then sends it to the other side with a new answer deadline. */
async function counterSubmit(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const found = await answerable(ctx);
  if (!found) return;
  const { visit, group } = found;
  const t = tOf(ctx);
  const values = { date: lineOf(ctx.event.inputs['date']).slice(0, 40), when: lineOf(ctx.event.inputs['when']).slice(0, 10) };
  const input = await loadMatchInput(ctx.deps, group);
  const checked = checkCounterDay(values.date, values.when, input, ctx.person.language);
  if (!checked.ok) return ctx.reply(counterForm(t, ctx.person.language, visit, values, problemText(t, checked.problem)));
  // A visit to another school takes a half-day (travel included), as the matching proposes it.
  if (visit.form === 'other-school' && checked.periods.length < 4) return ctx.reply(counterForm(t, ctx.person.language, visit, values, t('visits.answer.err.halfDay')));
  const slot = slotAt(checked.date, checked.periods, group.timeZone);
  if (Date.parse(slot.start) <= input.now.getTime()) return ctx.reply(counterForm(t, ctx.person.language, visit, values, problemText(t, { kind: 'past' })));
  if (!slotStillFree(input, visit, slot)) return ctx.reply(counterForm(t, ctx.person.language, visit, values, problemText(t, { kind: 'taken' })));
  const now = ctx.deps.clock.now();
  const updated: Visit = {
    ...visit,
    proposedSlots: [slot],
    proposedBy: ctx.person.key,
    sequence: visit.sequence + 1,
    // A counter-proposal may be sooner than the usual answer window ("can you come tomorrow?"); the answer is then
    // due before the proposed time itself, not days after it.
    answerBy: new Date(Math.min(addSchoolDays(now, input.settings.hostAnswerSchoolDays, input.group).getTime(), Date.parse(slot.start))).toISOString(),
    updatedAt: now.toISOString(),
  };
  await ctx.deps.storage.visits.save(updated);
  ctx.deps.scheduler.cancel(deadlineJobId(visit));
  armDeadline(ctx.deps, updated);
  ctx.deps.logger.info('visits: counter-proposal', { visitId: visit.id, sequence: updated.sequence });
  const me = await nameOf(ctx.deps, ctx.person.key);
  const answerers = answerersOf(updated);
  for (const key of answerers) {
    await tell(ctx.deps, group, key, async (r) =>
      proposalCard(r, updated, { intro: r.t('visits.answer.counterFrom', { name: me }), learningQuestion: await questionFor(ctx.deps, updated, key) }),
    );
  }
  const r = readerOfCtx(ctx, group);
  const names = namesText(await Promise.all(answerers.map((k) => nameOf(ctx.deps, k))), t);
  await ctx.reply({ text: t('visits.answer.counterSent', { names, when: slotText(slot, r.zone, r.language), by: answerDay(updated.answerBy!, r.language, r.zone) }) });
}

/** Accept, decline and counter-propose a visit. */
export const answerActions: ActionHandler[] = [
  { id: VISIT_ACTIONS.accept, run: accept },
  { id: VISIT_ACTIONS.decline, run: decline },
  { id: VISIT_ACTIONS.counter, run: counter },
  { id: VISIT_ACTIONS.counterSubmit, run: counterSubmit },
];

/** Sends the other side a proposal to answer (used after a move); the card is the counter-proposal's. */
export async function sendProposal(deps: CoreDeps, visit: Visit, group: Group, intro: (r: Reader) => string): Promise<void> {
  for (const key of answerersOf(visit)) {
    await tell(deps, group, key, async (r) => proposalCard(r, visit, { intro: intro(r), learningQuestion: await questionFor(deps, visit, key) }));
  }
}
