import type { ActionButton, Actor, Address, OutboundMessage } from '../../src/core/index.js';
import { DEFAULT_FEATURES } from '../../src/core/app/core.js';
import { needsFeature } from '../../src/core/features/needs/needs-feature.js';
import { channelAddress, coreHarness, type CoreHarness } from '../helpers/core-harness.js';

/** Registers the needs feature (until core.ts lists it in DEFAULT_FEATURES); harmless once it does. */
export function withNeeds(): void {
  if (!DEFAULT_FEATURES.some((f) => f.commands?.some((c) => c.words.includes('noden')))) DEFAULT_FEATURES.push(needsFeature);
}

export const an: Actor = { id: 'an', tenantId: 't1', name: 'An Peeters' };
export const jonas: Actor = { id: 'jonas', tenantId: 't1', name: 'Jonas Claes' };
export const fatima: Actor = { id: 'fatima', tenantId: 't1', name: 'Fatima El Idrissi' };
export const team = channelAddress('team-1');

export const buttons = (m: OutboundMessage | undefined): ActionButton[] => (m?.card?.actions ?? []).filter((a): a is ActionButton => a.type === 'action');
export const buttonOf = (m: OutboundMessage | undefined, id: string): ActionButton => {
  const found = buttons(m).find((a) => a.id === id);
  if (!found) throw new Error(`no ${id} button in ${JSON.stringify(buttons(m).map((b) => b.id))}`);
  return found;
};
export const texts = (replies: OutboundMessage[]): string => replies.map((r) => r.text).join('\n');

export interface Kit {
  h: CoreHarness;
  groupId: string;
  click(actor: Actor, button: Pick<ActionButton, 'id' | 'value'>, inputs?: Record<string, string | string[]>, address?: Address): Promise<OutboundMessage[]>;
  privateTo(userId: string): OutboundMessage[];
  toChannel(): OutboundMessage[];
  /** Moves the clock to `iso` and runs the jobs due by then. */
  at(iso: string): Promise<number>;
}

/** A group "PLG Taal" with An (facilitator), Jonas and Fatima; the needs feature registered; jobs wired. */
export async function setup(): Promise<Kit> {
  withNeeds();
  const h = coreHarness();
  h.deps.scheduler.onDue((id) => h.core.runJob(id));
  h.deps.directory.rosters.set('team-1', [an, jonas, fatima].map((p) => ({ id: p.id, name: p.name! })));
  await h.send({ kind: 'installed', actor: an, address: team, conversationName: 'PLG Taal' });
  const group = await h.deps.storage.groups.findByConversation('chat', 't1', 'team-1');
  return {
    h,
    groupId: group!.id,
    click: (actor, b, inputs = {}, address = team) =>
      h.send({ kind: 'action', actor, address, actionId: b.id, ...(b.value !== undefined ? { value: b.value } : {}), inputs }),
    privateTo: (userId) => h.deps.messenger.sent.filter((s) => s.address.conversationId === `dm-${userId}`).map((s) => s.message),
    toChannel: () => h.deps.messenger.sent.filter((s) => s.address.conversationId === 'team-1').map((s) => s.message),
    at: async (iso) => {
      h.deps.clock.set(iso);
      return h.deps.scheduler.runDue(h.deps.clock.now());
    },
  };
}

/** A filled-in form. */
export const filled = (over: Record<string, string | string[]> = {}): Record<string, string | string[]> => ({
  learnWhat: 'Beter differentiëren in mijn klas',
  themes: ['differentiation'],
  otherTheme: '',
  ways: 'observing,co-teaching',
  nowPlace: 'on-site',
  nowForm: 'informal',
  wantedPlace: 'both',
  wantedForm: 'formal',
  ...over,
});
