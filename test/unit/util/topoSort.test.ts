/**
 * `topoSort` and `topoLayers` (src/util/topoSort.ts): edges respected, ties in input order,
 * cycles reported as the nodes left over, and the same answer for the same input. Property
 * tests (fast-check) over random graphs check them against a slow reference.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topoLayers, topoSort } from '../../../src/util/topoSort.js';

type Edge = readonly [number, number];

/** A random graph over nodes 0..n-1 given in a shuffled input order; `acyclic` draws edges only along a hidden order. */
function graph(acyclic: boolean): fc.Arbitrary<{ nodes: number[]; edges: Edge[] }> {
  return fc.integer({ min: 0, max: 12 }).chain((n) => {
    const ids = [...Array(n).keys()];
    const pair = fc.tuple(fc.nat({ max: Math.max(0, n - 1) }), fc.nat({ max: Math.max(0, n - 1) }));
    return fc
      .record({
        nodes: fc.shuffledSubarray(ids, { minLength: n, maxLength: n }),
        hidden: fc.shuffledSubarray(ids, { minLength: n, maxLength: n }),
        pairs: n === 0 ? fc.constant([] as Array<[number, number]>) : fc.array(pair, { maxLength: 3 * n }),
      })
      .map(({ nodes, hidden, pairs }) => {
        const rank = new Map(hidden.map((node, i) => [node, i]));
        const edges = pairs
          .filter(([a, b]) => !acyclic || a !== b)
          .map(([a, b]): Edge => (!acyclic || rank.get(a)! < rank.get(b)! ? [a, b] : [b, a]));
        return { nodes, edges };
      });
  });
}

/** The nodes that can reach a node of a cycle, or be reached from one: what no order can place. */
function stuck(nodes: readonly number[], edges: readonly Edge[]): Set<number> {
  const after = new Map(nodes.map((node) => [node, new Set<number>()]));
  for (const [a, b] of edges) if (a !== b) after.get(a)!.add(b);
  const reach = (from: number) => {
    const seen = new Set<number>();
    const stack = [...after.get(from)!];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (seen.has(node)) continue;
      seen.add(node);
      stack.push(...after.get(node)!);
    }
    return seen;
  };
  const onCycle = nodes.filter((node) => reach(node).has(node));
  return new Set([...onCycle, ...onCycle.flatMap((node) => [...reach(node)])]);
}

/**
 * The reference: repeatedly take the earliest node (by input position) whose predecessors are
 * all placed — the smallest topological order by input position.
 */
function reference(nodes: readonly number[], edges: readonly Edge[]): number[] {
  const placed: number[] = [];
  const remaining = [...nodes];
  for (;;) {
    const next = remaining.find((node) => edges.every(([a, b]) => b !== node || a === b || placed.includes(a)));
    if (next === undefined) return placed;
    placed.push(next);
    remaining.splice(remaining.indexOf(next), 1);
  }
}

describe('topoSort', () => {
  it('puts each node after the nodes it depends on', () => {
    expect(topoSort(['child', 'parent'], [['parent', 'child']]).sorted).toEqual(['parent', 'child']);
    expect(
      topoSort(
        ['c', 'b', 'a'],
        [
          ['a', 'b'],
          ['b', 'c'],
        ],
      ),
    ).toEqual({ sorted: ['a', 'b', 'c'], cycle: [] });
    expect(
      topoSort(
        ['d', 'c', 'b', 'a'],
        [
          ['a', 'c'],
          ['b', 'c'],
          ['c', 'd'],
        ],
      ).sorted,
    ).toEqual(['b', 'a', 'c', 'd']);
  });

  it('keeps the input order between nodes no edge orders', () => {
    expect(topoSort(['x', 'y', 'z'], []).sorted).toEqual(['x', 'y', 'z']);
    expect(topoSort(['tag', 'child', 'parent'], [['parent', 'child']]).sorted).toEqual(['tag', 'parent', 'child']);
    // A node freed late still goes before later input nodes freed earlier.
    expect(topoSort(['b', 'c', 'a'], [['a', 'b']]).sorted).toEqual(['c', 'a', 'b']);
  });

  it('ignores self-edges, edges to unknown nodes, and repeated edges', () => {
    expect(
      topoSort(
        ['a', 'b'],
        [
          ['a', 'a'],
          ['z', 'a'],
          ['b', 'z'],
        ],
      ),
    ).toEqual({ sorted: ['a', 'b'], cycle: [] });
    expect(
      topoSort(
        ['b', 'a'],
        [
          ['a', 'b'],
          ['a', 'b'],
          ['a', 'b'],
        ],
      ),
    ).toEqual({ sorted: ['a', 'b'], cycle: [] });
  });

  it('compares nodes by identity, so objects can be nodes', () => {
    const [p, c] = [{ name: 'p' }, { name: 'c' }];
    expect(topoSort([c, p, { name: 'p' }], [[p, c]]).sorted).toEqual([p, c, { name: 'p' }]);
    expect(topoSort([c, p], [[p, c]]).sorted[0]).toBe(p);
  });

  it('reports the nodes left on a cycle, and those after one, and sorts the rest', () => {
    expect(
      topoSort(
        ['a', 'b'],
        [
          ['a', 'b'],
          ['b', 'a'],
        ],
      ),
    ).toEqual({ sorted: [], cycle: ['a', 'b'] });
    // "c" is on no cycle but depends on one: it is reported with it, not sorted.
    expect(
      topoSort(
        ['free', 'a', 'b', 'c'],
        [
          ['a', 'b'],
          ['b', 'a'],
          ['b', 'c'],
        ],
      ),
    ).toEqual({ sorted: ['free'], cycle: ['a', 'b', 'c'] });
    // A node the cycle depends on is sorted.
    expect(
      topoSort(
        ['a', 'b', 'root'],
        [
          ['root', 'a'],
          ['a', 'b'],
          ['b', 'a'],
        ],
      ),
    ).toEqual({ sorted: ['root'], cycle: ['a', 'b'] });
    // The cycle comes in input order.
    expect(
      topoSort(
        ['c', 'a', 'b'],
        [
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'a'],
        ],
      ).cycle,
    ).toEqual(['c', 'a', 'b']);
  });

  it('returns the same for the same input, and leaves its arguments alone', () => {
    const nodes = ['d', 'c', 'b', 'a'];
    const edges: Array<[string, string]> = [
      ['a', 'c'],
      ['b', 'c'],
      ['c', 'd'],
    ];
    const first = topoSort(nodes, edges);
    expect(
      topoSort(
        [...nodes],
        edges.map((e) => [...e] as [string, string]),
      ),
    ).toEqual(first);
    expect(nodes).toEqual(['d', 'c', 'b', 'a']);
    expect(edges).toEqual([
      ['a', 'c'],
      ['b', 'c'],
      ['c', 'd'],
    ]);
  });

  it('sorts every random DAG so that every edge is respected, and as the smallest order by input position', () => {
    fc.assert(
      fc.property(graph(true), ({ nodes, edges }) => {
        const { sorted, cycle } = topoSort(nodes, edges);
        expect(cycle).toEqual([]);
        expect([...sorted].sort((a, b) => a - b)).toEqual([...nodes].sort((a, b) => a - b));
        const at = new Map(sorted.map((node, i) => [node, i]));
        for (const [before, after] of edges) expect(at.get(before)!).toBeLessThan(at.get(after)!);
        expect(sorted).toEqual(reference(nodes, edges));
        expect(topoSort(nodes, edges)).toEqual({ sorted, cycle });
      }),
      { numRuns: 300, seed: 16 },
    );
  });

  it('splits any random graph into a sorted part and the nodes a cycle holds up', () => {
    fc.assert(
      fc.property(graph(false), ({ nodes, edges }) => {
        const { sorted, cycle } = topoSort(nodes, edges);
        expect(new Set(cycle)).toEqual(stuck(nodes, edges));
        expect(cycle).toEqual(nodes.filter((node) => cycle.includes(node)));
        expect(sorted).toEqual(reference(nodes, edges));
        expect(sorted.length + cycle.length).toBe(nodes.length);
      }),
      { numRuns: 300, seed: 17 },
    );
  });
});

describe('topoLayers', () => {
  it('puts every node one layer after the last of the nodes it depends on', () => {
    expect(topoLayers(['parent', 'child', 'tag'], [['parent', 'child']]).layers).toEqual([['parent', 'tag'], ['child']]);
    expect(
      topoLayers(
        ['d', 'c', 'b', 'a'],
        [
          ['a', 'b'],
          ['b', 'c'],
          ['a', 'c'],
          ['c', 'd'],
        ],
      ),
    ).toEqual({ layers: [['a'], ['b'], ['c'], ['d']], cycle: [] });
    expect(topoLayers([], [])).toEqual({ layers: [], cycle: [] });
  });

  it('keeps the input order inside a layer', () => {
    expect(
      topoLayers(
        ['z', 'y', 'x', 'root'],
        [
          ['root', 'x'],
          ['root', 'z'],
          ['root', 'y'],
        ],
      ).layers,
    ).toEqual([['root'], ['z', 'y', 'x']]);
  });

  it('reports the nodes left on a cycle, and those after one, as topoSort does', () => {
    const edges: Array<[string, string]> = [
      ['a', 'b'],
      ['b', 'a'],
      ['b', 'c'],
    ];
    expect(topoLayers(['free', 'a', 'b', 'c'], edges)).toEqual({ layers: [['free']], cycle: ['a', 'b', 'c'] });
    expect(
      topoLayers(
        ['a', 'a2'],
        [
          ['a', 'a2'],
          ['a2', 'a'],
          ['a', 'a'],
        ],
      ),
    ).toEqual({ layers: [], cycle: ['a', 'a2'] });
  });

  it('layers every random DAG by longest path, each layer in input order, and agrees with topoSort on cycles', () => {
    fc.assert(
      fc.property(graph(true), ({ nodes, edges }) => {
        const { layers, cycle } = topoLayers(nodes, edges);
        expect(cycle).toEqual([]);
        const depth = new Map<number, number>();
        layers.forEach((layer, i) => {
          expect(layer.length).toBeGreaterThan(0);
          expect(layer).toEqual(nodes.filter((node) => layer.includes(node)));
          for (const node of layer) depth.set(node, i);
        });
        expect(depth.size).toBe(nodes.length);
        for (const node of nodes) {
          const before = edges.filter(([a, b]) => b === node && a !== b).map(([a]) => depth.get(a)!);
          expect(depth.get(node)).toBe(before.length === 0 ? 0 : Math.max(...before) + 1);
        }
      }),
      { numRuns: 300, seed: 18 },
    );
    fc.assert(
      fc.property(graph(false), ({ nodes, edges }) => {
        const layered = topoLayers(nodes, edges);
        const sorted = topoSort(nodes, edges);
        expect(layered.cycle).toEqual(sorted.cycle);
        expect(new Set(layered.layers.flat())).toEqual(new Set(sorted.sorted));
      }),
      { numRuns: 300, seed: 19 },
    );
  });
});
