/** A generic, stable topological sort (Kahn's algorithm), as SQLAlchemy's util/topological.py. */

export interface TopoSortResult<T> {
  /** Every node, each after all the nodes it depends on. Ties keep the input order. */
  readonly sorted: T[];
  /** Nodes left on a cycle, empty when there is none. */
  readonly cycle: T[];
}

/**
 * Sorts `nodes` so that for every edge `[before, after]`, `before` comes first.
 *
 * @example
 * topoSort(['child', 'parent'], [['parent', 'child']]).sorted // ['parent', 'child']
 */
export function topoSort<T>(nodes: readonly T[], edges: ReadonlyArray<readonly [T, T]>): TopoSortResult<T> {
  const position = new Map(nodes.map((node, i) => [node, i]));
  const incoming = new Map<T, number>(nodes.map((node) => [node, 0]));
  const outgoing = new Map<T, T[]>(nodes.map((node) => [node, []]));
  for (const [before, after] of edges) {
    if (before === after || !position.has(before) || !position.has(after)) continue;
    outgoing.get(before)!.push(after);
    incoming.set(after, incoming.get(after)! + 1);
  }
  const ready = nodes.filter((node) => incoming.get(node) === 0);
  const sorted: T[] = [];
  while (ready.length > 0) {
    // Take the earliest ready node so that unrelated nodes keep their input order.
    ready.sort((a, b) => position.get(a)! - position.get(b)!);
    const node = ready.shift()!;
    sorted.push(node);
    for (const next of outgoing.get(node)!) {
      const remaining = incoming.get(next)! - 1;
      incoming.set(next, remaining);
      if (remaining === 0) ready.push(next);
    }
  }
  const cycle = nodes.filter((node) => incoming.get(node)! > 0);
  return { sorted, cycle };
}

/**
 * Like `topoSort`, but returns the nodes in layers: every node of a layer depends only on
 * nodes of earlier layers, so the nodes of one layer may run in any order (or together).
 *
 * @example
 * topoLayers(['parent', 'child', 'tag'], [['parent', 'child']]).layers // [['parent', 'tag'], ['child']]
 */
export function topoLayers<T>(nodes: readonly T[], edges: ReadonlyArray<readonly [T, T]>): { layers: T[][]; cycle: T[] } {
  const incoming = new Map<T, number>(nodes.map((node) => [node, 0]));
  const outgoing = new Map<T, T[]>(nodes.map((node) => [node, []]));
  for (const [before, after] of edges) {
    if (before === after || !incoming.has(before) || !incoming.has(after)) continue;
    outgoing.get(before)!.push(after);
    incoming.set(after, incoming.get(after)! + 1);
  }
  const layers: T[][] = [];
  let ready = nodes.filter((node) => incoming.get(node) === 0);
  while (ready.length > 0) {
    layers.push(ready);
    const next: T[] = [];
    for (const node of ready) {
      for (const after of outgoing.get(node)!) {
        const remaining = incoming.get(after)! - 1;
        incoming.set(after, remaining);
        if (remaining === 0) next.push(after);
      }
    }
    // Keep the input order inside a layer: inserts go out in the order objects were added.
    const position = new Map(nodes.map((node, i) => [node, i]));
    ready = next.sort((a, b) => position.get(a)! - position.get(b)!);
  }
  return { layers, cycle: nodes.filter((node) => incoming.get(node)! > 0) };
}
