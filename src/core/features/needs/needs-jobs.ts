import type { CoreDeps } from '../../app/context.js';
import { sendToPerson } from '../../app/direct-messages.js';
import { activeMembers } from '../groups/group-access.js';
import type { Group } from '../groups/group.js';
import { quietUntil } from '../reminders/quiet-hours.js';
import { invitation } from './needs-cards.js';
import { needsT } from './needs-translate.js';
import { closingDate } from './needs-time.js';
import { sendResultsToFacilitators } from './results/needs-results.js';
import { NEEDS_LIMITS, type NeedsRound } from './needs.js';

/** Reminder job of a round: `needs-remind:<roundId>`; one job handles every member. */
export const REMIND_PREFIX = 'needs-remind:';
/** Closing job of a round: `needs-close:<roundId>` at closesAt. */
export const CLOSE_PREFIX = 'needs-close:';

export const remindJobId = (roundId: string): string => `${REMIND_PREFIX}${roundId}`;
export const closeJobId = (roundId: string): string => `${CLOSE_PREFIX}${roundId}`;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When reminders go out: 3 days and 1 day before closing (only the ones after the start). A member's reminder
 * that falls in their quiet hours is deferred to the end of those hours if that is still before closing,
 * otherwise dropped. At most NEEDS_LIMITS.reminders per member.
 */
export function reminderSlots(round: Pick<NeedsRound, 'closesAt' | 'createdAt'>): number[] {
  const closes = Date.parse(round.closesAt);
  const created = Date.parse(round.createdAt);
  return [closes - 3 * DAY_MS, closes - DAY_MS].filter((at) => at > created).slice(0, NEEDS_LIMITS.reminders);
}

/** The next reminder slot after `now`, if any. */
export function nextSlot(round: Pick<NeedsRound, 'closesAt' | 'createdAt'>, now: Date): Date | undefined {
  const next = reminderSlots(round).find((at) => at > now.getTime());
  return next === undefined ? undefined : new Date(next);
}

/** Schedules a round's closing and its next reminder. */
export function armRound(deps: CoreDeps, round: NeedsRound): number {
  deps.scheduler.schedule(closeJobId(round.id), new Date(round.closesAt));
  const next = nextSlot(round, deps.clock.now());
  if (next) deps.scheduler.schedule(remindJobId(round.id), next);
  return next ? 2 : 1;
}

/**
 * The reminder job: every active member without a named answer who is behind on the reminder slots due by now
 * gets one reminder (a late one covers the missed slot too, so nobody gets two at once). Running it again changes
 * nothing. Anonymous answerers cannot be recognised, so the reminder says they may ignore it.
 */
export async function runRemindJob(deps: CoreDeps, jobId: string): Promise<void> {
  const round = await deps.storage.needsRounds.get(jobId.slice(REMIND_PREFIX.length));
  if (!round || round.status !== 'open') return;
  const now = deps.clock.now();
  const closes = Date.parse(round.closesAt);
  if (now.getTime() >= closes) return;
  const group = await deps.storage.groups.get(round.groupId);
  if (!group) return;
  const due = reminderSlots(round).filter((at) => at <= now.getTime()).length;
  const sent: Record<string, number> = { ...round.remindersSent };
  const deferred: number[] = [];
  let reminded = 0;
  for (const member of await activeMembers(deps, group.id)) {
    const key = member.membership.personKey;
    if ((sent[key] ?? 0) >= due) continue;
    if (await deps.storage.needsAnswers.findNamed(round.id, key)) continue;
    const quiet = quietUntil(now, member.person?.quietHours, member.person?.timeZone ?? group.timeZone);
    if (quiet) {
      if (quiet.getTime() < closes) deferred.push(quiet.getTime());
      continue;
    }
    const t = needsT(member.person?.language ?? 'nl');
    const date = closingDate(round, group, member.person?.language ?? 'nl');
    const card = invitation(t, round.id, group.name, date, round.allowAnonymous);
    const line = t('needs.remind.text', { group: group.name, date });
    const result = await sendToPerson(deps, key, { text: line, card: { ...card.card!, blocks: [{ type: 'text', text: line }] } }, group);
    if (!result.ok) deps.logger.info('needs: reminder did not arrive', { roundId: round.id, reason: result.reason });
    sent[key] = due;
    reminded++;
  }
  if (reminded > 0) await deps.storage.needsRounds.save({ ...round, remindersSent: sent });
  deps.logger.info('needs: reminders', { roundId: round.id, reminded, deferred: deferred.length });
  const next = [nextSlot(round, now)?.getTime(), ...deferred].filter((at): at is number => at !== undefined && at < closes);
  if (next.length > 0) deps.scheduler.schedule(jobId, new Date(Math.min(...next)));
}

/** Active facilitators of a group, with their profiles. */
async function facilitators(deps: CoreDeps, group: Group) {
  return (await activeMembers(deps, group.id)).filter((m) => m.membership.role === 'facilitator');
}

/** The closing job: closes the round, tells the facilitators privately how many answered, then sends them the results (or that they are withheld). */
export async function runCloseJob(deps: CoreDeps, jobId: string): Promise<void> {
  const round = await deps.storage.needsRounds.get(jobId.slice(CLOSE_PREFIX.length));
  if (!round || round.status !== 'open') return;
  const now = deps.clock.now();
  if (now.getTime() < Date.parse(round.closesAt)) {
    deps.scheduler.schedule(jobId, new Date(round.closesAt));
    return;
  }
  await deps.storage.needsRounds.save({ ...round, status: 'closed', closedAt: now.toISOString() });
  deps.scheduler.cancel(remindJobId(round.id));
  const group = await deps.storage.groups.get(round.groupId);
  if (!group) return;
  const count = (await deps.storage.needsAnswers.listByRound(round.id)).length;
  const members = (await activeMembers(deps, group.id)).length;
  deps.logger.info('needs: round closed', { roundId: round.id, count });
  for (const f of await facilitators(deps, group)) {
    const t = needsT(f.person?.language ?? 'nl');
    await sendToPerson(deps, f.membership.personKey, { text: t('needs.close.facilitator', { group: group.name, count, members }) }, group);
  }
  await sendResultsToFacilitators(deps, { ...round, status: 'closed' }, group);
}

/** At start: arms every open round again (a past closing runs at once); returns how many jobs. */
export async function rearmNeeds(deps: CoreDeps): Promise<number> {
  let armed = 0;
  for (const round of await deps.storage.needsRounds.listOpen()) armed += armRound(deps, round);
  return armed;
}
