import type { Request, Response, Server } from 'restify';
import { systemClock, type Clock, type Logger, type Storage } from '../core/index.js';
import { answersCsv } from '../core/features/starters/results/answers-csv.js';
import { needsCsv } from '../core/features/needs/results/needs-csv.js';
import { visitsOverviewCsv } from '../core/features/visits/visits-csv.js';

/** A CSV file to serve, and what to log about it (ids only). */
interface Served {
  filename: string;
  body: string;
  log: Record<string, string>;
}

/** Writes the file behind a token, by the link's kind; undefined for unknown, expired or withheld. */
async function fileFor(storage: Storage, token: string, now: Date): Promise<Served | undefined> {
  const link = await storage.downloads.get(token);
  if (!link) return undefined;
  switch (link.kind) {
    case 'starter-answers': {
      const file = await answersCsv(storage, token, now);
      return file && { filename: file.filename, body: file.body, log: { kind: link.kind, postId: file.postId } };
    }
    case 'needs-answers': {
      const file = await needsCsv(storage, token, now);
      return file && { filename: file.filename, body: file.body, log: { kind: link.kind, roundId: file.roundId } };
    }
    case 'visits-overview': {
      const file = await visitsOverviewCsv(storage, token, now);
      return file && { filename: file.filename, body: file.body, log: { kind: link.kind, groupId: file.groupId } };
    }
  }
}

/** `<token>.csv`; tokens are base64url (newToken gives 32 characters). */
const FILE = /^([A-Za-z0-9_-]{16,128})\.csv$/;

function notFound(res: Response): void {
  // One answer for a malformed name, an unknown token and an expired one alike: it says nothing about which tokens exist.
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end('Not found');
}

/**
 * Serves CSV exports of a conversation starter's or a needs round's answers (a needs round below 3 answers: 404) and of a group's visits overview: `GET /downloads/<token>.csv`, valid 24 hours after the
 * facilitator asked for it. UTF-8 with a byte order mark and semicolons, so Excel opens it as it should.
 */
export function mountDownloadRoutes(server: Server, deps: { storage: Storage; logger: Logger; clock?: Clock }): void {
  const clock = deps.clock ?? systemClock;
  server.get('/downloads/:file', async (req: Request, res: Response) => {
    const match = FILE.exec(String(req.params?.file ?? ''));
    let file;
    try {
      file = match ? await fileFor(deps.storage, match[1]!, clock.now()) : undefined;
    } catch (error) {
      deps.logger.error('download: could not write the file', { error: error instanceof Error ? error.message : String(error) });
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end('Download unavailable');
      return;
    }
    if (!file) return notFound(res);
    deps.logger.info('download: answers exported', file.log);
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${file.filename}"`,
      'cache-control': 'no-store',
    });
    res.end(file.body);
  });
}
