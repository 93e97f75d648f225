import type { ActionHandler, HandlerContext } from '../../app/context.js';
import type { Language } from '../../i18n/languages.js';
import type { ActionEvent } from '../../model/events.js';
import { text, type OutboundMessage } from '../../model/message.js';
import { postToGroup } from '../moments/notify.js';
import { participantsOf } from './visit-access.js';
import { VISIT_ACTIONS } from './visit-actions.js';
import { REFLECTION_QUESTIONS, reflectionForm, SHARE_GROUP, SHARE_INPUT, sharedSummary } from './reflection-form.js';
import { hasStarted, participantVisit, tell } from './visit-reminder-access.js';
import { chose, readAnswers, type Answers } from './visit-reminder-answers.js';
import { forReader, hostName, listText, loadVisitView, slotText, type VisitView } from './visit-reminder-facts.js';
import { cancelVisitReminders } from './visit-reminders.js';
import { tOf, type VisitsT } from './visits-translate.js';
import { VISIT_LIMITS, type Visit } from './visit.js';

/** The visitor's thanks and question, privately to the host. */
function toHostMessage(view: VisitView, visitorKey: string, answers: Answers, t: VisitsT, language: Language): OutboundMessage {
  const name = view.names[visitorKey] ?? '?';
  const lines = [
    ...(answers['thanks'] ? [t('visits.reflect.toHostThanks', { name, when: slotText(view, language, t), text: answers['thanks'] })] : []),
    ...(answers['question'] ? [t('visits.reflect.toHostQuestion', { name, text: answers['question'] })] : []),
  ];
  return { text: lines.join('\n'), card: { title: t('visits.reflect.toHostTitle', { name }), blocks: lines.map((l) => text(l)) } };
}

/** Saves a reflection; the thanks and question go to the host, and a summary to the channel only when chosen. */
async function submitReflection(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const found = await participantVisit(ctx);
  if (!found) return;
  const { visit, group, side } = found;
  const t = tOf(ctx);
  const open = visit.status === 'done' || (visit.status === 'confirmed' && hasStarted(visit, ctx.deps.clock.now()));
  if (!open) return ctx.reply({ text: t('visits.reflect.closed') });
  const view = forReader(await loadVisitView(ctx.deps, group, visit), ctx.person.timeZone);
  const questions = REFLECTION_QUESTIONS[side];
  const read = readAnswers(ctx.event.inputs, questions);
  if (!read.ok) {
    const error = read.reason === 'empty' ? t('visits.after.empty') : t('visits.after.tooLong', { max: VISIT_LIMITS.answer });
    return ctx.reply(reflectionForm(view, ctx.person.key, t, ctx.person.language, read.values, error));
  }
  const earlier = visit.reflections[ctx.person.key];
  const shared = chose(ctx.event.inputs[SHARE_INPUT], SHARE_GROUP);
  // Answers kept from elsewhere (the check-in) stay; the form's own questions take the new answers.
  const kept = Object.fromEntries(Object.entries(earlier?.answers ?? {}).filter(([id]) => !questions.some((q) => q.id === id)));
  const now = ctx.deps.clock.now().toISOString();
  const saved: Visit = {
    ...visit,
    // Someone reflecting says the visit took place.
    status: 'done',
    reflections: { ...visit.reflections, [ctx.person.key]: { answers: { ...kept, ...read.answers }, shared, at: now } },
    updatedAt: now,
  };
  await ctx.deps.storage.visits.save(saved);
  ctx.deps.logger.info('visits: reflection saved', { visitId: visit.id, side, shared });

  const lines: string[] = [];
  const savedView = { ...view, visit: saved };
  if (shared && !earlier?.shared) {
    const posted = await postToGroup(ctx.deps, group, { text: sharedSummary(savedView, ctx.person.key, read.answers) });
    lines.push(posted ? t('visits.reflect.savedShared', { group: group.name }) : t('visits.reflect.savedPrivate'));
  } else lines.push(shared ? t('visits.reflect.savedShared', { group: group.name }) : t('visits.reflect.savedPrivate'));
  const news = (id: string): boolean => Boolean(read.answers[id]) && read.answers[id] !== earlier?.answers[id];
  if (side === 'visitor' && (news('thanks') || news('question'))) {
    const sent = await tell(ctx, group, visit.hostKey, (ht, language, zone) => toHostMessage(forReader(savedView, zone), ctx.person.key, read.answers, ht, language));
    if (sent) lines.push(t('visits.reflect.savedToHost', { host: hostName(view) }));
  }
  await ctx.reply({ text: lines.join('\n') });
}

/**
 * "The visit did not take place": it no longer counts as a pair, its check-ins are dropped, the other side hears it,
 * and the visitors' requests are open again so they can look for a new time.
 */
async function markNotHappened(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const found = await participantVisit(ctx);
  if (!found) return;
  const { visit, group } = found;
  const t = tOf(ctx);
  if (visit.status === 'not-happened') return ctx.reply({ text: t('visits.reflect.notHappenedAlready') });
  if ((visit.status !== 'done' && visit.status !== 'confirmed') || !hasStarted(visit, ctx.deps.clock.now())) return ctx.reply({ text: t('visits.reflect.closed') });
  const now = ctx.deps.clock.now().toISOString();
  const saved: Visit = { ...visit, status: 'not-happened', updatedAt: now };
  await ctx.deps.storage.visits.save(saved);
  await cancelVisitReminders(ctx.deps, visit.id);
  for (const id of visit.requestIds) {
    const request = await ctx.deps.storage.visitRequests.get(id);
    if (request && request.groupId === visit.groupId && request.status === 'matched') await ctx.deps.storage.visitRequests.save({ ...request, status: 'open', updatedAt: now });
  }
  ctx.deps.logger.info('visits: marked as not happened', { visitId: visit.id });

  const view = forReader(await loadVisitView(ctx.deps, group, saved), ctx.person.timeZone);
  const name = view.names[ctx.person.key] ?? '?';
  const others = participantsOf(visit).filter((k) => k !== ctx.person.key);
  for (const key of others) {
    await tell(ctx, group, key, (ot, language, zone) => {
      const lines = [ot('visits.reflect.notHappenedToOther', { name, when: slotText(forReader(view, zone), language, ot) })];
      if (visit.visitorKeys.includes(key)) lines.push(ot('visits.reflect.reopened'));
      return { text: lines.join('\n') };
    });
  }
  const lines = [t('visits.reflect.notHappenedDone', { when: slotText(view, ctx.person.language, t), others: listText(others.map((k) => view.names[k] ?? '?'), t) })];
  if (visit.visitorKeys.includes(ctx.person.key)) lines.push(t('visits.reflect.reopened'));
  await ctx.reply({ text: lines.join('\n') });
}

/** The reflection form's submit and its "did not take place" button. */
export const reflectionActions: ActionHandler[] = [
  { id: VISIT_ACTIONS.reflectSubmit, run: submitReflection },
  { id: VISIT_ACTIONS.notHappened, run: markNotHappened },
];
