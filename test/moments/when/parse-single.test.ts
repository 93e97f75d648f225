import { describe, expect, it } from 'vitest';
import { parseWhen } from '../../../src/core/features/moments/when/index.js';
import { parse, single, THU_0900, ZONE } from './helpers.js';

// Reference now: Thursday 2026-11-19 09:00 Europe/Brussels (+01:00) unless a row says otherwise.
describe('parseWhen: Dutch single moments', () => {
  it.each([
    ['dinsdag 8u tot 9u', '2026-11-24T07:00:00.000Z', '2026-11-24T08:00:00.000Z'],
    ['dinsdag van 8u tot 9u', '2026-11-24T07:00:00.000Z', '2026-11-24T08:00:00.000Z'],
    ['volgende donderdag om 15u30', '2026-11-26T14:30:00.000Z', '2026-11-26T15:30:00.000Z'],
    ['morgen om 14u', '2026-11-20T13:00:00.000Z', '2026-11-20T14:00:00.000Z'],
    ['overmorgen 9u30', '2026-11-21T08:30:00.000Z', '2026-11-21T09:30:00.000Z'],
    ['maandag 14:00-15:00', '2026-11-23T13:00:00.000Z', '2026-11-23T14:00:00.000Z'],
    ['12 maart 10u', '2027-03-12T09:00:00.000Z', '2027-03-12T10:00:00.000Z'],
    ['12/03 om 10u', '2027-03-12T09:00:00.000Z', '2027-03-12T10:00:00.000Z'],
    ['31 maart 2027 14u tot 16u', '2027-03-31T12:00:00.000Z', '2027-03-31T14:00:00.000Z'],
    ['vandaag om 17u', '2026-11-19T16:00:00.000Z', '2026-11-19T17:00:00.000Z'],
    ['over 2 weken op woensdag 14u', '2026-12-02T13:00:00.000Z', '2026-12-02T14:00:00.000Z'],
    ['15u30', '2026-11-19T14:30:00.000Z', '2026-11-19T15:30:00.000Z'],
    ['morgen om half negen', '2026-11-20T07:30:00.000Z', '2026-11-20T08:30:00.000Z'],
    ['Dinsdag 24 november 14u', '2026-11-24T13:00:00.000Z', '2026-11-24T14:00:00.000Z'],
    ['24-11-2026 om 14u', '2026-11-24T13:00:00.000Z', '2026-11-24T14:00:00.000Z'],
    ['op 1 december van 14u tot 16u', '2026-12-01T13:00:00.000Z', '2026-12-01T15:00:00.000Z'],
    ['donderdag 9u tot 10u30', '2026-11-26T08:00:00.000Z', '2026-11-26T09:30:00.000Z'],
    ['donderdag 15u', '2026-11-19T14:00:00.000Z', '2026-11-19T15:00:00.000Z'],
    ['deze vrijdag 14u', '2026-11-20T13:00:00.000Z', '2026-11-20T14:00:00.000Z'],
    ['volgende week woensdag 14u', '2026-11-25T13:00:00.000Z', '2026-11-25T14:00:00.000Z'],
    ['woensdag volgende week 14u-16u', '2026-11-25T13:00:00.000Z', '2026-11-25T15:00:00.000Z'],
    ['van 14 tot 16u morgen', '2026-11-20T13:00:00.000Z', '2026-11-20T15:00:00.000Z'],
    ['morgen 14u, 2 uur lang', '2026-11-20T13:00:00.000Z', '2026-11-20T15:00:00.000Z'],
    ['om 9.30 morgen', '2026-11-20T08:30:00.000Z', '2026-11-20T09:30:00.000Z'],
    ['morgen om 12u30 tot 1u30', '2026-11-20T11:30:00.000Z', '2026-11-20T12:30:00.000Z'],
    ['over 2 uur', '2026-11-19T10:00:00.000Z', '2026-11-19T11:00:00.000Z'],
  ])('%s', (text, start, end) => {
    expect(parse(text)).toEqual(single(start, end));
  });

  it('a bare weekday that is today means next week once its time has passed', () => {
    expect(parse('donderdag 8u')).toEqual(single('2026-11-26T07:00:00.000Z', '2026-11-26T08:00:00.000Z'));
  });

  it('a time alone is today while it is still to come', () => {
    expect(parse('om 16u30', 'nl', new Date('2026-11-19T15:00:00Z'))).toEqual(single('2026-11-19T15:30:00.000Z', '2026-11-19T16:30:00.000Z'));
  });

  it('honours defaultDurationMinutes for a start time without an end', () => {
    expect(parseWhen('morgen om 14u', { now: THU_0900, zone: ZONE, language: 'nl', defaultDurationMinutes: 90 })).toEqual(
      single('2026-11-20T13:00:00.000Z', '2026-11-20T14:30:00.000Z'),
    );
  });
});

describe('parseWhen: Dutch parts of day and spoken times', () => {
  it.each([
    // Parts of day are an acceptable time: ochtend/voormiddag 09:00, middag 12:30, namiddag 13:30, avond 19:00.
    ['woensdagnamiddag', '2026-11-25T12:30:00.000Z', '2026-11-25T14:30:00.000Z', true],
    ['woensdag namiddag', '2026-11-25T12:30:00.000Z', '2026-11-25T14:30:00.000Z', true],
    ['morgenochtend', '2026-11-20T08:00:00.000Z', '2026-11-20T10:00:00.000Z', true],
    ['vrijdagvoormiddag', '2026-11-20T08:00:00.000Z', '2026-11-20T10:00:00.000Z', true],
    ['morgenmiddag', '2026-11-20T11:30:00.000Z', '2026-11-20T12:30:00.000Z', true],
    ['dinsdagavond', '2026-11-24T18:00:00.000Z', '2026-11-24T20:00:00.000Z', true],
    // A part of day settles am/pm for an explicit time.
    ['woensdagavond om 8u', '2026-11-25T19:00:00.000Z', '2026-11-25T20:00:00.000Z', true],
    ['vanavond om 8u', '2026-11-19T19:00:00.000Z', '2026-11-19T20:00:00.000Z', true],
    ["morgen 's avonds van 7u tot 9u", '2026-11-20T18:00:00.000Z', '2026-11-20T20:00:00.000Z', true],
    ['dinsdagmorgen 10u', '2026-11-24T09:00:00.000Z', '2026-11-24T10:00:00.000Z', true],
    // School-hours rule: 1..6 without am/pm context are afternoon hours (timeCertain false), 7..12 are morning.
    ['om half vier', '2026-11-19T14:30:00.000Z', '2026-11-19T15:30:00.000Z', false],
    ['kwart over drie', '2026-11-19T14:15:00.000Z', '2026-11-19T15:15:00.000Z', false],
    ['kwart voor vier', '2026-11-19T14:45:00.000Z', '2026-11-19T15:45:00.000Z', false],
    ['tien voor half vier morgen', '2026-11-20T14:20:00.000Z', '2026-11-20T15:20:00.000Z', false],
    ['vijf over half vier morgen', '2026-11-20T14:35:00.000Z', '2026-11-20T15:35:00.000Z', false],
    ['om drie uur morgen', '2026-11-20T14:00:00.000Z', '2026-11-20T15:00:00.000Z', false],
    ['om 3u', '2026-11-19T14:00:00.000Z', '2026-11-19T15:00:00.000Z', false],
    ['morgen 3 tot 4u', '2026-11-20T14:00:00.000Z', '2026-11-20T15:00:00.000Z', false],
    ['6 tot 7u morgen', '2026-11-20T17:00:00.000Z', '2026-11-20T18:00:00.000Z', false],
    ['tussen 2 en 4u morgen', '2026-11-20T13:00:00.000Z', '2026-11-20T15:00:00.000Z', false],
    ['morgen half een', '2026-11-20T11:30:00.000Z', '2026-11-20T12:30:00.000Z', true],
  ])('%s', (text, start, end, certain) => {
    expect(parse(text)).toEqual(single(start, end, certain));
  });

  it('reads "half negen" as 08:30 (7..12 stay morning)', () => {
    expect(parse('half negen', 'nl', new Date('2026-11-19T06:00:00Z'))).toEqual(single('2026-11-19T07:30:00.000Z', '2026-11-19T08:30:00.000Z'));
  });
});

describe('parseWhen: English single moments', () => {
  it.each([
    ['tuesday 8am to 9am', '2026-11-24T07:00:00.000Z', '2026-11-24T08:00:00.000Z', true],
    ['next thursday at 3:30pm', '2026-11-26T14:30:00.000Z', '2026-11-26T15:30:00.000Z', true],
    ['the day after tomorrow at 9', '2026-11-21T08:00:00.000Z', '2026-11-21T09:00:00.000Z', true],
    ['Tuesday 8 AM to 9 AM', '2026-11-24T07:00:00.000Z', '2026-11-24T08:00:00.000Z', true],
    ['march 12 at 10am', '2027-03-12T09:00:00.000Z', '2027-03-12T10:00:00.000Z', true],
    ['12/03 at 10am', '2027-03-12T09:00:00.000Z', '2027-03-12T10:00:00.000Z', true],
    ['12 march 2027 2-4pm', '2027-03-12T13:00:00.000Z', '2027-03-12T15:00:00.000Z', true],
    ['tomorrow from 2 to 4pm', '2026-11-20T13:00:00.000Z', '2026-11-20T15:00:00.000Z', true],
    ['wednesday afternoon', '2026-11-25T12:30:00.000Z', '2026-11-25T14:30:00.000Z', true],
    ['this friday at noon', '2026-11-20T11:00:00.000Z', '2026-11-20T12:00:00.000Z', true],
    ['tonight at 8', '2026-11-19T19:00:00.000Z', '2026-11-19T20:00:00.000Z', true],
    ['in 2 weeks on wednesday at 2pm', '2026-12-02T13:00:00.000Z', '2026-12-02T14:00:00.000Z', true],
    ['tomorrow at half past three', '2026-11-20T14:30:00.000Z', '2026-11-20T15:30:00.000Z', false],
    ['tomorrow at quarter to four', '2026-11-20T14:45:00.000Z', '2026-11-20T15:45:00.000Z', false],
    ['tomorrow 10 to 11am', '2026-11-20T09:00:00.000Z', '2026-11-20T10:00:00.000Z', true],
  ])('%s', (text, start, end, certain) => {
    expect(parse(text, 'en')).toEqual(single(start, end, certain));
  });
});

describe('parseWhen: French single moments', () => {
  it.each([
    ['mardi de 8h à 9h', '2026-11-24T07:00:00.000Z', '2026-11-24T08:00:00.000Z', true],
    ['jeudi prochain à 15h30', '2026-11-26T14:30:00.000Z', '2026-11-26T15:30:00.000Z', true],
    ['après-demain 9h30', '2026-11-21T08:30:00.000Z', '2026-11-21T09:30:00.000Z', true],
    ['apres demain 9h30', '2026-11-21T08:30:00.000Z', '2026-11-21T09:30:00.000Z', true],
    ['le 12 mars à 10h', '2027-03-12T09:00:00.000Z', '2027-03-12T10:00:00.000Z', true],
    ['mercredi après-midi', '2026-11-25T12:30:00.000Z', '2026-11-25T14:30:00.000Z', true],
    ['ce soir à 20h', '2026-11-19T19:00:00.000Z', '2026-11-19T20:00:00.000Z', true],
    ['demain entre 14h et 16h', '2026-11-20T13:00:00.000Z', '2026-11-20T15:00:00.000Z', true],
    ['demain à midi', '2026-11-20T11:00:00.000Z', '2026-11-20T12:00:00.000Z', true],
    ['demain 16h moins le quart', '2026-11-20T14:45:00.000Z', '2026-11-20T15:45:00.000Z', true],
    ['demain à trois heures et demie', '2026-11-20T14:30:00.000Z', '2026-11-20T15:30:00.000Z', false],
    ['de trois à quatre heures demain', '2026-11-20T14:00:00.000Z', '2026-11-20T15:00:00.000Z', false],
  ])('%s', (text, start, end, certain) => {
    expect(parse(text, 'fr')).toEqual(single(start, end, certain));
  });
});
