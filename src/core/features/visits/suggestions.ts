import type { ActionHandler, CoreDeps, HandlerContext } from '../../app/context.js';
import { sendToPerson } from '../../app/direct-messages.js';
import { DEFAULT_LANGUAGE } from '../../i18n/languages.js';
import type { ActionEvent } from '../../model/events.js';
import type { Group } from '../groups/group.js';
import { sameTenant } from '../moments/moment-access.js';
import { shorten } from '../moments/moment-text.js';
import { askHost } from './ask-host.js';
import { readerOfCtx, tellFacilitators } from './answer-send.js';
import { slotText } from './answer-format.js';
import { timesList } from './flow-words.js';
import { answerDay } from './ask-cards.js';
import { suggestHosts, whyUnmatched, type Suggestion, type UnmatchedReason } from './matching/index.js';
import { suggestionsCard, type ShownHost } from './suggestion-cards.js';
import { loadMatchInput, nameOf } from './visit-access.js';
import { VISIT_ACTIONS } from './visit-actions.js';
import type { VisitRequest } from './visit.js';
import { tOf, visitsT } from './visits-translate.js';

/** Why suggestions are sent: a new request, a facilitator's round, or the previous host declined or never answered. */
export type SuggestionOccasion = 'new' | 'round' | 'declined' | 'expired' | 'cancelled';

/** Sends the visitor their suggested hosts (computed when not given), each with why and an "ask" button. */
export async function sendSuggestions(deps: CoreDeps, request: VisitRequest, group: Group, occasion: SuggestionOccasion, suggestions?: Suggestion[]): Promise<void> {
  const visitor = await deps.storage.people.get(request.visitorKey);
  const language = visitor?.language ?? DEFAULT_LANGUAGE;
  const input = await loadMatchInput(deps, group);
  const list = (suggestions ?? suggestHosts(input, request, 3)).slice(0, 3);
  let unmatched: UnmatchedReason | undefined;
  if (list.length === 0) unmatched = whyUnmatched(input, request);
  const hosts: ShownHost[] = [];
  for (const suggestion of list) {
    const person = await deps.storage.people.get(suggestion.hostKey);
    const offer = input.offers.find((o) => o.personKey === suggestion.hostKey);
    hosts.push({
      suggestion,
      name: person?.name ?? (await nameOf(deps, suggestion.hostKey)),
      ...(person?.school ? { school: person.school } : {}),
      ...(offer?.show ? { show: offer.show } : {}),
    });
  }
  const result = await sendToPerson(deps, request.visitorKey, suggestionsCard(visitsT(language), language, request, occasion, hosts, unmatched), group);
  deps.logger.info('visits: suggestions sent', { requestId: request.id, count: hosts.length, ok: result.ok, ...(unmatched ? { unmatched } : {}) });
}

const FACILITATOR_KEYS = {
  declined: 'visits.next.facilitatorDeclined',
  expired: 'visits.next.facilitatorExpired',
} as const;

/** After a host declined, never answered, or a visit was cancelled: offers the visitor the next suggestion; facilitators hear of declines and silences. */
export async function offerNextSuggestion(deps: CoreDeps, requestId: string, occasion: 'declined' | 'expired' | 'cancelled'): Promise<void> {
  const request = await deps.storage.visitRequests.get(requestId);
  if (!request || request.status !== 'open') return;
  const group = await deps.storage.groups.get(request.groupId);
  if (!group) return;
  const last = (await deps.storage.visits.listByGroup(group.id)).filter((v) => v.requestIds.includes(request.id) && v.status === occasion).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  const visitor = await nameOf(deps, request.visitorKey);
  const host = last ? await nameOf(deps, last.hostKey) : '?';
  // A cancellation already reaches the facilitators from the cancel flow; declines and silences reach them here.
  const facilitatorKey = occasion === 'cancelled' ? undefined : FACILITATOR_KEYS[occasion];
  if (facilitatorKey) {
    await tellFacilitators(deps, group, [request.visitorKey], (r) => ({ text: r.t(facilitatorKey, { visitor, host, question: shorten(request.learningQuestion, 200), group: group.name }) }));
  }
  await sendSuggestions(deps, request, group, occasion);
}

/** "Vraag Bo": re-checks the request and the host, then asks the host (value `<requestId>|<hostKey or rank>`). */
async function askAction(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const t = tOf(ctx);
  const value = ctx.event.value ?? '';
  const cut = value.indexOf('|');
  const requestId = cut > 0 ? value.slice(0, cut) : '';
  const hostRef = cut > 0 ? value.slice(cut + 1) : '';
  const request = requestId ? await ctx.deps.storage.visitRequests.get(requestId) : undefined;
  const group = request ? await ctx.deps.storage.groups.get(request.groupId) : undefined;
  if (!request || !group || !hostRef || !sameTenant(group, ctx.person) || request.visitorKey !== ctx.person.key) return ctx.reply({ text: t('visits.request.notFound') });
  const membership = await ctx.deps.storage.memberships.get(group.id, ctx.person.key);
  if (!membership?.active) return ctx.reply({ text: t('visits.notMember', { group: group.name }) });
  if (request.status !== 'open') return ctx.reply({ text: t('visits.request.notOpen') });
  const mine = (await ctx.deps.storage.visits.listByGroup(group.id)).filter((v) => v.requestIds.includes(request.id));
  const waiting = mine.find((v) => v.status === 'proposed');
  if (waiting) {
    const date = waiting.answerBy ? answerDay(waiting.answerBy, ctx.person.language, group.timeZone) : '';
    return ctx.reply({ text: t('visits.ask.already', { name: await nameOf(ctx.deps, waiting.hostKey), date }) });
  }
  if (mine.some((v) => v.status === 'accepted' || v.status === 'confirmed')) return ctx.reply({ text: t('visits.request.notOpen') });
  const input = await loadMatchInput(ctx.deps, group);
  const ranked = suggestHosts(input, request, 50);
  const hostKey = /^\d+$/.test(hostRef) ? ranked[Number(hostRef)]?.hostKey : hostRef;
  const suggestion = ranked.find((s) => s.hostKey === hostKey);
  const visit = suggestion ? await askHost(ctx.deps, { group, requests: [request], hostKey: suggestion.hostKey, reasons: suggestion.reasons }) : undefined;
  if (!visit) {
    // Someone else took the time, the host paused or left: say so and show what is possible now.
    // Only a host with an offer was ever suggested; for anyone else (a forged value) name nobody.
    const known = hostKey && (await ctx.deps.storage.hostOffers.get(group.id, hostKey));
    await ctx.reply({ text: known ? t('visits.ask.gone', { name: await nameOf(ctx.deps, hostKey) }) : t('visits.ask.goneUnknown') });
    return sendSuggestions(ctx.deps, request, group, 'new');
  }
  ctx.deps.logger.info('visits: visitor asked a host', { visitId: visit.id });
  // The visitor sees which times went out, so they can keep them free.
  const r = readerOfCtx(ctx, group);
  const slots = visit.proposedSlots;
  const times = slots.length === 1 ? slotText(slots[0]!, r.zone, r.language) : timesList(slots, (s) => slotText(s, r.zone, r.language));
  await ctx.reply({ text: t(slots.length === 1 ? 'visits.answer.proposedTime' : 'visits.answer.proposedTimes', { times }) });
}

/** Suggestion actions (ask a host). */
export const suggestionActions: ActionHandler[] = [{ id: VISIT_ACTIONS.ask, run: askAction }];
