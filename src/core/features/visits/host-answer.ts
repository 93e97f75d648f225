import type { ActionHandler, CoreDeps, HandlerContext } from '../../app/context.js';
import type { ActionEvent } from '../../model/events.js';
import { text } from '../../model/message.js';
import type { Group } from '../groups/group.js';
import { ANSWER_LABELS, counterForm, proposalCard } from './answer-cards.js';
import { answerButtons, readAnswerValue, REASON_MAX } from './answer-value.js';
import { checkCounterDay, type CounterProblem } from './answer-counter.js';
import { instantText, namesText, slotText } from './answer-format.js';
import { answerersOf, armDeadline, deadlineJobId, guarded, othersThan, questionFor, readerOfCtx, tell, type Reader } from './answer-send.js';
import { confirmVisit } from './confirm-visit.js';
import { coverForm } from './cover-form.js';
import { addSchoolDays, slotAt, slotStillFree, type MatchInput } from './matching/index.js';
import { offerNextSuggestion } from './suggestions.js';
import { VISIT_ACTIONS } from './visit-actions.js';
import { lineOf } from './visit-text.js';
import { loadMatchInput, nameOf, visitForPerson } from './visit-access.js';
import type { Visit, VisitSlot, VisitStatus } from './visit.js';
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

/** Sends each visitor still without a cover plan the form (except the one answering, who gets it as the reply). */
async function askCover(deps: CoreDeps, visit: Visit, group: Group, except?: string): Promise<void> {
  const host = await nameOf(deps, visit.hostKey);
  for (const key of visit.visitorKeys) {
    if (key === except || visit.cover[key]) continue;
    await tell(deps, group, key, (r) => coverForm(r.t, visit.id, { intro: r.t('visits.cover.askIntro', { host, when: slotText(visit.slot!, r.zone, r.language) }) }));
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
        actions: answerButtons(t, visit, ANSWER_LABELS, ['counter', 'decline']),
      },
    });
  }
  const now = ctx.deps.clock.now().toISOString();
  const accepted: Visit = { ...visit, status: 'accepted', slot, sequence: visit.sequence + 1, updatedAt: now };
  delete accepted.answerBy;
  await ctx.deps.storage.visits.save(accepted);
  ctx.deps.scheduler.cancel(deadlineJobId(visit));
  ctx.deps.logger.info('visits: proposal accepted', { visitId: visit.id, sequence: accepted.sequence });
  const when = slotText(slot, r.zone, r.language);
  const me = await nameOf(ctx.deps, ctx.person.key);

  // A moved visit keeps its cover plans: with one for every visitor it is confirmed again at once.
  if (accepted.visitorKeys.every((k) => accepted.cover[k])) {
    await confirmVisit(ctx.deps, accepted, group, 'moved');
    return ctx.reply({ text: t('visits.answer.acceptedAgain', { when }) });
  }
  await askCover(ctx.deps, accepted, group, ctx.person.key);
  const waitingFor = accepted.visitorKeys.filter((k) => !accepted.cover[k]);
  if (ctx.person.key === accepted.hostKey) {
    const names = namesText(await Promise.all(waitingFor.map((k) => nameOf(ctx.deps, k))), t);
    return ctx.reply({ text: t('visits.answer.acceptedHost', { when, names }) });
  }
  // A visitor accepted the host's counter-proposal: the host hears it, the visitor gets the cover form right here.
  await tell(ctx.deps, group, accepted.hostKey, (hr) => ({
    text: hr.t('visits.answer.acceptedByVisitor', { name: me, when: slotText(slot, hr.zone, hr.language) }),
  }));
  if (accepted.cover[ctx.person.key]) return ctx.reply({ text: t('visits.answer.acceptedVisitor', { when }) });
  const host = await nameOf(ctx.deps, accepted.hostKey);
  return ctx.reply(coverForm(t, accepted.id, { intro: t('visits.cover.askIntro', { host, when }) }));
}

/** "Decline": ends the proposal kindly; the visitors' requests stay open, without this host, and get the next suggestion. */
async function decline(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const found = await answerable(ctx);
  if (!found) return;
  const { visit, group } = found;
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
    answerBy: addSchoolDays(now, input.settings.hostAnswerSchoolDays, input.group).toISOString(),
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
  await ctx.reply({ text: t('visits.answer.counterSent', { names, when: slotText(slot, r.zone, r.language), by: instantText(updated.answerBy!, r.zone, r.language) }) });
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
