import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  HTTPModuleFunctions as httpFunc,
  HTTPResponseAck,
  type App,
  type BufferedIncomingMessage,
  type Receiver,
  type ReceiverEvent,
} from '@slack/bolt';
import type { Server } from 'restify';
import type { Logger } from '../../core/index.js';
import { BoltBodySchema } from './slack-payloads.js';

/** Options of the Slack receiver on the shared restify server. */
export interface RestifyReceiverOptions {
  signingSecret: string;
  /** Larger bodies are refused with 413 before they are read in full. */
  maxBodyBytes: number;
  logger: Logger;
  /** Events API, slash commands and interactivity share one Request URL. */
  path?: string;
  /** Slack gives up after 3 s; a request nobody acknowledged by then is answered 200 here. */
  ackTimeoutMs?: number;
}

const ACCEPTED_TYPES = new Set(['application/json', 'application/x-www-form-urlencoded']);

type BodyRead = { kind: 'ok'; body: Buffer } | { kind: 'too-large' } | { kind: 'failed' };

/** Reads the body, giving up as soon as it is longer than `limit` (declared or counted). */
function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ kind: 'too-large' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (result: BodyRead): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        done({ kind: 'too-large' });
      } else {
        chunks.push(chunk);
      }
    };
    const onEnd = (): void => done({ kind: 'ok', body: Buffer.concat(chunks, size) });
    const onError = (): void => done({ kind: 'failed' });
    const onClose = (): void => {
      if (!req.complete) done({ kind: 'failed' });
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}

/** Resolves once the response is written or the connection is gone. */
function responseDone(res: ServerResponse): Promise<void> {
  if (res.writableFinished || res.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    res.once('finish', () => resolve());
    res.once('close', () => resolve());
  });
}

function refuse(res: ServerResponse, status: number, closeConnection = false): void {
  if (res.headersSent) return;
  // The rest of a refused body is never read, so the connection cannot carry another request.
  if (closeConnection) res.setHeader('connection', 'close');
  httpFunc.buildNoBodyResponse(res, status);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A Bolt Receiver on the shared restify server. Signature checks and acknowledgement are Bolt's own
 * (HTTPModuleFunctions, HTTPResponseAck); the receiver answers first and lets the listeners work afterwards.
 */
export class RestifyReceiver implements Receiver {
  private app: App | undefined;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly opts: RestifyReceiverOptions) {}

  /** Called by Bolt's App constructor. */
  init(app: App): void {
    this.app = app;
  }

  /** The shared server is started by the composition root. */
  async start(): Promise<void> {}

  /** Waits for work still running on acknowledged requests. */
  async stop(): Promise<void> {
    await this.idle();
  }

  /** Resolves when no acknowledged request is still being worked on. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** Adds `POST /slack/events` to the server (no body parser: the signature covers the raw body). */
  mount(server: Server): void {
    server.post(this.opts.path ?? '/slack/events', async (req, res) => {
      // restify answers 500 when a handler settles before the response is written, so wait for it.
      const written = responseDone(res);
      try {
        await this.handle(req, res);
      } catch (error) {
        this.opts.logger.error('slack: request handling failed', { error: error instanceof Error ? error.message : String(error) });
        refuse(res, 500);
      }
      await written;
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { logger } = this.opts;
    const mediaType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!ACCEPTED_TYPES.has(mediaType)) {
      logger.debug('slack: refused request', { status: 415, contentType: mediaType || '(none)' });
      return refuse(res, 415, true);
    }
    // Bolt's parsing and ssl_check detection compare the header exactly, so drop parameters such as charset.
    req.headers['content-type'] = mediaType;

    const read = await readBody(req, this.opts.maxBodyBytes);
    if (read.kind === 'too-large') {
      logger.debug('slack: refused request', { status: 413, maxBodyBytes: this.opts.maxBodyBytes });
      return refuse(res, 413, true);
    }
    if (read.kind === 'failed') return refuse(res, 400, true);
    (req as BufferedIncomingMessage).rawBody = read.body;

    let verified: BufferedIncomingMessage;
    try {
      verified = await httpFunc.parseAndVerifyHTTPRequest({ enabled: true, signingSecret: this.opts.signingSecret }, req);
    } catch (error) {
      logger.warn('slack: refused request with a bad signature', { status: 401, reason: error instanceof Error ? error.message : String(error) });
      return refuse(res, 401);
    }

    let body: unknown;
    try {
      body = httpFunc.parseHTTPRequestBody(verified);
    } catch {
      body = undefined;
    }
    if (!isRecord(body)) {
      logger.debug('slack: refused request', { status: 400, reason: 'unparsable body' });
      return refuse(res, 400);
    }
    if (body['ssl_check'] === '1') return httpFunc.buildSSLCheckResponse(res);
    if (body['type'] === 'url_verification') {
      if (typeof body['challenge'] !== 'string') return refuse(res, 400);
      return httpFunc.buildUrlVerificationResponse(res, body);
    }

    if (!BoltBodySchema.safeParse(body).success) {
      // Signed, so it came from Slack: acknowledge it (no retries) but leave it alone.
      logger.debug('slack: payload of unknown shape acknowledged and ignored', { type: String(body['type'] ?? '') });
      return httpFunc.buildContentResponse(res, undefined);
    }

    const ack = new HTTPResponseAck({
      logger: this.boltLogger(),
      processBeforeResponse: false,
      unhandledRequestTimeoutMillis: this.opts.ackTimeoutMs ?? 2500,
      unhandledRequestHandler: ({ response }) => {
        logger.warn('slack: request not acknowledged in time; answered 200', { type: String(body['type'] ?? body['command'] ?? '') });
        if (!response.headersSent) httpFunc.buildContentResponse(response, undefined);
      },
      httpRequest: verified,
      httpRequestBody: body,
      httpResponse: res,
    });
    const event: ReceiverEvent = {
      body,
      ack: ack.bind(),
      ...retryInfo(req),
    };
    const work = this.dispatch(event, res);
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  // Runs Bolt's middleware and listeners; the listeners ack before they work, and anything that
  // reached no listener (other commands, shortcuts, selects) is acknowledged when Bolt is done.
  private async dispatch(event: ReceiverEvent, res: ServerResponse): Promise<void> {
    try {
      if (!this.app) throw new Error('receiver not initialised by a Bolt App');
      await this.app.processEvent(event);
    } catch (error) {
      this.opts.logger.error('slack: processing failed', { error: error instanceof Error ? error.message : String(error) });
    } finally {
      if (!res.headersSent) {
        try {
          await event.ack();
        } catch {
          // already acknowledged
        }
      }
    }
  }

  private boltLogger(): App['logger'] {
    if (!this.app) throw new Error('receiver not initialised by a Bolt App');
    return this.app.logger;
  }
}

function retryInfo(req: IncomingMessage): Pick<ReceiverEvent, 'retryNum' | 'retryReason'> {
  const retryNum = httpFunc.extractRetryNumFromHTTPRequest(req);
  const retryReason = httpFunc.extractRetryReasonFromHTTPRequest(req);
  return { ...(retryNum !== undefined && !Number.isNaN(retryNum) ? { retryNum } : {}), ...(retryReason !== undefined ? { retryReason } : {}) };
}
