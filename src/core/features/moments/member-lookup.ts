import type { HandlerContext } from '../../app/context.js';
import { personKey, type MessageEvent } from '../../model/events.js';
import { activeMembers, displayName, type Member } from '../groups/group-access.js';
import type { Group } from '../groups/group.js';

/** Who a text names at its start, and the text without that name. */
export type NamedPerson = { found: true; key: string; name: string; rest: string } | { found: false; typed: string } | undefined;

/**
 * Finds the person an `@name` at the start of the text points at, among the group's active members:
 * a platform mention first, else a member whose name is exactly the typed words, else the one whose
 * name starts with the first typed word. Undefined when the text names nobody.
 */
export async function namedMember(ctx: HandlerContext<MessageEvent>, group: Group, text: string): Promise<NamedPerson> {
  const members = await activeMembers(ctx.deps, group.id);
  const mention = ctx.event.mentions?.[0];
  if (mention) {
    const key = personKey(group.channel, group.tenantId, mention.id);
    const member = members.find((m) => m.membership.personKey === key);
    const shown = mention.name ? `@${mention.name}` : undefined;
    const rest = shown && text.includes(shown) ? text.replace(shown, '') : text.replace(/^\s*@\S+/, '');
    return member ? { found: true, key, name: displayName(member), rest: rest.trim() } : { found: false, typed: mention.name ?? mention.id };
  }
  if (!text.startsWith('@')) return undefined;
  const words = text.slice(1).split(/\s+/);
  const named = (m: Member) => displayName(m).toLowerCase();
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const typed = words.slice(0, n).join(' ').toLowerCase();
    const exact = members.filter((m) => named(m) === typed);
    const match = exact.length === 1 ? exact[0] : n === 1 ? onlyOne(members.filter((m) => named(m).startsWith(typed))) : undefined;
    if (match) return { found: true, key: match.membership.personKey, name: displayName(match), rest: words.slice(n).join(' ').trim() };
  }
  return { found: false, typed: words[0] ?? '' };
}

const onlyOne = <T>(items: T[]): T | undefined => (items.length === 1 ? items[0] : undefined);
