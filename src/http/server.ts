import restify, { type Server } from 'restify';
import type { Logger } from '../core/index.js';

/** What /healthz reports besides storage. */
export interface HealthSource {
  storageHealthy(): Promise<boolean>;
  channels: Record<string, boolean>;
}

/** The one restify server all channels mount on. No global body parser: Slack needs the raw body for its signature. */
export function createHttpServer(opts: { logger: Logger; health: HealthSource }): Server {
  const server = restify.createServer({ name: 'leerkring', handleUncaughtExceptions: false });
  server.pre((req, res, next) => {
    res.setHeader('x-content-type-options', 'nosniff');
    return next();
  });

  server.get('/healthz', async (_req, res) => {
    let storage = false;
    try {
      storage = await opts.health.storageHealthy();
    } catch (error) {
      opts.logger.error('health check: storage failed', { error: String(error) });
    }
    res.send(storage ? 200 : 503, { status: storage ? 'ok' : 'degraded', storage: storage ? 'ok' : 'failing', channels: opts.health.channels });
  });

  // A handler that throws is our fault, not the client's: log it with the route, answer 500 without internals.
  server.on('restifyError', (req, _res, err: Error & { statusCode?: number }, callback: () => void) => {
    const status = err.statusCode ?? 500;
    if (status >= 500) opts.logger.error('request failed', { method: req.method, path: req.path(), error: err.message });
    else opts.logger.debug('request refused', { method: req.method, path: req.path(), status, error: err.message });
    return callback();
  });
  return server;
}

/** Starts listening; resolves with the base URL (port 0 picks a free port). */
export async function listen(server: Server, port: number, host: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.removeListener('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return `http://${shownHost}:${address.port}`;
}
