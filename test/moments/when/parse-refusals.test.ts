import { describe, expect, it } from 'vitest';
import { parseWhen } from '../../../src/core/features/moments/when/index.js';
import { parse, THU_0900 } from './helpers.js';

// Reference now: Thursday 2026-11-19 09:00 Brussels.
describe('parseWhen: refusals', () => {
  it.each<[string, 'nl' | 'en' | 'fr', string, string | undefined]>([
    ['dinsdag 10u tot 9u', 'nl', 'end-before-start', '10:00–09:00'],
    ['morgen 16u-14u', 'nl', 'end-before-start', undefined],
    ['tuesday 10am to 9am', 'en', 'end-before-start', undefined],
    ['mardi de 10h à 9h', 'fr', 'end-before-start', undefined],
    ['31 februari 14u', 'nl', 'impossible-date', '31 februari'],
    ['30/02 om 10u', 'nl', 'impossible-date', '30/02'],
    ['31 april 2027 om 10u', 'nl', 'impossible-date', '31 april 2027'],
    ['29 februari 10u', 'nl', 'impossible-date', '29 februari'],
    ['12/13 om 10u', 'nl', 'impossible-date', '12/13'],
    ['february 31 at 10am', 'en', 'impossible-date', 'february 31'],
    ['31 février à 10h', 'fr', 'impossible-date', '31 février'],
    ['dinsdag 25 november 14u', 'nl', 'impossible-date', undefined],
    ['morgen 25u', 'nl', 'impossible-date', undefined],
    ['hallo, zin in koffie?', 'nl', 'no-date', undefined],
    ['', 'nl', 'no-date', undefined],
    ['volgende week 14u', 'nl', 'no-date', undefined],
    ['dinsdag', 'nl', 'no-time', undefined],
    ['12 maart', 'nl', 'no-time', undefined],
    ['overmorgen', 'nl', 'no-time', undefined],
    ['next thursday', 'en', 'no-time', undefined],
    ['jeudi prochain', 'fr', 'no-time', undefined],
    ['morgen om 14u of 15u', 'nl', 'no-time', undefined],
    ['gisteren om 14u', 'nl', 'past', undefined],
    ['yesterday at 2pm', 'en', 'past', undefined],
    ['hier à 14h', 'fr', 'past', undefined],
    ['12 maart 2020 10u', 'nl', 'past', undefined],
    ['vandaag om 8u', 'nl', 'past', undefined],
    ['vorige dinsdag 14u', 'nl', 'past', undefined],
    ['half negen', 'nl', 'past', undefined],
    ['12 maart en 13 maart om 10u', 'nl', 'too-many', undefined],
    ['500 sessies', 'nl', 'too-many', undefined],
  ])('%s → %s', (text, language, reason, detail) => {
    const r = parse(text, language);
    expect(r).toMatchObject({ ok: false, reason });
    if (detail !== undefined) expect(r).toMatchObject({ detail });
  });

  it('a time alone that has passed today is refused as past, not moved to tomorrow', () => {
    expect(parse('15u30', 'nl', new Date('2026-11-19T15:00:00Z'))).toMatchObject({ ok: false, reason: 'past', detail: expect.stringContaining('time only') });
  });

  it('throws on an unknown time zone: a programming error, not user input', () => {
    expect(() => parseWhen('morgen 14u', { now: THU_0900, zone: 'Europe/Atlantis', language: 'nl' })).toThrow(RangeError);
  });
});
