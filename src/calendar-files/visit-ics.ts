/**
 * A collegial visit as an iCalendar event. Both sides download the same file: one UID per visit, SEQUENCE from the
 * visit (raised on every move), STATUS:CANCELLED once it is off. The file has no reader, so its words are Dutch.
 */
import type { Visit, VisitForm } from '../core/features/visits/visit.js';
import { visitsT } from '../core/features/visits/visits-translate.js';
import type { IcsMoment } from './ics.js';

// Control characters other than tab and newlines are refused by the .ics writer; free text may hold them.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const clean = (value: string): string => value.replace(CONTROL, '').trim();

const TITLES: Record<VisitForm, (host: string) => string> = {
  observe: (host) => `Hospiteren bij ${host}`,
  consultation: (host) => `Collegiale consultatie met ${host}`,
  'other-school': (host) => `Collegiale visitatie bij ${host}`,
  'co-teaching': (host) => `Co-teaching met ${host}`,
  shadowing: (host) => `Meelopen met ${host}`,
};

/** Statuses in which the visit is off the calendar. */
const OFF: ReadonlySet<Visit['status']> = new Set(['cancelled', 'not-happened', 'declined', 'expired']);

/** What the calendar event shows besides the visit itself. */
export interface VisitIcsNames {
  host: string;
  visitors: string[];
  /** The visitors' learning questions, in the order of `visitorKeys`. */
  questions: string[];
}

/** The visit's event, or undefined when it never had an agreed time (nothing to put in a calendar). */
export function visitToIcsEvent(visit: Visit, names: VisitIcsNames): IcsMoment | undefined {
  if (!visit.slot) return undefined;
  const periods = [...visit.slot.periods].sort((a, b) => a - b);
  const periodLine = periods.length === 1 ? `Lesuur ${periods[0]}` : `Lesuren ${periods[0]}–${periods[periods.length - 1]}`;
  const questions = names.questions.map(clean).filter((q) => q !== '');
  const description = [
    `Bezoeker${names.visitors.length > 1 ? 's' : ''}: ${names.visitors.map(clean).join(' en ')}`,
    `Gastheer/gastvrouw: ${clean(names.host)}`,
    periodLine,
    // The form in the words the cards use (one name per form across the feature).
    `Vorm: ${visitsT('nl')(`visits.form.${visit.form}` as const)}`,
    ...(questions.length > 0 ? [`Leervraag:\n${questions.join('\n')}`] : []),
    'Schrijf geen namen van leerlingen in je notities.',
  ].join('\n\n');
  return {
    uid: `${visit.id}@leerkring`,
    sequence: visit.sequence,
    title: (clean(TITLES[visit.form](clean(names.host))) || 'Klasbezoek').slice(0, 500),
    description: description.slice(0, 10_000),
    start: visit.slot.start,
    end: visit.slot.end,
    status: OFF.has(visit.status) ? 'CANCELLED' : 'CONFIRMED',
  };
}
