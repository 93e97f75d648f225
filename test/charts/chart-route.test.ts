import type { Server } from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryChartStore } from '../../src/charts/chart-store.js';
import { EchartsChartRenderer } from '../../src/charts/echarts-renderer.js';
import { chartPath } from '../../src/core/ports/charts.js';
import { MemoryLogger } from '../../src/core/ports/logger.js';
import { mountChartRoutes } from '../../src/http/chart-route.js';
import { createHttpServer, listen } from '../../src/http/server.js';
import { pngSize } from './png.js';

describe('GET /charts/:token.png', () => {
  const store = new MemoryChartStore();
  let server: Server;
  let url: string;
  let token: string;

  beforeAll(async () => {
    const logger = new MemoryLogger();
    server = createHttpServer({ logger, health: { storageHealthy: async () => true, channels: {} } });
    mountChartRoutes(server, { store, logger });
    url = await listen(server, 0, '127.0.0.1');
    const image = await new EchartsChartRenderer().bar({ title: 'Thema’s', bars: [{ label: 'Differentiëren', value: 3 }] });
    token = store.put(image);
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('serves a stored chart as image/png, privately cacheable for a day', async () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const res = await fetch(url + chartPath(token));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('private, max-age=86400');
    const body = new Uint8Array(await res.arrayBuffer());
    expect(pngSize(body)).toEqual({ width: 800, height: 450 });
    expect(Buffer.from(body).equals(Buffer.from(store.get(token)!.png))).toBe(true);
  });

  it('answers HEAD without a body', async () => {
    const res = await fetch(url + chartPath(token), { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
  });

  it('answers 404 for an unknown token and for malformed names', async () => {
    const unknown = 'A'.repeat(32);
    for (const path of [`/charts/${unknown}.png`, '/charts/abc.png', `/charts/${token}.svg`, `/charts/${token}`, '/charts/..%2F..%2Fetc%2Fpasswd.png', '/charts/']) {
      const res = await fetch(url + path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type') ?? '', path).not.toContain('image/png');
      await res.arrayBuffer();
    }
  });
});

describe('MemoryChartStore', () => {
  const image = { png: new Uint8Array([1]), alt: 'x', width: 1, height: 1 };

  it('hands out distinct unguessable tokens', () => {
    const store = new MemoryChartStore();
    const tokens = new Set(Array.from({ length: 50 }, () => store.put(image)));
    expect(tokens.size).toBe(50);
    for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('keeps at most maxImages, dropping the oldest', () => {
    const store = new MemoryChartStore({ maxImages: 3 });
    const tokens = Array.from({ length: 5 }, () => store.put(image));
    expect(store.size).toBe(3);
    expect(store.get(tokens[0]!)).toBeUndefined();
    expect(store.get(tokens[1]!)).toBeUndefined();
    expect(store.get(tokens[4]!)).toBe(image);
  });

  it('forgets images after their time', () => {
    let now = 1_000;
    const store = new MemoryChartStore({ ttlMs: 100, now: () => now });
    const token = store.put(image);
    now += 99;
    expect(store.get(token)).toBe(image);
    now += 1;
    expect(store.get(token)).toBeUndefined();
    expect(store.get('not a token')).toBeUndefined();
  });
});
