/**
 * Wakes the core when a persisted job is due. Jobs are data in storage; the scheduler only holds
 * (id, dueAt) pairs in memory and is re-armed from storage at start.
 */
export interface Scheduler {
  /** Calls the handler with `id` at `dueAt` (at once when already past). Scheduling an id again moves it. */
  schedule(id: string, dueAt: Date): void;
  /** Forgets a job; no-op when unknown. */
  cancel(id: string): void;
  /** How many jobs are waiting. */
  size(): number;
}

/** What the scheduler calls when a job is due; a rejection is logged, never thrown into the timer. */
export type DueHandler = (id: string) => Promise<void>;

/** A scheduler for tests: nothing fires until `runDue()` is called with the fake clock's time. */
export class ManualScheduler implements Scheduler {
  private readonly jobs = new Map<string, number>();
  private handler: DueHandler = async () => {};
  /** Sets what runs when a job is due. */
  onDue(handler: DueHandler): void {
    this.handler = handler;
  }
  schedule(id: string, dueAt: Date): void {
    this.jobs.set(id, dueAt.getTime());
  }
  cancel(id: string): void {
    this.jobs.delete(id);
  }
  size(): number {
    return this.jobs.size;
  }
  /** When the next job is due, if any. */
  nextDue(): Date | undefined {
    let min = Infinity;
    for (const at of this.jobs.values()) min = Math.min(min, at);
    return min === Infinity ? undefined : new Date(min);
  }
  /** Runs every job due at `now`, earliest first, including jobs they schedule for `now` or before. */
  async runDue(now: Date): Promise<number> {
    let ran = 0;
    for (;;) {
      const due = [...this.jobs].filter(([, at]) => at <= now.getTime()).sort((a, b) => a[1] - b[1]);
      if (due.length === 0) return ran;
      for (const [id] of due) {
        this.jobs.delete(id);
        await this.handler(id);
        ran++;
      }
    }
  }
}
