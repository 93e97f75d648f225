import { z } from 'zod';
import { COLLECTION_SCHEMAS } from '../shared/record-schemas.js';

/** The data file format version this code reads and writes. */
export const DB_VERSION = 1;

type CollectionSchemas = typeof COLLECTION_SCHEMAS;

// `.default({})` on every collection so files written before a collection existed still load.
const collectionFields = Object.fromEntries(
  Object.entries(COLLECTION_SCHEMAS).map(([name, schema]) => [name, z.record(z.string(), schema).default({})]),
) as { [K in keyof CollectionSchemas]: z.ZodDefault<z.ZodRecord<z.ZodString, CollectionSchemas[K]>> };

/** The whole data file: version, journal position, and one record per collection of COLLECTION_SCHEMAS. */
export const dbSchema = z
  .object({
    version: z.literal(DB_VERSION),
    /** The last journal entry already contained in this file. */
    journalSeq: z.number().int().nonnegative().default(0),
    ...collectionFields,
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
