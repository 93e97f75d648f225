import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryLogger } from '../../src/core/index.js';
import { JobHeap } from '../../src/scheduler/min-heap.js';
import { TimerScheduler } from '../../src/scheduler/timer-scheduler.js';

describe('JobHeap', () => {
  it('pops in time order, honours moves and cancels', () => {
    const heap = new JobHeap();
    const ats = Array.from({ length: 500 }, (_, i) => ({ id: `j${i}`, at: (i * 7919) % 1000 }));
    for (const { id, at } of ats) heap.set(id, at);
    heap.set('j3', -1);
    heap.delete('j4');
    expect(heap.size).toBe(499);
    const out: number[] = [];
    let first: string | undefined;
    for (let job = heap.pop(); job; job = heap.pop()) {
      first ??= job.id;
      out.push(job.at);
    }
    expect(first).toBe('j3');
    expect(out).toHaveLength(499);
    expect([...out].sort((a, b) => a - b)).toEqual(out);
  });

  it('does not grow without bound when jobs are moved again and again', () => {
    const heap = new JobHeap();
    for (let i = 0; i < 50_000; i++) heap.set('same', i);
    expect(heap.size).toBe(1);
    expect(heap.pop()).toEqual({ id: 'same', at: 49_999 });
  });
});

describe('TimerScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-23T08:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('fires each job once at its time, earliest first, with one timer', async () => {
    const fired: string[] = [];
    const scheduler = new TimerScheduler(async (id) => void fired.push(id), new MemoryLogger());
    scheduler.schedule('b', new Date('2026-11-23T08:00:02Z'));
    scheduler.schedule('a', new Date('2026-11-23T08:00:01Z'));
    scheduler.schedule('c', new Date('2026-11-23T09:00:00Z'));
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(1500);
    expect(fired).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(3600_000);
    expect(fired).toEqual(['a', 'b', 'c']);
    expect(scheduler.size()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('fires jobs already past at once (catch-up after downtime)', async () => {
    const fired: string[] = [];
    const scheduler = new TimerScheduler(async (id) => void fired.push(id), new MemoryLogger());
    scheduler.schedule('late', new Date('2026-11-22T08:00:00Z'));
    await vi.advanceTimersByTimeAsync(0);
    expect(fired).toEqual(['late']);
  });

  it('re-arms waits longer than setTimeout can hold (24.8 days)', async () => {
    const fired: string[] = [];
    const scheduler = new TimerScheduler(async (id) => void fired.push(id), new MemoryLogger());
    scheduler.schedule('far', new Date('2027-01-15T08:00:00Z'));
    await vi.advanceTimersByTimeAsync(30 * 86_400_000);
    expect(fired).toEqual([]);
    await vi.advanceTimersByTimeAsync(25 * 86_400_000);
    expect(fired).toEqual(['far']);
  });

  it('cancels and moves jobs', async () => {
    const fired: string[] = [];
    const scheduler = new TimerScheduler(async (id) => void fired.push(id), new MemoryLogger());
    scheduler.schedule('x', new Date('2026-11-23T08:00:01Z'));
    scheduler.schedule('y', new Date('2026-11-23T08:00:01Z'));
    scheduler.cancel('x');
    scheduler.schedule('y', new Date('2026-11-23T08:00:05Z'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(fired).toEqual([]);
    await vi.advanceTimersByTimeAsync(4000);
    expect(fired).toEqual(['y']);
  });

  it('logs a failing job and keeps going', async () => {
    const logger = new MemoryLogger();
    const fired: string[] = [];
    const scheduler = new TimerScheduler(async (id) => {
      if (id === 'bad') throw new Error('boom');
      fired.push(id);
    }, logger);
    scheduler.schedule('bad', new Date('2026-11-23T08:00:01Z'));
    scheduler.schedule('good', new Date('2026-11-23T08:00:01Z'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(fired).toEqual(['good']);
    expect(logger.dump()).toContain('scheduler: job failed');
  });

  it('a job scheduled while another runs is not lost', async () => {
    const fired: string[] = [];
    const scheduler: TimerScheduler = new TimerScheduler(async (id) => {
      fired.push(id);
      if (id === 'first') scheduler.schedule('second', new Date(Date.now() + 10));
    }, new MemoryLogger());
    scheduler.schedule('first', new Date('2026-11-23T08:00:01Z'));
    await vi.advanceTimersByTimeAsync(1000);
    await vi.advanceTimersByTimeAsync(20);
    expect(fired).toEqual(['first', 'second']);
  });

  it('stops firing after stop()', async () => {
    const fired: string[] = [];
    const scheduler = new TimerScheduler(async (id) => void fired.push(id), new MemoryLogger());
    scheduler.schedule('a', new Date('2026-11-23T08:00:01Z'));
    scheduler.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(fired).toEqual([]);
  });
});
