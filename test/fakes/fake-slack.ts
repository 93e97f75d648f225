import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake received: a Web API method (`chat.postMessage`) or `response_url`. */
export interface FakeSlackCall {
  method: string;
  path: string;
  body: Record<string, unknown>;
  /** The Authorization header, e.g. `Bearer xoxb-test`. */
  auth: string | undefined;
  /** When the request arrived (Date.now()). */
  at: number;
}

/** How the next call(s) of a method fail. */
export type FakeSlackFailure =
  | { kind: 'rate-limited'; retryAfter: number }
  | { kind: 'http'; status: number }
  | { kind: 'error'; error: string };

/** A fake Slack Web API and response_url endpoint on 127.0.0.1. */
export interface FakeSlack {
  /** Base URL, e.g. http://127.0.0.1:1234 (Web API under /api/, response URLs under /respond/). */
  readonly url: string;
  readonly calls: FakeSlackCall[];
  /** Calls of one method, in order. */
  callsTo(method: string): FakeSlackCall[];
  /** A response_url on this fake. */
  responseUrl(id: string): string;
  /** Display names users.info answers with. */
  readonly names: Map<string, string>;
  /** Makes the next `times` calls of `method` fail. */
  failNext(method: string, times: number, failure: FakeSlackFailure): void;
  /** Delays every answer to `method` by `ms`. */
  slow(method: string, ms: number): void;
  /** Resolves with all calls once `predicate` holds; rejects after `timeoutMs`. */
  waitFor(predicate: (calls: FakeSlackCall[]) => boolean, timeoutMs?: number): Promise<FakeSlackCall[]>;
  /** Forgets calls, failures and delays. */
  reset(): void;
  close(): Promise<void>;
}

// restify, loaded in the same process, patches http.ServerResponse so that writeHead no longer returns `res`.
function reply(res: ServerResponse, status: number, headers: Record<string, string> = {}, body = ''): void {
  res.writeHead(status, headers);
  res.end(body);
}

function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType.startsWith('application/json')) {
    const parsed = JSON.parse(raw) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : { value: parsed };
  }
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    // The Web API client form-encodes objects (blocks, view) as JSON strings.
    if (/^[[{]/.test(value)) {
      try {
        body[key] = JSON.parse(value) as unknown;
        continue;
      } catch {
        // not JSON after all
      }
    }
    body[key] = value;
  }
  return body;
}

/** Starts the fake on a free port. */
export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: FakeSlackCall[] = [];
  const failures = new Map<string, Array<FakeSlackFailure>>();
  const delays = new Map<string, number>();
  const names = new Map<string, string>();
  let counter = 0;

  function answer(method: string, body: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://leerkring-test.slack.com/', team: 'Test', user: 'leerkring', team_id: 'T1', user_id: 'UBOT', bot_id: 'BBOT' };
      case 'chat.postMessage':
        counter += 1;
        return { ok: true, channel: body['channel'], ts: `1700000000.${String(counter).padStart(6, '0')}`, message: { text: body['text'] } };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(body['users'] ?? 'X').replace(/^U/, '')}` } };
      case 'views.open':
        counter += 1;
        return { ok: true, view: { id: `V${counter}`, ...(body['view'] as object) } };
      case 'users.info': {
        const id = String(body['user'] ?? '');
        const name = names.get(id);
        return { ok: true, user: { id, name: id.toLowerCase(), is_bot: false, profile: { display_name: name ?? '', real_name: name ?? '' } } };
      }
      case 'conversations.members':
        return { ok: true, members: ['U1', 'U2', 'UBOT'], response_metadata: { next_cursor: '' } };
      case 'response_url':
        return { ok: true };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = new URL(req.url ?? '/', 'http://fake').pathname;
    const method = path.startsWith('/api/') ? path.slice('/api/'.length) : path.startsWith('/respond/') ? 'response_url' : path;
    let body: Record<string, unknown>;
    try {
      body = parseBody(raw, String(req.headers['content-type'] ?? ''));
    } catch {
      reply(res, 400);
      return;
    }
    calls.push({ method, path, body, auth: req.headers.authorization, at: Date.now() });
    const delay = delays.get(method);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    const failure = failures.get(method)?.shift();
    if (failure?.kind === 'rate-limited') {
      reply(res, 429, { 'content-type': 'application/json', 'retry-after': String(failure.retryAfter) }, JSON.stringify({ ok: false, error: 'ratelimited' }));
      return;
    }
    if (failure?.kind === 'http') {
      reply(res, failure.status, { 'content-type': 'text/plain' }, 'fake failure');
      return;
    }
    if (failure?.kind === 'error') {
      reply(res, 200, { 'content-type': 'application/json' }, JSON.stringify({ ok: false, error: failure.error }));
      return;
    }
    if (method === 'response_url') {
      reply(res, 200, { 'content-type': 'text/plain' }, 'ok');
      return;
    }
    reply(res, 200, { 'content-type': 'application/json' }, JSON.stringify(answer(method, body)));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) reply(res, 500);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    calls,
    names,
    callsTo: (method) => calls.filter((c) => c.method === method),
    responseUrl: (id) => `${url}/respond/${id}`,
    failNext(method, times, failure) {
      const queue = failures.get(method) ?? [];
      for (let i = 0; i < times; i++) queue.push(failure);
      failures.set(method, queue);
    },
    slow(method, ms) {
      delays.set(method, ms);
    },
    async waitFor(predicate, timeoutMs = 3000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(calls)) {
        if (Date.now() > deadline) {
          throw new Error(`fake Slack: condition not met within ${timeoutMs} ms; calls: ${calls.map((c) => c.method).join(', ') || '(none)'}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return calls;
    },
    reset() {
      calls.length = 0;
      failures.clear();
      delays.clear();
      names.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
