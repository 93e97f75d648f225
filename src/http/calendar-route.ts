import { DateTime } from 'luxon';
import type { Request, Response, Server } from 'restify';
import { ICS_CONTENT_TYPE, seriesToIcs, type IcsMoment } from '../calendar-files/ics.js';
import { t, type Logger, type Moment, type Storage } from '../core/index.js';
import { visitToIcsEvent } from '../calendar-files/visit-ics.js';

/** `<token>.ics`; tokens are base64url (newToken gives 32 characters). */
const FILE = /^([A-Za-z0-9_-]{16,128})\.ics$/;

// Control characters other than tab and newlines are refused by the .ics writer; old records may hold them.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const clean = (value: string | undefined): string | undefined => value?.replace(CONTROL, '').trim() || undefined;

const isWebLink = (value: string | undefined): value is string => !!value && URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);

/** A stored moment as an iCalendar event: stable UID per moment, SEQUENCE from the moment, CANCELLED when cancelled. */
export function momentToIcsEvent(moment: Moment): IcsMoment {
  // The file has no reader's language; labels are Dutch, Leerkring's default.
  const description = [
    moment.agenda ? `${t('nl', 'moment.agenda')}:\n${moment.agenda}` : undefined,
    moment.prepare ? `${t('nl', 'moment.prepare')}:\n${moment.prepare}` : undefined,
    moment.onlineUrl ? `${t('nl', 'moment.online')}: ${moment.onlineUrl}` : undefined,
  ]
    .filter((p): p is string => !!p)
    .join('\n\n');
  const location = clean(moment.place) ?? clean(moment.onlineUrl);
  return {
    uid: `${moment.id}@leerkring`,
    sequence: moment.sequence,
    title: clean(moment.title)?.slice(0, 500) ?? 'Leerkring',
    ...(clean(description) ? { description: clean(description)!.slice(0, 10_000) } : {}),
    ...(location ? { location: location.slice(0, 500) } : {}),
    ...(isWebLink(moment.onlineUrl) && moment.onlineUrl.length <= 2000 ? { url: moment.onlineUrl } : {}),
    start: moment.start,
    end: moment.end,
    status: moment.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
  };
}

function notFound(res: Response): void {
  // One answer for a malformed name and an unknown token alike: the response says nothing about which tokens exist.
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end('Not found');
}

/**
 * Serves calendar files: `GET /kalender/<token>.ics` (one moment), `GET /kalender/reeks/<token>.ics`
 * (every moment of the series that moment belongs to, cancelled ones included so calendars drop them) and
 * `GET /kalender/bezoek/<token>.ics` (one collegial visit, for visitor and host alike).
 */
export function mountCalendarRoutes(server: Server, deps: { storage: Storage; logger: Logger }): void {
  const serve = (wholeSeries: boolean) => async (req: Request, res: Response) => {
    const match = FILE.exec(String(req.params?.file ?? ''));
    const moment = match ? await deps.storage.moments.findByIcsToken(match[1]!) : undefined;
    if (!moment) return notFound(res);
    const moments = wholeSeries && moment.seriesId ? await deps.storage.moments.listBySeries(moment.seriesId) : [moment];
    let body: string;
    try {
      body = seriesToIcs(moments.map(momentToIcsEvent));
    } catch (error) {
      deps.logger.error('calendar: could not write the file', { momentId: moment.id, error: error instanceof Error ? error.message : String(error) });
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end('Calendar file unavailable');
      return;
    }
    const first = moments.reduce((a, b) => (Date.parse(b.start) < Date.parse(a.start) ? b : a));
    const date = DateTime.fromISO(first.start, { zone: first.zone }).toISODate() ?? 'moment';
    res.writeHead(200, {
      'content-type': ICS_CONTENT_TYPE,
      'content-disposition': `attachment; filename="leerkring-${date}.ics"`,
      'cache-control': 'no-store',
    });
    res.end(body);
  };
  const serveVisit = async (req: Request, res: Response) => {
    const match = FILE.exec(String(req.params?.file ?? ''));
    const visit = match ? await deps.storage.visits.findByIcsToken(match[1]!) : undefined;
    if (!visit) return notFound(res);
    const nameOf = async (key: string) => (await deps.storage.people.get(key))?.name ?? key.split(':').pop() ?? '?';
    const questions: string[] = [];
    for (const id of visit.requestIds) {
      const request = await deps.storage.visitRequests.get(id);
      if (request) questions.push(request.learningQuestion);
    }
    let body: string;
    try {
      const event = visitToIcsEvent(visit, { host: await nameOf(visit.hostKey), visitors: await Promise.all(visit.visitorKeys.map(nameOf)), questions });
      // A visit that never had an agreed time has nothing to put in a calendar: the same answer as an unknown token.
      if (!event) return notFound(res);
      body = seriesToIcs([event]);
    } catch (error) {
      deps.logger.error('calendar: could not write the visit file', { visitId: visit.id, error: error instanceof Error ? error.message : String(error) });
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end('Calendar file unavailable');
      return;
    }
    res.writeHead(200, {
      'content-type': ICS_CONTENT_TYPE,
      'content-disposition': `attachment; filename="leerkring-bezoek-${visit.slot?.date ?? 'bezoek'}.ics"`,
      'cache-control': 'no-store',
    });
    res.end(body);
  };
  server.get('/kalender/bezoek/:file', serveVisit);
  server.get('/kalender/reeks/:file', serve(true));
  server.get('/kalender/:file', serve(false));
}
