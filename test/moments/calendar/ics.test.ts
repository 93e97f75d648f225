import { afterEach, describe, expect, it } from 'vitest';
import { foldLine, icsToken, momentToIcs, seriesToIcs, type IcsMoment } from '../../../src/calendar-files/ics.js';
import { expandSeries } from '../../../src/core/features/moments/calendar/index.js';

type Prop = { name: string; params: string; value: string };

/** A small RFC 5545 reader: checks CRLF, unfolds, and splits into components with their properties. */
function parseIcs(ics: string): { calendar: Prop[]; events: Prop[][]; physical: string[] } {
  expect(ics.endsWith('\r\n')).toBe(true);
  const physical = ics.slice(0, -2).split('\r\n');
  for (const line of physical) expect(line, 'bare CR or LF').not.toMatch(/[\r\n]/);
  const logical = ics.replace(/\r\n[ \t]/g, '').slice(0, -2).split('\r\n');
  const calendar: Prop[] = [];
  const events: Prop[][] = [];
  const stack: string[] = [];
  for (const line of logical) {
    const m = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    expect(m, `not a content line: ${line}`).not.toBeNull();
    const [, name, params, value] = m as unknown as [string, string, string, string];
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') events.push([]);
      continue;
    }
    if (name === 'END') {
      expect(stack.pop()).toBe(value);
      continue;
    }
    const prop = { name, params, value };
    if (stack.at(-1) === 'VEVENT') events.at(-1)!.push(prop);
    else if (stack.at(-1) === 'VCALENDAR') calendar.push(prop);
    else throw new Error(`property outside a known component: ${line}`);
  }
  expect(stack).toEqual([]);
  return { calendar, events, physical };
}

const get = (props: Prop[], name: string) => props.filter((p) => p.name === name).map((p) => p.value);
const one = (props: Prop[], name: string) => {
  const values = get(props, name);
  expect(values, name).toHaveLength(1);
  return values[0]!;
};
const unescapeText = (s: string) => s.replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');

const moment = (over: Partial<IcsMoment> = {}): IcsMoment => ({
  uid: 'moment-42-1@leerkring',
  sequence: 0,
  title: 'PLG wiskunde: evaluatie',
  start: '2026-10-21T12:00:00Z',
  end: '2026-10-21T13:30:00Z',
  status: 'CONFIRMED',
  ...over,
});

describe('momentToIcs', () => {
  it('writes one VCALENDAR with one VEVENT in UTC', () => {
    const { calendar, events } = parseIcs(
      momentToIcs(moment({ description: 'Lees vooraf:\nhoofdstuk 3, p. 12; en noteer 1 vraag', location: 'Lokaal 3, Kerkstraat 12', url: 'https://leerkring.example/g/7?m=42' })),
    );
    expect(one(calendar, 'VERSION')).toBe('2.0');
    expect(one(calendar, 'PRODID')).toBe('-//Leerkring//NL');
    expect(one(calendar, 'METHOD')).toBe('PUBLISH');
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(one(event, 'UID')).toBe('moment-42-1@leerkring');
    expect(one(event, 'SEQUENCE')).toBe('0');
    expect(one(event, 'DTSTART')).toBe('20261021T120000Z');
    expect(one(event, 'DTEND')).toBe('20261021T133000Z');
    expect(one(event, 'DTSTAMP')).toMatch(/^\d{8}T\d{6}Z$/);
    expect(one(event, 'STATUS')).toBe('CONFIRMED');
    expect(unescapeText(one(event, 'SUMMARY'))).toBe('PLG wiskunde: evaluatie');
    expect(one(event, 'DESCRIPTION')).toBe('Lees vooraf:\\nhoofdstuk 3\\, p. 12\\; en noteer 1 vraag');
    expect(unescapeText(one(event, 'LOCATION'))).toBe('Lokaal 3, Kerkstraat 12');
    expect(one(event, 'URL')).toBe('https://leerkring.example/g/7?m=42');
    expect(event.filter((p) => p.params.includes('TZID'))).toEqual([]);
  });

  it('has no VTIMEZONE and converts offsets to UTC', () => {
    const ics = momentToIcs(moment({ start: '2026-10-28T14:00:00+01:00', end: '2026-10-28T15:30+01:00' }));
    expect(ics).not.toContain('VTIMEZONE');
    const event = parseIcs(ics).events[0]!;
    expect(one(event, 'DTSTART')).toBe('20261028T130000Z');
    expect(one(event, 'DTEND')).toBe('20261028T143000Z');
  });

  describe('whatever the process time zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });
    it('writes the same UTC times', () => {
      process.env.TZ = 'America/New_York';
      expect(one(parseIcs(momentToIcs(moment())).events[0]!, 'DTSTART')).toBe('20261021T120000Z');
    });
  });

  it('cancels with the same UID, a higher SEQUENCE and STATUS:CANCELLED', () => {
    const event = parseIcs(momentToIcs(moment({ sequence: 2, status: 'CANCELLED' }))).events[0]!;
    expect(one(event, 'UID')).toBe('moment-42-1@leerkring');
    expect(one(event, 'SEQUENCE')).toBe('2');
    expect(one(event, 'STATUS')).toBe('CANCELLED');
  });

  it('uses CRLF everywhere and folds long lines at 75 octets without breaking characters', () => {
    const title = 'Collegiaal bezoek — één leerkracht observeert de lessen “Frans” en “Wiskunde”: ééééééééééééééééééééé ✏️📚 einde';
    const description = 'Ça va être très intéressant. '.repeat(20);
    const ics = momentToIcs(moment({ title, description }));
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const { events, physical } = parseIcs(ics);
    for (const line of physical) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    expect(physical.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(5);
    for (const line of physical) expect(line, 'no broken UTF-8').not.toContain('\uFFFD');
    expect(unescapeText(one(events[0]!, 'SUMMARY'))).toBe(title);
    expect(unescapeText(one(events[0]!, 'DESCRIPTION'))).toBe(description);
  });

  it('rejects invalid moments with a clear message', () => {
    const cases: Array<[Partial<IcsMoment>, RegExp]> = [
      [{ uid: '' }, /uid must not be empty/],
      [{ uid: 'moment 1' }, /uid may only contain/],
      [{ sequence: -1 }, /sequence/],
      [{ sequence: 1.5 }, /sequence must be a whole number/],
      [{ title: '   ' }, /title must not be empty/],
      [{ title: 'a\u0007b' }, /title must not contain control characters/],
      [{ start: '2026-10-21 12:00' }, /start must be an ISO date-time/],
      [{ start: '2026-10-21T12:00:00' }, /start must be an ISO date-time with Z or an offset/],
      [{ end: '2026-10-21T12:00:00Z' }, /end must be after start/],
      [{ url: 'ftp://example.com/x' }, /url must be an http\(s\) URL/],
      [{ url: 'not a url' }, /url must be an http\(s\) URL/],
      [{ status: 'TENTATIVE' as IcsMoment['status'] }, /status/],
    ];
    for (const [over, message] of cases) expect(() => momentToIcs(moment(over)), JSON.stringify(over)).toThrow(message);
    expect(() => momentToIcs({ ...moment(), colour: 'red' } as IcsMoment)).toThrow(/colour/);
  });
});

describe('seriesToIcs', () => {
  it('writes one VCALENDAR with a VEVENT per moment, each with its own stable UID', () => {
    const series = expandSeries(
      { weekday: 3, startTime: '14:00', endTime: '15:30', every: 'week', from: '2026-11-25', until: '2027-01-20' },
      { zone: 'Europe/Brussels', community: 'vl', now: new Date('2026-11-01T00:00:00Z') },
    );
    const moments = series.occurrences.map((o) => moment({ uid: `series-9-${o.date}@leerkring`, start: o.start, end: o.end }));
    const ics = seriesToIcs(moments);
    expect(ics.match(/BEGIN:VCALENDAR/g)).toHaveLength(1);
    const { calendar, events } = parseIcs(ics);
    expect(one(calendar, 'METHOD')).toBe('PUBLISH');
    expect(events).toHaveLength(7);
    expect(events.map((e) => one(e, 'UID'))).toEqual(series.occurrences.map((o) => `series-9-${o.date}@leerkring`));
    expect(events.map((e) => one(e, 'DTSTART'))).toEqual([
      '20261125T130000Z', '20261202T130000Z', '20261209T130000Z', '20261216T130000Z', '20270106T130000Z', '20270113T130000Z', '20270120T130000Z',
    ]);
    // The same input gives the same UIDs: re-publishing updates the events instead of duplicating them.
    expect(parseIcs(seriesToIcs(moments)).events.map((e) => one(e, 'UID'))).toEqual(events.map((e) => one(e, 'UID')));
  });

  it('mixes confirmed and cancelled moments', () => {
    const { events } = parseIcs(seriesToIcs([moment({ uid: 'a@leerkring' }), moment({ uid: 'b@leerkring', sequence: 3, status: 'CANCELLED' })]));
    expect(events.map((e) => [one(e, 'UID'), one(e, 'SEQUENCE'), one(e, 'STATUS')])).toEqual([
      ['a@leerkring', '0', 'CONFIRMED'],
      ['b@leerkring', '3', 'CANCELLED'],
    ]);
  });

  it('rejects an empty list, duplicate UIDs and says which moment is wrong', () => {
    expect(() => seriesToIcs([])).toThrow(/at least one moment/);
    expect(() => seriesToIcs([moment(), moment()])).toThrow(/uid moment-42-1@leerkring is used twice/);
    expect(() => seriesToIcs([moment({ uid: 'ok@leerkring' }), moment({ uid: 'bad@leerkring', end: '2026-10-21T11:00:00Z' })])).toThrow(/moment 1 \(bad@leerkring\).*end must be after start/);
  });
});

describe('foldLine', () => {
  it('leaves short lines alone and folds at exactly 75 octets', () => {
    expect(foldLine('SUMMARY:kort')).toBe('SUMMARY:kort');
    const folded = foldLine(`X:${'a'.repeat(200)}`).split('\r\n');
    expect(folded.map((l) => Buffer.byteLength(l))).toEqual([75, 75, 54]); // 202 octets = 75 + 74 + 53, each continuation line starts with a space;
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
  });

  it('never splits a multi-byte character', () => {
    const folded = foldLine(`SUMMARY:${'é'.repeat(100)}`).split('\r\n');
    for (const line of folded) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(`SUMMARY:${'é'.repeat(100)}`);
  });
});

describe('icsToken', () => {
  it('is 32 base64url characters and different each time', () => {
    const tokens = new Set(Array.from({ length: 50 }, () => icsToken()));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });
});
