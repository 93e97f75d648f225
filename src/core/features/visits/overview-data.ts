import { DateTime } from 'luxon';
import type { CoreDeps } from '../../app/context.js';
import type { Storage } from '../../ports/storage.js';
import { activeMembers } from '../groups/group-access.js';
import type { Group, GroupRole, SchoolRole } from '../groups/group.js';
import { suggestHosts, whyUnmatched, type UnmatchedReason } from './matching/index.js';
import { inTerm, termOf, type Term } from './term.js';
import { loadMatchInput } from './visit-access.js';
import { ACTIVE_VISIT_STATUSES, visitSettingsOf, type Visit, type VisitRequest } from './visit.js';

/** One member against the term's target. */
export interface MemberTally {
  personKey: string;
  name: string;
  school?: string;
  role: GroupRole;
  /** The school role from the profile, when filled in. */
  schoolRole?: SchoolRole;
  /** Visits this term that took place (done, or confirmed and over), as visitor and as host. */
  asVisitor: number;
  asHost: number;
  /** The target is about this member (see isMeasured); the others are listed but never counted as lagging. */
  measured: boolean;
  /** Below the term's target, for the people the target is about. */
  belowTarget: boolean;
  /** Confirmed visits still to come (any term). */
  upcoming: number;
}

/** An open request that is not waiting on a visit. */
export interface OpenRequest {
  request: VisitRequest;
  name: string;
  ageDays: number;
  /** Set when matching finds no host for it now. */
  unmatched?: UnmatchedReason;
}

/** What the facilitators' overview shows, read once for the card and the CSV alike. */
export interface OverviewData {
  group: Group;
  term?: Term;
  target: number;
  members: MemberTally[];
  upcoming: Visit[];
  openRequests: OpenRequest[];
  /** Accepted visits still missing a cover plan, with the visitors who have to record one. */
  pendingCover: Array<{ visit: Visit; missing: string[] }>;
  /** Proposals waiting for an answer, with who should answer. */
  waiting: Array<{ visit: Visit; answerers: string[] }>;
  /** Display name of every person key met (members, and people who left but appear in visits). */
  names: Map<string, string>;
  schools: Map<string, string>;
}

/** True when the visit took place: marked done, or confirmed and its time is over. */
export const tookPlace = (visit: Visit, now: Date): boolean =>
  visit.status === 'done' || (visit.status === 'confirmed' && !!visit.slot && Date.parse(visit.slot.end) <= now.getTime());

/**
 * The target is about teachers: teachers and student-teachers, and people who did not fill in a role. A pedagogical
 * adviser, director or care coordinator in the group is listed but not flagged as lagging behind.
 */
export const countsTowardTarget = (schoolRole: SchoolRole | undefined): boolean => schoolRole === undefined || schoolRole === 'teacher' || schoolRole === 'student-teacher';

/**
 * Whether the target is about a member: their school role counts (see countsTowardTarget), except that a facilitator
 * without a filled-in role is taken to be a coach, not a teacher being measured.
 */
export const isMeasured = (role: GroupRole, schoolRole: SchoolRole | undefined): boolean =>
  countsTowardTarget(schoolRole) && !(role === 'facilitator' && schoolRole === undefined);

/** Whole days between an instant and now. */
const daysSince = (iso: string, now: Date): number => Math.max(0, Math.floor((now.getTime() - Date.parse(iso)) / 86_400_000));

/** Names and schools of a group's people, only ever from profiles of the group's own tenant. */
async function profilesOf(storage: Storage, group: Group, keys: Iterable<string>): Promise<{ names: Map<string, string>; schools: Map<string, string>; roles: Map<string, SchoolRole> }> {
  const names = new Map<string, string>();
  const schools = new Map<string, string>();
  const roles = new Map<string, SchoolRole>();
  for (const key of new Set(keys)) {
    const person = await storage.people.get(key);
    const own = person && person.tenantId === group.tenantId && person.channel === group.channel;
    names.set(key, (own && person.name) || key.split(':').pop() || '?');
    if (own && person.school?.trim()) schools.set(key, person.school.trim());
    if (own && person.schoolRole) roles.set(key, person.schoolRole);
  }
  return { names, schools, roles };
}

/** Reads the overview of a group at `now`: the current term's tallies, and everything still waiting on someone. */
export async function loadOverview(deps: CoreDeps, group: Group): Promise<OverviewData> {
  const now = deps.clock.now();
  const today = DateTime.fromJSDate(now, { zone: group.timeZone }).toISODate()!;
  const term = termOf(today, group.community);
  const settings = visitSettingsOf(group);
  const members = (await activeMembers(deps, group.id)).filter((m) => m.membership.role !== 'guest');
  const input = await loadMatchInput(deps, group);
  const visits = input.visits;
  const { names, schools, roles } = await profilesOf(deps.storage, group, [...members.map((m) => m.membership.personKey), ...visits.flatMap((v) => [v.hostKey, ...v.visitorKeys])]);
  const nameOf = (key: string): string => names.get(key) ?? '?';

  const counted = visits.filter((v) => tookPlace(v, now) && (!term || inTerm(term, v.slot?.date)));
  const upcoming = visits.filter((v) => v.status === 'confirmed' && v.slot && Date.parse(v.slot.end) > now.getTime()).sort((a, b) => a.slot!.start.localeCompare(b.slot!.start));
  const tallies: MemberTally[] = members.map((m) => {
    const key = m.membership.personKey;
    const asVisitor = counted.filter((v) => v.visitorKeys.includes(key)).length;
    const asHost = counted.filter((v) => v.hostKey === key).length;
    const measured = isMeasured(m.membership.role, roles.get(key));
    return {
      personKey: key,
      name: nameOf(key),
      ...(schools.has(key) ? { school: schools.get(key)! } : {}),
      role: m.membership.role,
      ...(roles.has(key) ? { schoolRole: roles.get(key)! } : {}),
      asVisitor,
      asHost,
      measured,
      belowTarget: measured && asVisitor + asHost < settings.targetPerTerm,
      upcoming: upcoming.filter((v) => v.hostKey === key || v.visitorKeys.includes(key)).length,
    };
  });
  tallies.sort((a, b) => Number(b.belowTarget) - Number(a.belowTarget) || a.name.localeCompare(b.name, 'nl'));

  const busy = new Set(visits.filter((v) => ACTIVE_VISIT_STATUSES.includes(v.status)).flatMap((v) => v.requestIds));
  const openRequests: OpenRequest[] = input.requests
    .filter((r) => !busy.has(r.id))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((request) => {
      const none = suggestHosts(input, request, 1).length === 0;
      return { request, name: nameOf(request.visitorKey), ageDays: daysSince(request.createdAt, now), ...(none ? { unmatched: whyUnmatched(input, request) } : {}) };
    });

  const bySlot = (a: Visit, b: Visit): number => (a.slot?.start ?? a.answerBy ?? '').localeCompare(b.slot?.start ?? b.answerBy ?? '');
  const pendingCover = visits
    .filter((v) => v.status === 'accepted')
    .sort(bySlot)
    .map((visit) => ({ visit, missing: visit.visitorKeys.filter((k) => !visit.cover[k]).map(nameOf) }));
  const waiting = visits
    .filter((v) => v.status === 'proposed')
    .sort(bySlot)
    .map((visit) => ({ visit, answerers: (visit.proposedBy === visit.hostKey ? visit.visitorKeys : [visit.hostKey]).map(nameOf) }));

  return { group, ...(term ? { term } : {}), target: settings.targetPerTerm, members: tallies, upcoming, openRequests, pendingCover, waiting, names, schools };
}
