import { describe, expect, it } from 'vitest';
import type { SeriesRule } from '../../../src/core/features/moments/when/index.js';
import { parse, ZONE } from './helpers.js';

const series = (rule: SeriesRule) => ({ ok: true, kind: 'series', rule, zone: ZONE });

// Reference now: Thursday 2026-11-19 09:00 Brussels. `from` is always the first session still to come.
describe('parseWhen: series', () => {
  it.each<[string, 'nl' | 'en' | 'fr', SeriesRule]>([
    ['elke 2e woensdag van de maand 14u-16u', 'nl', { weekday: 3, startTime: '14:00', endTime: '16:00', every: 'nth-of-month', nth: 2, from: '2026-12-09' }],
    ['elke tweede woensdag van de maand van 14u tot 16u', 'nl', { weekday: 3, startTime: '14:00', endTime: '16:00', every: 'nth-of-month', nth: 2, from: '2026-12-09' }],
    ['elke laatste vrijdag van de maand 12u30-13u30', 'nl', { weekday: 5, startTime: '12:30', endTime: '13:30', every: 'nth-of-month', nth: -1, from: '2026-11-27' }],
    ['elke eerste maandag van de maand om 15u30', 'nl', { weekday: 1, startTime: '15:30', endTime: '16:30', every: 'nth-of-month', nth: 1, from: '2026-12-07' }],
    ['elke week op dinsdag 15u30-16u30', 'nl', { weekday: 2, startTime: '15:30', endTime: '16:30', every: 'week', from: '2026-11-24' }],
    ['om de twee weken op maandag 15u30', 'nl', { weekday: 1, startTime: '15:30', endTime: '16:30', every: 'two-weeks', from: '2026-11-23' }],
    [
      '5 sessies dit schooljaar op woensdagnamiddag',
      'nl',
      { weekday: 3, startTime: '13:30', endTime: '15:30', every: 'week', count: 5, from: '2026-11-25', until: '2027-06-30', spread: true },
    ],
    ['elke woensdag 14u tot de kerstvakantie', 'nl', { weekday: 3, startTime: '14:00', endTime: '15:00', every: 'week', from: '2026-11-25', until: '2026-12-20' }],
    ['elke woensdag 14u tot 16 december', 'nl', { weekday: 3, startTime: '14:00', endTime: '15:00', every: 'week', from: '2026-11-25', until: '2026-12-16' }],
    ['elke woensdag 14u vanaf 6 januari', 'nl', { weekday: 3, startTime: '14:00', endTime: '15:00', every: 'week', from: '2027-01-06' }],
    ['elke woensdag vanaf volgende week 14u', 'nl', { weekday: 3, startTime: '14:00', endTime: '15:00', every: 'week', from: '2026-11-25' }],
    ['elke tweede woensdag 14u', 'nl', { weekday: 3, startTime: '14:00', endTime: '15:00', every: 'two-weeks', from: '2026-11-25' }],
    ["'s woensdags om 14u", 'nl', { weekday: 3, startTime: '14:00', endTime: '15:00', every: 'week', from: '2026-11-25' }],
    ['op woensdagen 14u-16u', 'nl', { weekday: 3, startTime: '14:00', endTime: '16:00', every: 'week', from: '2026-11-25' }],
    ['elke woensdagnamiddag', 'nl', { weekday: 3, startTime: '13:30', endTime: '15:30', every: 'week', from: '2026-11-25' }],
    ['wekelijks op donderdag 8u', 'nl', { weekday: 4, startTime: '08:00', endTime: '09:00', every: 'week', from: '2026-11-26' }],
    ['elke donderdag 15u', 'nl', { weekday: 4, startTime: '15:00', endTime: '16:00', every: 'week', from: '2026-11-19' }],
    ['6 bijeenkomsten elke dinsdag om 16u', 'nl', { weekday: 2, startTime: '16:00', endTime: '17:00', every: 'week', count: 6, from: '2026-11-24' }],
    ['every 2nd wednesday of the month 2pm-4pm', 'en', { weekday: 3, startTime: '14:00', endTime: '16:00', every: 'nth-of-month', nth: 2, from: '2026-12-09' }],
    [
      '5 sessions this school year on wednesday afternoon',
      'en',
      { weekday: 3, startTime: '13:30', endTime: '15:30', every: 'week', count: 5, from: '2026-11-25', until: '2027-06-30', spread: true },
    ],
    ['every other monday at 3:30pm', 'en', { weekday: 1, startTime: '15:30', endTime: '16:30', every: 'two-weeks', from: '2026-11-23' }],
    ['every last friday of the month 12:30-13:30', 'en', { weekday: 5, startTime: '12:30', endTime: '13:30', every: 'nth-of-month', nth: -1, from: '2026-11-27' }],
    ['every wednesday until christmas at 2pm', 'en', { weekday: 3, startTime: '14:00', endTime: '15:00', every: 'week', from: '2026-11-25', until: '2026-12-20' }],
    ['wednesdays 2pm', 'en', { weekday: 3, startTime: '14:00', endTime: '15:00', every: 'week', from: '2026-11-25' }],
    ['chaque 2e mercredi du mois 14h-16h', 'fr', { weekday: 3, startTime: '14:00', endTime: '16:00', every: 'nth-of-month', nth: 2, from: '2026-12-09' }],
    [
      '5 séances cette année scolaire le mercredi après-midi',
      'fr',
      { weekday: 3, startTime: '13:30', endTime: '15:30', every: 'week', count: 5, from: '2026-11-25', until: '2027-06-30', spread: true },
    ],
    ['un lundi sur deux à 15h30', 'fr', { weekday: 1, startTime: '15:30', endTime: '16:30', every: 'two-weeks', from: '2026-11-23' }],
    ['tous les mercredis de 14h à 16h', 'fr', { weekday: 3, startTime: '14:00', endTime: '16:00', every: 'week', from: '2026-11-25' }],
    ['le dernier vendredi du mois 12h30-13h30', 'fr', { weekday: 5, startTime: '12:30', endTime: '13:30', every: 'nth-of-month', nth: -1, from: '2026-11-27' }],
    ['chaque mercredi jusqu’aux vacances de Noël à 14h', 'fr', { weekday: 3, startTime: '14:00', endTime: '15:00', every: 'week', from: '2026-11-25', until: '2026-12-20' }],
  ])('%s (%s)', (text, language, rule) => {
    expect(parse(text, language)).toEqual(series(rule));
  });

  it('a series whose weekday is today starts next week once the time has passed', () => {
    expect(parse('elke donderdag 8u')).toEqual(series({ weekday: 4, startTime: '08:00', endTime: '09:00', every: 'week', from: '2026-11-26' }));
  });

  it('keeps a two-weekly rhythm anchored on an explicit start date in the past', () => {
    // 7 September 2027 is a Tuesday; every two weeks from there, the first one on or after 20 Sep 2027 is 21 Sep.
    const now = new Date('2027-09-20T08:00:00Z');
    expect(parse('om de twee weken op dinsdag 16u vanaf 7 september 2027', 'nl', now)).toEqual(
      series({ weekday: 2, startTime: '16:00', endTime: '17:00', every: 'two-weeks', from: '2027-09-21' }),
    );
    expect(parse('om de twee weken op dinsdag 16u vanaf 31 augustus 2027', 'nl', now)).toEqual(
      series({ weekday: 2, startTime: '16:00', endTime: '17:00', every: 'two-weeks', from: '2027-09-28' }),
    );
  });

  it('"dit schooljaar" said in summer means the coming school year', () => {
    const august = new Date('2027-08-10T08:00:00Z');
    expect(parse('5 sessies dit schooljaar op woensdagnamiddag', 'nl', august)).toEqual(
      series({ weekday: 3, startTime: '13:30', endTime: '15:30', every: 'week', count: 5, from: '2027-09-01', until: '2028-06-30', spread: true }),
    );
  });

  it('"dit schooljaar" in spring ends on 30 June of the same year; "volgend schooljaar" is the next one', () => {
    const march = new Date('2027-03-01T08:00:00Z');
    expect(parse('elke woensdag 14u dit schooljaar', 'nl', march)).toMatchObject({ rule: { from: '2027-03-03', until: '2027-06-30' } });
    expect(parse('elke woensdag 14u volgend schooljaar', 'nl', march)).toMatchObject({ rule: { from: '2027-09-01', until: '2028-06-30' } });
  });

  it('"tot de kerstvakantie" follows the Flemish rule (Monday of the week with 25 December, the Monday after when it is a weekend)', () => {
    // Christmas 2027 is a Saturday, so the holiday starts Monday 27 December.
    expect(parse('elke woensdag 14u tot de kerstvakantie', 'nl', new Date('2027-11-15T08:00:00Z'))).toMatchObject({ rule: { until: '2027-12-26' } });
  });
});

describe('parseWhen: series refusals', () => {
  it.each<[string, 'nl' | 'en' | 'fr', string]>([
    ['500 sessies op woensdag 14u', 'nl', 'too-many'],
    ['41 sessies op woensdag 14u', 'nl', 'too-many'],
    ['40 sessies dit schooljaar op woensdag 14u', 'nl', 'too-many'],
    ['500 sessions on wednesday at 2pm', 'en', 'too-many'],
    ['500 séances le mercredi à 14h', 'fr', 'too-many'],
    ['elke maandag en woensdag 14u', 'nl', 'too-many'],
    ['elke woensdag tot de kerstvakantie', 'nl', 'no-time'],
    ['elke 2e woensdag van de maand', 'nl', 'no-time'],
    ['elke 5e woensdag van de maand 14u', 'nl', 'impossible-date'],
    ['maandelijks op woensdag 14u', 'nl', 'no-date'],
    ['elke week om 14u', 'nl', 'no-date'],
    ['elke woensdag 14u tot 20 november', 'nl', 'end-before-start'],
    ['elke woensdag 23u30', 'nl', 'end-before-start'],
  ])('%s → %s', (text, language, reason) => {
    expect(parse(text, language)).toMatchObject({ ok: false, reason });
  });

  it('a series may hold exactly 40 sessions', () => {
    expect(parse('40 sessies op woensdag 14u')).toMatchObject({ ok: true, rule: { count: 40 } });
  });
});
