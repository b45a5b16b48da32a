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
    const heap = new NodeHeap(this.nodes, dist, D);
    for (;;) {
      reached.fill(0);
      done.fill(0);
      dist.fill(0);
      reached[source] = 1;
      heap.reset();
      heap.update(source);
      while (heap.size > 0) {
        const u = heap.pop();
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
            heap.update(v);
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

/**
 * A binary heap of node ids keyed by their current distance vectors (read from `dist`, never copied), with
 * decrease-key: each node is in the heap at most once, so a pass pops each node once.
 */
class NodeHeap {
  private readonly heap: Int32Array;
  /** Where each node sits in `heap`, or -1. */
  private readonly at: Int32Array;
  size = 0;

  constructor(
    nodes: number,
    private readonly dist: Float64Array,
    private readonly dims: number,
  ) {
    this.heap = new Int32Array(nodes);
    this.at = new Int32Array(nodes).fill(-1);
  }

  reset(): void {
    for (let i = 0; i < this.size; i++) this.at[this.heap[i]] = -1;
    this.size = 0;
  }

  /** Adds the node, or moves it up after its distance went down. */
  update(node: number): void {
    let i = this.at[node];
    if (i === -1) {
      i = this.size++;
      this.heap[i] = node;
      this.at[node] = i;
    }
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(this.heap[i], this.heap[parent])) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): number {
    const top = this.heap[0];
    this.at[top] = -1;
    this.size--;
    if (this.size > 0) {
      this.heap[0] = this.heap[this.size];
      this.at[this.heap[0]] = 0;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < this.size && this.less(this.heap[l], this.heap[best])) best = l;
        if (r < this.size && this.less(this.heap[r], this.heap[best])) best = r;
        if (best === i) break;
        this.swap(i, best);
        i = best;
      }
    }
    return top;
  }

  /** Ties go to the lower node id, so the same input always takes the same path. */
  private less(a: number, b: number): boolean {
    const c = compare(this.dist, a * this.dims, this.dist, b * this.dims, this.dims);
    return c !== 0 ? c < 0 : a < b;
  }

  private swap(i: number, j: number): void {
    const a = this.heap[i];
    const b = this.heap[j];
    this.heap[i] = b;
    this.heap[j] = a;
    this.at[b] = i;
    this.at[a] = j;
  }
}
