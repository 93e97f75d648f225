import { DateTime } from 'luxon';
import type { ActionHandler, CoreDeps, HandlerContext } from '../../../app/context.js';
import { sendToPerson } from '../../../app/direct-messages.js';
import { DEFAULT_LANGUAGE } from '../../../i18n/languages.js';
import { translator, type Translate } from '../../../i18n/translate.js';
import type { ActionEvent } from '../../../model/events.js';
import { button, text, type ActionButton, type CardBlock, type OutboundMessage } from '../../../model/message.js';
import { activeMembers, displayName, requireFacilitator, type Member } from '../../groups/group-access.js';
import type { Group } from '../../groups/group.js';
import { sameTenant } from '../../moments/moment-access.js';
import { STARTER_ACTIONS } from '../starter-actions.js';
import type { StarterPost } from '../starter.js';
import { facilitatorsOf, facilitates, quietFor } from './facilitator-access.js';
import { armJob, doneJob, jobDue } from './job-index.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A member is flagged to the facilitators at most once in this many days. */
export const FLAG_EVERY_DAYS = 30;
/** A starter counts as left unanswered only once it has been out this long. */
export const STARTER_GRACE_DAYS = 3;
/** A facilitator sends one member at most one check-in a day (a double click sends one). */
const CHECK_IN_EVERY_MS = DAY_MS;
/** The most check-in buttons one card carries. */
export const MAX_CHECK_IN_BUTTONS = 10;

/** Why a member is flagged. */
export interface DropoffFlag {
  member: Member;
  /** Their RSVP to the group's last two past moments was "no" or missing. */
  missedMoments: boolean;
  /** No named answer and no finished reflection on the group's last three starters. */
  unansweredStarters: boolean;
}

/** Posts that went out (open or closed), newest first. */
export async function postedPosts(deps: CoreDeps, groupId: string): Promise<StarterPost[]> {
  return (await deps.storage.starterPosts.listByGroup(groupId))
    .filter((p) => p.status !== 'scheduled' && p.postedAt)
    .sort((a, b) => b.postedAt!.localeCompare(a.postedAt!));
}

/** Person keys with a named answer, per post. */
export async function namedAuthors(deps: CoreDeps, posts: StarterPost[]): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  for (const post of posts) {
    const keys = new Set<string>();
    for (const a of await deps.storage.starterAnswers.listByPost(post.id)) if (!a.anonymous && a.personKey) keys.add(a.personKey);
    out.set(post.id, keys);
  }
  return out;
}

/** True when the person answered by name or finished the guided reflection (shared or kept private). */
export async function tookPart(deps: CoreDeps, post: StarterPost, personKey: string, named: Map<string, Set<string>>): Promise<boolean> {
  if (named.get(post.id)?.has(personKey)) return true;
  return (await deps.storage.reflections.get(post.id, personKey))?.status === 'finished';
}

/**
 * Members (not facilitators or guests) who missed the group's last two past moments (RSVP "no" or none) or left its last
 * three starters (out for at least STARTER_GRACE_DAYS) without a named answer or a finished reflection. Only moments and
 * starters after they joined count.
 */
export async function findDropoffs(deps: CoreDeps, group: Group, now: Date): Promise<DropoffFlag[]> {
  const members = (await activeMembers(deps, group.id)).filter((m) => m.membership.role === 'member');
  if (members.length === 0) return [];
  const pastMoments = (await deps.storage.moments.listByGroup(group.id))
    .filter((m) => m.status === 'planned' && Date.parse(m.end) <= now.getTime())
    .sort((a, b) => b.start.localeCompare(a.start))
    .slice(0, 2);
  const posts = (await postedPosts(deps, group.id)).filter((p) => Date.parse(p.postedAt!) <= now.getTime() - STARTER_GRACE_DAYS * DAY_MS).slice(0, 3);
  const named = await namedAuthors(deps, posts);
  const flags: DropoffFlag[] = [];
  for (const member of members) {
    const key = member.membership.personKey;
    const joined = Date.parse(member.membership.joinedAt);
    const missedMoments =
      pastMoments.length === 2 && pastMoments.every((m) => Date.parse(m.start) >= joined && (m.rsvps[key]?.answer ?? 'no') === 'no');
    let unansweredStarters = posts.length === 3 && posts.every((p) => Date.parse(p.postedAt!) >= joined);
    for (const post of unansweredStarters ? posts : []) {
      if (await tookPart(deps, post, key, named)) {
        unansweredStarters = false;
        break;
      }
    }
    if (missedMoments || unansweredStarters) flags.push({ member, missedMoments, unansweredStarters });
  }
  return flags;
}

const flagId = (groupId: string, personKey: string): string => `starter-dropoff:${groupId}:${personKey}`;

/** When the member was last flagged to the facilitators of the group. */
export async function lastFlagged(deps: CoreDeps, groupId: string, personKey: string): Promise<Date | undefined> {
  const at = (await deps.storage.drafts.get(flagId(groupId, personKey)))?.data['flaggedAt'];
  return typeof at === 'string' ? new Date(at) : undefined;
}

/** Records a flag unless the member was flagged in the last FLAG_EVERY_DAYS; true when it is new. */
export async function markFlagged(deps: CoreDeps, groupId: string, personKey: string, now: Date): Promise<boolean> {
  const last = await lastFlagged(deps, groupId, personKey);
  if (last && now.getTime() - last.getTime() < FLAG_EVERY_DAYS * DAY_MS) return false;
  await deps.storage.drafts.save({ id: flagId(groupId, personKey), personKey, kind: 'starter-dropoff', data: { flaggedAt: now.toISOString() }, createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + 60 * 24 * 60 * 60 * 1000).toISOString() });
  return true;
}

const firstName = (name: string): string => name.trim().split(/\s+/)[0] ?? name;

/** The check-in a facilitator can send with one click, in the member's own language. */
export function checkInText(memberName: string, facilitatorName: string, groupName: string, t: Translate): string {
  return t('results.checkin.message', { name: firstName(memberName), facilitator: facilitatorName.trim() || t('results.checkin.someone'), group: groupName });
}

/** Why a member is flagged, for the facilitator. */
export function flagReason(flag: DropoffFlag, t: Translate): string {
  const name = displayName(flag.member);
  if (flag.missedMoments && flag.unansweredStarters) return t('results.dropoff.both', { name });
  return flag.missedMoments ? t('results.dropoff.missedMoments', { name }) : t('results.dropoff.unansweredStarters', { name });
}

/** The check-in button for a member. */
export const checkInButton = (groupId: string, member: Member, t: Translate): ActionButton =>
  button(STARTER_ACTIONS.checkIn, t('results.button.checkIn', { name: firstName(displayName(member)) }), { value: `${groupId}|${member.membership.personKey}` });

/** Warning blocks for flagged members: why, and the suggested message (as the member would get it). */
export function flagBlocks(group: Group, flags: DropoffFlag[], facilitatorName: string, t: Translate): CardBlock[] {
  const blocks: CardBlock[] = [];
  for (const flag of flags) {
    const memberT = translator(flag.member.person?.language ?? DEFAULT_LANGUAGE);
    blocks.push(text(flagReason(flag, t)));
    blocks.push(text(`${t('results.dropoff.suggestion')} _${checkInText(displayName(flag.member), facilitatorName, group.name, memberT)}_`, true));
  }
  return blocks;
}

/** The private warning to one facilitator. */
function warningMessage(group: Group, flags: DropoffFlag[], facilitatorName: string, t: Translate): OutboundMessage {
  const title = t('results.dropoff.title', { group: group.name });
  return {
    text: title,
    card: {
      title,
      blocks: [text(t('results.dropoff.intro')), ...flagBlocks(group, flags, facilitatorName, t)],
      actions: flags.slice(0, MAX_CHECK_IN_BUTTONS).map((f) => checkInButton(group.id, f.member, t)),
    },
  };
}

/** Monday 16:00 in the group's zone, after `now`: after school, at the start of the week. */
export function nextWeeklyCheck(now: Date, zone: string): Date {
  const local = DateTime.fromJSDate(now, { zone });
  const base = local.isValid ? local : DateTime.fromJSDate(now, { zone: 'UTC' });
  let at = base.startOf('week').set({ hour: 16, minute: 0, second: 0, millisecond: 0 });
  if (at <= base) at = at.plus({ weeks: 1 });
  return at.toJSDate();
}

const weeklyId = (groupId: string): string => `dropoff:${groupId}`;
const deliveryId = (groupId: string, facilitatorKey: string): string => `dropoff:${groupId}|${facilitatorKey}`;

/** Makes sure the group's weekly drop-off check is scheduled (once the group has starters or looks at participation). */
export async function ensureDropoffJob(deps: CoreDeps, groupId: string): Promise<void> {
  if (await jobDue(deps, weeklyId(groupId))) return;
  const group = await deps.storage.groups.get(groupId);
  if (group) await armJob(deps, weeklyId(groupId), nextWeeklyCheck(deps.clock.now(), group.timeZone));
}

/** Sends a facilitator the flags of the last week, or waits until their quiet hours end. True when done with them. */
async function deliver(deps: CoreDeps, group: Group, facilitatorKey: string, flags: DropoffFlag[]): Promise<void> {
  const now = deps.clock.now();
  const person = await deps.storage.people.get(facilitatorKey);
  const until = quietFor(person, now);
  if (until) {
    await armJob(deps, deliveryId(group.id, facilitatorKey), until);
    return;
  }
  const t = translator(person?.language ?? DEFAULT_LANGUAGE);
  const result = await sendToPerson(deps, facilitatorKey, warningMessage(group, flags, person?.name ?? '', t), group);
  deps.logger.info('starters: drop-off warning', { groupId: group.id, members: flags.length, delivered: result.ok, ...(result.ok ? {} : { reason: result.reason }) });
}

/**
 * `dropoff:<groupId>` (weekly): flags members who dropped off and were not flagged in the last 30 days, and warns each
 * facilitator (in their own quiet-hours-aware time). `dropoff:<groupId>|<facilitator>`: the delayed warning of one
 * facilitator, with whoever was flagged in the last week and still is.
 */
export async function runDropoffJob(deps: CoreDeps, id: string): Promise<void> {
  const rest = id.slice('dropoff:'.length);
  const cut = rest.indexOf('|');
  const groupId = cut < 0 ? rest : rest.slice(0, cut);
  const group = await deps.storage.groups.get(groupId);
  if (!group) return doneJob(deps, id);
  const now = deps.clock.now();
  if (cut >= 0) {
    const facilitatorKey = rest.slice(cut + 1);
    await doneJob(deps, id);
    if (!(await facilitates(deps, group.id, facilitatorKey))) return;
    const recent: DropoffFlag[] = [];
    for (const flag of await findDropoffs(deps, group, now)) {
      const last = await lastFlagged(deps, group.id, flag.member.membership.personKey);
      if (last && now.getTime() - last.getTime() < 7 * DAY_MS) recent.push(flag);
    }
    if (recent.length > 0) await deliver(deps, group, facilitatorKey, recent);
    return;
  }
  const due = await jobDue(deps, id);
  if (due && due.getTime() > now.getTime()) {
    deps.scheduler.schedule(id, due);
    return;
  }
  const fresh: DropoffFlag[] = [];
  for (const flag of await findDropoffs(deps, group, now)) if (await markFlagged(deps, group.id, flag.member.membership.personKey, now)) fresh.push(flag);
  if (fresh.length > 0) for (const facilitatorKey of await facilitatorsOf(deps, group.id)) await deliver(deps, group, facilitatorKey, fresh);
  // The group still exists: check again next week.
  await armJob(deps, id, nextWeeklyCheck(now, group.timeZone));
}

const checkInMarker = (groupId: string, personKey: string): string => `starter-checkin:${groupId}:${personKey}`;

/** `<groupId>|<personKey>`. */
function parseCheckIn(value: string | undefined): { groupId: string; personKey: string } | undefined {
  const cut = value?.indexOf('|') ?? -1;
  if (!value || cut <= 0 || cut === value.length - 1) return undefined;
  return { groupId: value.slice(0, cut), personKey: value.slice(cut + 1) };
}

/** The one-click check-in: a friendly private message from the facilitator to one member. */
async function checkIn(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const parsed = parseCheckIn(ctx.event.value);
  const group = parsed ? await ctx.deps.storage.groups.get(parsed.groupId) : undefined;
  if (!parsed || !group || !sameTenant(group, ctx.person)) return ctx.reply({ text: ctx.t('results.notFound') });
  if (!(await requireFacilitator(ctx, group))) return;
  const membership = await ctx.deps.storage.memberships.get(group.id, parsed.personKey);
  const person = await ctx.deps.storage.people.get(parsed.personKey);
  const name = person?.name ?? parsed.personKey.split(':').pop() ?? '?';
  if (!membership?.active) return ctx.reply({ text: ctx.t('results.checkin.notMember', { name, group: group.name }) });
  const now = ctx.deps.clock.now();
  const marker = await ctx.deps.storage.drafts.get(checkInMarker(group.id, parsed.personKey));
  const lastAt = typeof marker?.data['at'] === 'string' ? Date.parse(marker.data['at']) : NaN;
  if (!Number.isNaN(lastAt) && now.getTime() - lastAt < CHECK_IN_EVERY_MS) return ctx.reply({ text: ctx.t('results.checkin.already', { name }) });
  await ctx.deps.storage.drafts.save({ id: checkInMarker(group.id, parsed.personKey), personKey: parsed.personKey, kind: 'starter-checkin', data: { at: now.toISOString() }, createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + 60 * 24 * 60 * 60 * 1000).toISOString() });
  const memberT = translator(person?.language ?? DEFAULT_LANGUAGE);
  const message = checkInText(name, ctx.person.name ?? '', group.name, memberT);
  const result = await sendToPerson(ctx.deps, parsed.personKey, { text: message }, group);
  if (!result.ok) {
    await ctx.deps.storage.drafts.delete(checkInMarker(group.id, parsed.personKey));
    ctx.deps.logger.info('starters: check-in did not arrive', { groupId: group.id, reason: result.reason });
    return ctx.reply({ text: ctx.t('results.checkin.failed', { name }) });
  }
  await ctx.reply({ text: ctx.t('results.checkin.sent', { name }) });
}

/** The check-in button. */
export const checkInActions: ActionHandler[] = [{ id: STARTER_ACTIONS.checkIn, run: checkIn }];
