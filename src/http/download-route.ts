import type { Request, Response, Server } from 'restify';
import { systemClock, type Clock, type Logger, type Storage } from '../core/index.js';
import { answersCsv } from '../core/features/starters/results/answers-csv.js';

/** `<token>.csv`; tokens are base64url (newToken gives 32 characters). */
const FILE = /^([A-Za-z0-9_-]{16,128})\.csv$/;

function notFound(res: Response): void {
  // One answer for a malformed name, an unknown token and an expired one alike: it says nothing about which tokens exist.
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end('Not found');
}

/**
 * Serves CSV exports of a conversation starter's answers: `GET /downloads/<token>.csv`, valid 24 hours after the
 * facilitator asked for it. UTF-8 with a byte order mark and semicolons, so Excel opens it as it should.
 */
export function mountDownloadRoutes(server: Server, deps: { storage: Storage; logger: Logger; clock?: Clock }): void {
  const clock = deps.clock ?? systemClock;
  server.get('/downloads/:file', async (req: Request, res: Response) => {
    const match = FILE.exec(String(req.params?.file ?? ''));
    let file;
    try {
      file = match ? await answersCsv(deps.storage, match[1]!, clock.now()) : undefined;
    } catch (error) {
      deps.logger.error('download: could not write the file', { error: error instanceof Error ? error.message : String(error) });
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end('Download unavailable');
      return;
    }
    if (!file) return notFound(res);
    deps.logger.info('download: answers exported', { postId: file.postId });
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${file.filename}"`,
      'cache-control': 'no-store',
    });
    res.end(file.body);
  });
}
