/**
 * iCalendar (.ics) files for moments, for "add to my calendar" download links.
 *
 * Built with `ics` 3.12.0, which writes UTC times and no VTIMEZONE; every calendar client converts
 * UTC to its own zone. One VEVENT per moment, each with its own stable UID: publishing the same UID
 * again with a higher SEQUENCE updates the event in the client, and STATUS:CANCELLED with the same
 * UID (and a higher SEQUENCE) removes it. The caller owns UID and SEQUENCE.
 *
 * `ics` folds lines at 75 characters (code points) with a TAB; RFC 5545 §3.1 asks for 75 octets.
 * The output is therefore unfolded and refolded here at 75 octets, never inside a UTF-8 sequence,
 * with a single space as the continuation marker. Lines end in CRLF.
 */
import { randomBytes } from 'node:crypto';
import { createEvents, type EventAttributes } from 'ics';
import { z } from 'zod';

export const ICS_PRODUCT_ID = '-//Leerkring//NL';
export const ICS_METHOD = 'PUBLISH';
/** The media type to serve an .ics download with. */
export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8';

export type IcsMoment = {
  /** Stable id of this moment, e.g. 'moment-42-3@leerkring'; the same for every update and the cancellation. */
  uid: string;
  /** 0 for the first publication; increase it on every change and on cancellation. */
  sequence: number;
  title: string;
  description?: string;
  location?: string;
  /** An http(s) link, e.g. back to the group. */
  url?: string;
  /** ISO instants with Z or an offset, e.g. '2026-10-21T12:00:00Z'. */
  start: string;
  end: string;
  status: 'CONFIRMED' | 'CANCELLED';
};

// Characters that would break the content line or that RFC 5545 TEXT cannot carry.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

const text = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !CONTROL.test(s), { message: 'must not contain control characters' });

const instant = z
  .string()
  .regex(INSTANT, 'must be an ISO date-time with Z or an offset, e.g. 2026-10-21T12:00:00Z')
  .refine((s) => !Number.isNaN(Date.parse(s)), { message: 'must be a real date-time' });

const momentSchema = z
  .object({
    uid: z
      .string()
      .min(1, 'must not be empty')
      .max(255, 'must be at most 255 characters')
      .regex(/^[A-Za-z0-9@._:+=/-]+$/, 'may only contain letters, digits and @ . _ : + = / -'),
    sequence: z.number().int('must be a whole number').min(0).max(2147483647),
    title: text(500).refine((s) => s.trim().length > 0, { message: 'must not be empty' }),
    description: text(10_000).optional(),
    location: text(500).optional(),
    url: z
      .string()
      .max(2000)
      .refine((s) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol), { message: 'must be an http(s) URL' })
      .optional(),
    start: instant,
    end: instant,
    status: z.enum(['CONFIRMED', 'CANCELLED']),
  })
  .strict()
  .refine((m) => Date.parse(m.end) > Date.parse(m.start), { message: 'end must be after start', path: ['end'] });

function validate(moments: readonly IcsMoment[]): void {
  if (!Array.isArray(moments) || moments.length === 0) throw new Error('ics: at least one moment is needed');
  const seen = new Set<string>();
  moments.forEach((moment, i) => {
    const result = momentSchema.safeParse(moment);
    if (!result.success) {
      const issues = result.error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')} ${issue.message}` : issue.message));
      throw new Error(`ics: invalid moment ${i}${typeof moment?.uid === 'string' ? ` (${moment.uid})` : ''}: ${issues.join('; ')}`);
    }
    if (seen.has(moment.uid)) throw new Error(`ics: uid ${moment.uid} is used twice; every moment needs its own uid`);
    seen.add(moment.uid);
  });
}

function toEvent(moment: IcsMoment): EventAttributes {
  return {
    uid: moment.uid,
    sequence: moment.sequence,
    title: moment.title,
    ...(moment.description ? { description: moment.description } : {}),
    ...(moment.location ? { location: moment.location } : {}),
    // Normalised (lower-case host, encoded path) so ics' own URL check accepts every valid URL.
    ...(moment.url ? { url: new URL(moment.url).href } : {}),
    // Epoch milliseconds: ics writes them as UTC (…Z) whatever the process time zone is.
    start: Date.parse(moment.start),
    end: Date.parse(moment.end),
    startInputType: 'utc',
    startOutputType: 'utc',
    endInputType: 'utc',
    endOutputType: 'utc',
    status: moment.status,
  };
}

const encoder = new TextEncoder();

/** Folds one content line so that no physical line is longer than 75 octets (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space of a continuation line is the 75th octet
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function refold(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** One VCALENDAR (METHOD:PUBLISH, PRODID -//Leerkring//NL) with one VEVENT per moment. Throws on invalid input. */
export function seriesToIcs(moments: readonly IcsMoment[]): string {
  validate(moments);
  const { error, value } = createEvents(moments.map(toEvent), { productId: ICS_PRODUCT_ID, method: ICS_METHOD });
  if (error || !value) throw new Error(`ics: could not write the calendar: ${error?.message ?? 'no output'}`);
  return refold(value);
}

/** A VCALENDAR with a single VEVENT. Throws on invalid input. */
export function momentToIcs(moment: IcsMoment): string {
  return seriesToIcs([moment]);
}

/** An unguessable token for an .ics download link: 24 random bytes, base64url (32 characters). */
export function icsToken(): string {
  return randomBytes(24).toString('base64url');
}
