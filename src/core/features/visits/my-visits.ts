import type { ActionHandler, HandlerContext } from '../../app/context.js';
import type { ActionEvent, MessageEvent } from '../../model/events.js';
import { button, link, text, type ActionButton, type LinkButton, type OutboundMessage } from '../../model/message.js';
import { formLabel, proposalCard } from './answer-cards.js';
import { namesText, slotText } from './answer-format.js';
import { answerDay } from './ask-cards.js';
import { answerersOf, privately, questionFor, readerOfCtx, type Reader } from './answer-send.js';
import { coverValue } from './cover-form.js';
import { counted, coverSummary } from './flow-words.js';
import { confirmCancel, askCancel, keepVisit } from './move-cancel.js';
import { moveVisit, whenOf } from './move-visit.js';
import { VISIT_ACTIONS } from './visit-actions.js';
import { nameOf, visitGroupsFor } from './visit-access.js';
import { visitIcsUrl } from './visit-ics-link.js';
import { ACTIVE_VISIT_STATUSES, type Visit, type VisitRequest } from './visit.js';
import { sameTenant } from '../moments/moment-access.js';
import { sendSuggestions } from './suggestions.js';
import { tOf } from './visits-translate.js';

// A teacher has a handful of visits at most; a long list would bury the buttons.
const MAX_LISTED = 10;

/** When a visit falls (or would fall), for sorting: the agreed slot, else the first time on offer. */
const startOf = (visit: Visit): string => visit.slot?.start ?? visit.proposedSlots[0]?.start ?? visit.createdAt;

/** One visit of `bezoek mijn`: with whom, when, where it stands in words, and what the person can do. */
async function visitCard(ctx: HandlerContext, visit: Visit, r: Reader): Promise<OutboundMessage> {
  const { t } = r;
  const me = ctx.person.key;
  const isHost = visit.hostKey === me;
  const host = await nameOf(ctx.deps, visit.hostKey);
  const visitors = await Promise.all(visit.visitorKeys.map((k) => nameOf(ctx.deps, k)));
  const title = isHost ? t('visits.mine.hostTitle', { names: namesText(visitors, t) }) : t('visits.mine.visitorTitle', { host });
  const missing = visit.visitorKeys.filter((k) => !visit.cover[k]);
  const answerers = answerersOf(visit);

  if (visit.status === 'proposed' && answerers.includes(me)) {
    const card = proposalCard(r, visit, { intro: `${title}: ${t('visits.mine.yourAnswer')}`, learningQuestion: await questionFor(ctx.deps, visit, me) });
    const actions = card.card!.actions ?? [];
    // A move's card already offers "cancel the visit".
    if (!actions.some((a) => a.type === 'action' && a.id === VISIT_ACTIONS.cancel)) card.card!.actions = [...actions, button(VISIT_ACTIONS.cancel, t('visits.mine.cancel'), { value: visit.id })];
    return card;
  }
  let state: string;
  if (visit.status === 'proposed') {
    const names = namesText(await Promise.all(answerers.map((k) => nameOf(ctx.deps, k))), t);
    state = visit.answerBy ? t('visits.mine.waitingUntil', { names, by: answerDay(visit.answerBy, r.language, r.zone) }) : t('visits.mine.waiting', { names });
  } else if (visit.status === 'accepted') {
    state = t('visits.mine.needCover', { names: namesText(await Promise.all(missing.map((k) => nameOf(ctx.deps, k))), t) });
  } else {
    state = t('visits.mine.confirmed');
  }
  const when =
    visit.status === 'proposed' && visit.proposedSlots.length > 0
      ? visit.proposedSlots.map((s) => slotText(s, r.zone, r.language)).join('\n')
      : whenOf(visit, r);
  const own = visit.cover[me];
  const facts = [
    { label: t('visits.answer.when'), value: when },
    { label: t('visits.mine.state'), value: state },
    { label: t('visits.answer.formLabel'), value: formLabel(t, visit.form) },
    ...(!isHost ? [{ label: t('visits.confirm.cover'), value: own ? coverSummary(t, own) : t('visits.mine.noCover') }] : []),
  ];
  const actions: Array<ActionButton | LinkButton> = [];
  if (!isHost && visit.status !== 'proposed') {
    actions.push(button(VISIT_ACTIONS.coverSubmit, t(own ? 'visits.mine.changeCover' : 'visits.mine.recordCover'), { value: coverValue(visit.id, me, true), ...(own ? {} : { style: 'primary' as const }) }));
  }
  if (visit.status === 'accepted' || visit.status === 'confirmed') actions.push(button(VISIT_ACTIONS.move, t('visits.mine.move'), { value: visit.id }));
  actions.push(button(VISIT_ACTIONS.cancel, t('visits.mine.cancel'), { value: visit.id, style: 'danger' }));
  if (visit.status === 'confirmed') actions.push(link(t('visits.confirm.calendar'), visitIcsUrl(ctx.deps, visit)));
  return {
    text: [title, ...facts.map((f) => t('visits.answer.factLine', { label: f.label, value: f.value }))].join('\n'),
    card: { title, blocks: [{ type: 'facts', facts }], actions },
  };
}

/** `bezoek mijn`: the person's visits (as visitor or host) that are still on, and their open requests, privately. */
export async function showMyVisits(ctx: HandlerContext<MessageEvent>, _args: string): Promise<void> {
  const groups = await visitGroupsFor(ctx);
  if (groups.length === 0) return;
  const t = tOf(ctx);
  const ids = new Set(groups.map((g) => g.id));
  const zoneGroup = groups[0]!;
  const visits = (await ctx.deps.storage.visits.listByPerson(ctx.person.key))
    .filter((v) => ids.has(v.groupId) && ACTIVE_VISIT_STATUSES.includes(v.status))
    .sort((a, b) => startOf(a).localeCompare(startOf(b)));
  const requests = (await ctx.deps.storage.visitRequests.listByVisitor(ctx.person.key)).filter((q) => ids.has(q.groupId) && q.status === 'open');
  const messages: OutboundMessage[] = [];
  if (visits.length === 0 && requests.length === 0) {
    messages.push({ text: t('visits.mine.none') });
    return privately(ctx, zoneGroup, messages);
  }
  const language = ctx.person.language;
  messages.push({
    text: t('visits.mine.summary', {
      visits: counted(t, language, visits.length, 'visits.mine.visitsOne', 'visits.mine.visitsMany'),
      requests: counted(t, language, requests.length, 'visits.mine.requestsOne', 'visits.mine.requestsMany'),
    }),
  });
  for (const visit of visits.slice(0, MAX_LISTED)) {
    const group = groups.find((g) => g.id === visit.groupId)!;
    messages.push(await visitCard(ctx, visit, readerOfCtx(ctx, group)));
  }
  if (visits.length > MAX_LISTED) messages.push({ text: counted(t, language, visits.length - MAX_LISTED, 'visits.mine.moreOne', 'visits.mine.more') });
  const waiting = new Set(visits.filter((v) => v.status === 'proposed').flatMap((v) => v.requestIds));
  for (const request of requests) messages.push(requestCard(t, request, waiting.has(request.id)));
  return privately(ctx, zoneGroup, messages);
}

/**
 * One open request of `bezoek mijn`, with what can be done about it: new suggestions (unless a colleague was just
 * asked and the answer is pending) and withdrawing it.
 */
function requestCard(t: Reader['t'], request: VisitRequest, waiting: boolean): OutboundMessage {
  const title = t('visits.mine.requestTitle');
  const line = `${request.learningQuestion.replace(/\s+/g, ' ').slice(0, 120)} (${formLabel(t, request.form)}): ${t(waiting ? 'visits.mine.requestWaiting' : 'visits.mine.requestOpen')}`;
  const actions: ActionButton[] = [
    ...(waiting ? [] : [button(VISIT_ACTIONS.requestSuggest, t('visits.mine.newSuggestions'), { value: request.id, style: 'primary' as const })]),
    button(VISIT_ACTIONS.requestWithdraw, t('visits.mine.withdraw'), { value: request.id, style: 'danger' }),
  ];
  return { text: [title, line, t('visits.mine.requestsHint')].join('\n'), card: { title, blocks: [text(line), text(t('visits.mine.requestsHint'), true)], actions } };
}

/** "Nieuwe voorstellen": the visitor's own open request gets its suggestions again. */
async function suggestAgain(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const t = tOf(ctx);
  const request = ctx.event.value ? await ctx.deps.storage.visitRequests.get(ctx.event.value) : undefined;
  const group = request ? await ctx.deps.storage.groups.get(request.groupId) : undefined;
  if (!request || !group || !sameTenant(group, ctx.person) || request.visitorKey !== ctx.person.key) return ctx.reply({ text: t('visits.request.notFound') });
  const membership = await ctx.deps.storage.memberships.get(group.id, ctx.person.key);
  if (!membership?.active) return ctx.reply({ text: t('visits.notMember', { group: group.name }) });
  if (request.status !== 'open') return ctx.reply({ text: t('visits.request.notOpen') });
  await sendSuggestions(ctx.deps, request, group, 'new');
}

/** Move and cancel actions, and new suggestions for an open request. */
export const myVisitActions: ActionHandler[] = [
  { id: VISIT_ACTIONS.move, run: moveVisit },
  { id: VISIT_ACTIONS.cancel, run: askCancel },
  { id: VISIT_ACTIONS.cancelConfirm, run: confirmCancel },
  { id: VISIT_ACTIONS.cancelKeep, run: keepVisit },
  { id: VISIT_ACTIONS.requestSuggest, run: suggestAgain },
];
