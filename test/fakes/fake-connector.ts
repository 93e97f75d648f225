import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An activity as the bot posted it (only the fields tests look at are typed). */
export interface PostedActivity {
  type?: string;
  text?: string;
  summary?: string;
  textFormat?: string;
  replyToId?: string;
  conversation?: { id: string };
  // Card JSON is untyped on purpose: tests assert it field by field.
  attachments?: Array<{ contentType: string; content: any }>;
  [key: string]: unknown;
}

/** One request the fake connector received. */
export interface ConnectorRequest {
  method: string;
  url: string;
  /** Decoded conversation id from `/v3/conversations/:id/…`. */
  conversationId?: string;
  /** The `:activityId` the bot replied to, when the URL has one. */
  replyToId?: string;
  headers: IncomingHttpHeaders;
  body: PostedActivity | undefined;
  /** The status the fake answered with. */
  status: number;
}

/** A canned failure for the next requests. */
export interface CannedFailure {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A member as the connector reports it (TeamsChannelAccount). */
export interface ConnectorMember {
  id: string;
  name?: string;
  aadObjectId?: string;
}

/** A fake Bot Connector service (the activity's serviceUrl), on 127.0.0.1 with a free port. */
export interface FakeConnector {
  /** The serviceUrl to put in activities, with a trailing slash. */
  url: string;
  /** Every request so far, oldest first. */
  readonly requests: ConnectorRequest[];
  /** Activities posted to a conversation (successful or not), oldest first. */
  posted(conversationId?: string): PostedActivity[];
  /** Sets who is in a conversation (or team), for GET …/members/:id and …/pagedmembers. */
  setMembers(conversationId: string, members: ConnectorMember[]): void;
  /** Answers the next `count` requests with `failure` instead of 200. */
  failNext(count: number, failure: CannedFailure): void;
  /** Resolves with the first request (already received or still to come) that matches. */
  waitFor(predicate: (request: ConnectorRequest) => boolean, timeoutMs?: number): Promise<ConnectorRequest>;
  /** Forgets the requests received so far. */
  clear(): void;
  close(): Promise<void>;
}

const ACTIVITIES = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?\/?(?:\?.*)?$/;
const MEMBER = /^\/v3\/conversations\/([^/]+)\/members\/([^/?]+)\/?(?:\?.*)?$/;
const PAGED_MEMBERS = /^\/v3\/conversations\/([^/]+)\/pagedmembers\/?(?:\?(.*))?$/;

/**
 * Starts a fake connector. It accepts POST /v3/conversations/:id/activities[/:activityId] (answers `{ id }`),
 * GET …/members/:userId and GET …/pagedmembers (from `setMembers`, paged by pageSize); anything else is 404.
 */
export async function startFakeConnector(): Promise<FakeConnector> {
  const requests: ConnectorRequest[] = [];
  const failures: CannedFailure[] = [];
  const waiters = new Set<(request: ConnectorRequest) => void>();
  const rosters = new Map<string, ConnectorMember[]>();
  let sequence = 0;

  // The answer to a GET, or undefined when the path is not a members route.
  function members(url: string): { status: number; payload: unknown } | undefined {
    const one = MEMBER.exec(url);
    if (one?.[1] && one[2]) {
      const member = rosters.get(decodeURIComponent(one[1]))?.find((m) => m.id === decodeURIComponent(one[2] ?? ''));
      return member ? { status: 200, payload: member } : { status: 404, payload: { error: { code: 'MemberNotFound', message: 'no such member' } } };
    }
    const paged = PAGED_MEMBERS.exec(url);
    if (!paged?.[1]) return undefined;
    const query = new URLSearchParams(paged[2] ?? '');
    const all = rosters.get(decodeURIComponent(paged[1]));
    if (!all) return { status: 404, payload: { error: { code: 'ConversationNotFound', message: 'no such conversation' } } };
    const size = Number(query.get('pageSize') ?? '') || all.length || 1;
    const from = Number(query.get('continuationToken') ?? '0') || 0;
    const next = from + size < all.length ? String(from + size) : undefined;
    return { status: 200, payload: { members: all.slice(from, from + size), ...(next ? { continuationToken: next } : {}) } };
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: PostedActivity | undefined;
      try {
        body = raw ? (JSON.parse(raw) as PostedActivity) : undefined;
      } catch {
        body = undefined;
      }
      const match = ACTIVITIES.exec(req.url ?? '');
      const lookup = req.method === 'GET' ? members(req.url ?? '') : undefined;
      // POST /v3/conversations creates a 1:1 chat (proactive direct messages to roster members).
      const create = req.method === 'POST' && /^\/v3\/conversations\/?(\?.*)?$/.test(req.url ?? '');
      const created = create ? { status: 200, payload: { id: `a:direct-${++sequence}`, activityId: `created-${sequence}` } } : undefined;
      const route = (req.method === 'POST' && match !== null) || lookup !== undefined || create;
      const failure = route ? failures.shift() : undefined;
      const status = failure?.status ?? lookup?.status ?? created?.status ?? (route ? 200 : 404);
      const request: ConnectorRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        ...(match?.[1] ? { conversationId: decodeURIComponent(match[1]) } : {}),
        ...(match?.[2] ? { replyToId: decodeURIComponent(match[2]) } : {}),
        headers: req.headers,
        body,
        status,
      };
      requests.push(request);
      for (const waiter of [...waiters]) waiter(request);

      const payload =
        failure?.body ??
        lookup?.payload ??
        created?.payload ??
        (status === 200 ? { id: `activity-${++sequence}` } : { error: { code: status === 404 ? 'NotFound' : 'Failure', message: `fake connector answered ${status}` } });
      res.writeHead(status, { 'content-type': 'application/json', ...failure?.headers });
      res.end(JSON.stringify(payload));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    posted: (conversationId) =>
      requests.filter((r) => r.body !== undefined && (conversationId === undefined || r.conversationId === conversationId)).map((r) => r.body as PostedActivity),
    setMembers(conversationId, list) {
      rosters.set(conversationId, list);
    },
    failNext(count, failure) {
      for (let i = 0; i < count; i++) failures.push(failure);
    },
    waitFor(predicate, timeoutMs = 3000) {
      const found = requests.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = (request: ConnectorRequest): void => {
          if (!predicate(request)) return;
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(request);
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`fake connector: no matching request within ${timeoutMs} ms; got ${requests.map((r) => `${r.method} ${r.url}`).join(', ') || 'nothing'}`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    clear() {
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
