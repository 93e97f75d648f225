import type { ActionButton, Actor, Address, OutboundMessage } from '../../src/core/index.js';
import type { Group } from '../../src/core/features/groups/group.js';
import { channelAddress, coreHarness, dm, greetEveryone, type CoreHarness } from '../helpers/core-harness.js';

/** Members of the test network: An facilitates; the others teach at two schools. */
export const an: Actor = { id: 'an', tenantId: 't1', name: 'An Peeters' };
export const bo: Actor = { id: 'bo', tenantId: 't1', name: 'Bo Janssens' };
export const cas: Actor = { id: 'cas', tenantId: 't1', name: 'Cas Willems' };
export const dirk: Actor = { id: 'dirk', tenantId: 't1', name: 'Dirk Maes' };
export const eva: Actor = { id: 'eva', tenantId: 't1', name: 'Eva Jacobs' };
export const team = channelAddress('net-1');

/** Person key of a test actor. */
export const keyOf = (actor: Actor): string => `chat:t1:${actor.id}`;

export const buttons = (m: OutboundMessage | undefined): ActionButton[] => (m?.card?.actions ?? []).filter((a): a is ActionButton => a.type === 'action');
export const buttonOf = (m: OutboundMessage | undefined, id: string): ActionButton => {
  const found = buttons(m).find((a) => a.id === id);
  if (!found) throw new Error(`no ${id} button in ${JSON.stringify(buttons(m).map((b) => b.id))}`);
  return found;
};
export const texts = (messages: OutboundMessage[]): string => messages.map((r) => [r.text, JSON.stringify(r.card ?? {})].join(' ')).join('\n');

export interface VisitKit {
  h: CoreHarness;
  group: () => Promise<Group>;
  groupId: string;
  /** A click (with form inputs) by `actor`, in their own chat unless another address is given. */
  click(actor: Actor, button: Pick<ActionButton, 'id' | 'value'>, inputs?: Record<string, string | string[]>, address?: Address): Promise<OutboundMessage[]>;
  /** `actor` types `text` in their own chat (or in `address`). */
  say(actor: Actor, text: string, address?: Address): Promise<OutboundMessage[]>;
  /** Everything sent proactively to a person's own chat so far. */
  privateTo(actor: Actor): OutboundMessage[];
  /** Everything sent proactively to the group's channel so far. */
  toChannel(): OutboundMessage[];
  /** Moves the clock to `iso` and runs every job due by then; returns how many ran. */
  at(iso: string): Promise<number>;
}

/**
 * A learning network "Netwerk Gent" on Monday 23 November 2026, 09:00 Brussels: An (facilitator, Sint-Jan), Bo and Cas
 * (school De Linde), Dirk and Eva (school Sint-Jan). Everyone has been welcomed; jobs run when `at` is called.
 */
export async function setupVisits(start?: string): Promise<VisitKit> {
  const h = coreHarness(start);
  h.deps.scheduler.onDue((id) => h.core.runJob(id));
  const everyone = [an, bo, cas, dirk, eva];
  h.deps.directory.rosters.set('net-1', everyone.map((p) => ({ id: p.id, name: p.name! })));
  await h.send({ kind: 'installed', actor: an, address: team, conversationName: 'Netwerk Gent' });
  const found = await h.deps.storage.groups.findByConversation('chat', 't1', 'net-1');
  if (!found) throw new Error('group not created');
  await h.deps.storage.groups.save({ ...found, kind: 'network' });
  for (const [actor, school] of [[an, 'Sint-Jan'], [bo, 'De Linde'], [cas, 'De Linde'], [dirk, 'Sint-Jan'], [eva, 'Sint-Jan']] as const) {
    const person = await h.deps.storage.people.get(keyOf(actor));
    if (person) await h.deps.storage.people.save({ ...person, school, schoolRole: 'teacher' });
  }
  await greetEveryone(h);
  h.deps.messenger.sent.length = 0;
  return {
    h,
    groupId: found.id,
    group: async () => (await h.deps.storage.groups.get(found.id))!,
    click: (actor, b, inputs = {}, address = dm(actor.id)) =>
      h.send({ kind: 'action', actor, address, actionId: b.id, ...(b.value !== undefined ? { value: b.value } : {}), inputs }),
    say: (actor, text, address = dm(actor.id)) => h.say(actor, text, address),
    privateTo: (actor) => h.deps.messenger.sent.filter((s) => s.address.conversationId === `dm-${actor.id}`).map((s) => s.message),
    toChannel: () => h.deps.messenger.sent.filter((s) => s.address.conversationId === 'net-1').map((s) => s.message),
    at: async (iso) => {
      h.deps.clock.set(iso);
      return h.deps.scheduler.runDue(h.deps.clock.now());
    },
  };
}
