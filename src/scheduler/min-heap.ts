/** A binary min-heap of (id, at) with lazy deletion: cancel and reschedule are O(1), stale entries are skipped on pop. */
export class JobHeap {
  private heap: Array<{ id: string; at: number; version: number }> = [];
  private readonly live = new Map<string, { at: number; version: number }>();
  private versions = 0;

  /** Adds or moves a job. */
  set(id: string, at: number): void {
    const version = ++this.versions;
    this.live.set(id, { at, version });
    this.push({ id, at, version });
    // Without compaction, endless rescheduling would grow the array with dead entries.
    if (this.heap.length > 2 * this.live.size + 1024) this.compact();
  }
  /** Removes a job. */
  delete(id: string): void {
    this.live.delete(id);
  }
  /** Number of live jobs. */
  get size(): number {
    return this.live.size;
  }
  /** The earliest live job, without removing it. */
  peek(): { id: string; at: number } | undefined {
    this.dropStale();
    const top = this.heap[0];
    return top ? { id: top.id, at: top.at } : undefined;
  }
  /** Removes and returns the earliest live job. */
  pop(): { id: string; at: number } | undefined {
    this.dropStale();
    const top = this.heap[0];
    if (!top) return undefined;
    this.removeTop();
    this.live.delete(top.id);
    return { id: top.id, at: top.at };
  }

  private dropStale(): void {
    for (;;) {
      const top = this.heap[0];
      if (!top) return;
      const current = this.live.get(top.id);
      if (current && current.version === top.version) return;
      this.removeTop();
    }
  }
  private compact(): void {
    this.heap = [...this.live].map(([id, { at, version }]) => ({ id, at, version }));
    for (let i = (this.heap.length >> 1) - 1; i >= 0; i--) this.down(i);
  }
  private push(entry: { id: string; at: number; version: number }): void {
    this.heap.push(entry);
    let i = this.heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.heap[parent]!.at <= this.heap[i]!.at) break;
      [this.heap[parent], this.heap[i]] = [this.heap[i]!, this.heap[parent]!];
      i = parent;
    }
  }
  private removeTop(): void {
    const last = this.heap.pop()!;
    if (this.heap.length === 0) return;
    this.heap[0] = last;
    this.down(0);
  }
  private down(start: number): void {
    let i = start;
    const n = this.heap.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let smallest = i;
      if (l < n && this.heap[l]!.at < this.heap[smallest]!.at) smallest = l;
      if (r < n && this.heap[r]!.at < this.heap[smallest]!.at) smallest = r;
      if (smallest === i) return;
      [this.heap[smallest], this.heap[i]] = [this.heap[i]!, this.heap[smallest]!];
      i = smallest;
    }
  }
}
