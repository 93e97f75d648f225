import type { DueHandler, Logger, Scheduler } from '../core/index.js';
import { JobHeap } from './min-heap.js';

// setTimeout overflows above 2^31-1 ms (24.8 days); longer waits are re-armed.
const MAX_TIMEOUT_MS = 2_147_483_647;

/**
 * The in-process scheduler: one timer for the earliest job, whatever the number of jobs,
 * so idle cost does not grow with pending reminders. The only place in Leerkring that owns a timer for jobs.
 */
export class TimerScheduler implements Scheduler {
  private readonly heap = new JobHeap();
  private timer: NodeJS.Timeout | undefined;
  private armedFor = Infinity;
  private running = false;
  private stopped = false;

  constructor(
    private readonly handler: DueHandler,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  schedule(id: string, dueAt: Date): void {
    this.heap.set(id, dueAt.getTime());
    this.arm();
  }
  cancel(id: string): void {
    this.heap.delete(id);
  }
  size(): number {
    return this.heap.size;
  }
  /** Stops firing; pending jobs stay in storage and are re-armed at the next start. */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private arm(): void {
    if (this.stopped || this.running) return;
    const next = this.heap.peek();
    if (!next) return;
    if (this.timer && next.at >= this.armedFor) return;
    if (this.timer) clearTimeout(this.timer);
    this.armedFor = next.at;
    const delay = Math.min(Math.max(0, next.at - this.now()), MAX_TIMEOUT_MS);
    this.timer = setTimeout(() => void this.fire(), delay);
    this.timer.unref?.();
  }

  private async fire(): Promise<void> {
    this.timer = undefined;
    this.armedFor = Infinity;
    this.running = true;
    try {
      for (;;) {
        if (this.stopped) return;
        const next = this.heap.peek();
        if (!next || next.at > this.now()) break;
        this.heap.pop();
        try {
          await this.handler(next.id);
        } catch (error) {
          this.logger.error('scheduler: job failed', { jobId: next.id, error: error instanceof Error ? error.message : String(error) });
        }
      }
    } finally {
      this.running = false;
    }
    this.arm();
  }
}
