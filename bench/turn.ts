/**
 * bench/turn: N `hulp` turns through /api/messages (Teams) and /slack/events (Slack) with lowdb
 * storage, and the same N requests against a bare restify echo route in the same run.
 * Prints requests/s, p50 and p99 latency per route and the ratio to the echo route.
 *
 *   npm run bench:turn              # N=2000, concurrency 16
 *   BENCH_N=5000 BENCH_CONCURRENCY=32 npm run bench:turn
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import restify from 'restify';
import { startApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { MemoryLogger } from '../src/core/index.js';
import { listen } from '../src/http/server.js';
import { startFakeConnector } from '../test/fakes/fake-connector.js';
import { startFakeSlack } from '../test/fakes/fake-slack.js';
import { slackSignedHeaders } from '../test/helpers/slack-sign.js';

const N = Number(process.env.BENCH_N ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const USERS = 50;
const SECRET = 'bench-secret';

interface Result {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** Runs `n` requests with bounded concurrency; `request(i)` returns the HTTP status. */
async function drive(name: string, n: number, request: (i: number) => Promise<number>): Promise<Result> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < n; i = next++) {
        const t0 = performance.now();
        const status = await request(i);
        latencies.push(performance.now() - t0);
        if (status >= 400) errors++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { name, rps: n / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors };
}

/** Polls `done` until true; fails with a short message (never the whole call log). */
async function waitUntil(done: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > until) throw new Error(`bench: ${what} did not arrive within ${timeoutMs} ms (Slack posts so far: ${slack.callsTo('chat.postMessage').length})`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const post = async (url: string, body: string, headers: Record<string, string>): Promise<number> => {
  const res = await fetch(url, { method: 'POST', body, headers });
  await res.arrayBuffer();
  return res.status;
};

const dir = await mkdtemp(join(tmpdir(), 'leerkring-bench-'));
const connector = await startFakeConnector();
const slack = await startFakeSlack();
const config = loadConfig({
  NODE_ENV: 'test',
  PORT: '0',
  HOST: '127.0.0.1',
  STORAGE_DRIVER: 'lowdb',
  LOWDB_FILE: join(dir, 'leerkring.json'),
  PLAYGROUND_ENABLED: 'false',
  SLACK_SIGNING_SECRET: SECRET,
  SLACK_BOT_TOKEN: 'xoxb-bench',
  SLACK_API_URL: `${slack.url}/api/`,
});
const app = await startApp(config, { logger: new MemoryLogger() });

const echo = restify.createServer();
echo.post('/echo', restify.plugins.bodyParser(), async (req, res) => {
  res.send(200, req.body);
});
const echoUrl = await listen(echo, 0, '127.0.0.1');

const teamsActivity = (i: number): string =>
  JSON.stringify({
    type: 'message',
    id: `bench-teams-${i}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: connector.url,
    from: { id: `29:user-${i % USERS}`, name: `Leraar ${i % USERS}`, aadObjectId: `aad-${i % USERS}` },
    recipient: { id: '28:leerkring', name: 'Leerkring' },
    conversation: { id: `a:dm-${i % USERS}`, conversationType: 'personal', tenantId: 'bench-tenant' },
    channelData: { tenant: { id: 'bench-tenant' } },
    text: 'hulp',
    locale: 'nl-BE',
  });

const slackEvent = (i: number): string =>
  JSON.stringify({
    token: 'unused',
    team_id: 'TBENCH',
    api_app_id: 'ABENCH',
    type: 'event_callback',
    event_id: `EvBench${i}`,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: 'message', channel: `D${i % USERS}`, channel_type: 'im', user: `U${i % USERS}`, text: 'hulp', ts: `${Date.now() / 1000}` },
  });

// Warm-up: first contact creates each person (welcome) and JIT-compiles the paths.
for (let i = 0; i < USERS; i++) {
  await post(`${app.url}/api/messages`, teamsActivity(1_000_000 + i), { 'content-type': 'application/json' });
  const body = slackEvent(1_000_000 + i);
  await post(`${app.url}/slack/events`, body, slackSignedHeaders(SECRET, body));
  await post(`${echoUrl}/echo`, teamsActivity(i), { 'content-type': 'application/json' });
}
const posted = (): number => slack.callsTo('chat.postMessage').length;
// Each person's first Slack message gets a welcome and the answer: two posts.
await waitUntil(() => posted() >= 2 * USERS, 30_000, 'Slack warm-up replies');

const results: Result[] = [];
results.push(await drive('echo (bare restify)', N, (i) => post(`${echoUrl}/echo`, teamsActivity(i), { 'content-type': 'application/json' })));
results.push(await drive('teams /api/messages', N, (i) => post(`${app.url}/api/messages`, teamsActivity(i), { 'content-type': 'application/json' })));
const before = posted();
const slackStart = performance.now();
const slackAck = await drive('slack /slack/events (ack)', N, (i) => {
  const body = slackEvent(i);
  return post(`${app.url}/slack/events`, body, slackSignedHeaders(SECRET, body));
});
results.push(slackAck);
// Slack acknowledges first and answers after; count the turn done when its reply reached the Web API.
await waitUntil(() => posted() >= before + N, 120_000, 'Slack replies');
const slackDoneRps = N / ((performance.now() - slackStart) / 1000);

const baseline = results[0]!;
console.log(`\nbench/turn: N=${N}, concurrency=${CONCURRENCY}, ${USERS} people, lowdb storage, Node ${process.version}\n`);
console.log('| route | req/s | p50 ms | p99 ms | errors | req/s vs echo | p50 vs echo |');
console.log('|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(`| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.errors} | ${(r.rps / baseline.rps).toFixed(2)} | ${(r.p50 / baseline.p50).toFixed(1)}× |`);
}
console.log(`| slack, turns completed (reply posted) | ${slackDoneRps.toFixed(0)} | | | | ${(slackDoneRps / baseline.rps).toFixed(2)} | |`);
console.log(`\nTeams replies received by the fake connector: ${connector.requests.length}; Slack chat.postMessage calls: ${slack.callsTo('chat.postMessage').length}`);

await app.close();
await new Promise<void>((resolve) => echo.close(() => resolve()));
await connector.close();
await slack.close();
await rm(dir, { recursive: true, force: true });
process.exit(0);
