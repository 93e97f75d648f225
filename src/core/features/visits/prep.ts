import type { ActionHandler, HandlerContext } from '../../app/context.js';
import type { ActionEvent } from '../../model/events.js';
import { otherSideOf } from './visit-access.js';
import { VISIT_ACTIONS } from './visit-actions.js';
import { PREP_QUESTIONS, prepForm, prepSharedMessage } from './prep-form.js';
import { participantVisit, tell } from './visit-reminder-access.js';
import { readAnswers } from './visit-reminder-answers.js';
import { forReader, listText, loadVisitView } from './visit-reminder-facts.js';
import { tOf } from './visits-translate.js';
import { VISIT_LIMITS } from './visit.js';

const sameAnswers = (a: Record<string, string>, b: Record<string, string>): boolean =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

/** Saves one side's preparation and sends it to the other side, in each reader's language. */
async function submitPrep(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const found = await participantVisit(ctx);
  if (!found) return;
  const { visit, group, side } = found;
  const t = tOf(ctx);
  if (visit.status !== 'confirmed') return ctx.reply({ text: t('visits.prep.notPlanned') });
  const view = forReader(await loadVisitView(ctx.deps, group, visit), ctx.person.timeZone);
  const read = readAnswers(ctx.event.inputs, PREP_QUESTIONS[side]);
  if (!read.ok) {
    const error = read.reason === 'empty' ? t('visits.after.empty') : t('visits.after.tooLong', { max: VISIT_LIMITS.answer });
    return ctx.reply(prepForm(view, ctx.person.key, t, ctx.person.language, read.values, error));
  }
  const earlier = visit.prep[ctx.person.key];
  // The same answers again (a double click, a second submit of the same form): nothing new to pass on.
  if (earlier && sameAnswers(earlier.answers, read.answers)) {
    return ctx.reply({ text: t('visits.prep.saved', { names: listText(otherSideOf(visit, ctx.person.key).map((k) => view.names[k] ?? '?'), t) }) });
  }
  const again = earlier !== undefined;
  const now = ctx.deps.clock.now().toISOString();
  const saved = { ...visit, prep: { ...visit.prep, [ctx.person.key]: { answers: read.answers, at: now } }, updatedAt: now };
  await ctx.deps.storage.visits.save(saved);
  ctx.deps.logger.info('visits: preparation saved', { visitId: visit.id, side, again });

  const savedView = { ...view, visit: saved };
  const reached: string[] = [];
  const missed: string[] = [];
  for (const key of otherSideOf(visit, ctx.person.key)) {
    const sent = await tell(ctx, group, key, (ot, language, zone) => prepSharedMessage(forReader(savedView, zone), ctx.person.key, read.answers, again, ot, language));
    (sent ? reached : missed).push(view.names[key] ?? '?');
  }
  const lines = [];
  if (reached.length > 0) lines.push(t('visits.prep.saved', { names: listText(reached, t) }));
  if (missed.length > 0) lines.push(t('visits.prep.notDelivered', { names: listText(missed, t) }));
  await ctx.reply({ text: lines.join('\n') });
}

/** The preparation form's submit. */
export const prepActions: ActionHandler[] = [{ id: VISIT_ACTIONS.prepSubmit, run: submitPrep }];
