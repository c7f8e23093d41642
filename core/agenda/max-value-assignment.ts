/**
 * The most valuable way to give calls slots: each call at most one slot, each slot at most one
 * call, each group of slots (a collector's day) at most its capacity, and the sum of the chosen
 * values as large as it can be. Solved exactly as a min-cost flow
 * (source → call → slot → group → sink) by successive shortest paths with Johnson potentials:
 * every augmenting path is the one that adds the most value, and the search stops when no path
 * adds any, which is the optimum (the marginal value of one more call only falls).
 *
 * @example
 * maxValueAssignment({ slotGroup: [0, 0], groupCapacity: [2], options: [[{ slot: 0, value: 10 }], [{ slot: 0, value: 9 }, { slot: 1, value: 1 }]] })
 * // → { slotOfCall: [0, 1], total: 11 }   (greedy by value would also say 11; by priority alone it can be worse)
 */
export interface AssignmentProblem {
  /** The group (collector) of each slot. */
  readonly slotGroup: readonly number[];
  /** How many slots of each group may be used. */
  readonly groupCapacity: readonly number[];
  /** Per call, the slots it may take and the value of taking each (values > 0). */
  readonly options: readonly (readonly { readonly slot: number; readonly value: number }[])[];
}

export interface Assignment {
  /** The slot given to each call, or -1. */
  readonly slotOfCall: readonly number[];
  readonly total: number;
}

const INF = Number.POSITIVE_INFINITY;

export function maxValueAssignment(problem: AssignmentProblem): Assignment {
  const calls = problem.options.length;
  const slots = problem.slotGroup.length;
  const groups = problem.groupCapacity.length;
  const source = 0;
  const callNode = (c: number) => 1 + c;
  const slotNode = (s: number) => 1 + calls + s;
  const groupNode = (g: number) => 1 + calls + slots + g;
  const sink = 1 + calls + slots + groups;
  const nodes = sink + 1;

  let maxValue = 0;
  let edgeCount = 0;
  for (const list of problem.options) {
    edgeCount += list.length;
    for (const o of list) if (o.value > maxValue) maxValue = o.value;
  }
  // Costs are shifted so that every edge starts non-negative (Dijkstra needs it): a call edge
  // costs big − value. A path always adds one more call edge than it removes, so its true gain is
  // big − its cost; it is worth taking while the cost stays below big.
  const big = maxValue + 1;
  const edges = 2 * (calls + edgeCount + slots + groups);
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
  const callEdges: number[][] = [];
  for (let c = 0; c < calls; c++) {
    const ids: number[] = [];
    for (const o of problem.options[c]!) ids.push(addEdge(callNode(c), slotNode(o.slot), 1, big - o.value));
    callEdges.push(ids);
  }
  for (let s = 0; s < slots; s++) addEdge(slotNode(s), groupNode(problem.slotGroup[s]!), 1, 0);
  for (let g = 0; g < groups; g++) addEdge(groupNode(g), sink, Math.max(0, problem.groupCapacity[g]!), 0);

  const potential = new Float64Array(nodes);
  const dist = new Float64Array(nodes);
  const done = new Uint8Array(nodes);
  const via = new Int32Array(nodes);
  const most = Math.min(calls, slots, problem.groupCapacity.reduce((a, b) => a + Math.max(0, b), 0));
  const eps = 1e-9 * big;

  for (let flow = 0; flow < most; flow++) {
    // Dijkstra on reduced costs, dense (the graph has a few hundred nodes), stopped at the sink.
    dist.fill(INF);
    done.fill(0);
    dist[source] = 0;
    for (;;) {
      let u = -1;
      let best = INF;
      for (let v = 0; v < nodes; v++) if (!done[v] && dist[v]! < best) (best = dist[v]!), (u = v);
      if (u < 0 || u === sink) break;
      done[u] = 1;
      const pu = potential[u]! + best;
      for (let id = head[u]!; id >= 0; id = next[id]!) {
        if (cap[id]! <= 0) continue;
        const v = to[id]!;
        if (done[v]) continue;
        const d = pu + cost[id]! - potential[v]!;
        if (d < dist[v]! - 1e-12) (dist[v] = d), (via[v] = id);
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

  const slotOfCall: number[] = new Array(calls).fill(-1);
  let total = 0;
  for (let c = 0; c < calls; c++) {
    const list = problem.options[c]!;
    const ids = callEdges[c]!;
    for (let i = 0; i < ids.length; i++) {
      if (cap[ids[i]!] === 0) {
        slotOfCall[c] = list[i]!.slot;
        total += list[i]!.value;
      }
    }
  }
  return { slotOfCall, total };
}
