import type { CoreDeps, HandlerContext } from '../../app/context.js';
import { activeMembers, groupOfConversation, groupsOfPerson, type Member } from '../groups/group-access.js';
import type { Group } from '../groups/group.js';
import { sameTenant } from '../moments/moment-access.js';
import type { MatchInput } from './matching/index.js';
import { visitsT } from './visits-translate.js';
import { schoolKey, visitSettingsOf, type Visit } from './visit.js';

/**
 * The groups a visit command can be about: the group of this channel, or, in a private chat, every group the person
 * is an active member of. Answers and returns [] when there is none.
 */
export async function visitGroupsFor(ctx: HandlerContext): Promise<Group[]> {
  const t = visitsT(ctx.person.language);
  if (ctx.event.address.scope !== 'personal') {
    const group = await groupOfConversation(ctx);
    if (!group) {
      await ctx.reply({ text: t('visits.noGroupHere') });
      return [];
    }
    const membership = await ctx.deps.storage.memberships.get(group.id, ctx.person.key);
    if (!membership?.active) {
      await ctx.reply({ text: t('visits.notMember', { group: group.name }) });
      return [];
    }
    return [group];
  }
  const mine = (await groupsOfPerson(ctx.deps, ctx.person)).map((g) => g.group);
  if (mine.length === 0) await ctx.reply({ text: t('visits.noGroups') });
  return mine;
}

const VISIT_ID = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * A visit by id and its group, when the person takes part in it (visitor or host) or facilitates its group and it
 * is in their tenant; otherwise answers "not found" (the same for an unknown id, so ids reveal nothing).
 */
export async function visitForPerson(ctx: HandlerContext, visitId: string | undefined, opts: { facilitatorToo?: boolean } = {}): Promise<{ visit: Visit; group: Group } | undefined> {
  // Ids are short and plain (newId); anything else is forged and never reaches storage.
  const visit = visitId && VISIT_ID.test(visitId) ? await ctx.deps.storage.visits.get(visitId) : undefined;
  const group = visit ? await ctx.deps.storage.groups.get(visit.groupId) : undefined;
  if (visit && group && sameTenant(group, ctx.person)) {
    if (visit.hostKey === ctx.person.key || visit.visitorKeys.includes(ctx.person.key)) return { visit, group };
    if (opts.facilitatorToo) {
      const membership = await ctx.deps.storage.memberships.get(group.id, ctx.person.key);
      if (membership?.active && membership.role === 'facilitator') return { visit, group };
    }
  }
  await ctx.reply({ text: visitsT(ctx.person.language)('visits.notFound') });
  return undefined;
}

/**
 * The group a submitted form or button is about (its id), when the person is an active member of it, with all their
 * groups; otherwise answers why not. Another tenant's group reads as unknown.
 */
export async function memberGroupById(ctx: HandlerContext, groupId: string): Promise<{ group: Group; mine: Group[] } | undefined> {
  const t = visitsT(ctx.person.language);
  const mine = (await groupsOfPerson(ctx.deps, ctx.person)).map((g) => g.group);
  const group = mine.find((g) => g.id === groupId);
  if (group) return { group, mine };
  const other = groupId ? await ctx.deps.storage.groups.get(groupId) : undefined;
  if (other && sameTenant(other, ctx.person)) await ctx.reply({ text: t('visits.notMember', { group: other.name }) });
  else await ctx.reply({ text: t(mine.length === 0 ? 'visits.noGroups' : 'visits.request.noGroup') });
  return undefined;
}

/** Reads what matching needs about a group: settings, active members' schools and offers, visits and open requests. */
export async function loadMatchInput(deps: CoreDeps, group: Group, members?: Member[]): Promise<MatchInput> {
  const active = members ?? (await activeMembers(deps, group.id));
  const people = new Map(active.map((m) => [m.membership.personKey, m.person]));
  const activeKeys = new Set(people.keys());
  return {
    group: { id: group.id, kind: group.kind, community: group.community, timeZone: group.timeZone, closedDays: group.closedDays, examPeriods: group.examPeriods },
    settings: visitSettingsOf(group),
    now: deps.clock.now(),
    schoolOf: (key) => schoolKey(people.get(key), group.id),
    schoolNameOf: (key) => people.get(key)?.school?.trim() || undefined,
    offers: (await deps.storage.hostOffers.listByGroup(group.id)).filter((o) => activeKeys.has(o.personKey)),
    visits: await deps.storage.visits.listByGroup(group.id),
    requests: (await deps.storage.visitRequests.listByGroup(group.id)).filter((r) => r.status === 'open' && activeKeys.has(r.visitorKey)),
  };
}

/** The person keys of a visit's participants: the visitors, then the host. */
export const participantsOf = (visit: Pick<Visit, 'visitorKeys' | 'hostKey'>): string[] => [...visit.visitorKeys, visit.hostKey];

/** The other side of a visit for one participant (the host for a visitor; the visitors for the host). */
export const otherSideOf = (visit: Pick<Visit, 'visitorKeys' | 'hostKey'>, personKey: string): string[] =>
  visit.hostKey === personKey ? [...visit.visitorKeys] : [visit.hostKey];

/** Display name of a person key, falling back to the user id. */
export async function nameOf(deps: CoreDeps, personKey: string): Promise<string> {
  return (await deps.storage.people.get(personKey))?.name ?? personKey.split(':').pop() ?? '?';
}
