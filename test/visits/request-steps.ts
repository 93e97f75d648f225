import type { Actor, OutboundMessage } from '../../src/core/index.js';
import { VISIT_ACTIONS } from '../../src/core/features/visits/visit-actions.js';
import type { VisitKit } from './kit.js';
import { keyOf } from './kit.js';

/** A valid request form, changed where a test needs it. */
export const requestInputs = (over: Record<string, string | string[]> = {}): Record<string, string | string[]> => ({
  question: 'Hoe zet ik stations in zodat elke leerling op eigen niveau werkt?',
  themes: ['differentiation'],
  lens: 'methods',
  lensOwn: '',
  form: 'observe',
  scope: 'network',
  halfDays: ['2am', '4am'],
  periods: [],
  weeks: '4',
  trio: 'no',
  ...over,
});

/** A valid host offer form. */
export const offerInputs = (over: Record<string, string | string[]> = {}): Record<string, string | string[]> => ({
  themes: ['differentiation'],
  show: 'Stations en hoekenwerk in het tweede jaar',
  halfDays: ['2am', '4am', '5am'],
  periods: [],
  maxVisitors: '1',
  ...over,
});

/** `actor` submits the host form for the kit's group. */
export const offer = (kit: VisitKit, actor: Actor, over: Record<string, string | string[]> = {}): Promise<OutboundMessage[]> =>
  kit.click(actor, { id: VISIT_ACTIONS.offerSubmit, value: kit.groupId }, offerInputs(over));

/** `actor` submits the request form for the kit's group. */
export const request = (kit: VisitKit, actor: Actor, over: Record<string, string | string[]> = {}): Promise<OutboundMessage[]> =>
  kit.click(actor, { id: VISIT_ACTIONS.requestSubmit, value: kit.groupId }, requestInputs(over));

/** The person's one open request in the kit's group. */
export async function openRequest(kit: VisitKit, actor: Actor) {
  return (await kit.h.deps.storage.visitRequests.listByVisitor(keyOf(actor))).find((r) => r.groupId === kit.groupId && r.status === 'open');
}

/** The last private message to `actor` with a card of the given title (or any card). */
export function lastCard(kit: VisitKit, actor: Actor, title?: string): OutboundMessage | undefined {
  return [...kit.privateTo(actor)].reverse().find((m) => m.card && (title === undefined || m.card.title === title));
}
