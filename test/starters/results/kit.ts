import type { ActionButton, Actor, Address, OutboundMessage, StarterPost } from '../../../src/core/index.js';
import { findLibraryStarter } from '../../../src/core/features/starters/library/index.js';
import { STARTER_ACTIONS } from '../../../src/core/features/starters/starter-actions.js';
import { channelAddress, coreHarness, dm, type CoreHarness, greetEveryone } from '../../helpers/core-harness.js';

/** The facilitator and the members of the test group. */
export const an: Actor = { id: 'an', tenantId: 't1', name: 'An Peeters' };
export const jonas: Actor = { id: 'jonas', tenantId: 't1', name: 'Jonas Claes' };
export const fatima: Actor = { id: 'fatima', tenantId: 't1', name: 'Fatima El Idrissi' };
export const lotte: Actor = { id: 'lotte', tenantId: 't1', name: 'Lotte Janssens' };
export const pieter: Actor = { id: 'pieter', tenantId: 't1', name: 'Pieter De Smet' };
export const sara: Actor = { id: 'sara', tenantId: 't1', name: 'Sara Maes' };
export const MEMBERS = [jonas, fatima, lotte, pieter, sara];

/** The group's channel. */
export const team = channelAddress('team-1');
/** The appreciative opener: 4 questions. */
export const opener = findLibraryStarter('appreciative-opener')!;
export const key = (a: Actor): string => `chat:t1:${a.id}`;

export const buttons = (m: OutboundMessage | undefined): ActionButton[] => (m?.card?.actions ?? []).filter((a): a is ActionButton => a.type === 'action');
export function buttonOf(m: OutboundMessage | undefined, id: string, label?: string): ActionButton {
  const found = buttons(m).find((a) => a.id === id && (label === undefined || a.label.includes(label)));
  if (!found) throw new Error(`no ${id} button${label ? ` "${label}"` : ''} in ${JSON.stringify(buttons(m).map((b) => [b.id, b.label]))}`);
  return found;
}
export const click = (h: CoreHarness, actor: Actor, button: ActionButton, inputs: Record<string, string> = {}, address: Address = team) =>
  h.send({ kind: 'action', actor, address, actionId: button.id, ...(button.value !== undefined ? { value: button.value } : {}), inputs });
export const action = (id: string, value: string): ActionButton => ({ type: 'action', id, label: '', value });
export const texts = (replies: OutboundMessage[]): string => replies.map((r) => r.text).join('\n');
export const cardText = (m: OutboundMessage | undefined): string => JSON.stringify([m?.text, m?.card?.title, m?.card?.blocks ?? []]);
/** Everything the bot sent a person privately (not as a reply), oldest first. */
export const privateTo = (h: CoreHarness, a: Actor): OutboundMessage[] =>
  h.deps.messenger.sent.filter((s) => s.address.conversationId === `dm-${a.id}`).map((s) => s.message);
export const lastPrivate = (h: CoreHarness, a: Actor): OutboundMessage | undefined => privateTo(h, a).at(-1);
/** What the bot posted in the group's channel on its own. */
export const channelPosts = (h: CoreHarness): OutboundMessage[] => h.deps.messenger.sent.filter((s) => s.address.conversationId === 'team-1').map((s) => s.message);

/** A group "PLG Taal" with An as facilitator and five members, jobs wired to the core. */
export async function setupGroup(members: Actor[] = MEMBERS, start?: string): Promise<{ h: CoreHarness; groupId: string }> {
  const h = coreHarness(start);
  h.deps.directory.rosters.set('team-1', [an, ...members].map((p) => ({ id: p.id, name: p.name! })));
  await h.send({ kind: 'installed', actor: an, address: team, conversationName: 'PLG Taal' });
  await greetEveryone(h);
  h.deps.scheduler.onDue((id) => h.core.runJob(id));
  const group = await h.deps.storage.groups.findByConversation('chat', 't1', 'team-1');
  return { h, groupId: group!.id };
}

/** An posts the opener now, through the posting flow; the stored post. */
export async function postOpener(h: CoreHarness, groupId: string, opts: { anonymous: boolean } = { anonymous: true }): Promise<StarterPost> {
  const before = new Set((await h.deps.storage.starterPosts.listByGroup(groupId)).map((p) => p.id));
  const [form] = await click(h, an, action(STARTER_ACTIONS.post, 'lib:appreciative-opener'));
  await click(h, an, buttonOf(form, STARTER_ACTIONS.postSubmit), { when: 'now', anonymous: opts.anonymous ? 'yes' : 'no' });
  const post = (await h.deps.storage.starterPosts.listByGroup(groupId)).find((p) => !before.has(p.id));
  if (!post) throw new Error('the post was not stored');
  return post;
}

/** A member answers through the answer form (clicked in the channel, submitted in their direct chat). */
export async function answer(h: CoreHarness, actor: Actor, postId: string, answers: string[], anonymous = false): Promise<OutboundMessage[]> {
  await click(h, actor, action(anonymous ? STARTER_ACTIONS.answerAnonymous : STARTER_ACTIONS.answer, postId));
  const form = lastPrivate(h, actor);
  const inputs = Object.fromEntries(answers.map((text, i) => [`q${i}`, text]));
  return click(h, actor, buttonOf(form, STARTER_ACTIONS.answerSave), inputs, dm(actor.id));
}

/** Writes an anonymous answer straight into storage, as the answer form stores it. */
export async function storeAnonymous(h: CoreHarness, post: StarterPost, answers: string[], n: number): Promise<void> {
  const day = h.deps.clock.now().toISOString().slice(0, 10);
  await h.deps.storage.starterAnswers.save({
    id: `ans_anon_${n}`,
    postId: post.id,
    groupId: post.groupId,
    anonymous: true,
    editKeyHash: n.toString(16).padStart(64, '0'),
    texts: answers,
    createdAt: day,
    updatedAt: day,
  });
}

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;
