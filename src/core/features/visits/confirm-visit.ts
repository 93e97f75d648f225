import type { CoreDeps } from '../../app/context.js';
import { link, text, type OutboundMessage } from '../../model/message.js';
import { activeMembers } from '../groups/group-access.js';
import type { Group } from '../groups/group.js';
import { formLabel } from './answer-cards.js';
import { namesText, slotText } from './answer-format.js';
import { guarded, questionFor, tell, type Reader } from './answer-send.js';
import { coverSummary } from './flow-words.js';
import { nameOf, participantsOf } from './visit-access.js';
import { visitIcsUrl } from './visit-ics-link.js';
import { planVisitReminders } from './visit-reminders.js';
import { schoolKey, visitSettingsOf, type Visit } from './visit.js';

/** Why a visit is confirmed: for the first time, or again at a new time after a move. */
export type ConfirmOccasion = 'new' | 'moved';

/** Display names of a visit's people. */
async function namesOf(deps: CoreDeps, visit: Visit): Promise<{ host: string; visitors: string[] }> {
  return { host: await nameOf(deps, visit.hostKey), visitors: await Promise.all(visit.visitorKeys.map((k) => nameOf(deps, k))) };
}

/**
 * The cover as the host sees it: "not needed" when no visitor needs any, else "arranged". Who covers and the note
 * are the visitor's business, so the host never sees them.
 */
function hostCoverText(t: Reader['t'], visit: Visit): string {
  const plans = visit.visitorKeys.map((k) => visit.cover[k]);
  return t(plans.every((p) => p?.kind === 'not-needed') ? 'visits.confirm.coverNotNeeded' : 'visits.confirm.coverArranged');
}

/** The confirmation one participant gets: the facts in their language and zone, and the calendar file. */
async function confirmation(deps: CoreDeps, visit: Visit, key: string, r: Reader, occasion: ConfirmOccasion): Promise<OutboundMessage> {
  const { t } = r;
  const names = await namesOf(deps, visit);
  const when = slotText(visit.slot!, r.zone, r.language);
  const isHost = key === visit.hostKey;
  const others = visit.visitorKeys.map((k, i) => (k === key ? undefined : names.visitors[i])).filter((n): n is string => !!n);
  const question = await questionFor(deps, visit, key);
  const own = visit.cover[key];
  const facts = [
    { label: t('visits.answer.when'), value: when },
    isHost ? { label: t('visits.confirm.visitors'), value: namesText(names.visitors, t) } : { label: t('visits.confirm.host'), value: names.host },
    ...(!isHost && others.length > 0 ? [{ label: t('visits.confirm.with'), value: namesText(others, t) }] : []),
    { label: t('visits.answer.formLabel'), value: formLabel(t, visit.form) },
    ...(question ? [{ label: t('visits.answer.question'), value: question }] : []),
    { label: t('visits.confirm.cover'), value: isHost || !own ? hostCoverText(t, visit) : coverSummary(t, own) },
  ];
  const intro = isHost
    ? t(occasion === 'moved' ? 'visits.confirm.hostMoved' : 'visits.confirm.hostIntro', { names: namesText(names.visitors, t), when })
    : t(occasion === 'moved' ? 'visits.confirm.visitorMoved' : 'visits.confirm.visitorIntro', { host: names.host, when });
  const next = t('visits.confirm.next');
  const url = visitIcsUrl(deps, visit);
  return {
    text: [intro, ...facts.map((f) => t('visits.answer.factLine', { label: f.label, value: f.value })), next, t('visits.answer.factLine', { label: t('visits.confirm.calendar'), value: url })].join('\n'),
    card: {
      title: t(occasion === 'moved' ? 'visits.confirm.movedTitle' : 'visits.confirm.title'),
      blocks: [text(intro), { type: 'facts', facts }, text(next, true), { type: 'links', links: [link(t('visits.confirm.calendar'), url)] }],
    },
  };
}

/**
 * The one line facilitators and directors get about a confirmed visit. After a move it says "moved to", so it does not
 * read like a second visit (the old time is no longer on the visit by then).
 */
async function noticeLine(deps: CoreDeps, visit: Visit, r: Reader, withCover: boolean, occasion: ConfirmOccasion): Promise<string> {
  const { t } = r;
  const names = await namesOf(deps, visit);
  const when = slotText(visit.slot!, r.zone, r.language);
  const line = t(occasion === 'moved' ? 'visits.confirm.noticeMoved' : 'visits.confirm.notice', { visitors: namesText(names.visitors, t), host: names.host, when, form: formLabel(t, visit.form) });
  if (!withCover) return line;
  const covers = visit.visitorKeys.map((k, i) => {
    const plan = visit.cover[k];
    return plan ? `${names.visitors[i]} (${coverSummary(t, plan)})` : undefined;
  });
  return [line, t('visits.confirm.coverLine', { cover: covers.filter(Boolean).join('; ') })].join('\n');
}

/** Who hears about a confirmed visit besides its participants: the group's facilitators and, when asked, directors. */
async function onlookers(deps: CoreDeps, visit: Visit, group: Group): Promise<{ facilitators: string[]; directors: string[] }> {
  const members = await activeMembers(deps, group.id);
  const skip = new Set(participantsOf(visit));
  const facilitators = members.filter((m) => m.membership.role === 'facilitator' && !skip.has(m.membership.personKey)).map((m) => m.membership.personKey);
  if (!visitSettingsOf(group).informDirector) return { facilitators, directors: [] };
  const schools = new Set<string>();
  for (const key of visit.visitorKeys) {
    const person = await deps.storage.people.get(key);
    // Without a known school there is no director to find; the group itself is not a school.
    if (person?.school?.trim()) schools.add(schoolKey(person, group.id));
  }
  const directors = members
    .filter((m) => m.person?.schoolRole === 'director' && m.person.school?.trim() && schools.has(schoolKey(m.person, group.id)))
    .map((m) => m.membership.personKey)
    .filter((k) => !skip.has(k) && !facilitators.includes(k));
  return { facilitators, directors };
}

/**
 * Confirms a visit whose every visitor has a cover plan: marks the requests matched, sends both sides the
 * confirmation with the calendar file, tells the facilitators (and the directors when the group asks for it) and
 * plans the reminders. A failing reminder plan is logged and never takes the confirmation back.
 */
export async function confirmVisit(deps: CoreDeps, visit: Visit, group: Group, asked: ConfirmOccasion = 'new'): Promise<Visit> {
  // A visit that was confirmed before is confirmed again at a new time, whatever the caller passed.
  const occasion: ConfirmOccasion = asked === 'moved' || visit.confirmedAt ? 'moved' : 'new';
  const now = deps.clock.now().toISOString();
  const confirmed: Visit = { ...visit, status: 'confirmed', confirmedAt: now, sequence: visit.sequence + 1, updatedAt: now };
  delete confirmed.answerBy;
  await deps.storage.visits.save(confirmed);
  for (const id of confirmed.requestIds) {
    const request = await deps.storage.visitRequests.get(id);
    if (request && request.status === 'open') await deps.storage.visitRequests.save({ ...request, status: 'matched', updatedAt: now });
  }
  for (const key of participantsOf(confirmed)) await tell(deps, group, key, (r) => confirmation(deps, confirmed, key, r, occasion));
  const { facilitators, directors } = await onlookers(deps, confirmed, group);
  for (const key of facilitators) await tell(deps, group, key, async (r) => ({ text: await noticeLine(deps, confirmed, r, false, occasion) }));
  for (const key of directors) await tell(deps, group, key, async (r) => ({ text: await noticeLine(deps, confirmed, r, true, occasion) }));
  deps.logger.info('visits: visit confirmed', { visitId: confirmed.id, groupId: group.id, occasion });
  await guarded(deps, 'planning the reminders', confirmed.id, () => planVisitReminders(deps, confirmed));
  return confirmed;
}
