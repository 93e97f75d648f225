import type { HandlerContext } from '../../app/context.js';
import type { ActionEvent } from '../../model/events.js';
import { button, link, text, type ActionButton, type LinkButton } from '../../model/message.js';
import { namesText } from './answer-format.js';
import { deadlineJobId, guarded, othersThan, readerOfCtx, tell, tellFacilitators } from './answer-send.js';
import { statusLabel } from './host-answer.js';
import { whenOf } from './move-visit.js';
import { suggestHosts } from './matching/index.js';
import { offerNextSuggestion } from './suggestions.js';
import { VISIT_ACTIONS } from './visit-actions.js';
import { loadMatchInput, nameOf, participantsOf, visitForPerson } from './visit-access.js';
import { visitIcsUrl } from './visit-ics-link.js';
import { cancelVisitReminders } from './visit-reminders.js';
import { ACTIVE_VISIT_STATUSES, type Visit } from './visit.js';
import { tOf } from './visits-translate.js';

/** A participant's visit that can still be cancelled; otherwise answers why not. */
async function cancellable(ctx: HandlerContext<ActionEvent>) {
  const found = await visitForPerson(ctx, ctx.event.value);
  if (!found) return undefined;
  if (ACTIVE_VISIT_STATUSES.includes(found.visit.status)) return found;
  const t = tOf(ctx);
  await ctx.reply({ text: t('visits.answer.notOpen', { status: statusLabel(t, found.visit.status) }) });
  return undefined;
}

/** "Cancel": asks to confirm first, since the other side and the calendars will hear of it. */
export async function askCancel(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const found = await cancellable(ctx);
  if (!found) return;
  const { visit, group } = found;
  const t = tOf(ctx);
  const others = namesText(await Promise.all(othersThan(visit, ctx.person.key).map((k) => nameOf(ctx.deps, k))), t);
  const line = t('visits.cancel.ask', { names: others, when: whenOf(visit, readerOfCtx(ctx, group)) });
  await ctx.reply({
    text: line,
    card: {
      blocks: [text(line)],
      actions: [
        button(VISIT_ACTIONS.cancelConfirm, t('visits.cancel.yes'), { value: visit.id, style: 'danger' }),
        button(VISIT_ACTIONS.cancelKeep, t('visits.cancel.no'), { value: visit.id }),
      ],
    },
  });
}

/** "No, keep it" on the cancel question: nothing changes, and the person hears so. */
export async function keepVisit(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const found = await visitForPerson(ctx, ctx.event.value);
  if (!found) return;
  await ctx.reply({ text: tOf(ctx)('visits.cancel.kept') });
}

/**
 * The confirmed cancellation: the visit ends (calendars see STATUS:CANCELLED), reminders and the answer deadline are
 * dropped, the other side hears it (and the facilitators when it was confirmed), and the visitors' requests open again.
 */
export async function confirmCancel(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const found = await cancellable(ctx);
  if (!found) return;
  const { visit, group } = found;
  const t = tOf(ctx);
  const now = ctx.deps.clock.now().toISOString();
  const cancelled: Visit = { ...visit, status: 'cancelled', cancelledBy: ctx.person.key, sequence: visit.sequence + 1, updatedAt: now };
  delete cancelled.answerBy;
  await ctx.deps.storage.visits.save(cancelled);
  ctx.deps.scheduler.cancel(deadlineJobId(visit));
  await guarded(ctx.deps, 'dropping the reminders', visit.id, () => cancelVisitReminders(ctx.deps, visit.id));
  // A host who cancels is passed over for these requests, as with a decline: the next suggestions never offer them again.
  const hostCancels = ctx.person.key === visit.hostKey;
  const reopened: string[] = [];
  for (const id of visit.requestIds) {
    const request = await ctx.deps.storage.visitRequests.get(id);
    if (!request || request.status === 'withdrawn') continue;
    const passedHosts = hostCancels && !request.passedHosts.includes(visit.hostKey) ? [...request.passedHosts, visit.hostKey] : request.passedHosts;
    if (request.status !== 'open' || passedHosts !== request.passedHosts) await ctx.deps.storage.visitRequests.save({ ...request, status: 'open', passedHosts, updatedAt: now });
    reopened.push(id);
  }
  // Only promise another colleague to a visitor for whom there is one.
  const input = await loadMatchInput(ctx.deps, group);
  const hasOthers = new Set<string>();
  for (const id of reopened) {
    const request = await ctx.deps.storage.visitRequests.get(id);
    if (request && suggestHosts(input, request, 1).length > 0) hasOthers.add(request.visitorKey);
  }
  ctx.deps.logger.info('visits: visit cancelled', { visitId: visit.id, wasStatus: visit.status });

  const me = await nameOf(ctx.deps, ctx.person.key);
  const others = othersThan(visit, ctx.person.key);
  // Whoever may have the visit in their calendar (it had an agreed time) gets the updated file to open again.
  const inCalendar = visit.slot !== undefined;
  const url = visitIcsUrl(ctx.deps, visit);
  for (const key of others) {
    await tell(ctx.deps, group, key, (r) => {
      const further = visit.visitorKeys.includes(key) ? [r.t(hasOthers.has(key) ? 'visits.cancel.lookingFurther' : 'visits.cancel.noOthers')] : [];
      const lines = [r.t('visits.cancel.toOther', { name: me, when: whenOf(visit, r) }), ...(inCalendar ? [r.t('visits.cancel.calendarUpdated')] : []), ...further];
      const actions: Array<ActionButton | LinkButton> = inCalendar ? [link(r.t('visits.cancel.calendarButton'), url)] : [];
      return {
        text: [...lines, ...(inCalendar ? [r.t('visits.answer.factLine', { label: r.t('visits.cancel.calendarButton'), value: url })] : [])].join('\n'),
        card: { blocks: lines.map((l) => text(l)), ...(actions.length > 0 ? { actions } : {}) },
      };
    });
  }
  // Facilitators hear of a cancelled confirmed visit here only (the next suggestion leaves cancellations to this flow);
  // a proposal that never got that far was not on their radar.
  if (visit.status === 'confirmed') {
    const visitors = await Promise.all(visit.visitorKeys.map((k) => nameOf(ctx.deps, k)));
    const host = await nameOf(ctx.deps, visit.hostKey);
    await tellFacilitators(ctx.deps, group, participantsOf(visit), (r) => ({
      text: r.t('visits.cancel.notice', { name: me, visitors: namesText(visitors, r.t), host, when: whenOf(visit, r) }),
    }));
  }
  const names = namesText(await Promise.all(others.map((k) => nameOf(ctx.deps, k))), t);
  const mine = visit.visitorKeys.includes(ctx.person.key);
  await ctx.reply({ text: [t('visits.cancel.done', { names }), ...(mine ? [t('visits.cancel.reopenedOwn')] : [])].join('\n') });
  // The other visitors (all of them when the host cancelled) are offered another host; the one who cancelled decides for themselves.
  const suggestFor = visit.requestIds.filter((id, i) => visit.visitorKeys[i] !== ctx.person.key && reopened.includes(id));
  for (const id of suggestFor) await guarded(ctx.deps, 'offering the next suggestion', visit.id, () => offerNextSuggestion(ctx.deps, id, 'cancelled'));
}
