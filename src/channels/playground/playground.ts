import { randomUUID } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { Logger } from '../../core/index.js';
import { conversationIdFor, installActivity, messageActivity, submitActivity, type ActivityJson, type PlaygroundConversation } from './activities.js';
import { mountConnector } from './connector.js';
import { jsonBody } from './json-body.js';
import { DEMO_PEOPLE, PLAYGROUND_TEAM, PLAYGROUND_TENANT, findPerson, personalConversationId, type DemoPerson } from './demo-people.js';
import { loadAdaptiveCardsBundle, loadStaticFiles, type StaticFile } from './static-files.js';
import { Transcript } from './transcript.js';

/** What the composition root passes in. */
export interface PlaygroundOptions {
  /** The server's own base URL, known once it listens; activities and the connector point back at it. */
  selfUrl: () => string;
  logger: Logger;
}

const KEEP_ALIVE_MS = 20_000;
const SEND_TIMEOUT_MS = 30_000;
const SEND_BODY_BYTES = 64 * 1024;

const Conversation = z.enum(['personal', 'team']);

const SendBody = z
  .object({
    personId: z.string().min(1).max(64),
    text: z.string().max(10_000).optional(),
    value: z.record(z.string(), z.unknown()).optional(),
    conversation: Conversation.default('personal'),
    /** What the person clicked, shown in the transcript; never sent to the bot. */
    label: z.string().max(200).optional(),
  })
  .strict()
  .refine((b) => (b.text === undefined) !== (b.value === undefined), {
    message: 'send either text (a typed message) or value (a card submit), exactly one of them',
  });

const InstallBody = z.object({ personId: z.string().min(1).max(64), conversation: Conversation.default('team') }).strict();

/**
 * The local playground: a web page that plays Teams. The page posts to `/playground/send`, which builds
 * a Teams-shaped activity and POSTs it to our own `/api/messages`, so the real Teams adapter runs.
 * The activity's serviceUrl points at `/playground/connector/`, where the bot's replies (and later
 * proactive messages) land and are pushed to the page over Server-Sent Events.
 * Development only: it needs Bot Framework authentication off.
 */
export function mountPlayground(server: Server, opts: PlaygroundOptions): { close(): void } {
  const { logger } = opts;
  const files = loadStaticFiles(['index.html', 'app.js', 'style.css']);
  const transcript = new Transcript();
  let closed = false;
  const serviceUrl = (): string => `${opts.selfUrl()}/playground/connector/`;

  const serve = (res: Response, file: StaticFile | undefined, cache = 'no-cache'): void => {
    if (!file) {
      res.send(404, { error: 'not found' });
      return;
    }
    res.writeHead(200, { 'content-type': file.contentType, 'content-length': file.body.length, 'cache-control': cache });
    res.end(file.body);
  };

  server.get('/', async (_req, res) => {
    // The bot's text and cards are rendered in this page; the policy keeps any slip from running script.
    res.setHeader(
      'content-security-policy',
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    );
    serve(res, files.get('index.html'));
  });
  server.get('/playground/app.js', async (_req, res) => serve(res, files.get('app.js')));
  server.get('/playground/style.css', async (_req, res) => serve(res, files.get('style.css')));
  server.get('/playground/adaptivecards.js', async (_req, res) => serve(res, await loadAdaptiveCardsBundle(), 'max-age=3600'));

  server.get('/playground/people', async (_req, res) => {
    res.send(200, {
      tenantId: PLAYGROUND_TENANT,
      team: { id: PLAYGROUND_TEAM.id, name: PLAYGROUND_TEAM.name, channel: PLAYGROUND_TEAM.channel, conversationId: PLAYGROUND_TEAM.channel.id },
      people: DEMO_PEOPLE.map((p) => ({ ...p, userId: `29:${p.id}`, personalConversationId: personalConversationId(p) })),
    });
  });

  /** Delivers an activity to our own /api/messages, as Teams would, and reports how it went. */
  async function deliver(res: Response, activity: ActivityJson, conversationId: string): Promise<void> {
    let status: number;
    try {
      const response = await fetch(`${opts.selfUrl()}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      });
      status = response.status;
      await response.arrayBuffer();
    } catch (error) {
      logger.error('playground: could not reach /api/messages', { error: error instanceof Error ? error.message : String(error) });
      res.send(502, { ok: false, error: 'the bot did not answer; is the Teams channel enabled?' });
      return;
    }
    const ok = status >= 200 && status < 300;
    if (!ok) logger.warn('playground: /api/messages refused the activity', { status, activityId: activity['id'] });
    res.send(ok ? 200 : 502, { ok, status, id: activity['id'], conversationId });
  }

  const personOr400 = (res: Response, personId: string): DemoPerson | undefined => {
    const person = findPerson(personId);
    if (!person) res.send(400, { error: `unknown person "${personId}"; GET /playground/people lists who you can be` });
    return person;
  };

  server.post('/playground/send', ...jsonBody(SEND_BODY_BYTES), async (req: Request, res: Response) => {
    const parsed = SendBody.safeParse(req.body);
    if (!parsed.success) {
      res.send(400, { error: z.prettifyError(parsed.error) });
      return;
    }
    const { personId, text, value, conversation, label } = parsed.data;
    const person = personOr400(res, personId);
    if (!person) return;
    const activity = value !== undefined ? submitActivity(person, conversation, value, serviceUrl()) : messageActivity(person, conversation, text ?? '', serviceUrl());
    const conversationId = conversationIdFor(person, conversation);
    // Teams never shows a card click to the others in a channel (it could reveal who chose to answer anonymously).
    const hiddenClick = value !== undefined && conversation !== 'personal';
    if (!hiddenClick) transcript.record({ conversationId, direction: 'in', op: 'create', activity, ...(label ? { label } : {}) });
    logger.debug('playground: delivering', { kind: value !== undefined ? 'submit' : 'message', conversation, activityId: activity['id'] });
    await deliver(res, activity, conversationId);
  });

  server.post('/playground/install', ...jsonBody(SEND_BODY_BYTES), async (req: Request, res: Response) => {
    const parsed = InstallBody.safeParse(req.body ?? {});
    if (!parsed.success) {
      res.send(400, { error: z.prettifyError(parsed.error) });
      return;
    }
    const person = personOr400(res, parsed.data.personId);
    if (!person) return;
    const conversation: PlaygroundConversation = parsed.data.conversation;
    const activity = installActivity(person, conversation, serviceUrl());
    const conversationId = conversationIdFor(person, conversation);
    transcript.record({ conversationId, direction: 'in', op: 'create', activity });
    await deliver(res, activity, conversationId);
  });

  server.get('/playground/history', async (req, res) => {
    const conversationId = new URL(req.url ?? '/', 'http://playground').searchParams.get('conversationId');
    if (!conversationId) {
      res.send(400, { error: 'conversationId is required, e.g. /playground/history?conversationId=pg-team-channel' });
      return;
    }
    res.send(200, { conversationId, entries: transcript.history(conversationId) });
  });

  // Server-Sent Events. restify ends the chain when the handler settles, so it settles only on disconnect.
  server.get('/playground/events', async (req, res) => {
    if (closed || !transcript.addClient(res)) {
      res.send(503, { error: closed ? 'the playground is shutting down' : 'too many open pages' });
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive' });
    res.write('retry: 2000\n: connected\n\n');
    await new Promise<void>((resolve) => {
      res.once('close', () => {
        transcript.removeClient(res);
        resolve();
      });
      req.once('error', () => res.end());
    });
  });

  mountConnector(server, { transcript, logger, newId: () => randomUUID() });

  const keepAlive = setInterval(() => transcript.keepAlive(), KEEP_ALIVE_MS);
  keepAlive.unref();
  logger.info('playground: mounted at / (development only; goes through the Teams adapter)');

  return {
    close() {
      closed = true;
      clearInterval(keepAlive);
      transcript.closeAll();
    },
  };
}
