import restify, { type Next, type Request, type RequestHandler, type Response } from 'restify';

/** Refuses anything but JSON before a body parser sees it: no form posts from other sites, no multipart temp files. */
export function requireJson(req: Request, res: Response, next: Next): void {
  if (req.is('application/json')) return next();
  res.send(415, { error: 'send a JSON body (content-type: application/json)' });
  return next(false);
}

/** A per-route JSON body parser with a size limit (restify answers 413 above it, 400 on broken JSON). */
export const jsonBody = (maxBodySize: number): RequestHandler[] => [requireJson, ...restify.plugins.bodyParser({ maxBodySize, mapParams: false })];
