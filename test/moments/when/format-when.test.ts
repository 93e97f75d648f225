import { describe, expect, it } from 'vitest';
import { seriesRuleSchema } from '../../../src/core/features/moments/calendar/index.js';
import { formatSeriesRule, formatWhen, type SeriesRule, type WhenOk } from '../../../src/core/features/moments/when/index.js';
import { parse } from './helpers.js';

const ok = (text: string, language: 'nl' | 'en' | 'fr' = 'nl'): WhenOk => {
  const r = parse(text, language);
  if (!r.ok) throw new Error(`expected ${text} to parse, got ${r.reason}`);
  return r;
};

describe('formatWhen', () => {
  it.each<['nl' | 'en' | 'fr', string]>([
    ['nl', 'dinsdag 24 november 2026, 15:30–16:30'],
    ['en', 'Tuesday 24 November 2026, 15:30–16:30'],
    ['fr', 'mardi 24 novembre 2026, 15:30–16:30'],
  ])('single moment in %s', (language, line) => {
    expect(formatWhen(ok('dinsdag 15u30'), language, 'Europe/Brussels')).toBe(line);
  });

  it('shows a single moment in the zone it is asked for', () => {
    expect(formatWhen(ok('dinsdag 15u30'), 'en', 'Europe/London')).toBe('Tuesday 24 November 2026, 14:30–15:30');
  });

  it('names the end day when a moment runs past midnight', () => {
    expect(formatWhen(ok('morgen om 23u30'), 'nl', 'Europe/Brussels')).toBe('vrijdag 20 november 2026, 23:30–zaterdag 21 november 2026, 00:30');
  });

  it.each<[string, 'nl' | 'en' | 'fr', string]>([
    ['elke 2e woensdag van de maand 14u-16u', 'nl', 'elke 2e woensdag van de maand, 14:00–16:00, vanaf 9 december 2026'],
    ['elke laatste vrijdag van de maand 12u30-13u30', 'nl', 'elke laatste vrijdag van de maand, 12:30–13:30, vanaf 27 november 2026'],
    ['om de twee weken op maandag 15u30', 'nl', 'om de twee weken op maandag, 15:30–16:30, vanaf 23 november 2026'],
    ['elke woensdag 14u tot de kerstvakantie', 'nl', 'elke woensdag, 14:00–15:00, vanaf 25 november 2026, tot en met 20 december 2026'],
    ['5 sessies dit schooljaar op woensdagnamiddag', 'nl', '5 sessies op woensdag, 13:30–15:30, gespreid tussen 25 november 2026 en 30 juni 2027'],
    ['every 2nd wednesday of the month 2pm-4pm', 'en', 'every 2nd Wednesday of the month, 14:00–16:00, from 9 December 2026'],
    ['every other monday at 3:30pm', 'en', 'every other Monday, 15:30–16:30, from 23 November 2026'],
    ['5 sessions this school year on wednesday afternoon', 'en', '5 sessions on Wednesday, 13:30–15:30, spread between 25 November 2026 and 30 June 2027'],
    ['chaque 2e mercredi du mois 14h-16h', 'fr', 'chaque 2e mercredi du mois, 14:00–16:00, à partir du 9 décembre 2026'],
    ['un lundi sur deux à 15h30', 'fr', 'un lundi sur deux, 15:30–16:30, à partir du 23 novembre 2026'],
    ['5 séances cette année scolaire le mercredi après-midi', 'fr', '5 séances le mercredi, 13:30–15:30, réparties entre le 25 novembre 2026 et le 30 juin 2027'],
  ])('series: %s', (text, language, line) => {
    expect(formatWhen(ok(text, language), language, 'Europe/Brussels')).toBe(line);
  });

  it('formats a rule with a count and an end but no spread', () => {
    const rule: SeriesRule = { weekday: 2, startTime: '16:00', endTime: '17:00', every: 'week', count: 6, from: '2026-11-24', until: '2027-01-31' };
    expect(formatSeriesRule(rule, 'nl', 'Europe/Brussels')).toBe('6 sessies elke dinsdag, 16:00–17:00, vanaf 24 november 2026, tot en met 31 januari 2027');
  });
});

describe('contract with the series expansion (moments/calendar)', () => {
  it.each([
    'elke 2e woensdag van de maand 14u-16u',
    'elke laatste vrijdag van de maand 12u30-13u30',
    '5 sessies dit schooljaar op woensdagnamiddag',
    'om de twee weken op maandag 15u30',
    'elke woensdag 14u tot de kerstvakantie',
  ])('the calendar schema accepts the rule for "%s", also after a JSON round trip', (text) => {
    const r = ok(text);
    if (r.kind !== 'series') throw new Error('expected a series');
    expect(seriesRuleSchema.parse(JSON.parse(JSON.stringify(r.rule)))).toEqual(r.rule);
  });
});
