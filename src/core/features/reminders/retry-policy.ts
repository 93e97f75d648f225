/** Waits after the 1st, 2nd, … transient failure; the last one repeats. */
export const BACKOFF_MS = [30_000, 2 * 60_000, 10 * 60_000, 30 * 60_000, 60 * 60_000, 2 * 60 * 60_000, 4 * 60 * 60_000] as const;

const MAX_BACKOFF_MS = 4 * 60 * 60_000;

/** After this many attempts a transient failure settles as `failed`. */
export const MAX_TRANSIENT_ATTEMPTS = 8;

/** Rate limits say nothing about the recipient, so they get more room, but never an endless loop. */
export const MAX_RATE_LIMITED_ATTEMPTS = 20;

/** The wait before the next attempt after `attempts` attempts ended in a transient failure. */
export const backoffMs = (attempts: number): number => BACKOFF_MS[Math.min(Math.max(attempts, 1), BACKOFF_MS.length) - 1] ?? MAX_BACKOFF_MS;
