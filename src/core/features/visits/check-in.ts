import type { ActionHandler, HandlerContext } from '../../app/context.js';
import type { ActionEvent } from '../../model/events.js';
import { button, text } from '../../model/message.js';
import { activeMembers, displayName, requireFacilitator } from '../groups/group-access.js';
import { sameTenant } from '../moments/moment-access.js';
import { DETAIL_LIMITS } from '../moments/moment-details.js';
import { planForm } from '../moments/plan-cards.js';
import type { Group } from '../groups/group.js';
import { CHECK_IN_QUESTIONS, checkInForm, INCLUDE_INPUT, INCLUDE_YES, TEAM_SHARE_KEY } from './check-in-form.js';
import { VISIT_ACTIONS } from './visit-actions.js';
import { hasStarted, participantVisit, tell } from './visit-reminder-access.js';
import { chose, readAnswers, type Answers } from './visit-reminder-answers.js';
import { forReader, hostName, listText, loadVisitView, slotText } from './visit-reminder-facts.js';
import { tOf } from './visits-translate.js';
import { VISIT_LIMITS, type Visit } from './visit.js';

/** The visit of a check-in click: only its visitors, and only once it took place (or has at least begun). */
async function visitorCheckIn(ctx: HandlerContext<ActionEvent>): Promise<{ visit: Visit; group: Group } | undefined> {
  const found = await participantVisit(ctx);
  if (!found) return undefined;
  const t = tOf(ctx);
  if (found.side !== 'visitor') {
    await ctx.reply({ text: t('visits.checkin.visitorOnly') });
    return undefined;
  }
  const { visit } = found;
  if (visit.status !== 'done' && !(visit.status === 'confirmed' && hasStarted(visit, ctx.deps.clock.now()))) {
    await ctx.reply({ text: t('visits.reflect.closed') });
    return undefined;
  }
  return found;
}

/** Stores extra answers with the visitor's reflection (creating an unshared one when they never reflected). */
async function saveWithReflection(ctx: HandlerContext, visit: Visit, extra: Answers): Promise<Visit> {
  const earlier = visit.reflections[ctx.person.key];
  const now = ctx.deps.clock.now().toISOString();
  const saved: Visit = {
    ...visit,
    reflections: { ...visit.reflections, [ctx.person.key]: { answers: { ...earlier?.answers, ...extra }, shared: earlier?.shared ?? false, at: now } },
    updatedAt: now,
  };
  await ctx.deps.storage.visits.save(saved);
  return saved;
}

/** "Did you try it out?": the answer stays with the visitor's reflection. */
async function submitCheckIn(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const found = await visitorCheckIn(ctx);
  if (!found) return;
  const t = tOf(ctx);
  const read = readAnswers(ctx.event.inputs, CHECK_IN_QUESTIONS);
  if (!read.ok) {
    const view = forReader(await loadVisitView(ctx.deps, found.group, found.visit), ctx.person.timeZone);
    const error = read.reason === 'empty' ? t('visits.after.empty') : t('visits.after.tooLong', { max: VISIT_LIMITS.answer });
    return ctx.reply(checkInForm(view, ctx.person.key, t, ctx.person.language, read.values, error));
  }
  await saveWithReflection(ctx, found.visit, read.answers);
  ctx.deps.logger.info('visits: check-in saved', { visitId: found.visit.id });
  await ctx.reply({ text: t('visits.checkin.saved') });
}

/**
 * "I'd like to share this with the team": tells the facilitators privately, with the learning question; what the
 * visitor meant to try and how it went only when the reflection was shared or they tick the consent in the same click.
 */
async function shareWithTeam(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const found = await visitorCheckIn(ctx);
  if (!found) return;
  const { visit, group } = found;
  const t = tOf(ctx);
  const view = forReader(await loadVisitView(ctx.deps, group, visit), ctx.person.timeZone);
  const earlier = visit.reflections[ctx.person.key];
  if (earlier?.answers[TEAM_SHARE_KEY]) return ctx.reply({ text: t('visits.checkin.alreadyShared') });
  const read = readAnswers(ctx.event.inputs, CHECK_IN_QUESTIONS);
  if (!read.ok && read.reason === 'too-long') {
    return ctx.reply(checkInForm(view, ctx.person.key, t, ctx.person.language, read.values, t('visits.after.tooLong', { max: VISIT_LIMITS.answer })));
  }
  const typed = read.ok ? read.answers : {};
  const facilitators = (await activeMembers(ctx.deps, group.id)).filter((m) => m.membership.role === 'facilitator' && m.membership.personKey !== ctx.person.key);
  if (facilitators.length === 0) {
    if (read.ok) await saveWithReflection(ctx, visit, typed);
    return ctx.reply({ text: t('visits.checkin.noFacilitators') });
  }
  const consent = chose(ctx.event.inputs[INCLUDE_INPUT], INCLUDE_YES) || earlier?.shared === true;
  const answers: Answers = { ...earlier?.answers, ...typed };
  const name = view.names[ctx.person.key] ?? '?';
  const question = view.questions.find((q) => q.visitorKey === ctx.person.key)?.text;
  const reached: string[] = [];
  for (const member of facilitators) {
    const sent = await tell(ctx, group, member.membership.personKey, (ft, language, zone) => {
      const lines = [
        ft('visits.checkin.facText', { name, host: hostName(view), when: slotText(forReader(view, zone), language, ft) }),
        ...(question ? [ft('visits.checkin.line.question', { text: question })] : []),
        ...(consent && answers['try'] ? [ft('visits.checkin.line.try', { text: answers['try'] })] : []),
        ...(consent && answers['tryOut'] ? [ft('visits.checkin.line.tryOut', { text: answers['tryOut'] })] : []),
      ];
      return {
        text: lines.join('\n'),
        card: {
          title: ft('visits.checkin.facTitle'),
          blocks: lines.map((l) => text(l)),
          actions: [button(VISIT_ACTIONS.planSharing, ft('visits.checkin.planButton'), { value: `${visit.id}|${ctx.person.key === visit.visitorKeys[1] ? 1 : 0}` })],
        },
      };
    });
    if (sent) reached.push(displayName(member));
  }
  if (reached.length === 0) return ctx.reply({ text: t('visits.checkin.noFacilitators') });
  await saveWithReflection(ctx, visit, { ...typed, [TEAM_SHARE_KEY]: ctx.deps.clock.now().toISOString() });
  ctx.deps.logger.info('visits: visitor offers to share at a team moment', { visitId: visit.id, facilitators: reached.length, consent });
  await ctx.reply({ text: t('visits.checkin.shared', { names: listText(reached, t) }) });
}

/**
 * "Plan a sharing moment" on the facilitator's note: the group's planning form, prefilled with a title and an agenda
 * about the visit, so the visitor's offer turns into a moment with the usual confirmation (dates, skipped holidays).
 */
async function planSharing(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const [visitId, index] = (ctx.event.value ?? '').split('|');
  const visit = visitId ? await ctx.deps.storage.visits.get(visitId) : undefined;
  const group = visit ? await ctx.deps.storage.groups.get(visit.groupId) : undefined;
  const visitorKey = visit?.visitorKeys[index === '1' ? 1 : 0];
  if (!visit || !group || !visitorKey || !sameTenant(group, ctx.person)) return ctx.reply({ text: tOf(ctx)('visits.notFound') });
  if (!(await requireFacilitator(ctx, group))) return;
  const view = await loadVisitView(ctx.deps, group, visit);
  const t = tOf(ctx);
  const name = view.names[visitorKey] ?? '?';
  const question = view.questions.find((q) => q.visitorKey === visitorKey)?.text;
  const title = t('visits.checkin.planTitle', { name, host: hostName(view) }).slice(0, DETAIL_LIMITS.title);
  const agenda = t(question ? 'visits.checkin.planAgendaQuestion' : 'visits.checkin.planAgenda', { name, question: question ?? '' }).slice(0, DETAIL_LIMITS.agenda);
  await ctx.reply(planForm(ctx.t, `new:${group.id}`, { details: { title, agenda } }));
}

/** The check-in's submit, its "share with the team" button, and the facilitator's "plan a sharing moment". */
export const checkInActions: ActionHandler[] = [
  { id: VISIT_ACTIONS.checkInSubmit, run: submitCheckIn },
  { id: VISIT_ACTIONS.shareWithTeam, run: shareWithTeam },
  { id: VISIT_ACTIONS.planSharing, run: planSharing },
];
