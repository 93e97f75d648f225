import type { CoreDeps } from '../../app/context.js';
import { DEFAULT_LANGUAGE } from '../../i18n/languages.js';
import { personKey, type Actor, type Address } from '../../model/events.js';
import type { Person } from '../../ports/storage.js';
import type { Group, GroupRole } from './group.js';

/** Default time zone of new people and groups. */
export const DEFAULT_ZONE = 'Europe/Brussels';

/** Loads a person's profile, creating it on first sight; keeps the name the platform reports. */
export async function ensurePerson(deps: CoreDeps, channel: string, actor: Actor): Promise<{ person: Person; isNew: boolean }> {
  const key = personKey(channel, actor.tenantId, actor.id);
  const existing = await deps.storage.people.get(key);
  const now = deps.clock.now().toISOString();
  if (existing) {
    if (actor.name && actor.name !== existing.name) {
      const renamed = { ...existing, name: actor.name, updatedAt: now };
      await deps.storage.people.save(renamed);
      return { person: renamed, isNew: false };
    }
    return { person: existing, isNew: false };
  }
  const person: Person = {
    key,
    channel,
    tenantId: actor.tenantId,
    userId: actor.id,
    ...(actor.name ? { name: actor.name } : {}),
    language: DEFAULT_LANGUAGE,
    timeZone: DEFAULT_ZONE,
    createdAt: now,
    updatedAt: now,
  };
  await deps.storage.people.save(person);
  return { person, isNew: true };
}

/** Adds a person to a group (or reactivates them), keeping an existing role unless one is given. */
export async function addMember(deps: CoreDeps, group: Group, actor: Actor, role?: GroupRole): Promise<boolean> {
  const { person } = await ensurePerson(deps, group.channel, { ...actor, tenantId: group.tenantId });
  const existing = await deps.storage.memberships.get(group.id, person.key);
  if (existing?.active && (!role || existing.role === role)) return false;
  await deps.storage.memberships.save({
    groupId: group.id,
    personKey: person.key,
    role: role ?? existing?.role ?? 'member',
    active: true,
    joinedAt: existing?.active ? existing.joinedAt : deps.clock.now().toISOString(),
  });
  return !existing?.active;
}

/** Marks a person as having left; their history stays. */
export async function removeMember(deps: CoreDeps, group: Group, userId: string): Promise<void> {
  const key = personKey(group.channel, group.tenantId, userId);
  const existing = await deps.storage.memberships.get(group.id, key);
  if (!existing?.active) return;
  await deps.storage.memberships.save({ ...existing, active: false, leftAt: deps.clock.now().toISOString() });
}

/**
 * Brings a group's members in line with the channel roster. People no longer in the roster become
 * inactive; an empty or failing roster changes nothing, so a platform hiccup never empties a group.
 */
export async function syncRoster(deps: CoreDeps, group: Group, address: Address): Promise<{ added: number; removed: number; total: number }> {
  let roster;
  try {
    roster = await deps.directory.listMembers(address);
  } catch (error) {
    deps.logger.warn('roster: could not read members', { groupId: group.id, error: error instanceof Error ? error.message : String(error) });
    return { added: 0, removed: 0, total: 0 };
  }
  if (roster.length === 0) return { added: 0, removed: 0, total: 0 };
  let added = 0;
  for (const member of roster) if (await addMember(deps, group, { id: member.id, tenantId: group.tenantId, ...(member.name ? { name: member.name } : {}) })) added++;
  const present = new Set(roster.map((m) => personKey(group.channel, group.tenantId, m.id)));
  let removed = 0;
  for (const m of await deps.storage.memberships.listByGroup(group.id)) {
    // Guests come from other organisations and are often not in the channel roster; they stay.
    if (m.active && m.role !== 'guest' && !present.has(m.personKey)) {
      await deps.storage.memberships.save({ ...m, active: false, leftAt: deps.clock.now().toISOString() });
      removed++;
    }
  }
  return { added, removed, total: roster.length };
}
