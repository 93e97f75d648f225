import type { CoreDeps } from '../../app/context.js';
import { sendToPerson } from '../../app/direct-messages.js';
import { translator } from '../../i18n/translate.js';
import type { Person } from '../../ports/storage.js';
import { activeMembers, groupsOfPerson } from '../groups/group-access.js';
import type { Group } from '../groups/group.js';
import { unreachableNotice } from './reminder-cards.js';

/**
 * Marks a person the platform says is gone (blocked or removed the bot, or never reachable) and tells the
 * facilitators of each of their groups, once: only the change from reachable to unreachable sends notices.
 * Returns whether this call made the change (and so sent the notices).
 */
export async function markUnreachable(deps: CoreDeps, personKey: string, detail: string | undefined): Promise<boolean> {
  const person = await deps.storage.people.get(personKey);
  if (!person || person.unreachableSince) return false;
  const now = deps.clock.now().toISOString();
  await deps.storage.people.save({ ...person, unreachableSince: now, updatedAt: now });
  deps.logger.warn('reminders: recipient unreachable, facilitators told', { personKey, detail });
  await tellFacilitators(deps, person);
  return true;
}

/** One direct message per facilitator, listing the groups they share with the person. */
async function tellFacilitators(deps: CoreDeps, person: Person): Promise<void> {
  const byFacilitator = new Map<string, { facilitator: Person; groups: Group[] }>();
  for (const { group } of await groupsOfPerson(deps, person)) {
    for (const member of await activeMembers(deps, group.id)) {
      const facilitator = member.person;
      if (member.membership.role !== 'facilitator' || !facilitator || facilitator.key === person.key || facilitator.unreachableSince) continue;
      const entry = byFacilitator.get(facilitator.key) ?? { facilitator, groups: [] };
      entry.groups.push(group);
      byFacilitator.set(facilitator.key, entry);
    }
  }
  const name = person.name ?? person.userId;
  for (const { facilitator, groups } of byFacilitator.values()) {
    const notice = unreachableNotice({ t: translator(facilitator.language), name, groups: groups.map((g) => g.name) });
    let result;
    try {
      result = await sendToPerson(deps, facilitator.key, notice, groups[0]);
    } catch (error) {
      result = { ok: false, reason: 'transient', detail: error instanceof Error ? error.message : String(error) } as const;
    }
    if (!result.ok) deps.logger.warn('reminders: unreachable notice not delivered', { facilitator: facilitator.key, reason: result.reason });
  }
}
