import type { Request, Response, Server } from 'restify';
import type { Logger } from '../core/ports/logger.js';
import type { ChartStore } from '../core/ports/charts.js';

/** `<token>.png`; tokens come from ChartStore.put (base64url). */
const FILE = /^([A-Za-z0-9_-]{16,128})\.png$/;

function notFound(res: Response): void {
  // One answer for a malformed name and an unknown or expired token alike.
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end('Not found');
}

/** Serves rendered charts: `GET /charts/<token>.png`, for Slack image blocks and Teams cards to fetch. */
export function mountChartRoutes(server: Server, deps: { store: ChartStore; logger: Logger }): void {
  const serve = async (req: Request, res: Response): Promise<void> => {
    const match = FILE.exec(String(req.params?.file ?? ''));
    const image = match ? deps.store.get(match[1]!) : undefined;
    if (!image) {
      deps.logger.debug('charts: not found');
      return notFound(res);
    }
    res.writeHead(200, {
      'content-type': 'image/png',
      'content-length': String(image.png.byteLength),
      'cache-control': 'private, max-age=86400',
      'x-content-type-options': 'nosniff',
    });
    res.end(Buffer.from(image.png.buffer, image.png.byteOffset, image.png.byteLength));
  };
  server.get('/charts/:file', serve);
  // Some link unfurlers ask with HEAD first; Node leaves the body out of HEAD answers.
  server.head('/charts/:file', serve);
}
