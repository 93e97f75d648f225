/** A small min-cost max-flow (successive shortest paths with Bellman–Ford/SPFA): most matches first, best scores next. */

interface Edge {
  to: number;
  cap: number;
  cost: number;
  rev: number;
}

/** A flow network over nodes 0…size-1. */
export class FlowNetwork {
  private readonly adj: Edge[][];

  constructor(size: number) {
    this.adj = Array.from({ length: size }, () => []);
  }

  /** Adds an edge and returns a handle to read its flow later. */
  add(from: number, to: number, cap: number, cost: number): { from: number; index: number } {
    this.adj[from]!.push({ to, cap, cost, rev: this.adj[to]!.length });
    this.adj[to]!.push({ to: from, cap: 0, cost: -cost, rev: this.adj[from]!.length - 1 });
    return { from, index: this.adj[from]!.length - 1 };
  }

  /** The flow through an edge added with `add`. */
  flowOf(handle: { from: number; index: number }): number {
    const edge = this.adj[handle.from]![handle.index]!;
    return this.adj[edge.to]![edge.rev]!.cap;
  }

  /**
   * Pushes as much flow as possible from source to sink, each time along the cheapest path, so the result is a
   * maximum flow of least cost. Costs may be negative as long as the network starts without negative cycles.
   */
  run(source: number, sink: number): number {
    const n = this.adj.length;
    let total = 0;
    for (;;) {
      const dist = new Array<number>(n).fill(Infinity);
      const inQueue = new Array<boolean>(n).fill(false);
      const prev = new Array<{ node: number; edge: number } | undefined>(n).fill(undefined);
      dist[source] = 0;
      const queue = [source];
      inQueue[source] = true;
      for (let head = 0; head < queue.length; head++) {
        const u = queue[head]!;
        inQueue[u] = false;
        this.adj[u]!.forEach((e, i) => {
          if (e.cap > 0 && dist[u]! + e.cost < dist[e.to]!) {
            dist[e.to] = dist[u]! + e.cost;
            prev[e.to] = { node: u, edge: i };
            if (!inQueue[e.to]) {
              inQueue[e.to] = true;
              queue.push(e.to);
            }
          }
        });
      }
      if (dist[sink] === Infinity) return total;
      let push = Infinity;
      for (let v = sink; v !== source; v = prev[v]!.node) push = Math.min(push, this.adj[prev[v]!.node]![prev[v]!.edge]!.cap);
      for (let v = sink; v !== source; v = prev[v]!.node) {
        const edge = this.adj[prev[v]!.node]![prev[v]!.edge]!;
        edge.cap -= push;
        this.adj[v]![edge.rev]!.cap += push;
      }
      total += push;
    }
  }
}
