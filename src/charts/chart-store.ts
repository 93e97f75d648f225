import { randomBytes } from 'node:crypto';
import type { ChartImage, ChartStore } from '../core/ports/charts.js';

/** Tokens are 24 random bytes in base64url: 32 characters. */
export const CHART_TOKEN = /^[A-Za-z0-9_-]{32}$/;

/**
 * Rendered charts in memory, for Slack and Teams to fetch by URL. Bounded in count (oldest dropped first) and in age;
 * a restart loses them, which only costs a broken preview of an old message: the text alternative is always sent too.
 */
export class MemoryChartStore implements ChartStore {
  private readonly images = new Map<string, { image: ChartImage; expires: number }>();
  private readonly maxImages: number;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(options: { maxImages?: number; ttlMs?: number; now?: () => number } = {}) {
    this.maxImages = Math.max(1, options.maxImages ?? 200);
    this.ttlMs = options.ttlMs ?? 24 * 60 * 60 * 1000;
    this.now = options.now ?? Date.now;
  }

  put(image: ChartImage): string {
    this.prune();
    const token = randomBytes(24).toString('base64url');
    this.images.set(token, { image, expires: this.now() + this.ttlMs });
    // Map keeps insertion order: the first keys are the oldest.
    while (this.images.size > this.maxImages) this.images.delete(this.images.keys().next().value!);
    return token;
  }

  get(token: string): ChartImage | undefined {
    if (!CHART_TOKEN.test(token)) return undefined;
    const entry = this.images.get(token);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.images.delete(token);
      return undefined;
    }
    return entry.image;
  }

  get size(): number {
    return this.images.size;
  }

  private prune(): void {
    const now = this.now();
    for (const [token, entry] of this.images) if (entry.expires <= now) this.images.delete(token);
  }
}
