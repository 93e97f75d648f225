import { z } from 'zod';
import {
  addressSchema,
  agreementSchema,
  draftSchema,
  groupSchema,
  inboxEntrySchema,
  membershipSchema,
  momentSchema,
  personSchema,
  questionSchema,
  reminderSchema,
  customStarterSchema,
  downloadLinkSchema,
  reflectionSchema,
  starterAnswerSchema,
  starterPostSchema,
  needsAnswerSchema,
  needsRoundSchema,
} from '../shared/record-schemas.js';

/** The data file format version this code reads and writes. */
export const DB_VERSION = 1;

/**
 * The whole data file. Every collection is a record keyed like its repository; a new kind of
 * record is one schema plus one line here (with `.default({})` so older files still load) and
 * one line in the collections of `lowdb-storage.ts`.
 */
export const dbSchema = z
  .object({
    version: z.literal(DB_VERSION),
    /** The last journal entry already contained in this file. */
    journalSeq: z.number().int().nonnegative().default(0),
    people: z.record(z.string(), personSchema).default({}),
    addresses: z.record(z.string(), addressSchema).default({}),
    inbox: z.record(z.string(), inboxEntrySchema).default({}),
    groups: z.record(z.string(), groupSchema).default({}),
    memberships: z.record(z.string(), membershipSchema).default({}),
    moments: z.record(z.string(), momentSchema).default({}),
    questions: z.record(z.string(), questionSchema).default({}),
    agreements: z.record(z.string(), agreementSchema).default({}),
    reminders: z.record(z.string(), reminderSchema).default({}),
    drafts: z.record(z.string(), draftSchema).default({}),
    customStarters: z.record(z.string(), customStarterSchema).default({}),
    starterPosts: z.record(z.string(), starterPostSchema).default({}),
    starterAnswers: z.record(z.string(), starterAnswerSchema).default({}),
    reflections: z.record(z.string(), reflectionSchema).default({}),
    downloads: z.record(z.string(), downloadLinkSchema).default({}),
    needsRounds: z.record(z.string(), needsRoundSchema).default({}),
    needsAnswers: z.record(z.string(), needsAnswerSchema).default({}),
  })
  .superRefine((db, ctx) => {
    for (const [key, person] of Object.entries(db.people)) {
      if (person.key !== key) ctx.addIssue({ code: 'custom', path: ['people', key, 'key'], message: `person stored under "${key}" has key "${person.key}"` });
    }
  });

/** The parsed data file. */
export type DbData = z.output<typeof dbSchema>;

/** An empty database. */
export const emptyDb = (): DbData => dbSchema.parse({ version: DB_VERSION });


/** Outcome of reading the data file's text. */
export type ParsedDb =
  | { ok: true; data: DbData }
  | { ok: false; kind: 'invalid-json' | 'invalid-schema'; reason: string }
  | { ok: false; kind: 'newer-version'; version: number; reason: string };

/** Parses and validates the data file's text; never throws. */
export function parseDb(text: string): ParsedDb {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, kind: 'invalid-json', reason: err instanceof Error ? err.message : String(err) };
  }
  const version = typeof raw === 'object' && raw !== null ? (raw as { version?: unknown }).version : undefined;
  // A file from a newer release is not corrupt: moving it aside would silently empty the bot on a rollback.
  if (typeof version === 'number' && version > DB_VERSION) {
    return { ok: false, kind: 'newer-version', version, reason: `data file version ${version} is newer than ${DB_VERSION}` };
  }
  const result = dbSchema.safeParse(raw);
  if (!result.success) return { ok: false, kind: 'invalid-schema', reason: z.prettifyError(result.error) };
  return { ok: true, data: result.data };
}
