import { rename } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { TextFile } from 'lowdb/node';
import type { Logger } from '../../core/index.js';
import { parseDb, type DbData, type ParsedDb } from './db-schema.js';

/** The data file could be read but not used. */
export class UnusableDataFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: Exclude<ParsedDb, { ok: true }>,
  ) {
    super(`lowdb: ${file}: ${problem.kind}: ${problem.reason}`);
  }
}

/**
 * A lowdb adapter for the data file: compact JSON (faster to write than lowdb's pretty JSONFile),
 * validated with zod on read. Writes go through steno (temp file + rename).
 */
export class ValidatedJsonFile implements Adapter<DbData> {
  private readonly text: TextFile;

  constructor(private readonly file: string) {
    this.text = new TextFile(file);
  }

  /** The validated data, or null when the file does not exist; throws UnusableDataFileError. */
  async read(): Promise<DbData | null> {
    const text = await this.text.read();
    if (text === null) return null;
    const parsed = parseDb(text);
    if (!parsed.ok) throw new UnusableDataFileError(this.file, parsed);
    return parsed.data;
  }

  /** Rewrites the whole file atomically. */
  async write(data: DbData): Promise<void> {
    await this.text.write(JSON.stringify(data));
  }
}

/**
 * Moves an unusable data file to `<file>.corrupt-<timestamp>` so that nothing ever overwrites it,
 * and says so loudly. Returns the new path.
 */
export async function moveAside(error: UnusableDataFileError, logger: Logger): Promise<string> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const movedTo = `${error.file}.corrupt-${stamp}`;
  await rename(error.file, movedTo);
  logger.error(
    `lowdb: the data file ${error.file} is unreadable (${error.problem.kind}); it was moved aside to ${movedTo} and Leerkring starts with EMPTY storage. ` +
      'Repair or restore that file, stop Leerkring and put it back to recover the data.',
    { file: error.file, movedTo, kind: error.problem.kind, reason: error.problem.reason },
  );
  return movedTo;
}
