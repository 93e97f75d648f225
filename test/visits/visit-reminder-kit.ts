import type { Actor, OutboundMessage } from '../../src/core/index.js';
import { planVisitReminders } from '../../src/core/features/visits/visit-reminders.js';
import type { Visit, VisitSlot } from '../../src/core/features/visits/visit.js';
import { makeVisit, makeVisitRequest } from '../contract/visits-contract.js';
import { bo, dirk, keyOf, setupVisits, type VisitKit } from './kit.js';

/** Tuesday 1 December 2026, period 3: 10:20–11:10 in Brussels. */
export const SLOT: VisitSlot = { date: '2026-12-01', periods: [3], start: '2026-12-01T09:20:00.000Z', end: '2026-12-01T10:10:00.000Z' };

/** When each message of that visit is due (UTC). */
export const AT = {
  // Three days before is Saturday 28 November: the school day before, Friday 27 November, at 15:30 in Brussels.
  prepare: '2026-11-27T14:30:00.000Z',
  dayBefore: '2026-11-30T09:20:00.000Z',
  hourBefore: '2026-12-01T08:20:00.000Z',
  reflect: '2026-12-01T10:25:00.000Z',
  // Four weeks after the visit day is 29 December, in the Christmas holiday: the first school day after it, 15:30 in Brussels.
  checkIn: '2027-01-04T14:30:00.000Z',
};

export const LEARNING_QUESTION = 'Hoe laat ik leerlingen zelfstandig werken in hoeken?';

/** A confirmed visit of Dirk (Sint-Jan) to Bo (De Linde), stored directly, with Dirk's matched request. */
export async function storeConfirmedVisit(kit: VisitKit, over: Partial<Visit> = {}): Promise<Visit> {
  const now = kit.h.deps.clock.now().toISOString();
  await kit.h.deps.storage.visitRequests.save(makeVisitRequest('q-dirk', kit.groupId, keyOf(dirk), { status: 'matched', learningQuestion: LEARNING_QUESTION }));
  const visit = makeVisit('v1', kit.groupId, {
    requestIds: ['q-dirk'],
    visitorKeys: [keyOf(dirk)],
    hostKey: keyOf(bo),
    proposedBy: keyOf(dirk),
    status: 'confirmed',
    proposedSlots: [],
    slot: SLOT,
    cover: { [keyOf(dirk)]: { kind: 'student-teacher', note: 'Sara, stagiair 3de jaar', recordedBy: keyOf(dirk), recordedAt: now } },
    sequence: 1,
    confirmedAt: now,
    ...over,
  });
  await kit.h.deps.storage.visits.save(visit);
  return visit;
}

/** The test network with that visit confirmed and its reminders planned. */
export async function plannedVisit(over: Partial<Visit> = {}): Promise<{ kit: VisitKit; visit: Visit }> {
  const kit = await setupVisits();
  const visit = await storeConfirmedVisit(kit, over);
  await planVisitReminders(kit.h.deps, visit);
  return { kit, visit };
}

/** The newest private message to `actor`. */
export const lastTo = (kit: VisitKit, actor: Actor): OutboundMessage | undefined => kit.privateTo(actor).at(-1);

/** The ids of a card's inputs. */
export const inputIds = (m: OutboundMessage | undefined): string[] =>
  (m?.card?.blocks ?? []).flatMap((b) => (b.type === 'input' || b.type === 'choice' ? [b.id] : []));

/** Everything a message says, card included. */
export const all = (m: OutboundMessage | undefined): string => (m ? `${m.text} ${JSON.stringify(m.card ?? {})}` : '');

/** The stored visit. */
export const stored = async (kit: VisitKit, id = 'v1'): Promise<Visit> => (await kit.h.deps.storage.visits.get(id))!;
