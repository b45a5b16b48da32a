/**
 * Min-cost flow by successive shortest paths (Dijkstra on reduced costs), with costs that are vectors
 * compared lexicographically. Vectors keep several goals exact at once ("cover more principles" always
 * beats "use stronger stories", which always beats "earlier file path") with no big weights that could
 * lose precision. Costs must be integers so the sums stay exact.
 */
export class CostFlow {
  private readonly heads: number[];
  private readonly to: number[] = [];
  private readonly next: number[] = [];
  private readonly cap: number[] = [];
  private readonly cost: number[] = [];

  constructor(
    private readonly nodes: number,
    private readonly dims: number,
  ) {
    this.heads = new Array<number>(nodes).fill(-1);
  }

  /** Adds an edge and its residual twin; returns the edge's id (its flow is read with `flowOn`). */
  addEdge(from: number, to: number, capacity: number, cost: readonly number[]): number {
    const id = this.to.length;
    this.link(from, to, capacity);
    this.link(to, from, 0);
    for (let d = 0; d < this.dims; d++) this.cost.push(cost[d] ?? 0);
    for (let d = 0; d < this.dims; d++) this.cost.push(-(cost[d] ?? 0));
    return id;
  }

  flowOn(edge: number): number {
    return this.cap[edge ^ 1];
  }

  /**
   * Sends flow from `source` to `sink` one path at a time while a path lowers the total cost, so the result
   * is a min-cost flow of whatever size is cheapest (not necessarily the largest).
   */
  minimize(source: number, sink: number): void {
    const D = this.dims;
    const pot = this.initialPotentials(source);
    const dist = new Float64Array(this.nodes * D);
    const reached = new Uint8Array(this.nodes);
    const done = new Uint8Array(this.nodes);
    const via = new Int32Array(this.nodes);
    const step = new Float64Array(D);
    for (;;) {
      reached.fill(0);
      done.fill(0);
      dist.fill(0);
      reached[source] = 1;
      const heap = new VectorHeap(D);
      heap.push(source, dist, source * D);
      while (heap.size > 0) {
        const u = heap.pop();
        if (done[u]) continue;
        done[u] = 1;
        for (let e = this.heads[u]; e !== -1; e = this.next[e]) {
          if (this.cap[e] <= 0) continue;
          const v = this.to[e];
          if (done[v]) continue;
          for (let d = 0; d < D; d++) step[d] = dist[u * D + d] + this.cost[e * D + d] + pot[u * D + d] - pot[v * D + d];
          if (!reached[v] || compare(step, 0, dist, v * D, D) < 0) {
            reached[v] = 1;
            for (let d = 0; d < D; d++) dist[v * D + d] = step[d];
            via[v] = e;
            heap.push(v, dist, v * D);
          }
        }
      }
      if (!reached[sink]) return;
      // The path's true cost: reduced distance plus the potential difference between its ends.
      for (let d = 0; d < D; d++) step[d] = dist[sink * D + d] + pot[sink * D + d] - pot[source * D + d];
      if (compare(step, 0, new Float64Array(D), 0, D) >= 0) return;
      for (let v = 0; v < this.nodes; v++) if (reached[v]) for (let d = 0; d < D; d++) pot[v * D + d] += dist[v * D + d];
      for (let v = sink; v !== source; v = this.to[via[v] ^ 1]) {
        this.cap[via[v]] -= 1;
        this.cap[via[v] ^ 1] += 1;
      }
    }
  }

  private link(from: number, to: number, capacity: number): void {
    this.to.push(to);
    this.cap.push(capacity);
    this.next.push(this.heads[from]);
    this.heads[from] = this.to.length - 1;
  }

  /** Shortest distances from the source before any flow (Bellman-Ford: the first costs may be negative). */
  private initialPotentials(source: number): Float64Array {
    const D = this.dims;
    const pot = new Float64Array(this.nodes * D);
    const known = new Uint8Array(this.nodes);
    known[source] = 1;
    const step = new Float64Array(D);
    for (let round = 0; round < this.nodes; round++) {
      let changed = false;
      for (let u = 0; u < this.nodes; u++) {
        if (!known[u]) continue;
        for (let e = this.heads[u]; e !== -1; e = this.next[e]) {
          if (this.cap[e] <= 0) continue;
          const v = this.to[e];
          for (let d = 0; d < D; d++) step[d] = pot[u * D + d] + this.cost[e * D + d];
          if (!known[v] || compare(step, 0, pot, v * D, D) < 0) {
            known[v] = 1;
            for (let d = 0; d < D; d++) pot[v * D + d] = step[d];
            changed = true;
          }
        }
      }
      if (!changed) break;
    }
    return pot;
  }
}

function compare(a: ArrayLike<number>, ai: number, b: ArrayLike<number>, bi: number, dims: number): number {
  for (let d = 0; d < dims; d++) {
    const diff = a[ai + d] - b[bi + d];
    if (diff !== 0) return diff < 0 ? -1 : 1;
  }
  return 0;
}

/** A binary heap of nodes keyed by a copy of their distance vector at push time (stale entries are skipped). */
class VectorHeap {
  private readonly ids: number[] = [];
  private readonly keys: number[] = [];

  constructor(private readonly dims: number) {}

  get size(): number {
    return this.ids.length;
  }

  push(id: number, from: ArrayLike<number>, at: number): void {
    this.ids.push(id);
    for (let d = 0; d < this.dims; d++) this.keys.push(from[at + d]);
    let i = this.ids.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.less(parent, i)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): number {
    const top = this.ids[0];
    const last = this.ids.length - 1;
    this.swap(0, last);
    this.ids.pop();
    this.keys.length -= this.dims;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < this.ids.length && this.less(l, best)) best = l;
      if (r < this.ids.length && this.less(r, best)) best = r;
      if (best === i) break;
      this.swap(i, best);
      i = best;
    }
    return top;
  }

  /** Ties go to the lower node id, so the same input always takes the same path. */
  private less(i: number, j: number): boolean {
    const c = compare(this.keys, i * this.dims, this.keys, j * this.dims, this.dims);
    return c !== 0 ? c < 0 : this.ids[i] < this.ids[j];
  }

  private swap(i: number, j: number): void {
    const id = this.ids[i];
    this.ids[i] = this.ids[j];
    this.ids[j] = id;
    for (let d = 0; d < this.dims; d++) {
      const a = i * this.dims + d;
      const b = j * this.dims + d;
      const k = this.keys[a];
      this.keys[a] = this.keys[b];
      this.keys[b] = k;
    }
  }
}
