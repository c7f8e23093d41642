/**
 * The most valuable way to give calls slots: each call at most one slot, each slot at most one
 * call, each group of slots (a collector's day) at most its capacity, and the sum of the chosen
 * values as large as it can be. A call chooses among targets; a target is a set of slots it may
 * take any one of for the same value (the same time with any collector who has it free), which
 * keeps the graph small when many collectors share a day.
 *
 * Solved exactly as a min-cost flow (source → call → target → slot → group → sink) by successive
 * shortest paths with Johnson potentials: each augmenting path is the one that adds the most
 * value given the calls placed so far (it may move earlier calls to other slots or collectors),
 * and the search stops when no path adds any, which is the optimum: in a min-cost flow the gain of
 * each further unit never rises.
 *
 * @example
 * maxValueAssignment({ slotGroup: [0, 0], groupCapacity: [2], targets: [[0], [1]], options: [[{ target: 0, value: 10 }, { target: 1, value: 9 }], [{ target: 0, value: 8 }]] })
 * // → { slotOfCall: [1, 0], total: 17 }   (filling by value first would give 10 and leave the second call out)
 */
export interface AssignmentProblem {
  /** The group (collector) of each slot. */
  readonly slotGroup: readonly number[];
  /** How many slots of each group may be used. */
  readonly groupCapacity: readonly number[];
  /** Sets of slots, each taken as one choice: any one free slot of the set will do. */
  readonly targets: readonly (readonly number[])[];
  /** Per call, the targets it may take and the value of taking each (values > 0). */
  readonly options: readonly (readonly { readonly target: number; readonly value: number }[])[];
}

export interface Assignment {
  /** The slot given to each call, or -1. */
  readonly slotOfCall: readonly number[];
  readonly total: number;
}

const INF = Number.POSITIVE_INFINITY;

export function maxValueAssignment(problem: AssignmentProblem): Assignment {
  const calls = problem.options.length;
  const targets = problem.targets.length;
  const slots = problem.slotGroup.length;
  const groups = problem.groupCapacity.length;
  const source = 0;
  const callNode = (c: number) => 1 + c;
  const targetNode = (t: number) => 1 + calls + t;
  const slotNode = (s: number) => 1 + calls + targets + s;
  const groupNode = (g: number) => 1 + calls + targets + slots + g;
  const sink = 1 + calls + targets + slots + groups;
  const nodes = sink + 1;

  let maxValue = 0;
  let optionCount = 0;
  for (const list of problem.options) {
    optionCount += list.length;
    for (const o of list) if (o.value > maxValue) maxValue = o.value;
  }
  let memberCount = 0;
  for (const t of problem.targets) memberCount += t.length;
  // Costs are shifted so that every edge starts non-negative (Dijkstra needs it): a call edge
  // costs big − value. A path always adds one more call edge than it removes, so its true gain is
  // big − its cost; it is worth taking while the cost stays below big.
  const big = maxValue + 1;
  const edges = 2 * (calls + optionCount + memberCount + slots + groups);
  const to = new Int32Array(edges);
  const next = new Int32Array(edges);
  const cap = new Int32Array(edges);
  const cost = new Float64Array(edges);
  const head = new Int32Array(nodes).fill(-1);
  let e = 0;
  const addEdge = (u: number, v: number, capacity: number, c: number): number => {
    const id = e;
    to[e] = v; cap[e] = capacity; cost[e] = c; next[e] = head[u]!; head[u] = e++;
    to[e] = u; cap[e] = 0; cost[e] = -c; next[e] = head[v]!; head[v] = e++;
    return id;
  };
  for (let c = 0; c < calls; c++) addEdge(source, callNode(c), 1, 0);
  const optionEdges: number[][] = [];
  for (let c = 0; c < calls; c++) optionEdges.push(problem.options[c]!.map((o) => addEdge(callNode(c), targetNode(o.target), 1, big - o.value)));
  const memberEdges: number[][] = problem.targets.map((members, t) => members.map((s) => addEdge(targetNode(t), slotNode(s), 1, 0)));
  for (let s = 0; s < slots; s++) addEdge(slotNode(s), groupNode(problem.slotGroup[s]!), 1, 0);
  for (let g = 0; g < groups; g++) addEdge(groupNode(g), sink, Math.max(0, problem.groupCapacity[g]!), 0);

  const potential = new Float64Array(nodes);
  const dist = new Float64Array(nodes);
  const done = new Uint8Array(nodes);
  const via = new Int32Array(nodes);
  const heap = new MinHeap(edges + nodes);
  const most = Math.min(calls, slots, problem.groupCapacity.reduce((a, b) => a + Math.max(0, b), 0));
  const eps = 1e-9 * big;

  for (let flow = 0; flow < most; flow++) {
    // Dijkstra on reduced costs, stopped once the sink is settled.
    dist.fill(INF);
    done.fill(0);
    dist[source] = 0;
    heap.clear();
    heap.push(source, 0);
    while (heap.size) {
      const u = heap.pop();
      if (done[u]) continue;
      done[u] = 1;
      if (u === sink) break;
      const pu = potential[u]! + dist[u]!;
      for (let id = head[u]!; id >= 0; id = next[id]!) {
        if (cap[id]! <= 0) continue;
        const v = to[id]!;
        if (done[v]) continue;
        const d = pu + cost[id]! - potential[v]!;
        if (d < dist[v]! - 1e-12) {
          dist[v] = d;
          via[v] = id;
          heap.push(v, d);
        }
      }
    }
    const reach = dist[sink]!;
    if (reach === INF) break;
    const pathCost = reach + potential[sink]! - potential[source]!;
    if (pathCost >= big - eps) break;
    // Truncated distances keep every residual reduced cost non-negative for the next round.
    for (let v = 0; v < nodes; v++) potential[v]! += Math.min(dist[v]!, reach);
    for (let v = sink; v !== source; v = to[via[v]! ^ 1]!) {
      cap[via[v]!]!--;
      cap[via[v]! ^ 1]!++;
    }
  }

  // Read the flow back: a target's calls take its used slots in order (all are worth the same).
  const freeSlots = problem.targets.map((members, t) => members.filter((_, i) => cap[memberEdges[t]![i]!] === 0));
  const slotOfCall: number[] = new Array(calls).fill(-1);
  let total = 0;
  for (let c = 0; c < calls; c++) {
    const list = problem.options[c]!;
    const ids = optionEdges[c]!;
    for (let i = 0; i < ids.length; i++) {
      if (cap[ids[i]!] !== 0) continue;
      slotOfCall[c] = freeSlots[list[i]!.target]!.shift()!;
      total += list[i]!.value;
    }
  }
  return { slotOfCall, total };
}

/** A binary heap of (node, key) with duplicates allowed; stale entries are skipped by the caller. */
class MinHeap {
  private readonly nodes: Int32Array;
  private readonly keys: Float64Array;
  size = 0;

  constructor(capacity: number) {
    this.nodes = new Int32Array(capacity + 1);
    this.keys = new Float64Array(capacity + 1);
  }

  clear(): void {
    this.size = 0;
  }

  push(node: number, key: number): void {
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent]! <= key) break;
      this.nodes[i] = this.nodes[parent]!;
      this.keys[i] = this.keys[parent]!;
      i = parent;
    }
    this.nodes[i] = node;
    this.keys[i] = key;
  }

  pop(): number {
    const top = this.nodes[0]!;
    const last = --this.size;
    const node = this.nodes[last]!;
    const key = this.keys[last]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last && this.keys[child + 1]! < this.keys[child]!) child++;
      if (this.keys[child]! >= key) break;
      this.nodes[i] = this.nodes[child]!;
      this.keys[i] = this.keys[child]!;
      i = child;
    }
    this.nodes[i] = node;
    this.keys[i] = key;
    return top;
  }
}
