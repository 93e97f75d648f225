import { describe, expect, it } from 'vitest';
import { visitToIcsEvent } from '../../src/calendar-files/visit-ics.js';
import { makeVisit } from '../contract/visits-contract.js';
import { tue1 } from './answer-setup.js';

describe('the visit’s calendar event', () => {
  it('names the form with the shared label and follows the visit’s sequence and status', () => {
    const visit = makeVisit('v1', 'g1', { status: 'confirmed', slot: tue1, sequence: 4, form: 'other-school' });
    const event = visitToIcsEvent(visit, { host: 'Bo Janssens', visitors: ['Dirk Maes'], questions: ['Hoe werk ik met hoeken?'] })!;
    expect(event.description).toContain('Vorm: Bezoek aan een andere school');
    expect(event).toMatchObject({ uid: 'v1@leerkring', sequence: 4, status: 'CONFIRMED', start: tue1.start, end: tue1.end });
    expect(visitToIcsEvent({ ...visit, status: 'cancelled', sequence: 5 }, { host: 'Bo', visitors: ['Dirk'], questions: [] })).toMatchObject({ status: 'CANCELLED', sequence: 5 });
  });
});
