import { afterEach, describe, expect, it } from 'vitest';
import { formatWhen, parseWhen, type WhenResult } from '../../../src/core/features/moments/when/index.js';
import { parse, single } from './helpers.js';

describe('parseWhen: wall clock in the zone, DST of the target date', () => {
  it.each([
    // now, text, start, end
    ['2026-11-19T08:00:00Z', '12 maart 10u', '2027-03-12T09:00:00.000Z', '2027-03-12T10:00:00.000Z'], // winter, +01:00
    ['2026-11-19T08:00:00Z', '12 april 10u', '2027-04-12T08:00:00.000Z', '2027-04-12T09:00:00.000Z'], // summer, +02:00
    ['2026-11-19T08:00:00Z', '28 maart 2027 10u', '2027-03-28T08:00:00.000Z', '2027-03-28T09:00:00.000Z'], // DST day, after the jump
    ['2027-03-27T09:00:00Z', 'morgen om 10u', '2027-03-28T08:00:00.000Z', '2027-03-28T09:00:00.000Z'], // now in winter, target in summer
    ['2027-03-27T09:00:00Z', 'zondag 10u tot 12u', '2027-03-28T08:00:00.000Z', '2027-03-28T10:00:00.000Z'],
    // 02:30 does not exist on 28 March 2027: luxon moves it forward to 03:30 +02:00.
    ['2026-11-19T08:00:00Z', '28 maart 2027 om 02:30', '2027-03-28T01:30:00.000Z', '2027-03-28T02:30:00.000Z'],
    ['2026-10-20T08:00:00Z', 'zaterdag 24 oktober 10u', '2026-10-24T08:00:00.000Z', '2026-10-24T09:00:00.000Z'], // +02:00
    ['2026-10-20T08:00:00Z', 'zondag 25 oktober 10u', '2026-10-25T09:00:00.000Z', '2026-10-25T10:00:00.000Z'], // +01:00 after fall-back
    // "today" is the day in Brussels: 00:30 on Friday there is still Thursday 23:30 UTC.
    ['2026-11-19T23:30:00Z', 'morgen om 9u', '2026-11-21T08:00:00.000Z', '2026-11-21T09:00:00.000Z'],
    ['2026-11-19T23:30:00Z', 'vandaag om 9u', '2026-11-20T08:00:00.000Z', '2026-11-20T09:00:00.000Z'],
  ])('now %s: %s', (now, text, start, end) => {
    expect(parse(text, 'nl', new Date(now))).toEqual(single(start, end));
  });

  it('reads the wall clock of another zone', () => {
    expect(parseWhen('tomorrow at 9am', { now: new Date('2026-11-19T08:00:00Z'), zone: 'America/New_York', language: 'en' })).toEqual({
      ok: true,
      kind: 'single',
      start: '2026-11-20T14:00:00.000Z',
      end: '2026-11-20T15:00:00.000Z',
      zone: 'America/New_York',
      timeCertain: true,
    });
  });

  it('formats a summer and a winter moment with their own offsets back to the same wall clock', () => {
    const summer = parse('12 april 10u') as Extract<WhenResult, { ok: true }>;
    const winter = parse('12 maart 10u') as Extract<WhenResult, { ok: true }>;
    expect(formatWhen(summer, 'nl', 'Europe/Brussels')).toBe('maandag 12 april 2027, 10:00–11:00');
    expect(formatWhen(winter, 'nl', 'Europe/Brussels')).toBe('vrijdag 12 maart 2027, 10:00–11:00');
  });
});

describe('parseWhen: independent of the process time zone', () => {
  const original = process.env['TZ'];
  afterEach(() => {
    if (original === undefined) delete process.env['TZ'];
    else process.env['TZ'] = original;
  });

  it.each(['Pacific/Auckland', 'America/Los_Angeles', 'UTC'])('gives the same instants with TZ=%s', (tz) => {
    const texts = ['morgen om 14u', '28 maart 2027 10u', '12 april 10u', 'elke 2e woensdag van de maand 14u-16u', 'over 2 weken op woensdag 14u'];
    const before = texts.map((t) => parse(t));
    process.env['TZ'] = tz;
    // Proves the switch took effect, so the comparison below means something.
    expect(new Date('2026-07-01T00:00:00Z').getTimezoneOffset()).toBe(tz === 'UTC' ? 0 : tz === 'Pacific/Auckland' ? -720 : 420);
    expect(texts.map((t) => parse(t))).toEqual(before);
  });
});
