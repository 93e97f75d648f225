import { newToken, type OutboundMessage } from '../../src/core/index.js';
import { slotAt } from '../../src/core/features/visits/matching/index.js';
import type { Visit, VisitSlot } from '../../src/core/features/visits/visit.js';
import { makeHostOffer, makeVisit, makeVisitRequest } from '../contract/visits-contract.js';
import { bo, dirk, keyOf, setupVisits, type VisitKit } from './kit.js';

/** Brussels zone of the test network. */
export const ZONE = 'Europe/Brussels';
/** Tuesday 1 December 2026, 3rd period; Thursday 3 December, 2nd period; Tuesday 8 December, 3rd period. */
export const tue1: VisitSlot = slotAt('2026-12-01', [3], ZONE);
export const thu3: VisitSlot = slotAt('2026-12-03', [2], ZONE);
export const tue8: VisitSlot = slotAt('2026-12-08', [3], ZONE);

/** The jobs waiting in the test scheduler, by id (the manual scheduler keeps them private). */
export const jobsOf = (kit: VisitKit): Map<string, number> => (kit.h.deps.scheduler as unknown as { jobs: Map<string, number> }).jobs;

/** Everything in messages as one searchable string (texts and cards). */
export const all = (messages: OutboundMessage[]): string => messages.map((m) => `${m.text}\n${JSON.stringify(m.card ?? {})}`).join('\n');

/**
 * The network kit with Dirk (Sint-Jan) asking to visit Bo (De Linde): Bo's offer, Dirk's open request `q1`, and
 * visit `v1` as stored by the ask flow (proposed by Dirk, Bo to answer, deadline armed). `over` changes the visit.
 */
export async function proposedVisit(over: Partial<Visit> = {}): Promise<{ kit: VisitKit; visit: Visit }> {
  const kit = await setupVisits();
  const { storage } = kit.h.deps;
  await storage.hostOffers.save(makeHostOffer(kit.groupId, keyOf(bo), { periods: [{ weekday: 2, period: 3 }, { weekday: 4, period: 2 }] }));
  await storage.visitRequests.save(
    makeVisitRequest('q1', kit.groupId, keyOf(dirk), { learningQuestion: 'Hoe laat ik leerlingen zelfstandig werken in hoeken?', free: [{ weekday: 2, period: 3 }, { weekday: 4, period: 2 }] }),
  );
  const visit = makeVisit('v1', kit.groupId, {
    requestIds: ['q1'],
    visitorKeys: [keyOf(dirk)],
    hostKey: keyOf(bo),
    proposedBy: keyOf(dirk),
    proposedSlots: [tue1, thu3],
    answerBy: '2026-11-26T08:00:00.000Z',
    icsToken: newToken(),
    ...over,
  });
  await storage.visits.save(visit);
  if (visit.status === 'proposed' && visit.answerBy) kit.h.deps.scheduler.schedule(`visit-deadline:${visit.id}:${visit.sequence}`, new Date(visit.answerBy));
  return { kit, visit };
}

/** The same setup with the visit already confirmed on Tuesday 1 December (cover recorded by Dirk). */
export async function confirmedVisit(over: Partial<Visit> = {}): Promise<{ kit: VisitKit; visit: Visit }> {
  const at = '2026-11-23T08:00:00.000Z';
  const made = await proposedVisit({
    status: 'confirmed',
    slot: tue1,
    proposedSlots: [tue1],
    sequence: 2,
    confirmedAt: at,
    cover: { [keyOf(dirk)]: { kind: 'student-teacher', note: 'Sara, stagiair', recordedBy: keyOf(dirk), recordedAt: at } },
    ...over,
  });
  const { answerBy: _unused, ...rest } = made.visit;
  const visit = { ...rest } as Visit;
  await made.kit.h.deps.storage.visits.save(visit);
  const request = await made.kit.h.deps.storage.visitRequests.get('q1');
  await made.kit.h.deps.storage.visitRequests.save({ ...request!, status: 'matched' });
  made.kit.h.deps.scheduler.cancel('visit-deadline:v1:2');
  return { kit: made.kit, visit };
}
